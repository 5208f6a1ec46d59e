import { describe, expect, it } from 'vitest';
import { INDUSTRY } from '../lib/prep/bank/industry';
import { suggestQuestions } from '../lib/prep/engine';
import { personQuotes } from '../lib/prep/person-words';
import { signals } from '../lib/prep/signals';
import type { PrepInput } from '../lib/prep/types';
import { clips, company, person, self } from './helpers/prep-records';

// Short stories written for these tests, shaped like blind-19 alaska-pieper-student (a trade
// story quoting the person met "in a statement", their role long and full of commas).
const NOW = Date.UTC(2020, 10, 4);
const clip = clips({ idPrefix: 'w', publishedAt: '2020-10-13', siteName: 'Airline Weekly' });
const SAID =
  '“We are officially joining a family with some of the best carriers in the world,” Dana Pike, senior vice president of fleet, finances and alliances at Northway, said in a statement on Oct. 12. “The possibilities are tremendous.”';
const story = clip(
  'article',
  'Northway sets a new date for its alliance membership',
  ['Northway Air has a new date for joining the alliance: March 31, 2021.', SAID, 'The carrier also expands its codeshare.'].join('\n\n'),
);
const pike = person('Dana Pike', { sourceClipIds: [story.id] });
const input = (extra: Partial<PrepInput> = {}): PrepInput => ({
  person: pike,
  company: company('Northway Air'),
  clips: [story],
  self: self({ targetRole: 'Strategy associate' }),
  now: NOW,
  ...extra,
});

describe('the person met, quoted with a long role in a statement', () => {
  it('is read, and a statement is no interview answer', () => {
    const [q, ...rest] = personQuotes([story], pike);
    expect(rest).toEqual([]);
    expect(q!.quote).toBe('We are officially joining a family with some of the best carriers in the world');
    expect(q!.answer).toBe(false);
  });

  it('is read when the role holds a stop that ends no sentence (Inc., U.S.; review of prep34)', () => {
    const withStops = (role: string) =>
      clip(
        'article',
        'Northway plans a battery plant',
        `“We are building the best battery plant in the whole of Europe,” Dana Pike, ${role}, said.`,
      );
    expect(personQuotes([withStops('chief executive of Northway Inc.')], pike)[0]?.quote).toBe(
      'We are building the best battery plant in the whole of Europe',
    );
    expect(personQuotes([withStops('head of U.S. sales at Northway')], pike)[0]?.quote).toBe(
      'We are building the best battery plant in the whole of Europe',
    );
  });

  it('is read when a blog names them by the given name and quotes their written reply (blind-20 ceylon-gavinking-peer)', () => {
    const post = clip(
      'article',
      'Dana Pike unveils the Northway query language',
      [
        'Dana Pike of Northway unveiled the project last week.',
        'Update: Dana has posted a response giving two reasons for a new language (1) a way of "writing queries without string building" and (2) "The old client libraries are riddled with problems. A great standard library is our first priority."',
      ].join('\n\n'),
    );
    const [q] = personQuotes([post], pike);
    expect(q?.quote).toBe('The old client libraries are riddled with problems. A great standard library is our first priority.');
    expect(q?.speaker).toBe('Dana Pike');
    // Someone else who posts a reply is not the person met.
    const other = clip(
      'article',
      'Dana Pike unveils it',
      'Dana Pike spoke.\n\nUpdate: Lee has posted a response: "The old client libraries are riddled with problems everywhere."',
    );
    expect(personQuotes([other], pike)).toEqual([]);
  });

  it('opens the sheet with their own words, asked once', () => {
    const { questions } = suggestQuestions(signals(input()), 30);
    expect(questions[0]!.category).toBe('path');
    expect(questions[0]!.text).toBe(
      'You said in October 2020: “We are officially joining a family with some of the best carriers in the world.” How did you come to that work, and what did the road there look like?',
    );
    expect(questions[0]!.basis).toEqual([`clip:${story.id}`]);
    expect(questions.filter((q) => q.text.includes('officially joining'))).toHaveLength(1);
  });

  it('leaves a view they gave in an interview to its own question (where they learned it), so the sheet keeps both', () => {
    const view = clip(
      'article',
      'Northway sets a new date for its alliance membership',
      '“The best alliances are built on the routes nobody else wants to fly,” says Dana Pike, who leads alliances.',
    );
    const { questions } = suggestQuestions(
      signals(input({ clips: [view], person: person('Dana Pike', { sourceClipIds: [view.id] }) })),
      30,
    );
    expect(questions[0]!.text).not.toMatch(/^You said/);
    expect(questions.filter((q) => q.text.includes('routes nobody else wants to fly'))).toHaveLength(1);
  });

  it('leaves the opener to their profile when it tells their story (a career move they made)', () => {
    const moved = person('Dana Pike', {
      sourceClipIds: [story.id],
      currentTitle: 'Senior Vice President, Alliances',
      experience: [
        { title: 'Senior Vice President, Alliances', company: 'Northway Air', start: '2017-01' },
        { title: 'Investment Banker', company: 'First Harbor Bank', start: '2010-01', end: '2016-12' },
      ],
    });
    const q = suggestQuestions(signals(input({ person: moved })), 30);
    expect(q.questions[0]!.text).not.toMatch(/^You said/);
  });
});

describe('where a field is heading', () => {
  const direction = INDUSTRY.find((t) => t.id === 'industry.direction')!;

  it('is not asked of someone the dossier knows only by a title at a student body (blind-19 ajs-laurant-thin)', () => {
    const s = signals(
      input({ person: person('Jean Dupont', { currentTitle: 'Co-Responsable Démarchage (Développeur du site)' }), clips: [] }),
    );
    expect(s.career.jobs).toEqual([]);
    expect(direction.fits!(s)).toBe(false);
  });

  it('is asked of someone senior', () => {
    const s = signals(input({ person: person('Jean Dupont', { currentTitle: 'Director of Engineering' }), clips: [] }));
    expect(direction.fits!(s)).toBe(true);
  });
});
