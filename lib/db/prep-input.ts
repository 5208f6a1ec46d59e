import { prepInputFor } from '../prep/from-dossier';
import type { PrepInput } from '../prep/types';
import type { RapportDb } from './database';

/**
 * The prep input for one meeting, read through indexes only: the person, their company, the
 * clips of both, their interviews and the user's profile — never the whole dossier. The same
 * selection as `prepInputFor` on a full dossier, which it delegates to.
 */
export async function loadPrepInput(
  db: RapportDb,
  target: { personId?: string; companyId?: string; interviewId?: string },
  now: number,
): Promise<PrepInput> {
  return db.transaction('r', [db.companies, db.people, db.clips, db.interviews, db.self], async () => {
    const interview = target.interviewId ? await db.interviews.get(target.interviewId) : undefined;
    const personId = target.personId ?? interview?.personId;
    const person = personId ? await db.people.get(personId) : undefined;
    const companyId = target.companyId ?? interview?.companyId ?? person?.currentCompanyId;
    const [company, companyClips, personClips, interviews, self] = await Promise.all([
      companyId ? db.companies.get(companyId) : undefined,
      companyId ? db.clips.where('companyId').equals(companyId).toArray() : [],
      personId ? db.clips.where('personId').equals(personId).toArray() : [],
      personId
        ? db.interviews.where('personId').equals(personId).toArray()
        : companyId
          ? db.interviews.where('companyId').equals(companyId).toArray()
          : [],
      db.self.get('me'),
    ]);
    const sourceClips = (await db.clips.bulkGet(person?.sourceClipIds ?? [])).filter((c) => c !== undefined);
    const clips = [...companyClips, ...personClips, ...sourceClips];
    return prepInputFor(
      {
        companies: company ? [company] : [],
        people: person ? [person] : [],
        clips,
        interviews: interview ? [interview, ...interviews] : interviews,
        questions: [],
        self,
      },
      target,
      now,
    );
  });
}
