import { Interview as InterviewSchema, type Interview, type Person, type Question, type QuestionCategory } from '../schema/dossier';
import { checked } from './check';
import type { buildPrepSheet } from '../prep/sheet';
import type { SuggestedQuestion } from '../prep/types';
import type { RapportDb } from './database';
import { newId as defaultId } from './ids';
import { loadPrepInput } from './prep-input';
import { stripUndefined } from '../objects';
import { typedPerson } from './people-by-hand';
import { logPatch } from './contact-log';
import { formatMeeting } from '../ui/time';
import { employerOf } from './known-people';
import { slotIndex } from './question-slot';
export { advance } from './status';

export interface PlanInput {
  personId?: string;
  companyId?: string;
  when: number;
  timeZone: string;
  where?: string;
  durationMinutes: number;
  goal?: string;
}

/** Plans an interview and stores its suggested questions, in one transaction. */
export async function planInterview(db: RapportDb, input: PlanInput, now = Date.now(), newId = defaultId): Promise<Interview> {
  const person = input.personId ? await db.people.get(input.personId) : undefined;
  const interview: Interview = stripUndefined({
    id: newId(),
    personId: input.personId,
    companyId: input.companyId ?? (person ? await employerOf(db, person) : undefined),
    when: input.when,
    timeZone: input.timeZone,
    where: input.where?.trim() || undefined,
    durationMinutes: input.durationMinutes,
    goal: input.goal?.trim() || undefined,
    status: 'planned',
    createdAt: now,
    updatedAt: now,
  });
  // The engine is loaded here, before the transaction (an import awaited inside it would let
  // IndexedDB commit it early), and only here: the screens that never plan do not load it.
  const { buildPrepSheet: build } = await import('../prep/sheet');
  await db.transaction('rw', [db.interviews, db.questions, db.people, db.companies, db.clips, db.clipTexts, db.self], async () => {
    await db.interviews.add(checked(InterviewSchema, 'interviews', interview, 'Rapport could not plan the meeting'));
    // The contact log records it; the person moves to "scheduled" (never back).
    if (person)
      await db.people.update(
        person.id,
        logPatch(
          person,
          { id: newId(), at: now, kind: 'scheduled', text: `Meeting planned for ${formatMeeting(input.when, input.timeZone)}` },
          now,
        ),
      );
    await addSuggestions(db, interview, build, now);
  });
  return interview;
}

/** Adds the suggestions the dossier now supports that the interview does not have yet; the user's edits stay. */
export async function addSuggestions(db: RapportDb, interview: Interview, build: typeof buildPrepSheet, now = Date.now()): Promise<number> {
  const sheet = build(
    await loadPrepInput(db, { interviewId: interview.id, personId: interview.personId, companyId: interview.companyId }, now),
  );
  const existing = await db.questions.where('interviewId').equals(interview.id).toArray();
  const have = new Set(existing.map((q) => q.id));
  let order = existing.reduce((m, q) => Math.max(m, q.order), 0);
  const fresh: Question[] = sheet.questions
    .filter((q) => !have.has(`${interview.id}:${q.id}`))
    .map((q) => toQuestion(interview.id, q, ++order, q.mustAsk && !existing.some((e) => e.mustAsk)));
  await db.questions.bulkAdd(fresh);
  return fresh.length;
}

function toQuestion(interviewId: string, q: SuggestedQuestion, order: number, mustAsk: boolean): Question {
  return {
    id: `${interviewId}:${q.id}`,
    interviewId,
    text: q.text,
    category: q.category,
    priority: q.priority,
    mustAsk,
    origin: 'suggested',
    reason: q.reason,
    basis: q.basis,
    asked: false,
    order,
  };
}

/** Pulls one question from "more if there is time" onto the list, before its closing ask (once). */
export async function addFromReserve(db: RapportDb, interviewId: string, q: SuggestedQuestion): Promise<Question> {
  return db.transaction('rw', db.questions, async () => {
    const id = `${interviewId}:${q.id}`;
    const found = await db.questions.get(id);
    if (found) return found;
    const added = toQuestion(interviewId, q, await makeRoom(db, interviewId, q.category), false);
    await db.questions.add(added);
    return added;
  });
}

export async function addOwnQuestion(
  db: RapportDb,
  interviewId: string,
  text: string,
  category: QuestionCategory,
  newId = defaultId,
): Promise<Question> {
  return db.transaction('rw', db.questions, async () => {
    const q: Question = {
      id: newId(),
      interviewId,
      text: text.trim().slice(0, 2_000),
      category,
      priority: 0,
      mustAsk: false,
      origin: 'own',
      basis: [],
      asked: false,
      order: await makeRoom(db, interviewId, category),
    };
    await db.questions.add(q);
    return q;
  });
}

/** The order a question added to the list takes (slotIndex); the closing questions after it move down one. */
async function makeRoom(db: RapportDb, interviewId: string, category: QuestionCategory): Promise<number> {
  const list = (await db.questions.where('interviewId').equals(interviewId).toArray()).sort((a, b) => a.order - b.order);
  const at = slotIndex(list, category);
  if (at === list.length) return (list[list.length - 1]?.order ?? 0) + 1;
  const after = list.slice(at);
  await db.questions.bulkPut(after.map((x) => ({ ...x, order: x.order + 1 })));
  return after[0]!.order;
}

/** Moves a question up or down in the list (the order of the conversation). */
export async function moveQuestion(db: RapportDb, questionId: string, direction: -1 | 1): Promise<void> {
  await db.transaction('rw', db.questions, async () => {
    const q = await db.questions.get(questionId);
    if (!q) return;
    const peers = (await db.questions.where('interviewId').equals(q.interviewId).toArray()).sort((a, b) => a.order - b.order);
    const i = peers.findIndex((x) => x.id === q.id);
    if (!peers[i + direction]) return;
    // Swapped in the list as shown, then numbered 1…n: a question put back by Undo keeps its old
    // order, which a question added since may hold, and swapping two equal orders moved nothing.
    [peers[i], peers[i + direction]] = [peers[i + direction]!, peers[i]!];
    await db.questions.bulkPut(peers.flatMap((x, k) => (x.order === k + 1 ? [] : [{ ...x, order: k + 1 }])));
  });
}

/** After the meeting: the interview is done and the person met. */
export function completeInterview(db: RapportDb, interviewId: string, now = Date.now()): Promise<void> {
  return moveOn(db, interviewId, 'done', 'met', now);
}

/** The thank-you is sent: the interview and the person are "thanked". */
export function markThanked(db: RapportDb, interviewId: string, now = Date.now()): Promise<void> {
  return moveOn(db, interviewId, 'thanked', 'thanked', now);
}

/** Sets an interview's status and logs it on its person, who moves forward (never back), in one transaction. */
function moveOn(
  db: RapportDb,
  interviewId: string,
  status: Interview['status'],
  personStatus: 'met' | 'thanked',
  now: number,
): Promise<void> {
  return db.transaction('rw', [db.interviews, db.people], async () => {
    const i = await db.interviews.get(interviewId);
    if (!i) return;
    await db.interviews.update(i.id, { status, updatedAt: now });
    const p = i.personId ? await db.people.get(i.personId) : undefined;
    if (p) await db.people.update(p.id, logPatch(p, { id: defaultId(), at: now, kind: personStatus }, now));
  });
}

/** Someone the person suggested talking to: a new person in the dossier, linked by "referred by". */
export async function addReferral(
  db: RapportDb,
  input: { name: string; title?: string; companyId?: string; referredBy: string; notes?: string },
  now = Date.now(),
  newId = defaultId,
): Promise<Person> {
  // Still to contact: the referral is a lead the user means to follow.
  const person = typedPerson(input, { status: 'to-contact' }, now, newId());
  await db.transaction('rw', db.people, async () => {
    await db.people.add(person);
    // The referrer's log remembers the introduction.
    const by = await db.people.get(input.referredBy);
    if (by) await db.people.update(by.id, logPatch(by, { id: newId(), at: now, kind: 'referred', text: `Suggested ${person.name}` }, now));
  });
  return person;
}

export function deleteQuestion(db: RapportDb, id: string): Promise<void> {
  return db.questions.delete(id);
}
