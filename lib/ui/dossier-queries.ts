import type { RapportDb } from '../db/database';
import { pageContext } from '../db/page-context';
import type { Clip, Company, Person } from '../schema/dossier';

export interface CompanyDossier {
  company: Company;
  clips: Clip[];
  people: Person[];
}

/** One company with its clips (newest first) and its people (by name). */
export async function companyDossier(db: RapportDb, companyId: string): Promise<CompanyDossier | null> {
  const company = await db.companies.get(companyId);
  if (!company) return null;
  const [clips, people] = await Promise.all([
    db.clips.where('companyId').equals(companyId).toArray(),
    db.people.where('currentCompanyId').equals(companyId).toArray(),
  ]);
  clips.sort((a, b) => b.updatedAt - a.updatedAt);
  people.sort((a, b) => a.name.localeCompare(b.name));
  return { company, clips, people };
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
