/** A fact of a story said in a short English clause (lib/prep/story-clauses.ts). */
export type ClauseKind = 'deal' | 'markets' | 'change' | 'figure' | 'expansion' | 'share' | 'campaign' | 'decision' | 'rule';

export interface Clause {
  kind: ClauseKind;
  /** "the acquisitions of Marvel Entertainment, Lucasfilm and BamTech"; a whole clause for change and figure. */
  text: string;
  /** The fact as a question names it, when that differs from the clause ("Komen’s decision to cancel …"). */
  named?: string;
  /** A rise told against a fall in one sentence ("the 52.5 per cent increase in digital sales, which partially offset the 12.6 per cent drop in print copies"). */
  shift?: boolean;
}

/** Words a clause never opens on: it would stand for something said before. */
export const PRONOUN =
  /^(?:It|It’s|It's|That|This|These|Those|They|There|Its|Their|But|And|So|Still|Also|Here|He|She|We|I|You|Our|In|On|At|For|With|After|Before|When|If|Then|Yet)\b/;

/** A subject never opens on a pronoun, a preposition or a joining word ("with sales up 12% to 4,000" is no clause). */
export const SMALL_START =
  /^(?:its|their|his|her|our|we|they|it|this|that|these|those|with|and|but|as|while|which|who|after|before|when|if|in|on|at|for|by|from|to|of|so|then|yet|also|still)\b/;
