import { prepInputFor } from '../prep/from-dossier';
import { withTexts } from './clip-store';
import { companyOrgKeys, matchStrength } from '../warm/org-keys';
import { employerOf } from './known-people';
import type { PrepInput } from '../prep/types';
import type { Interview } from '../schema/dossier';
import type { RapportDb } from './database';

/** How many of a company's pages the sheet reads the text of (the newest). */
export const TEXTS_READ = 40;

/**
 * The prep input for one meeting, read through indexes only: the person, their company, the
 * clips of both with their text (events are read from it), the company's other people and the
 * user's connections there (named referral targets), their interviews and the user's profile — never the whole dossier. The same
 * selection as `prepInputFor` on a full dossier, which it delegates to.
 */
export async function loadPrepInput(
  db: RapportDb,
  target: { personId?: string; companyId?: string; interviewId?: string },
  now: number,
  /** The meeting `target.interviewId` names, when the caller has just read it (the side panel has). */
  known?: Interview,
): Promise<PrepInput> {
  return db.transaction('r', [db.companies, db.people, db.clips, db.clipTexts, db.interviews, db.self], async () => {
    const interview = target.interviewId
      ? known?.id === target.interviewId
        ? known
        : await db.interviews.get(target.interviewId)
      : undefined;
    const personId = target.personId ?? interview?.personId;
    const person = personId ? await db.people.get(personId) : undefined;
    const companyId = target.companyId ?? interview?.companyId ?? (person ? await employerOf(db, person) : undefined);
    // Every read below that needs no other's answer is issued at once: each await inside the
    // transaction is a round trip to IndexedDB, which a loaded machine makes slow (bench, 625-clip
    // meeting: the prep sheet waited on seven of them one after another).
    const [company, companyClips, personClips, interviews, self, colleagues, sourceClips] = await Promise.all([
      companyId ? db.companies.get(companyId) : undefined,
      companyId ? db.clips.where('companyId').equals(companyId).toArray() : [],
      personId ? db.clips.where('personId').equals(personId).toArray() : [],
      personId
        ? db.interviews.where('personId').equals(personId).toArray()
        : companyId
          ? db.interviews.where('companyId').equals(companyId).toArray()
          : [],
      db.self.get('me'),
      companyId ? db.people.where('currentCompanyId').equals(companyId).limit(200).toArray() : [],
      db.clips.bulkGet(person?.sourceClipIds ?? []),
    ]);
    const all = [
      ...new Map([...companyClips, ...personClips, ...sourceClips.filter((c) => c !== undefined)].map((c) => [c.id, c])).values(),
    ];
    // Events are read from the text of the newest pages that can report them; profiles need none.
    const readable = all
      .filter((c) => c.kind !== 'person-profile')
      .sort((a, b) => b.updatedAt - a.updatedAt)
      .slice(0, TEXTS_READ);
    // The user's LinkedIn connections who work there (the `orgs` index), surely matched: names to
    // ask about. Read beside the texts: neither needs the other.
    const keys = company ? companyOrgKeys(company) : [];
    const [found, withText] = await Promise.all([
      keys.length ? db.people.where('orgs').anyOf(keys).distinct().toArray() : [],
      withTexts(db, readable, { words: false }),
    ]);
    const connections = found.filter((p) => p.connection && matchStrength(keys, p.orgs ?? []) === 'exact');
    const others = [...new Map([...colleagues, ...connections].filter((p) => p.id !== person?.id).map((p) => [p.id, p])).values()];
    // The text only: the engine never reads a clip's search words, and every value of the input is
    // hashed on each opening (the kept sheet's fingerprint, lib/ui/sheet-cache.ts).
    const texts = new Map(withText.map((c) => [c.id, c]));
    const clips = all.map((c) => texts.get(c.id) ?? c);
    return prepInputFor(
      {
        companies: company ? [company] : [],
        people: person ? [person, ...others] : others,
        clips,
        interviews: interview ? [interview, ...interviews] : interviews,
        questions: [],
        self,
      },
      { ...target, companyId },
      now,
    );
  });
}
