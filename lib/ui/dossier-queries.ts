import type { RapportDb } from '../db/database';
import { ownDomain } from '../db/domains';
import { urlKey } from '../db/url-key';
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

export async function companiesByName(db: RapportDb): Promise<Company[]> {
  return db.companies.orderBy('name').toArray();
}

/** The company a page belongs to: its clip's company, else the company owning its domain. */
export async function companyIdForUrl(db: RapportDb, url: string | undefined): Promise<string | undefined> {
  if (!url || !/^https?:|^file:/.test(url)) return undefined;
  const clip = await db.clips.where('urlKey').equals(urlKey(url)).first();
  if (clip?.companyId) return clip.companyId;
  if (clip?.personId) {
    const person = await db.people.get(clip.personId);
    if (person?.currentCompanyId) return person.currentCompanyId;
  }
  const domain = ownDomain(url);
  if (!domain) return undefined;
  return (await db.companies.where('domains').equals(domain).first())?.id;
}

/** The company touched last: what the panel shows when the tab says nothing. */
export async function latestCompanyId(db: RapportDb): Promise<string | undefined> {
  return (await db.companies.orderBy('updatedAt').last())?.id;
}
