import { describe, expect, it } from 'vitest';
import { goalClause, goalTail } from '../lib/prep/bank/goal';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import type { Interview } from '../lib/schema/dossier';
import { company, self } from './helpers/prep-records';

const MEETING = Date.UTC(2026, 2, 10, 13);
const meeting = (goal: string): Interview =>
  ({ id: 'i1', companyId: 'co', when: MEETING, durationMinutes: 30, status: 'planned', goal, createdAt: 0, updatedAt: 0 }) as Interview;

describe("the user's goal for the meeting, asked as the question it is", () => {
  it('keeps a question in the user’s words, without a learning verb before it', () => {
    expect(goalClause('How a civic-AI start-up decides what to build with municipalities')).toBe(
      'how a civic-AI start-up decides what to build with municipalities',
    );
    expect(goalClause('Learn what product management looks like in clinical platforms.')).toBe(
      'what product management looks like in clinical platforms',
    );
  });

  it('gives nothing for a noun phrase, a goal about their own path, the user’s own move, or a plan too long to ask', () => {
    expect(goalClause('Networking')).toBeUndefined();
    expect(goalClause('How he got his first developer job after teaching')).toBeUndefined();
    expect(goalClause('Learn what moving from consulting into a small tech company takes')).toBeUndefined();
    expect(goalClause(`How ${'the team and the company and the market '.repeat(3)}work`)).toBeUndefined();
  });

  it('is on the sheet of a thin dossier, as a generic question, beside the frame', () => {
    const s = signals({
      company: company('Sentiom'),
      clips: [],
      self: self({ targetRole: 'Product manager' }),
      interview: meeting('How a civic-AI start-up decides what to build with municipalities'),
      now: MEETING,
    });
    const texts = suggestQuestions(s, 30).questions.map((q) => q.text);
    expect(texts).toContain(
      'I came hoping to understand how a civic-AI start-up decides what to build with municipalities. Who has a say in that, and how does it play out in practice?',
    );
    expect(suggestQuestions(s, 30).questions.find((q) => q.intent === 'goal')?.basis).toEqual(['self:goal']);
  });

  it('asks after the goal by what it is about, not with one tail on every sheet', () => {
    expect(goalTail('how a civic-AI start-up decides what to build with municipalities')).toBe(
      'Who has a say in that, and how does it play out in practice?',
    );
    expect(goalTail('what it took to build a retrofit business that works across Germany')).toBe(
      'What did it take in your case, and what would you do differently now?',
    );
    expect(goalTail('what medical-device certification work asks of an engineer coming from EMC testing')).toBe(
      'What does it ask that people coming in tend to underestimate?',
    );
    expect(goalTail('what product management looks like in clinical platforms')).toBe(
      'Could you walk me through a recent example of yours?',
    );
    expect(goalTail('how client services and marketing work together at a gamification company')).toBe(
      'Could you walk me through how that went on one real case?',
    );
    expect(goalTail('why the market moved to subscriptions')).toBe('What should I know about that, from where you sit?');
    // "work" as a noun is no way of working to walk through (blind-14 ICMPD); after two asks "one real case" points at neither.
    expect(goalTail('how programme work is organised there and what the coming change at the top may mean for project staff')).toBe(
      'What should I know about that, from where you sit?',
    );
    expect(goalTail('how a browser team works and what someone from support would need to learn to join one')).toBe(
      'What should I know about that, from where you sit?',
    );
    // Other tails fit a second ask too: kept.
    expect(goalTail('whether Orea takes placement students and what a first-year student would help with')).toBe(
      'What is your honest view, from where you sit?',
    );
  });
});
