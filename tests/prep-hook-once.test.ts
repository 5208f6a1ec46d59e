import { describe, expect, it } from 'vitest';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import type { PrepInput } from '../lib/prep/types';
import { clips, company, fact, self } from './helpers/prep-records';

const NOW = Date.UTC(2019, 11, 3);
const clip = clips({ idPrefix: 'h', publishedAt: '2019-11-19', siteName: 'The Daily' });

const asked = (input: PrepInput) => suggestQuestions(signals(input), 30).questions.map((q) => q.text);

describe('one sheet asks about a hook once, judged by the fact it uses (issue 11: audi-etron)', () => {
  it('a launch asked on its own is not asked again in the opener', () => {
    const story = clip(
      'article',
      'Acme Inc. unveils the Tern 2 drone',
      'Acme Inc. unveiled the Tern 2 drone at its event in Berlin on Tuesday.',
    );
    const texts = asked({
      company: company('Acme Inc.', { size: fact('51-200 employees') }),
      clips: [story],
      self: self({ targetRole: 'Hardware designer' }),
      now: NOW,
    });
    // Worded differently ("did any of it go into …", "How early did designers come into …"), one fact.
    expect(texts.filter((t) => /Tern 2 drone/.test(t))).toHaveLength(1);
    // The opener is the one the sheet would have without the launch: their story, a rapport question.
    expect(texts[0]).toBe('What do you work on at Acme, and how did you come to it?');
  });
});

describe('when the launch has its own question, the opener uses what else the dossier holds (tune microsoft-surface)', () => {
  it('places them among the lines of work the company’s summary lists, not “What do you work on at …”', () => {
    const story = clip(
      'article',
      'Acme Inc. unveils the Tern 2 drone',
      'Acme Inc. unveiled the Tern 2 drone at its event in Berlin on Tuesday.',
    );
    const summary = 'Acme Inc. is a Danish technology company producing camera drones, flight software, and related services.';
    const input = (facts: Record<string, ReturnType<typeof fact>>, targetRole = 'Hardware designer'): PrepInput => ({
      company: company('Acme Inc.', { size: fact('5,000 employees'), ...facts }),
      clips: [story],
      self: self({ targetRole }),
      now: NOW,
    });
    const texts = asked(input({ summary: fact(summary, 'c2') }));
    expect(texts.filter((t) => /Tern 2 drone/.test(t))).toHaveLength(1);
    expect(texts[0]).toBe(
      'Acme makes camera drones and flight software. Which of those is closest to your own work, and what does your part of it involve?',
    );
    // Nothing listed: the opener the sheet had.
    expect(asked(input({}))[0]).toBe('What do you work on at Acme, and how did you come to it?');
    // Someone met for sales at a big firm is not asked which product is theirs, as with a menu.
    expect(asked(input({ summary: fact(summary, 'c2') }, 'Account manager'))[0]).not.toMatch(/camera drones/);
  });
});

describe('the opener fits the person the user is meeting (issue 11: apple-enterprise)', () => {
  const menu = 'AirPods, Apple Watch, iPad, iPhone, Mac, App Store, Apple Card, Apple Music, Apple TV+, Apple Pay';
  const input = (size: string, targetRole: string): PrepInput => ({
    company: company('Apple Inc.', { size: fact(size, 'c1'), products: fact(menu, 'c1') }),
    clips: [],
    self: self({ targetRole }),
    now: NOW,
  });

  it('at a big company, someone met for enterprise sales is not asked which consumer product is theirs', () => {
    expect(asked(input('10,001+ employees', 'Enterprise account manager'))[0]).not.toMatch(/AirPods/);
  });

  it('… while someone met for work that makes the products, or anyone at a small company, still is', () => {
    expect(asked(input('10,001+ employees', 'Hardware engineer'))[0]).toMatch(/from AirPods to Apple Pay/);
    expect(asked(input('51-200 employees', 'Enterprise account manager'))[0]).toMatch(/from AirPods to Apple Pay/);
  });
});
