import { describe, expect, it } from 'vitest';
import { apposedPeople } from '../lib/extract/article/apposition-people';
import { storyPeople } from '../lib/extract/article/story-people';

// Issue 10: news stories name their company's people with a title set off by commas ("Jane Roe,
// Acme's chief financial officer, said", "the company's chief medical officer, Dr. Jane Roe,
// said"), and none was read. Written here in the same shapes, with invented names and text.
describe('articles: a title set off by commas beside a name', () => {
  it('reads the title after the name, without the company it names', () => {
    expect(
      storyPeople(
        [
          '“We had a strong quarter,” said Lena Hart, Borkan’s chief financial officer.',
          'Pete Moor, founder, president and chief operating officer of Seattle-based Borkan Inc., said brands matter.',
          'Tom Walk , Chief Technology Officer, will present at two conferences for Borkan.',
        ],
        'Borkan',
        'Borkan raises its forecast',
      ),
    ).toEqual([
      { name: 'Lena Hart', title: 'chief financial officer' },
      { name: 'Pete Moor', title: 'founder, president and chief operating officer' },
      { name: 'Tom Walk', title: 'Chief Technology Officer' },
    ]);
  });

  it('reads the title before the name, the company’s own or named', () => {
    expect(
      storyPeople(
        [
          'The drug’s maker, Borkan, said it was satisfied with the panel’s decision.',
          '“We will work with the regulator,” the company’s chief medical officer, Dr. James Shan, said.',
          'Borkan’s chairman and CEO, Daniel O’Dale, has not said what it will cost.',
          'Borkan’s head of engineering, Warren Vand, installed the cameras.',
        ],
        'Borkan',
        'Borkan drug faces review',
      ),
    ).toEqual([
      { name: 'James Shan', title: 'chief medical officer' },
      { name: 'Daniel O’Dale', title: 'chairman and CEO' },
      { name: 'Warren Vand', title: 'head of engineering' },
    ]);
  });

  it('leaves out another firm’s people, a head of an unnamed body, a former holder and a sentence’s opening word', () => {
    expect(
      storyPeople(
        [
          'Ida Venn, chief executive of rival Globex, said Borkan was late.',
          'Globex’s president, Carl Dorn, agreed with Borkan’s critics.',
          'Jane Roe, president of the union, said Borkan must pay.',
          'Mark Toll, former CEO of Borkan, said nothing.',
          'Sam Reed, an analyst at Morgan Bank, rates Borkan a buy.',
          'Kim Sand, head of research, said Borkan shares were cheap.',
          'Local firms work with partners abroad: Muscat-based Orra Space, for one, said the company’s CEO, Ali Barr, told us.',
        ],
        'Borkan',
        'Borkan under pressure',
      ),
    ).toEqual([]);
    expect(apposedPeople('And Jane Roe, CEO of Borkan, said no.').map((p) => p.name)).toEqual(['Jane Roe']);
    expect(apposedPeople('Then Jane Roe, CEO of Borkan, said no.')[0]?.name).not.toMatch(/^Then/);
  });
});
