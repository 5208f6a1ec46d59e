import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../lib/cli/prep-rubric';
import { named } from '../lib/prep/bank/opener';
import { launchOpener } from '../lib/prep/bank/opener-story';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import type { PrepInput } from '../lib/prep/types';
import { clips, company, fact, person, self } from './helpers/prep-records';

const NOW = Date.UTC(2019, 11, 3);
const clip = clips({ idPrefix: 'o', publishedAt: '2019-11-19', siteName: 'The Daily' });

const opener = (input: PrepInput) => suggestQuestions(signals(input), 30).questions[0]!;
/** The opener placed against the launch, as the bank offers it (the engine keeps it only when no other question asks about the launch). */
const onLaunch = (input: PrepInput) => launchOpener(signals(input), 'Acme')?.[0];

describe('the opener, as the dossier allows: varied by what was clipped, not by synonyms', () => {
  it('someone nobody names yet at a small company is asked, in one question, what their job covers against the product just launched', () => {
    const story = clip(
      'article',
      'Acme Inc. unveils the Tern 2 drone',
      'Acme Inc. unveiled the Tern 2 drone at its event in Berlin on Tuesday.',
    );
    const input: PrepInput = {
      company: company('Acme Inc.', { size: fact('51-200 employees') }),
      clips: [story],
      self: self({ targetRole: 'Account manager' }),
      now: NOW,
    };
    const q = onLaunch(input)!;
    // One question (what they do), the launch its yardstick: "none" is an answer, and the classic
    // "how did you come to it?" is no longer glued on (blind-14 apple-mbp16), so the launch does the work.
    expect(q.text).toBe('What does your job at Acme cover, and did any of it go into the Tern 2 drone?');
    expect(q.basis).toEqual([`clip:${story.id}`]);
    expect(judgeQuestion(q.text, q.basis, input).grounded).toBe(true);
    // Treasury or law, even at a small firm, puts nothing into a drone: what they work on, the launch asked apart.
    expect(onLaunch({ ...input, self: self({ targetRole: 'Treasury analyst' }) })).toBeUndefined();
    expect(opener({ ...input, self: self({ targetRole: 'Treasury analyst' }) }).text).toBe(
      'What do you work on at Acme, and how did you come to it?',
    );
  });

  it('… at a big company (or one of unknown size) only for someone met about work that makes products', () => {
    const story = clip(
      'article',
      'Acme Inc. unveils the Tern 2 drone',
      'Acme Inc. unveiled the Tern 2 drone at its event in Berlin on Tuesday.',
    );
    for (const facts of [{ size: fact('10,001+ employees') }, {}]) {
      const input = (targetRole: string): PrepInput => ({
        company: company('Acme Inc.', facts),
        clips: [story],
        self: self({ targetRole }),
        now: NOW,
      });
      expect(onLaunch(input('Hardware designer'))?.text).toBe(
        'What does your job at Acme cover, and did any of it go into the Tern 2 drone?',
      );
      expect(onLaunch(input('Account manager'))).toBeUndefined();
      // Someone in sales at a big firm may never touch it: what they work on, the launch asked apart.
      const qs = suggestQuestions(signals(input('Account manager')), 30).questions;
      expect(qs[0]!.text).toBe('What do you work on at Acme, and how did you come to it?');
      expect(qs.some((q) => /Tern 2 drone/.test(q.text))).toBe(true);
    }
  });

  it('the launch’s name reads whole inside the opener, whatever its grammatical number', () => {
    for (const [headline, sentence, phrase] of [
      ['Acme unveils ‘family’ plan and dark mode', 'Acme unveiled its ‘family’ plan and dark mode on Tuesday.', 'the ‘family’ plan'],
      ['Acme launches Orbit', 'Acme launched Orbit, its new app, on Tuesday.', 'Orbit'],
    ] as const) {
      const story = clip('article', headline, sentence);
      const q = onLaunch({
        company: company('Acme', { size: fact('51-200 employees') }),
        clips: [story],
        self: self({ targetRole: 'Product designer' }),
        now: NOW,
      })!;
      expect(q.text).toBe(`What does your job at Acme cover, and did any of it go into ${phrase}?`);
    }
  });

  it('… but not against an open role: the questions after it name the role again', () => {
    const careers = clip('company-page', 'Careers', '', {
      url: 'https://acme.example/careers',
      extraction: {
        kind: 'company-page',
        url: 'https://acme.example/careers',
        title: 'Careers',
        extractor: 'test',
        sources: {},
        jobs: [{ title: 'Analytics Engineer' }, { title: 'Account Executive' }],
      },
    });
    const s = suggestQuestions(
      signals({ company: company('Acme'), clips: [careers], self: self({ targetRole: 'Analytics engineer' }), now: NOW }),
      30,
    );
    expect(s.questions[0]!.text).toBe('What do you work on at Acme, and how did you come to it?');
    expect(s.questions.some((q) => /Analytics Engineer/.test(q.text))).toBe(true);
  });

  it('… within what the company makes, when its own summary says it plainly', () => {
    const input: PrepInput = {
      company: company('Stream', { summary: fact('Stream builds chat and feeds for applications at scale.') }),
      clips: [],
      self: self({ targetRole: 'Developer advocate' }),
      now: NOW,
    };
    expect(opener(input).text).toBe("What part of Stream's chat and feeds do you work on, and what does it involve?");
    // A user aiming at treasury asks someone there what they work on, not which part of the product.
    const treasury = { ...input, self: self({ targetRole: 'Treasury manager, capital markets' }) };
    expect(opener(treasury).text).toBe('What do you work on at Stream, and how did you come to it?');
    // A summary that says what the company is, not what it makes, gives nothing to place them against.
    const vague = { ...input, company: company('Stream', { summary: fact('Stream is a leader in the communications space.') }) };
    expect(opener(vague).text).toBe('What do you work on at Stream, and how did you come to it?');
    expect(judgeQuestion(opener(vague).text, opener(vague).basis, vague).grounded).toBe(false);
  });

  it('someone a team-page bio says joined in a year is asked what came before; someone with a profile, about their move', () => {
    const page = clip(
      'company-page',
      'Our staff',
      'Ryan Glembin, Sales Manager\nSales Manager Ryan started with the company in 2011 and has helped it immensely with his sales experience.',
      {
        extraction: {
          kind: 'company-page',
          url: 'https://acme.example/staff',
          title: 'Our staff',
          extractor: 'test',
          sources: {},
          people: [{ name: 'Ryan Glembin' }],
        },
      },
    );
    const ryan = person('Ryan Glembin', { currentTitle: 'Sales Manager', sourceClipIds: [page.id] });
    const q = opener({ person: ryan, company: company('Acme'), clips: [page], self: self({ targetRole: 'Sales manager' }), now: NOW });
    expect(q.text).toBe('You joined Acme in 2011. What did you do before, and what brought you there?');
    const mover = person('Dana Ruiz', {
      currentTitle: 'Product Manager',
      experience: [
        { title: 'Product Manager', company: 'Acme', start: '2017-01' },
        { title: 'Software Engineer', company: 'Widgets', start: '2012-01', end: '2016-12' },
      ],
    });
    const moved = opener({ person: mover, company: company('Acme'), clips: [], self: self({ targetRole: 'Product manager' }), now: NOW });
    expect(moved.text).toMatch(/^What pulled you from software engineering into product management/);
  });
});

describe('a launch named as a question names it', () => {
  it('as the one the story is about, whatever article the story gave it', () => {
    expect(named('e-tron Sportback')).toBe('the e-tron Sportback');
    expect(named('Stadia')).toBe('Stadia');
    expect(named('a new app for runners')).toBe('the new app for runners');
    expect(named('its Tern 2 drone')).toBe('the Tern 2 drone');
    expect(named('the Disney+ streaming service')).toBe('the Disney+ streaming service');
    expect(named('‘family’ plan and dark mode')).toBe('the ‘family’ plan and dark mode');
  });
});

describe('the week, asked as their level shapes it', () => {
  const week = (title: string, targetRole: string) => {
    const p = person('Sam Lee', { currentTitle: title, experience: [{ title, company: 'Acme', start: '2012-01' }] });
    const s = suggestQuestions(signals({ person: p, company: company('Acme'), clips: [], self: self({ targetRole }), now: NOW }), 30);
    return [...s.questions, ...s.reserve].find((q) => q.intent === 'day-to-day')?.text;
  };
  it('someone who runs the company, a manager, anyone else', () => {
    expect(week('CEO', 'General manager')).toBe('What still takes most of your week, and what have you learned to hand off?');
    expect(week('Sales Manager', 'Sales manager')).toBe('How does your week split between your team and your own accounts?');
    expect(week('Software Engineer', 'Software engineer')).toBe(
      'What does a typical week look like for you, and where does most of the time go?',
    );
  });
});
