import { describe, expect, it, vi } from 'vitest';
import { anyCue, eventPatterns, verbCue } from '../lib/prep/event-patterns';

// Sentences each pattern family matches (press style, several languages): the cue read off a
// pattern must let every one of them through, or an event would be lost.
const EVENTS = [
  'Acme raised $20 million in a Series B round led by Index.',
  'Acme announced a $5 million seed round.',
  'Acme sammelt 10 Mio. Euro ein.',
  'Acme has acquired Widgets Inc for an undisclosed sum.',
  'Acme was acquired by Globex in 2021.',
  'Acme launched a new analytics platform on Tuesday.',
  'Acme joined Globex in offering a new subscription plan.',
  'The Acme Rocket was unveiled at the show.',
  'Acme won a $9 billion order for jets.',
  'Acme signed a strategic partnership with Globex.',
  'Acme partnered with Globex on batteries.',
  'Acme recently received FDA clearance for its monitor.',
  'Acme published its annual report on remote work.',
  'Acme appointed Jane Doe as CEO.',
  'Jane Doe was appointed CEO of Acme.',
  'Jane Doe stepped down as CEO.',
  'Jane Doe joined Acme as chief product officer.',
  'The new CEO Jane Doe starts in May.',
  'CEO Jane Doe entlassen.',
  '社長が辞任した。',
  'Acme laid off 200 employees last week.',
  'Acme announced a round of layoffs.',
  'Many support staff at Acme might lose their jobs.',
  'Acme streicht 300 Stellen.',
  'Acme plans to hire 500 new engineers.',
  'Acme was sued by a rival.',
  'A lawsuit against Acme was filed.',
  'The Acme rocket exploded on the pad.',
  'ACME RAISED $20 MILLION.',
];

describe('event patterns: the words each cannot match without, tested first', () => {
  it('reads the first group that must match, skipping optional ones and descending into a named group', () => {
    expect(verbCue(String.raw`\b(?:raise[sd]?|raising)\s+(?<what>\d+)`)?.source).toBe('(?:raise[sd]?|raising)');
    expect(verbCue(String.raw`\b(?:to\s+)?(?:hire|hiring)\s+\d+`)?.source).toBe('(?:hire|hiring)');
    expect(verbCue(String.raw`\b(?<what>(?:round of\s+)?(?:layoffs|job cuts))\b`)?.source).toBe('(?:layoffs|job cuts)');
  });

  it('gives no cue where the words could be missing from a match', () => {
    // An alternation at the top: the second branch needs nothing of the first.
    expect(verbCue(String.raw`(?:raised)\s+\d+|(?:bought)\s+\w+`)).toBeUndefined();
    // A group that may match nothing, with any quantifier but "?".
    expect(verbCue(String.raw`(?:raised)*\s+\d+`)).toBeUndefined();
    expect(verbCue(String.raw`(?:raised){0,2}\s+\d+`)).toBeUndefined();
    // An edge inside (it sees every script in the pattern, ASCII only here), a class of letters.
    expect(verbCue(String.raw`(?:raised\b|bought)\s+\d+`)).toBeUndefined();
    expect(verbCue(String.raw`(?:\p{Lu}\w+)\s+raised`)).toBeUndefined();
    // A pattern that opens on a name.
    expect(verbCue(String.raw`(?<what>[\p{Lu}]\w+)\s+(?:raised)`)).toBeUndefined();
  });

  it('never turns away a sentence its pattern matches', () => {
    let matched = 0;
    for (const p of eventPatterns())
      for (const s of EVENTS)
        if (p.re.test(s)) {
          matched++;
          expect(p.cue?.test(s) ?? true, `${p.kind} ${p.re.source.slice(0, 60)} on "${s}"`).toBe(true);
        }
    expect(matched).toBeGreaterThan(EVENTS.length);
  });

  it('turns away sentences without the words, so their patterns need not be compiled', () => {
    const funding = eventPatterns().find((p) => p.kind === 'funding')!;
    expect(funding.cue?.test('logistics robotics forecasting platform customers revenue growth')).toBe(false);
    expect(eventPatterns().filter((p) => !p.cue).length).toBeLessThanOrEqual(1);
  });

  it('tests every cue at once: true exactly when one of the cues is in the sentence', () => {
    const others = [
      'logistics robotics forecasting platform customers revenue growth',
      'The team met in Berlin to talk about the weather.',
      'Jane Doe stepped down as CEO.',
      'The report was thin.',
      '',
    ];
    for (const s of [...EVENTS, ...others]) expect(anyCue(s), s).toBe(eventPatterns().some((p) => p.cue?.test(s)));
    expect(anyCue('We met for coffee.')).toBe(false);
    // Cues of both kinds: read off a pattern (/iu) and written beside it (/i).
    expect(anyCue('Acme raised money')).toBe(true);
    expect(anyCue('Jane Doe stepped down')).toBe(true);
  });
});

describe('event patterns: made when a sentence first needs one', () => {
  it('makes no pattern until one is read, then only that one, once', async () => {
    // Counts the patterns made (each has a `what` group; the cues never do) in a fresh copy of the module.
    let made = 0;
    const Native = RegExp;
    class Counting extends Native {
      constructor(source: string | RegExp, flags?: string) {
        super(source, flags);
        if (String(source).includes('(?<what>')) made++;
      }
    }
    vi.resetModules();
    vi.stubGlobal('RegExp', Counting);
    try {
      const fresh = await import('../lib/prep/event-patterns');
      const patterns = fresh.eventPatterns();
      expect(patterns.length).toBeGreaterThan(30);
      // Reading every cue, and testing them all at once, makes none of the patterns.
      expect(fresh.anyCue('Acme raised $20 million in a Series B round led by Index.')).toBe(true);
      expect(patterns.filter((p) => p.cue?.test('Acme raised $20 million')).length).toBeGreaterThan(0);
      expect(made).toBe(0);
      const funding = patterns.find((p) => p.kind === 'funding')!;
      const re = funding.re;
      expect(made).toBe(1);
      // The same expression on every read: it is made once per page.
      expect(funding.re).toBe(re);
      expect(made).toBe(1);
      expect(re.exec('Acme raised $20 million in a Series B round led by Index.')?.groups?.what).toMatch(/^\$20 million/);
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });
});
