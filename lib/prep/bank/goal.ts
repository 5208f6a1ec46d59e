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

/**
 * What to ask after the goal, by what it is about: a decision is asked by who has a say, a way of
 * working by a real case, a past achievement by what it took them, a demand by what people
 * underestimate; the plain "what should I know" only when the goal says none of these.
 */
const TAILS: Array<[RegExp, string]> = [
  [/^what it took\b|^how (?:they|you) (?:built|grew|started)\b/i, 'What did it take in your case, and what would you do differently now?'],
  [/^what .{0,80}\b(?:asks? of|takes|requires?|demands?)\b/i, 'What does it ask that people coming in tend to underestimate?'],
  [
    /^how .{0,80}\b(?:decides?|chooses?|sets?|prioriti[sz]es?|plans?|keeps?)\b/i,
    'Who has a say in that, and how does it play out in practice?',
  ],
  [/^what .{0,80}\blooks? like\b|^what an? .{0,60}\bdoes\b/i, 'Could you walk me through a recent example of yours?'],
  [
    // A verb, not the noun of "how programme work is organised" (blind-14 icmpd).
    /^how .{0,80}\b(?:works?|work together|splits?|handles?|runs?|designs?|builds?|develops?)\b(?!\s+(?:is|are|was|were|gets?|has|have)\b)/i,
    'Could you walk me through how that went on one real case?',
  ],
  [/^whether\b/i, 'What is your honest view, from where you sit?'],
];

/** Two questions in one goal ("how programme work is organised there and what the change at the top may mean"). */
const TWO_ASKS = /\s(?:and|or)\s+(?:how|what|why|whether|which|who|when|where)\s/i;

const PLAIN = 'What should I know about that, from where you sit?';
const ONE_CASE = 'Could you walk me through how that went on one real case?';

export function goalTail(clause: string): string {
  const tail = TAILS.find(([re]) => re.test(clause))?.[1] ?? PLAIN;
  // "How that went on one real case" needs one way of working to point at: after two asks ("how a
  // browser team works and what someone from support would need to learn") it points at neither.
  return tail === ONE_CASE && TWO_ASKS.test(clause) ? PLAIN : tail;
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
        one(`I came hoping to understand ${clause}. ${goalTail(clause!)}`, 'Your own goal for this meeting, put to them plainly.', [
          'self:goal',
        ]),
      );
    },
  },
];
