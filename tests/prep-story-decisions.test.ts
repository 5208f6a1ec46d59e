import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../lib/cli/prep-rubric';
import { suggestQuestions } from '../lib/prep/engine';
import { pickHooks } from '../lib/prep/hooks';
import { prepSheetMarkdown } from '../lib/prep/markdown';
import { buildPrepSheet } from '../lib/prep/sheet';
import { signals } from '../lib/prep/signals';
import { clauseOf } from '../lib/prep/story-clauses';
import { storyFacts } from '../lib/prep/story-facts';
import type { PrepInput } from '../lib/prep/types';
import { clips, company, self } from './helpers/prep-records';

const NOW = Date.UTC(2019, 11, 3);
const clip = clips({ idPrefix: 'd', publishedAt: '2019-11-19', siteName: 'The Daily' });

describe('what a story reports the company decided or requires', () => {
  it('names a decision the company took, with what it names concrete, as people say the company', () => {
    expect(
      clauseOf(
        'The Bright Hope foundation canceled its annual River Ride in Denver and four other cities next year, halving the number of rides as sign-ups fall.',
        ['Bright Hope Foundation', 'Bright Hope'],
      ),
    ).toEqual({
      kind: 'decision',
      text: 'Bright Hope canceled its annual River Ride in Denver and four other cities',
      named: 'Bright Hope’s decision to cancel its annual River Ride in Denver and four other cities',
    });
    // A lede in the present tense, and "The company" opening a sentence of a story about it.
    expect(clauseOf('Acme opens 12 stores in Texas, its first outside Ohio.', ['Acme'])?.named).toBe(
      'Acme’s decision to open 12 stores in Texas',
    );
    expect(clauseOf('The company moved its headquarters to Austin in March.', ['Acme'])).toMatchObject({
      kind: 'decision',
      named: 'Acme’s decision to move its headquarters to Austin in March',
    });
  });

  it('reads no decision in job cuts, money raised, a deal closed, a vague object or a decision by someone else', () => {
    expect(clauseOf('Acme cut 500 jobs in Ohio after a weak quarter.', ['Acme'])?.kind).not.toBe('decision');
    expect(clauseOf('Acme raised $20 million from new investors on Monday.', ['Acme'])?.kind).not.toBe('decision');
    expect(clauseOf('Acme closed the deal with its lenders late on Friday.', ['Acme'])).toBeUndefined();
    expect(clauseOf('Acme cut the budget for something or other this spring.', ['Acme'])).toBeUndefined();
    expect(clauseOf('Widgets canceled its annual River Ride in Denver and four other cities.', ['Acme'])).toBeUndefined();
  });

  it('cuts no figure out of a series of one measure over time (a trend, not a figure)', () => {
    expect(
      clauseOf('The River Ride raised $5 million in 2011, $2 million last year and about $1.5 million this year.', ['Bright Hope']),
    ).toBeUndefined();
    expect(clauseOf('The River Ride raised $5 million in 2011 for research into rare diseases.', ['Bright Hope'])?.kind).toBe('figure');
  });

  it('names a rule the company sets, said with "must"; its subject is the company’s own (named, or a word of the title)', () => {
    expect(
      clauseOf(
        'Since Acme suppliers are required to label every pallet with its farm of origin, they now check the fruit blend first, Lee said',
        ['Acme'],
      ),
    ).toEqual({ kind: 'rule', text: 'Acme suppliers must label every pallet with its farm of origin' });
    const ride =
      'The River Ride events, which require riders to raise at least $1,200, are costly to stage, according to people familiar with it.';
    expect(clauseOf(ride, ['Bright Hope'], 'Bright Hope drops River Ride in five cities')).toEqual({
      kind: 'rule',
      text: 'riders must raise at least $1,200 for the River Ride events',
    });
    // Nothing ties the events to the company: no rule of its own.
    expect(clauseOf(ride, ['Bright Hope'], 'Bright Hope names a new chair')).toBeUndefined();
    // What a court or a regulator orders is a sanction, not a rule the company sets.
    expect(clauseOf('Acme suppliers are required to pay $2 million to the state within a year.', ['Acme'])?.kind).not.toBe('rule');
  });

  it('asks a decision for what drove it and what it changed, grounded, and raises it as a hook in place of the bare headline', () => {
    const hope = company('Bright Hope');
    const story = clip(
      'article',
      'Bright Hope cancels River Ride in five cities',
      'The Bright Hope foundation canceled its annual River Ride in Denver and four other cities next year, halving the number of rides as sign-ups fall.',
    );
    const input: PrepInput = { company: hope, clips: [story], self: self({ targetRole: 'Events fundraising manager' }), now: NOW };
    const s = signals(input);
    const q = suggestQuestions(s, 30).questions.find((x) => /River Ride/.test(x.text));
    expect(q?.text).toBe(
      'I read about Bright Hope’s decision to cancel its annual River Ride in Denver and four other cities. What drove it, and what did it change for your team?',
    );
    expect(judgeQuestion(q!.text, q!.basis, input).grounded).toBe(true);
    const hooks = pickHooks(s);
    expect(hooks.map((h) => h.text)).toContain('Bright Hope canceled its annual River Ride in Denver and four other cities');
    expect(hooks.some((h) => h.text.startsWith('In the news:'))).toBe(false);
  });

  it('keeps a rule from an older story as background, dated; from a story of a suit only the rule; nothing past two years', () => {
    const acme = company('Acme');
    const suit = (publishedAt: string) =>
      clip(
        'article',
        'Woman sues Acme over tainted berries',
        [
          'A shopper sued Acme over an outbreak linked to frozen berries.',
          'Acme closed 12 stores in Texas for the cleanup.',
          'Since Acme suppliers are required to label every pallet with its farm of origin, they now check the fruit blend first, Lee said.',
        ].join('\n'),
        { publishedAt },
      );
    const old = storyFacts([suit('2018-08-01')], acme, NOW);
    expect(old).toEqual([expect.objectContaining({ kind: 'rule', background: true, speaker: 'Lee' })]);
    expect(storyFacts([suit('2017-06-01')], acme, NOW)).toEqual([]);
    const input: PrepInput = {
      company: acme,
      clips: [suit('2018-08-01')],
      self: self({ targetRole: 'Supplier quality manager' }),
      now: NOW,
    };
    const q = suggestQuestions(signals(input), 30).questions.find((x) => /pallet/.test(x.text));
    expect(q?.text).toBe(
      'The Daily reported in August 2018 that Acme suppliers must label every pallet with its farm of origin. Is that still how it works, and what does it ask of your team day to day?',
    );
    // The hook says it is background, dated, in the exported sheet.
    expect(prepSheetMarkdown(buildPrepSheet(input))).toContain(
      '- Acme suppliers must label every pallet with its farm of origin (The Daily, August 2018) — background',
    );
    // The suit itself is never asked.
    expect(suggestQuestions(signals(input), 30).questions.some((x) => /sue|outbreak|closed|stores/i.test(x.text))).toBe(false);
  });
});
