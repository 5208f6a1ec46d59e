import type { RapportDb } from '../db/database';
import { loadPrepInput } from '../db/prep-input';
import type { PrepSheet } from '../prep/sheet';
import { thankYouDraft } from '../prep/thank-you';
import { sheetFor } from './sheet-cache';
import type { Interview, Person, Question } from '../schema/dossier';
import { useLiveQuery } from './use-live-query';

export interface PrepData {
  interview: Interview;
  sheet: PrepSheet;
  questions: Question[];
  referrals: Person[];
  /** The thank-you as saved, else a fresh draft from the notes. */
  thankYou: string;
}

/** Everything the prep sheet screen shows, live: edits anywhere re-run it. */
export function usePrep(db: RapportDb, interviewId: string) {
  return useLiveQuery<PrepData | null>(async () => {
    const interview = await db.interviews.get(interviewId);
    if (!interview) return null;
    const now = Date.now();
    const [input, questions, referrals] = await Promise.all([
      loadPrepInput(db, { interviewId }, now, interview),
      db.questions.where('interviewId').equals(interviewId).sortBy('order'),
      interview.personId ? db.people.where('referredBy').equals(interview.personId).toArray() : Promise.resolve([]),
    ]);
    // The engine is loaded when a sheet is first shown, after the reads (the live query watches
    // only what it read): the side panel's other screens never load it (bench: the company view).
    const { buildPrepSheet } = await import('../prep/sheet');
    const sheet = sheetFor(interviewId, input, buildPrepSheet);
    const thankYou =
      interview.thankYou ??
      thankYouDraft({
        personName: input.person?.name,
        companyName: input.company?.name,
        selfName: input.self?.name,
        meetingAt: interview.when,
        now,
        timeZone: interview.timeZone,
        questions,
        notes: interview.notes,
        nextStep: interview.outcome,
        referrals: referrals.map((r) => r.name),
      });
    return { interview, sheet, questions, referrals, thankYou };
  }, [interviewId]);
}
