import { describe, expect, it } from 'vitest';
import type { Template } from '../lib/prep/bank/types';
import { suggestQuestions } from '../lib/prep/engine';
import { GETTING_IN } from '../lib/prep/bank/getting-in';
import { signals } from '../lib/prep/signals';
import type { QuestionCategory } from '../lib/schema/dossier';
import { company, self } from './helpers/prep-records';

const NOW = Date.UTC(2026, 1, 1);
const s = signals({ company: company('Acme'), clips: [], self: self({ targetRole: 'Product manager' }), now: NOW });

const template = (id: string, category: QuestionCategory, weight: number, grounded = true): Template => ({
  id,
  category,
  intent: id,
  weight,
  fill: () => [{ text: `${id}?`, reason: 'test', basis: grounded ? [`clip:${id}`] : [] }],
});

const FRAME = [template('story', 'path', 5, false), { ...template('names', 'closing', 10, false), intent: 'referral' }];
FRAME[0]!.intent = 'their-story';
const hooks = (n: number) => Array.from({ length: n }, (_, i) => template(`hook${i}`, 'company', 9 - i * 0.1));
const categories = (qs: Array<{ category: string }>) => qs.map((q) => q.category);

describe('the plan: grounded hooks fill a short sheet past their category cap, up to half of it', () => {
  it('six company hooks and nothing else clipped: four of them (half of eight) reach the sheet, not three', () => {
    const { questions, reserve } = suggestQuestions(s, 30, [...FRAME, ...hooks(6)]);
    expect(categories(questions)).toEqual(['path', 'company', 'company', 'company', 'company', 'closing']);
    // The best hooks first; the rest wait in "more if there is time".
    expect(questions.filter((q) => q.category === 'company').map((q) => q.text)).toEqual(['hook0?', 'hook1?', 'hook2?', 'hook3?']);
    expect(reserve.map((q) => q.text)).toEqual(['hook4?', 'hook5?']);
  });

  it('a sheet already at its target keeps the cap: three company questions beside the role and the move', () => {
    const others = [
      template('role1', 'role', 8),
      template('role2', 'role', 8),
      template('in1', 'getting-in', 8),
      template('in2', 'getting-in', 8),
      template('up1', 'upsides', 8),
    ];
    const { questions } = suggestQuestions(s, 30, [...FRAME, ...hooks(6), ...others]);
    expect(questions).toHaveLength(8);
    expect(questions.filter((q) => q.category === 'company')).toHaveLength(3);
  });

  it('generic questions never pass the cap: a thin dossier stays short', () => {
    const generic = Array.from({ length: 5 }, (_, i) => template(`gen${i}`, 'company', 9, false));
    const { questions } = suggestQuestions(s, 30, [...FRAME, ...generic]);
    expect(categories(questions)).toEqual(['path', 'closing']);
  });
});

describe('a long posting-duties question is said shorter, the posting’s words kept whole', () => {
  const withRole = (dayToDay: string) => ({
    ...s,
    self: { ...s.self, ownFamily: 'data' as const, targetFamily: 'data' as const },
    openRoles: [
      {
        title: 'Analytics Engineer',
        matchesTarget: true,
        dayToDay,
        clipId: 'c-job',
        url: 'https://acme.example/jobs/1',
        source: 'careers page',
      },
    ],
  });
  const ask = (dayToDay: string) => GETTING_IN.find((t) => t.id === 'getting-in.open-role')!.fill(withRole(dayToDay))[0]!.text;
  it('short duties keep the full frame; long ones a shorter frame, never an ellipsis', () => {
    expect(ask('Your day-to-day will focus on building data models')).toMatch(
      /^The Analytics Engineer posting puts the day-to-day as “building data models”\. What would .* in the first months\?$/,
    );
    const long = ask(
      'Your day-to-day will focus on iteratively delivering data sources that stakeholders can understand and ultimately self-service',
    );
    expect(long).toMatch(
      /^The Analytics Engineer role's day-to-day is “iteratively delivering data sources that stakeholders can understand and ultimately self-service”\. What would .* to do that well\?$/,
    );
    expect(long).not.toContain('…');
  });
});
