import { combineFacts } from '../facts';
import { UserError } from '../messaging/errors';
import { Company } from '../schema/dossier';
import { stripUndefined } from '../objects';
import { checked } from './check';
import type { RapportDb } from './database';
import { companyNameKey } from './names';

/**
 * Renaming and combining companies: Rapport may have named a company from a page that misnamed it
 * ("Sanyam 02" for a firm's site on GitHub Pages, "Komen" beside "Susan G. Komen"), and only the
 * user knows better.
 */

/** What a rename did: renamed, or nothing, because another company of the dossier has that name. */
export type RenameResult = { renamed: Company } | { taken: { id: string; name: string } };

/** Renames a company; a name another company of the dossier has is not taken: the caller may combine them. */
export async function renameCompany(db: RapportDb, id: string, name: string, now = Date.now()): Promise<RenameResult> {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new UserError('invalid', 'A company needs a name. Nothing was changed.');
  return db.transaction('rw', db.companies, async () => {
    const company = await db.companies.get(id);
    if (!company) throw new UserError('gone', 'This company is no longer in your dossier (it was deleted elsewhere). Nothing was changed.');
    const nameKey = companyNameKey(clean);
    const other = (await db.companies.where('nameKey').equals(nameKey).toArray()).find((c) => c.id !== id);
    if (other) return { taken: { id: other.id, name: other.name } };
    const renamed = checked(
      Company,
      'companies',
      { ...company, name: clean, nameKey, updatedAt: now },
      'Rapport could not rename the company',
    );
    await db.companies.put(renamed);
    return { renamed };
  });
}

/** What combining moved into the company that stays. */
export interface CombineReport {
  name: string;
  clips: number;
  people: number;
  meetings: number;
}

/**
 * Moves everything of company `fromId` into `intoId` and removes `fromId`, in one transaction:
 * its clips (and the open roles they list), its people, its meetings, its facts (the staying
 * company's pinned choices win), domains, LinkedIn page, tags and notes.
 */
export async function combineCompanies(db: RapportDb, fromId: string, intoId: string, now = Date.now()): Promise<CombineReport> {
  if (fromId === intoId) throw new UserError('invalid', 'A company cannot be combined with itself. Nothing was changed.');
  return db.transaction('rw', [db.companies, db.clips, db.people, db.interviews], async () => {
    const [from, into] = await db.companies.bulkGet([fromId, intoId]);
    if (!from || !into)
      throw new UserError('gone', 'One of the two companies is no longer in your dossier (deleted elsewhere). Nothing was changed.');
    const notes = [into.notes, from.notes].filter(Boolean).join('\n\n');
    const combined = checked(
      Company,
      'companies',
      stripUndefined({
        ...into,
        domains: [...new Set([...into.domains, ...from.domains])],
        linkedinUrl: into.linkedinUrl ?? from.linkedinUrl,
        facts: combineFacts(into.facts, from.facts),
        tags: [...new Set([...into.tags, ...from.tags])],
        notes: notes || undefined,
        createdAt: Math.min(into.createdAt, from.createdAt),
        updatedAt: now,
      }),
      `Rapport could not combine ${from.name} with ${into.name}`,
    );
    const clips = await db.clips.where('companyId').equals(fromId).primaryKeys();
    const people = await db.people.where('currentCompanyId').equals(fromId).primaryKeys();
    const meetings = await db.interviews.where('companyId').equals(fromId).primaryKeys();
    await db.companies.put(combined);
    await Promise.all([
      ...clips.map((id) => db.clips.update(id, { companyId: intoId })),
      ...people.map((id) => db.people.update(id, { currentCompanyId: intoId })),
      ...meetings.map((id) => db.interviews.update(id, { companyId: intoId, updatedAt: now })),
    ]);
    await db.companies.delete(fromId);
    return { name: into.name, clips: clips.length, people: people.length, meetings: meetings.length };
  });
}
