import type { RapportDb } from './database';

/** The company the user is preparing for, and why Rapport thinks so. */
export interface ResearchTarget {
  id: string;
  name: string;
  /** `meeting`: the company of their next planned meeting; `recent`: the company they updated last. */
  reason: 'meeting' | 'recent';
}

/**
 * The company the user is researching: the one their next planned meeting is at (the meeting's
 * company, else its person's current company), else the company most recently updated. The popup
 * offers it when a page does not say which company it is about.
 */
export async function researchingCompany(db: RapportDb, now = Date.now()): Promise<ResearchTarget | undefined> {
  const planned = await db.interviews.where('status').equals('planned').toArray();
  const ahead = planned.filter((i) => i.when + i.durationMinutes * 60_000 >= now).sort((a, b) => a.when - b.when);
  for (const meeting of ahead) {
    const companyId = meeting.companyId ?? (meeting.personId ? (await db.people.get(meeting.personId))?.currentCompanyId : undefined);
    const company = companyId ? await db.companies.get(companyId) : undefined;
    if (company) return { id: company.id, name: company.name, reason: 'meeting' };
  }
  const recent = await db.companies.orderBy('updatedAt').last();
  return recent ? { id: recent.id, name: recent.name, reason: 'recent' } : undefined;
}
