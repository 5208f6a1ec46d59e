import { Dexie } from 'dexie';
import type { RapportDb } from '../db/database';
import { pageContext } from '../db/page-context';
import type { Clip, Company, Person } from '../schema/dossier';
import { knownAt, type KnownPerson } from '../db/known-people';
import { openRoles, type OpenRole } from '../prep/open-roles';

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
 * One company with its newest clips, the clips its facts cite, and its people (by name). A
 * company of hundreds of clips reads a few dozen records, not hundreds.
 */
export async function companyDossier(db: RapportDb, companyId: string, limit = FIRST_CLIPS): Promise<CompanyDossier | null> {
  const company = await db.companies.get(companyId);
  if (!company) return null;
  const [clips, clipCount, people, self, roleClips] = await Promise.all([
    companyClips(db, companyId, limit),
    clipsOfCompany(db, companyId).count(),
    db.people.where('currentCompanyId').equals(companyId).toArray(),
    db.self.get('me'),
    db.clips.where('rolesOf').equals(companyId).toArray(),
  ]);
  const known = await knownAt(db, company, self);
  const clipsById = new Map(clips.map((c) => [c.id, c]));
  const cited = new Set(Object.values(company.facts).flatMap((entries) => (entries ?? []).map((e) => e.sourceClipId)));
  const missing = [...cited].filter((id) => !clipsById.has(id));
  for (const c of await db.clips.bulkGet(missing)) if (c) clipsById.set(c.id, c);
  people.sort((a, b) => a.name.localeCompare(b.name));
  return { company, clips, clipCount, clipsById, people, known, roles: openRoles({ company, clips: roleClips }, self) };
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

/** The company a page belongs to: its clip's company, its person's company, else the company owning its domain. */
export async function companyIdForUrl(db: RapportDb, url: string | undefined): Promise<string | undefined> {
  return (await pageContext(db, url)).companyId;
}

/** The company touched last: what the panel shows when the tab says nothing. */
export async function latestCompanyId(db: RapportDb): Promise<string | undefined> {
  return (await db.companies.orderBy('updatedAt').last())?.id;
}
