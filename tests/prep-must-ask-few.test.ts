import { describe, expect, it } from 'vitest';
import type { Template } from '../lib/prep/bank/types';
import { suggestQuestions } from '../lib/prep/engine';
import { buildPrepSheet } from '../lib/prep/sheet';
import { signals } from '../lib/prep/signals';
import { company, self } from './helpers/prep-records';

const NOW = Date.UTC(2020, 10, 1);
const student = self({
  name: 'Milica Vuković',
  schools: ['University of East Sarajevo'],
  field: 'Electrical engineering',
  targetRole: 'Power distribution engineer',
  exploring: 'a summer practice at a power utility',
});

describe('must-asks are the one to three that matter most', () => {
  it('never every question of a short sheet (EPRS, dossiers-blind-17: all three marked)', () => {
    // A company nobody clipped anything about, a 15-minute call: their story, one question about
    // the work, the names.
    const sheet = buildPrepSheet({ company: company('Elektroprivreda'), clips: [], self: student, now: NOW });
    const { questions } = sheet;
    expect(questions).toHaveLength(3);
    const must = questions.filter((q) => q.mustAsk);
    expect(must.length).toBeGreaterThanOrEqual(1);
    expect(must.length).toBeLessThan(questions.length);
    // The names close the meeting and are the ask a meeting running late drops: it stays marked.
    expect(must.map((q) => q.intent)).toContain('referral');
    // The thank-you still listens for the question about the work, marked or not.
    expect(sheet.thankYouHook).toMatch(/typical week/);
  });

  it('a sheet of two marks one, a sheet of one marks none: its only question is the meeting (review)', () => {
    const s = signals({ company: company('Elektroprivreda'), clips: [], self: student, now: NOW });
    const story: Template = {
      id: 'story',
      category: 'path',
      intent: 'their-story',
      weight: 9,
      fill: () => [{ text: 'How did you get here?', reason: 'r', basis: [] }],
    };
    const names: Template = {
      id: 'names',
      category: 'closing',
      intent: 'referral',
      weight: 8,
      fill: () => [{ text: 'Who else should I talk to?', reason: 'r', basis: [] }],
    };
    const marked = (bank: Template[]) => suggestQuestions(s, 15, bank).questions.map((q) => [q.intent, q.mustAsk]);
    expect(marked([story])).toEqual([['their-story', false]]);
    // Of two, the names: the ask a meeting running late drops first.
    expect(marked([story, names])).toEqual([
      ['their-story', false],
      ['referral', true],
    ]);
  });
});
