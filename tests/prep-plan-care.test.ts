import { describe, expect, it } from 'vitest';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import type { Template } from '../lib/prep/bank/types';
import type { PrepInput } from '../lib/prep/types';
import type { Clip } from '../lib/schema/dossier';
import { clips, company, self } from './helpers/prep-records';

const NOW = Date.UTC(2023, 2, 1);
const clip = clips({ idPrefix: 'c', publishedAt: '2023-02-01', siteName: 'Lumen careers' });

function posting(title: string): Clip {
  const c = clip('job-posting', title, `We are adding a ${title} to our team.`, { url: 'https://lumen.example/careers/1' });
  return { ...c, extraction: { ...c.extraction, job: { title, location: 'Australia' } } };
}

describe('the plan: what is a must-ask, and how the user is named', () => {
  it('never stars a question asked with care, even when it is the only clipped subject', () => {
    // A strike story, the only grounded subject: asked (only as far as they wish), never a ★.
    const bank: Template[] = [
      {
        id: 'p',
        category: 'path',
        intent: 'their-story',
        weight: 6,
        fill: () => [{ text: 'How did you come to it?', reason: 'r', basis: [] }],
      },
      {
        id: 'care',
        category: 'company',
        intent: 'story-care',
        weight: 9,
        fill: () => [
          { text: 'A story covered the strike. Only as far as you are comfortable saying: what changed?', reason: 'r', basis: ['clip:c1'] },
        ],
      },
      {
        id: 'goal',
        category: 'role',
        intent: 'goal',
        weight: 4,
        fill: () => [{ text: 'How does the newsroom work?', reason: 'r', basis: ['self:goal'] }],
      },
      {
        id: 'ref',
        category: 'closing',
        intent: 'referral',
        weight: 5,
        fill: () => [{ text: 'Who else should I talk to?', reason: 'r', basis: [] }],
      },
    ];
    const s = signals({ company: company('Radio Nord'), clips: [], self: self({}), now: NOW });
    const { questions } = suggestQuestions(s, 30, bank);
    const care = questions.find((q) => q.intent === 'story-care')!;
    expect(care).toBeDefined();
    expect(care.mustAsk).toBe(false);
    // The second must-ask falls to the user's own goal instead.
    expect(questions.filter((q) => q.mustAsk).map((q) => q.intent)).toEqual(['their-story', 'goal', 'referral']);
  });

  it('does not say the user is "coming from" the very work they already do', () => {
    const input = (field: string, targetRole: string): PrepInput => ({
      company: company('Lumen'),
      clips: [posting('Customer Success Manager')],
      self: self({ field, targetRole }),
      now: NOW,
    });
    const ask = (i: PrepInput) => suggestQuestions(signals(i), 30).questions.find((q) => q.intent === 'my-move')?.text ?? '';
    // A CSM looking at a CSM role: the same work, done elsewhere.
    const same = ask(input('Customer success', 'Customer success manager'));
    expect(same).toContain('someone already working in customer success elsewhere');
    expect(same).not.toMatch(/coming from Customer success/);
    // The same family is not the same work: frontend development to an AI engineer role is a move.
    const engineer = suggestQuestions(signals({ ...input('Frontend development', 'AI engineer'), clips: [posting('AI Engineer')] }), 30)
      .questions.map((q) => q.text)
      .join(' ');
    expect(engineer).not.toMatch(/already working in/);
    // Someone changing fields is still "coming from" theirs.
    expect(ask(input('Teaching', 'Customer success manager'))).toContain('someone coming from teaching');
  });
});
