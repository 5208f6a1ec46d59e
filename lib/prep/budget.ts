import type { QuestionCategory } from '../schema/dossier';

/**
 * Time in an informational interview: a couple of minutes of hello and introduction, a minute to
 * wrap up, the rest shared by the questions — a story question takes longer, the closing ask less.
 */
const WEIGHT: Record<QuestionCategory, number> = {
  path: 1.3,
  role: 1,
  company: 1,
  industry: 1,
  'getting-in': 1,
  upsides: 1,
  closing: 0.7,
};
/** Minutes for hello, the introduction and the goodbye. */
const FRAME_MINUTES = 4;

/** About eight questions for thirty minutes, scaled with the length (issue 11). */
export function questionCount(durationMinutes: number): number {
  return Math.max(3, Math.min(16, Math.round((durationMinutes * 8) / 30)));
}

/** No question is worth more than this many minutes (times its weight): time left over is for "more if there is time". */
const MAX_MINUTES = 5;

/** Whole minutes per question, in order, so that the questions fit the meeting. */
export function minutesFor(questions: Array<{ category: QuestionCategory }>, durationMinutes: number): number[] {
  if (!questions.length) return [];
  const cap = questions.reduce((sum, q) => sum + Math.round(MAX_MINUTES * WEIGHT[q.category]), 0);
  const available = Math.max(questions.length, Math.min(cap, durationMinutes - FRAME_MINUTES));
  const total = questions.reduce((sum, q) => sum + WEIGHT[q.category], 0);
  const raw = questions.map((q) => (available * WEIGHT[q.category]) / total);
  const out = raw.map((m) => Math.max(1, Math.floor(m)));
  // Hand out the minutes lost to rounding down, heaviest questions first (the story), without overrunning.
  let left = available - out.reduce((a, b) => a + b, 0);
  const order = questions.map((q, i) => [WEIGHT[q.category], i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0 && order.length; k = (k + 1) % order.length, left--) out[order[k]![1]]!++;
  return out;
}
