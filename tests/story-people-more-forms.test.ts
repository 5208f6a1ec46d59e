import { describe, expect, it } from 'vitest';
import { storyPeople } from '../lib/extract/article/story-people';

// Issue 10: more of the forms in which news stories name their company's people went unread —
// a surname alone before a title set off by commas ("Hyman, RTR's CEO"), a bare C-level title or
// a spokesperson before a name, a title "of" a part of the company ("Box's VP of Platform"), and
// a name the headline also writes ("what CEO Jamie Dimon called", under "Jamie Dimon: …"), a
// title after "who is" ("Jane Roe, who is Acme's director of athletics"), "Acme head Jane Roe".
// Written here in the same shapes, with invented names and text.
describe('articles: more forms of a company’s people', () => {
  it('reads a surname before a title set off by commas, as the one full name the story gave it', () => {
    expect(
      storyPeople(
        [
          'Co-founders Lena Hart and Ida Mossel started in a rented room.',
          '“It was barely a company,” says Mossel, BRK’s CEO.',
          'Borkan lawyer Dana Quill wrote the contract. According to two sources, Quill, Borkan’s general counsel, hired an investigator.',
        ],
        'Borkan Rental Kit',
        'Borkan Rental Kit grows up',
      ),
    ).toEqual([
      { name: 'Ida Mossel', title: 'CEO' },
      { name: 'Dana Quill', title: 'general counsel' },
    ]);
  });

  it('leaves out a lone word the story gives no single full name', () => {
    expect(
      storyPeople(
        [
          'Rupert Marden and James Marden met in Oslo.',
          'Marden, Borkan’s chairman, said little. In Oslo, Borkan’s CEO, she said, is liked.',
        ],
        'Borkan',
        'Borkan’s owners meet',
      ),
    ).toEqual([]);
  });

  it('reads a head or an editor with the company before the title, and not another body’s', () => {
    expect(
      storyPeople(
        [
          'Like Borkan head Ada Marr, rivals spoke out.',
          'Borkan editor Jo Seaven said the book matters.',
          'Globex head Tim Kock and department head Ivo Stam agreed.',
        ],
        'Borkan Publishing',
        'Borkan to publish a memoir',
      ),
    ).toEqual([
      { name: 'Ada Marr', title: 'Borkan head' },
      { name: 'Jo Seaven', title: 'Borkan editor' },
    ]);
  });

  it('reads a title after "who is", not after "who was"', () => {
    expect(
      storyPeople(
        ['The aim is a full house, said Jon Dale Wick, who is BRK’s director of athletics.', 'Jane Roe, who was Borkan’s CEO, left.'],
        'Borkan Rental Kit',
        'BRK seeks a stadium operator',
      ),
    ).toEqual([{ name: 'Jon Dale Wick', title: 'director of athletics' }]);
  });

  it('reads a title of a part of the company its possessive names', () => {
    expect(
      storyPeople(
        [
          'Chris Dale, Borkan’s VP of Platform, explained the name.',
          'Kai Lund, Borkan’s chairman of direct-to-consumer and international, said demand was high.',
        ],
        'Borkan',
        'Borkan opens its platform',
      ),
    ).toEqual([
      { name: 'Chris Dale', title: 'VP of Platform' },
      { name: 'Kai Lund', title: 'chairman of direct-to-consumer and international' },
    ]);
  });

  it('reads a bare C-level title before a name, and a name the headline also writes', () => {
    expect(
      storyPeople(
        [
          'Asked for details, chief product officer Ann Bellow merely said it was a step change.',
          'Borkan earned more, capping what CEO Jane Wilde called a record year.',
        ],
        'Borkan',
        'Jane Wilde: Borkan had a record year',
      ),
    ).toEqual([
      { name: 'Ann Bellow', title: 'chief product officer' },
      { name: 'Jane Wilde', title: 'CEO' },
    ]);
    expect(storyPeople(['The county chief medical officer Tom Rayne said cases rose.'], 'Borkan', 'Borkan and the flu')).toEqual([]);
    // A firm the headline names, in the genitive after a Polish title, is still no person.
    expect(storyPeople(['Tak jest, mówi Prezes Zarządu Nowej Platformy Kasy.'], 'Barsko', 'Barsko rusza z Nową Platformą Kasy')).toEqual(
      [],
    );
  });

  it('leaves out a bare title in a sentence that says its holder left', () => {
    expect(
      storyPeople(
        ['Two executives left Borkan this year, including CTO Camille Fenn and CFO John Rook. Since then, CEO Jane Wilde hired more.'],
        'Borkan',
        'Borkan grows',
      ),
    ).toEqual([{ name: 'Jane Wilde', title: 'CEO' }]);
  });

  it('reads a spokesperson of the company the story last named, not of another body', () => {
    expect(
      storyPeople(
        [
          'Borkan declined to give numbers, but spokeswoman Ann Leeds said turnout was fine.',
          'Spokesman Tom Rayne cited the economy.',
          'The watchdog Datavakt disagreed, but spokesman Per Holt said little.',
          'Borkan is calm. Local police spokesman Ivo Stam said the march was peaceful.',
        ],
        'Borkan',
        'Borkan cancels its walk',
      ),
    ).toEqual([
      { name: 'Ann Leeds', title: 'spokeswoman' },
      { name: 'Tom Rayne', title: 'Spokesman' },
    ]);
  });
});
