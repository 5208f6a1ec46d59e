import { describe, expect, it } from 'vitest';
import { intentOf } from '../lib/cli/prep-intent';
import { questionCount } from '../lib/prep/budget';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import type { Clip } from '../lib/schema/dossier';
import { company, person, self, storyClip } from './helpers/prep-records';

const NOW = Date.UTC(2024, 0, 16);
const co = company('Spessartwald Tourismus');
const jonas = self({
  name: 'Jonas',
  targetRole: 'Destination manager',
  field: 'Hotel revenue management',
  exploring: 'regional destination management organisations',
});

// blind-16 spessart-weber: an hour with a deputy managing director whose only page gave no hook got
// four questions; then one candid question per ten minutes past thirty gave a co-founder 5
// questions for 45 minutes and 7 for an hour. The time a longer meeting adds is the bank's candid questions'.
function sig(who: 'known' | 'nobody' | 'peer', clips: Clip[] = []) {
  const p =
    who === 'known'
      ? person('Franziska Roth', { currentCompanyId: co.id, currentTitle: 'Stellvertretende Geschäftsführerin' })
      : who === 'peer'
        ? person('Lena Vogt', {
            currentCompanyId: co.id,
            currentTitle: 'Marketing Associate',
            experience: [{ title: 'Marketing Associate', company: co.name, start: '2023-06' }],
          })
        : undefined;
  return signals({ person: p, company: co, clips, self: jonas, now: NOW } as never);
}

/** A story a week old about the company: a hook a question rests on. */
const launch = storyClip(
  'c-launch',
  'https://news.example/spessart-trail',
  'article',
  'Spessartwald Tourismus launches the Eichhörnchen-Pfad hiking trail',
  'Spessartwald Tourismus launched the Eichhörnchen-Pfad, a new 40-kilometre hiking trail through the Spessart, on Monday. The trail links twelve villages.',
  { publishedAt: '2024-01-09', siteName: 'Main-Echo' },
);

const addedTo = <Q extends { text: string }>(half: Q[], longer: Q[]) => longer.filter((q) => !half.some((h) => h.text === q.text));
/** No two questions ask the same thing, read from their words as the rubric reads them. */
const noRepeat = (qs: Array<{ text: string }>) => {
  const kinds = qs.map((q) => intentOf(q.text)).filter((k) => k !== 'other');
  expect(new Set(kinds).size).toBe(kinds.length);
};

describe('the number of questions scales with the meeting’s length, not only with the material', () => {
  it('fills the time a longer meeting adds with candid questions of the bank, each on its own theme', () => {
    const s = sig('known');
    const half = suggestQuestions(s, 30).questions;
    const three = suggestQuestions(s, 45).questions;
    const hour = suggestQuestions(s, 60).questions;
    // Four more questions for 45 minutes, eight for an hour (about 8, 12 and 16 in all).
    expect(three.length).toBe(half.length + questionCount(45) - questionCount(30));
    expect(hour.length).toBe(half.length + questionCount(60) - questionCount(30));
    const added = addedTo(half, hour);
    expect(added.every((q) => ['path', 'role', 'upsides', 'company', 'industry'].includes(q.category))).toBe(true);
    // Never the closing courtesies, homework or a question handled with care.
    expect(added.some((q) => /should I have asked|let you know how|help you with|publications/i.test(q.text))).toBe(false);
    noRepeat(hour);
    // Their story opens, the names close.
    expect(hour[0]!.category).toBe('path');
    expect(hour.at(-1)!.intent).toBe('referral');
    // Thirty minutes stay as they were: no candid question beyond the frame.
    expect(suggestQuestions(s, 30).questions.map((q) => q.text)).toEqual(half.map((q) => q.text));
  });

  it('gives a peer the longer meeting’s room too, with questions about their work, not hiring advice', () => {
    const s = sig('peer');
    expect(s.peer).toBe(true);
    const half = suggestQuestions(s, 30).questions;
    const hour = suggestQuestions(s, 60).questions;
    const added = addedTo(half, hour);
    expect(added.length).toBeGreaterThanOrEqual(4);
    expect(added.some((q) => q.category === 'getting-in' || /\bhire\b|stand out|taken seriously/i.test(q.text))).toBe(false);
    noRepeat(hour);
  });

  it('keeps a meeting with nobody known and nothing clipped as short as the material allows', () => {
    const s = sig('nobody');
    expect(suggestQuestions(s, 60).questions.length).toBe(suggestQuestions(s, 30).questions.length);
  });

  it('gives a meeting with nobody known but a clipped hook half the room: the dossier cannot say what their work is', () => {
    const s = sig('nobody', [launch]);
    const half = suggestQuestions(s, 30).questions;
    const hour = suggestQuestions(s, 60).questions;
    expect(addedTo(half, hour).length).toBe((questionCount(60) - questionCount(30)) / 2);
    noRepeat(hour);
  });

  it('never asks a candid theme the sheet already asks in other words', () => {
    const s = sig('known');
    const hour = suggestQuestions(s, 90).questions;
    expect(hour.filter((q) => /hardest|worn thin/i.test(q.text)).length).toBeLessThanOrEqual(1);
    expect(hour.filter((q) => /\bweek\b/i.test(q.text)).length).toBeLessThanOrEqual(1);
    expect(hour.filter((q) => /differently/i.test(q.text)).length).toBeLessThanOrEqual(1);
    // Fewer than the count when the bank has run out of good ones: never padded to it.
    expect(hour.length).toBeLessThanOrEqual(questionCount(90));
    noRepeat(hour);
  });
});
