import type { Signals } from '../signals';
import { one, when } from './helpers';
import type { Template } from './types';

/** A goal longer than this is a plan, not a question to put in one breath. */
const MAX_GOAL_WORDS = 20;
/** "Learn what …", "Understand how …", "Find out whether …": the verb goes, the question stays. */
const LEARN = /^(?:to\s+)?(?:learn|understand|find out|hear|see|know|ask|explore)\s+(?:about\s+)?/i;
const ASKS = /^(?:how|what|why|whether|which|who|when|where)\b/i;
/** A goal about the user's own move ("what moving from consulting into … takes") is the my-move question's, asked from what is clipped. */
const MOVE = /\b(?:mov(?:e|es|ed|ing)|switch\w*|transition\w*|get(?:ting)? into|break(?:ing)? into|chang\w* (?:careers?|fields?))\b/i;
/** A goal about the person's own path ("How he got his first developer job") is their story, asked already. */
const ABOUT_THEM = /(?<![\p{L}])(?:he|she|his|her|him|they|their|them)(?![\p{L}])/iu;

/**
 * The user's goal for the meeting, as the question it is ("How a civic-AI start-up decides what to
 * build with municipalities" → "how a civic-AI start-up decides what to build with municipalities"),
 * in the user's own words and casing; undefined when it is no question (a noun phrase, a plan).
 */
export function goalClause(goal: string | undefined): string | undefined {
  const g = goal
    ?.trim()
    .replace(/[.?!]+$/, '')
    .replace(LEARN, '');
  if (!g || !ASKS.test(g) || ABOUT_THEM.test(g) || MOVE.test(g) || /[\n;]/.test(g) || g.split(/\s+/).length > MAX_GOAL_WORDS)
    return undefined;
  return g.charAt(0).toLowerCase() + g.slice(1);
}

/** What the user came to learn, put to the person as it is: in a thin dossier it is the one question that is theirs. */
export const GOAL: Template[] = [
  {
    id: 'role.goal',
    category: 'role',
    intent: 'goal',
    weight: 5,
    fill: (s: Signals) => {
      const clause = goalClause(s.goal);
      return when(clause, () =>
        one(
          `I came hoping to understand ${clause}. What should I know about that, from where you sit?`,
          'Your own goal for this meeting, put to them plainly.',
          ['self:goal'],
        ),
      );
    },
  },
];
