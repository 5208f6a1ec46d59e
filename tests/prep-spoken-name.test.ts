import { describe, expect, it } from 'vitest';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import type { PrepInput } from '../lib/prep/types';
import { company, person, self } from './helpers/prep-records';

const NOW = Date.UTC(2026, 2, 3);

describe('questions name the company as a person says it (issue 11 §9)', () => {
  it('a legal form on the record ("Widgetry Inc.") is said as "Widgetry" in the referral and the reserve', () => {
    const met = person('Dana Ruiz', { id: 'p1', currentTitle: 'Founder & CEO', currentCompanyId: 'co-Widgetry Inc.' });
    const head = person('Lena Vogt', { id: 'p2', currentTitle: 'Managing Director', currentCompanyId: 'co-Widgetry Inc.' });
    const input: PrepInput = {
      company: company('Widgetry Inc.'),
      person: met,
      colleagues: [head],
      clips: [],
      self: self({ targetRole: 'Account manager', field: 'Retail sales' }),
      now: NOW,
    };
    const s = signals(input);
    expect(s.companyName).toBe('Widgetry');
    const { questions, reserve } = suggestQuestions(s, 30);
    const texts = [...questions, ...reserve].map((q) => q.text);
    expect(texts.some((t) => /\bWidgetry\b/.test(t))).toBe(true);
    expect(texts.filter((t) => /Widgetry Inc/.test(t))).toEqual([]);
  });
});
