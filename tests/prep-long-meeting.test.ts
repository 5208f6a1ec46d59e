import { describe, expect, it } from 'vitest';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import { company, person, self } from './helpers/prep-records';

// blind-16 spessart-weber: an hour with a deputy managing director whose only page gave no hook got
// four questions. A longer meeting with someone known has room for candid questions of the bank.
function sig(known: boolean) {
  const co = company('Spessartwald Tourismus');
  return signals({
    person: known ? person('Franziska Roth', { currentCompanyId: co.id, currentTitle: 'Stellvertretende Geschäftsführerin' }) : undefined,
    company: co,
    clips: [],
    self: self({
      name: 'Jonas',
      targetRole: 'Destination manager',
      field: 'Hotel revenue management',
      exploring: 'regional destination management organisations',
    }),
    now: Date.UTC(2024, 0, 16),
  } as never);
}

describe('the number of questions scales with the meeting’s length, not only with the material', () => {
  it('gives an hour with someone known three more candid questions than half an hour, never a care question', () => {
    const s = sig(true);
    const half = suggestQuestions(s, 30).questions;
    const hour = suggestQuestions(s, 60).questions;
    expect(hour.length).toBe(half.length + 3);
    const added = hour.filter((q) => !half.some((h) => h.text === q.text));
    expect(added.map((q) => q.category).every((c) => ['role', 'upsides', 'company', 'industry'].includes(c))).toBe(true);
    // No candid question repeats a theme another already asks.
    expect(hour.filter((q) => /hardest/i.test(q.text)).length).toBeLessThanOrEqual(1);
    expect(hour.filter((q) => /\bweek\b/i.test(q.text)).length).toBeLessThanOrEqual(1);
    // Their story opens, the names close.
    expect(hour[0]!.category).toBe('path');
    expect(hour.at(-1)!.intent).toBe('referral');
  });

  it('keeps a meeting with nobody known as short as the material allows', () => {
    const s = sig(false);
    expect(suggestQuestions(s, 60).questions.length).toBe(suggestQuestions(s, 30).questions.length);
  });
});
