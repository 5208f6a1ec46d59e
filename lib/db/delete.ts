import type { Clip, Company, Interview, Person, Question } from '../schema/dossier';
import type { RapportDb } from './database';
import { deleteClips, putClips, withTexts } from './clip-store';
import { dropClipFacts } from '../facts';

/** Everything one deletion removed or changed, so that "Undo" can put it back exactly. */
export interface Snapshot {
  companies: Company[];
  people: Person[];
  clips: Clip[];
  interviews: Interview[];
  questions: Question[];
}

const tables = (db: RapportDb) => [db.companies, db.people, db.clips, db.clipTexts, db.terms, db.interviews, db.questions];

/**
 * Deletes a company with its clips and meetings; its people stay in the dossier, unlinked.
 * One transaction; returns what it removed or changed.
 */
export function deleteCompany(db: RapportDb, id: string): Promise<Snapshot> {
  return db.transaction('rw', tables(db), async () => {
    const company = await db.companies.get(id);
    const { clips, interviews, questions } = await belongings(db, 'companyId', id);
    const people = await db.people.where('currentCompanyId').equals(id).toArray();
    const gone = new Set(clips.map((c) => c.id));
    await db.companies.delete(id);
    await removeBelongings(db, clips, interviews, questions);
    await db.people.bulkPut(
      people.map(({ currentCompanyId: _gone, ...rest }) => ({ ...rest, sourceClipIds: rest.sourceClipIds.filter((c) => !gone.has(c)) })),
    );
    return { companies: company ? [company] : [], people, clips, interviews, questions };
  });
}

/** Deletes a person with their profile clips and meetings; referrals they made stay, unlinked. */
export function deletePerson(db: RapportDb, id: string): Promise<Snapshot> {
  return db.transaction('rw', tables(db), async () => {
    const person = await db.people.get(id);
    const { clips, interviews, questions } = await belongings(db, 'personId', id);
    const referred = await db.people.where('referredBy').equals(id).toArray();
    const companyIds = [...new Set(clips.map((c) => c.companyId).filter((c): c is string => !!c))];
    const companies = (await db.companies.bulkGet(companyIds)).filter((c): c is Company => !!c);
    await db.people.delete(id);
    await removeBelongings(db, clips, interviews, questions);
    await db.people.bulkPut(referred.map(({ referredBy: _gone, ...rest }) => rest));
    // Facts those clips stated leave with them.
    await db.companies.bulkPut(companies.map((c) => ({ ...c, facts: clips.reduce((f, clip) => dropClipFacts(f, clip.id), c.facts) })));
    return { companies, people: [...(person ? [person] : []), ...referred], clips, interviews, questions };
  });
}

/** The clips (with their texts) and meetings (with their questions) of one company or person. */
async function belongings(db: RapportDb, key: 'companyId' | 'personId', id: string) {
  const clips = await withTexts(db, await db.clips.where(key).equals(id).toArray());
  const interviews = await db.interviews.where(key).equals(id).toArray();
  const questions = await db.questions
    .where('interviewId')
    .anyOf(interviews.map((i) => i.id))
    .toArray();
  return { clips, interviews, questions };
}

async function removeBelongings(db: RapportDb, clips: Clip[], interviews: Interview[], questions: Question[]): Promise<void> {
  await deleteClips(
    db,
    clips.map((c) => c.id),
  );
  await db.interviews.bulkDelete(interviews.map((i) => i.id));
  await db.questions.bulkDelete(questions.map((q) => q.id));
}

/** Deletes one question of a prep sheet; the snapshot puts it back in its place (Undo). */
export function deleteQuestionOf(db: RapportDb, id: string): Promise<Snapshot> {
  return db.transaction('rw', db.questions, async () => {
    const question = await db.questions.get(id);
    await db.questions.delete(id);
    return { companies: [], people: [], clips: [], interviews: [], questions: question ? [question] : [] };
  });
}

/** Puts back what a deletion removed, as it was. */
export function restore(db: RapportDb, s: Snapshot): Promise<void> {
  return db.transaction('rw', tables(db), async () => {
    await db.companies.bulkPut(s.companies);
    await db.people.bulkPut(s.people);
    await putClips(db, s.clips);
    await db.interviews.bulkPut(s.interviews);
    await db.questions.bulkPut(s.questions);
  });
}

/** "Delete all my data": every table emptied in one transaction. */
export function deleteEverything(db: RapportDb): Promise<void> {
  return db.transaction('rw', [...tables(db), db.self], async () => {
    await Promise.all([...tables(db), db.self].map((t) => t.clear()));
  });
}
