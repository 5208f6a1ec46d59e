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
    const clips = await withTexts(db, await db.clips.where('companyId').equals(id).toArray());
    const interviews = await db.interviews.where('companyId').equals(id).toArray();
    const questions = (await Promise.all(interviews.map((i) => db.questions.where('interviewId').equals(i.id).toArray()))).flat();
    const people = await db.people.where('currentCompanyId').equals(id).toArray();
    await db.companies.delete(id);
    await deleteClips(
      db,
      clips.map((c) => c.id),
    );
    await db.interviews.bulkDelete(interviews.map((i) => i.id));
    await db.questions.bulkDelete(questions.map((q) => q.id));
    for (const p of people) {
      const { currentCompanyId: _gone, ...rest } = p;
      await db.people.put({ ...rest, sourceClipIds: p.sourceClipIds.filter((c) => !clips.some((x) => x.id === c)) });
    }
    return { companies: company ? [company] : [], people, clips, interviews, questions };
  });
}

/** Deletes a person with their profile clips and meetings; referrals they made stay, unlinked. */
export function deletePerson(db: RapportDb, id: string): Promise<Snapshot> {
  return db.transaction('rw', tables(db), async () => {
    const person = await db.people.get(id);
    const clips = await withTexts(db, await db.clips.where('personId').equals(id).toArray());
    const interviews = await db.interviews.where('personId').equals(id).toArray();
    const questions = (await Promise.all(interviews.map((i) => db.questions.where('interviewId').equals(i.id).toArray()))).flat();
    const referred = await db.people.where('referredBy').equals(id).toArray();
    const companyIds = [...new Set(clips.map((c) => c.companyId).filter((c): c is string => !!c))];
    const companies = (await db.companies.bulkGet(companyIds)).filter((c): c is Company => !!c);
    await db.people.delete(id);
    await deleteClips(
      db,
      clips.map((c) => c.id),
    );
    await db.interviews.bulkDelete(interviews.map((i) => i.id));
    await db.questions.bulkDelete(questions.map((q) => q.id));
    for (const r of referred) {
      const { referredBy: _gone, ...rest } = r;
      await db.people.put(rest);
    }
    // Facts those clips stated leave with them.
    for (const c of companies) await db.companies.put({ ...c, facts: clips.reduce((f, clip) => dropClipFacts(f, clip.id), c.facts) });
    return { companies, people: [...(person ? [person] : []), ...referred], clips, interviews, questions };
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
