import type { StoryPoint } from './story-point';
import { arrivalClause } from './story-appoint';

/** A story not in English builds something ("Spatenstich für einen Batteriespeicher", "construira une usine", "bouwt een fabriek"). */
export const BUILDS_FOREIGN =
  /(?:Spatenstich|\bbau(?:t|en)\b|gebaut|errichte\w*|in Planung|\bconstrui\w*|\bconstrucción|\bconstruye\w*|\bbouw(?:t|en)\b|\baanleg\w*|\binaugur\w*|\beröffne\w*|\bouvr(?:e|ira|ir)\b)/iu;

const VERB = {
  ship: /\b(?:launch\w*|releas\w*|introduc\w*|ship\w*|rolled out|rolls out|unveil\w*|add(?:s|ed)|support\w*|brings?|built|buil(?:d|ds)|develop\w*|open[- ]sourc\w*|now (?:available|offers?|lets?|supports?)|new)\b/i,
  measure:
    /\b(?:benchmark\w*|measur\w*|test(?:s|ed|ing)?|throughput|performance|faster|slower|higher|lower|sustain\w*|averag\w*|grew|growth|increase\w*|reduc\w*|saved?|sold|sales|revenues?|earn(?:s|ed|ings)|profits?|net income)\b/i,
  decide:
    /\b(?:reduc\w*|cut(?:s|ting)?|pric\w*|decid\w*|decision|trade-?offs?|chose|chosen|switch\w*|mov(?:e|ed|ing) (?:to|from|away)|deprecat\w*|retir\w*|free of charge|at no cost|no longer)\b/i,
  rank: /\b(?:rank\w*|top spot|first place|second place|study|survey|award\w*|score[sd]?|rating|leads?|led|satisfaction|named (?:the|a|an))\b/i,
};

/**
 * Growth in places: stores, offices or plants opened, markets entered. Its question is what each new
 * one asks of the team, not who scoped "that work" (blind-11 rtr-logistics-student: stores opened
 * in four cities were asked "who decided the scope").
 */
const EXPANDS =
  /\b(?:open(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}(?:stores?|shops?|showrooms?|offices?|locations?|plants?|factor(?:y|ies)|warehouses?|hubs?|cent(?:er|re)s?|branches|restaurants?|campus(?:es)?)|expand\w*\s+(?:into|to|in|across)|enter(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}markets?|(?:new|more)\s+(?:markets|countries|regions|cities))\b/i;
/** A leader brought in ("hired Chris Halkyard from Gilt as its first chief logistics officer"): asked what changed since, never why. */
const APPOINTS =
  /\b(?:appoint\w*|join(?:s|ed)\s+(?:\w+\s+){0,2}as\s+(?:its\s+|the\s+)?(?:new\s+|first\s+)?(?:chief|head|president|vice|director|CEO|CTO|CFO|COO|CMO|general manager)|(?:its|the) (?:new|first)\s+(?:chief\s+[\w-]+\s+officer|president|head of|CEO|CTO|CFO|COO|CMO))\b/i;
/** "hired Chris Halkyard", "named Maureen Sullivan", "brought in Jane Doe": a deed whose object is a person's name (case kept: a name is capitalised). */
const APPOINTS_NAMED = /\b(?:hir(?:ed|es|ing)|named|brought (?:in|on))\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u;

/** The kind of point a sentence makes, by its words and anchors. */
export function kindOf(sentence: string, figures: number, names: readonly string[]): StoryPoint['kind'] {
  if (APPOINTS.test(sentence) || APPOINTS_NAMED.test(sentence) || arrivalClause(sentence, names)) return 'appoint';
  if (EXPANDS.test(sentence)) return 'expand';
  if (VERB.rank.test(sentence) && (figures > 0 || /\b(?:study|survey|rank\w*|top spot)\b/i.test(sentence))) return 'rank';
  if (VERB.decide.test(sentence) && !/\b(?:benchmark\w*|measur\w*|throughput)\b/i.test(sentence)) return 'decide';
  if (figures >= 1 && VERB.measure.test(sentence)) return 'measure';
  // "… which handles 71 million jobs per day (over 3x …)": two figures are what the sentence says.
  if (figures >= 2) return 'measure';
  if (VERB.ship.test(sentence)) return 'ship';
  return figures >= 2 ? 'measure' : 'other';
}
