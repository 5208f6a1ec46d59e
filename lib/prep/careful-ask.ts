import type { EventKind } from './event-patterns';

/**
 * A careful way to ask about trouble in the news, for the sheet's "handle with care" (issue 11 §8):
 * never opened with, and if the person raises it, asked about the work and what comes next, never
 * why it happened or who is to blame. "Let them raise it" alone left the user with nothing to say
 * when they did (wework-careful: job cuts and an Attorney General's inquiry, boeing-order: the 737
 * MAX crashes, disney-plus: the launch glitches).
 */
export type CareKind = 'job-cuts' | 'strike' | 'legal' | 'ruling' | 'setback' | 'news';

const ASK: Record<CareKind, string> = {
  // Cuts announced, feared or planned as often as done (Facebook "refused to say how many … might
  // lose their jobs", Gannett's "$300 million in synergies"): never "since the cuts".
  'job-cuts': 'What has it meant for the work on your team so far?',
  strike: 'How has the work on your side gone since the strike?',
  legal: 'Only as far as you can say: has it changed anything in how your team works?',
  ruling: 'What has the ruling changed in how your team works?',
  setback: 'What has it changed in how your team works?',
  news: 'Does news like that reach your own work, and how?',
};

/** What the sheet calls the trouble an event of the dossier tells, before its evidence. */
export const CARE_LABEL: Record<Exclude<CareKind, 'strike' | 'news'>, string> = {
  'job-cuts': 'Job cuts',
  legal: 'A legal dispute or investigation',
  ruling: 'A court ruling',
  setback: 'A setback',
};

/** The kind of care an event of the dossier asks for. */
export function careKindOf(kind: EventKind): Exclude<CareKind, 'strike' | 'news'> {
  if (kind === 'layoffs') return 'job-cuts';
  if (kind === 'lawsuit') return 'legal';
  if (kind === 'ruling') return 'ruling';
  return 'setback';
}

/** The advice after a sensitive topic: never open with it, and the words to use if they raise it. */
export const ifTheyRaiseIt = (kind: CareKind) => `don't open with it; if they raise it, ask about the work, not the cause: “${ASK[kind]}”`;

/** The kind of care a story's trouble asks for, by the topics it names (lib/prep/story-trouble.ts). */
export function careKindOfTopics(topics: readonly string[]): CareKind {
  if (topics.includes('job-cuts')) return 'job-cuts';
  if (topics.includes('strike')) return 'strike';
  if (topics.includes('court')) return 'legal';
  return 'news';
}
