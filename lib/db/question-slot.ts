import type { Question, QuestionCategory } from '../schema/dossier';

/**
 * Where a question added to a sheet goes, as an index into the list in its order: before the
 * closing questions that end it, so the ask for names stays last, as the sheet promises ('in the
 * order of the conversation: … the ask for names last'). A pulled question landed after "Who else
 * should I talk to…?" (Spessart, dossiers-blind-16). A closing question of one's own still goes last.
 */
export function slotIndex(ordered: ReadonlyArray<Pick<Question, 'category'>>, category: QuestionCategory): number {
  let i = ordered.length;
  if (category !== 'closing') while (i > 0 && ordered[i - 1]!.category === 'closing') i--;
  return i;
}

/** What the notice says after an add: where the question went. */
export function addedNotice(ordered: ReadonlyArray<Pick<Question, 'category'>>, category: QuestionCategory): string {
  const i = slotIndex(ordered, category);
  return i === ordered.length ? 'Added to the end of your questions.' : `Added as question ${i + 1}, before the closing ask.`;
}
