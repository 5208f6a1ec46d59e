import { Dexie } from 'dexie';
import type { RapportDb } from '../db/database';
import { pageContext } from '../db/page-context';
import { PERSON_STATUSES, type Clip, type Company, type Interview, type Person, type SelfProfile } from '../schema/dossier';
import { readSettings } from '../settings';
import { pipeline } from './pipeline';
import { knownAt, type KnownPerson } from '../db/known-people';
import { openRoles, type OpenRole } from '../prep/open-roles';
import { peopleInOrder } from './people-order';
import { namesById } from './names-by-id';

export interface CompanyDossier {
  company: Company;
  /** The newest clips, newest first: all of them, or the first `limit`. */
  clips: Clip[];
  /** How many clips the company has in all. */
  clipCount: number;
  /** The clips the view names: those above and every clip the company's facts cite. */
  clipsById: Map<string, Clip>;
  people: Person[];
  /** The user's LinkedIn connections who work there. */
  known: KnownPerson[];
  /** Its open roles (job postings and careers pages clipped), those matching the user's target first. */
  roles: OpenRole[];
}

/** How many clips the company view lists before "Show all". */
export const FIRST_CLIPS = 30;

/**
 * One company with its newest clips, the clips its facts cite, and its people (the person met
 * first, then leaders: people-order.ts). A company of hundreds of clips reads a few dozen
 * records, not hundreds.
 */
export async function companyDossier(db: RapportDb, companyId: string, limit = FIRST_CLIPS): Promise<CompanyDossier | null> {
  // One read transaction, the company read beside everything else filed under its id: each
  // transaction and each wait for a batch of answers cost the 625-clip company view milliseconds
  // (bench: four rounds of reads, one transaction each, were a third of its opening). Read
  // together: the meetings too (filed under the company), which only put the person met first.
  return db.transaction('r', [db.companies, db.clips, db.people, db.self, db.interviews], async () => {
    const [company, clips, clipCount, people, self, roleClips, meetings] = await Promise.all([
      db.companies.get(companyId),
      companyClips(db, companyId, limit),
      clipsOfCompany(db, companyId).count(),
      db.people.where('currentCompanyId').equals(companyId).toArray(),
      db.self.get('me'),
      db.clips.where('rolesOf').equals(companyId).toArray(),
      db.interviews.where('companyId').equals(companyId).toArray(),
    ]);
    if (!company) return null;
    const clipsById = new Map(clips.map((c) => [c.id, c]));
    const cited = new Set(Object.values(company.facts).flatMap((entries) => (entries ?? []).map((e) => e.sourceClipId)));
    const missing = [...cited].filter((id) => !clipsById.has(id));
    const [known, citedClips] = await Promise.all([knownAt(db, company, self), missing.length ? db.clips.bulkGet(missing) : []]);
    for (const c of citedClips) if (c) clipsById.set(c.id, c);
    const ordered = peopleInOrder(people, meetings);
    return { company, clips, clipCount, clipsById, people: ordered, known, roles: openRoles({ company, clips: roleClips }, self) };
  });
}

/** A company's clips, newest first (all, or the newest `limit`). */
export function companyClips(db: RapportDb, companyId: string, limit = Infinity): Promise<Clip[]> {
  const newestFirst = clipsOfCompany(db, companyId).reverse();
  return (Number.isFinite(limit) ? newestFirst.limit(limit) : newestFirst).toArray();
}

function clipsOfCompany(db: RapportDb, companyId: string) {
  return db.clips.where('[companyId+updatedAt]').between([companyId, Dexie.minKey], [companyId, Dexie.maxKey], true, true);
}

/** Every company's id and name, by name, read from the index alone (no record is loaded). */
export async function companiesByName(db: RapportDb): Promise<Array<{ id: string; name: string }>> {
  const [names, ids] = await Promise.all([db.companies.orderBy('name').keys(), db.companies.orderBy('name').primaryKeys()]);
  return ids.map((id, i) => ({ id: String(id), name: String(names[i]) }));
}

/** The names of these companies by id (those still in the dossier). */
export async function companyNames(db: RapportDb, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const companies = unique.length ? await db.companies.bulkGet(unique) : [];
  return namesById(companies);
}

/** The company a page belongs to: its clip's company, its person's company, else the company owning its domain. */
export async function companyIdForUrl(db: RapportDb, url: string | undefined): Promise<string | undefined> {
  return (await pageContext(db, url)).companyId;
}

/** The company touched last: what the panel shows when the tab says nothing. */
export async function latestCompanyId(db: RapportDb): Promise<string | undefined> {
  return (await db.companies.orderBy('updatedAt').last())?.id;
}

/** The meetings list: upcoming soonest first, then past latest first, each with who it is with. */
export async function meetingRows(db: RapportDb, now = Date.now()): Promise<Array<{ interview: Interview; who: string }>> {
  const interviews = await db.interviews.orderBy('when').reverse().toArray();
  const people = new Map((await db.people.bulkGet(interviews.map((i) => i.personId ?? ''))).filter((p) => !!p).map((p) => [p!.id, p!]));
  const companies = new Map(
    (await db.companies.bulkGet(interviews.map((i) => i.companyId ?? ''))).filter((c) => !!c).map((c) => [c!.id, c!]),
  );
  const upcoming = interviews.filter((i) => i.status === 'planned' && i.when >= now - 86_400_000).reverse();
  const rest = interviews.filter((i) => !upcoming.includes(i));
  return [...upcoming, ...rest].map((interview) => ({
    interview,
    who:
      [people.get(interview.personId ?? '')?.name, companies.get(interview.companyId ?? '')?.name].filter(Boolean).join(' · ') || 'Meeting',
  }));
}

/** The pipeline's columns: everyone by status with their next step and when it is due. */
export async function pipelineColumns(db: RapportDb, now = Date.now()) {
  const [people, interviews, settings, companies] = await Promise.all([
    // Through the status index: connections not approached (no status) are not read at all.
    db.people
      .where('status')
      .anyOf([...PERSON_STATUSES])
      .toArray(),
    db.interviews.toArray(),
    readSettings(),
    companiesByName(db),
  ]);
  return pipeline(people, namesById(companies), interviews, settings.checkInWeeks, now);
}

/** "Jane Achebe at Acme" for the plan form; "your contact" when neither is known. */
export async function meetingWho(db: RapportDb, personId?: string, companyId?: string): Promise<string> {
  const person = personId ? await db.people.get(personId) : undefined;
  const company = companyId ? await db.companies.get(companyId) : undefined;
  return [person?.name, company?.name].filter(Boolean).join(' at ') || 'your contact';
}

/** The user's own profile; null once read and absent. */
export async function selfProfile(db: RapportDb): Promise<SelfProfile | null> {
  return (await db.self.get('me')) ?? null;
}

/** Everything the contacts CSV needs. */
export async function contactsData(db: RapportDb) {
  const [people, companies, interviews] = await Promise.all([db.people.toArray(), db.companies.toArray(), db.interviews.toArray()]);
  return { people, companies: new Map(companies.map((c) => [c.id, c])), interviews };
}

/** How many of the newest clips the dossier tab looks through for clips with no company. */
export const UNATTACHED_LOOKBACK = 500;

/**
 * Clips that belong to no company, newest first (IndexedDB cannot index a missing company, so
 * this walks clips newest first). `lookback` bounds the walk for the dossier tab's quick check;
 * the list itself walks them all.
 */
export async function unattachedClips(db: RapportDb, limit = Infinity, lookback = Infinity): Promise<Clip[]> {
  const out: Clip[] = [];
  let seen = 0;
  await db.clips
    .orderBy('updatedAt')
    .reverse()
    .until(() => out.length >= limit || seen >= lookback)
    .each((c) => {
      seen++;
      if (!c.companyId) out.push(c as Clip);
    });
  return out;
}
