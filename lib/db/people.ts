import type { Person } from '../schema/dossier';
import type { RapportDb } from './database';
import { storedStrength } from './trust';

/**
 * The person whose LinkedIn profile this is, as LinkedIn (or the user) vouched for it: a profile
 * address some other page claimed for someone does not make them that person.
 */
export async function personByProfile(db: RapportDb, profileUrl: string): Promise<Person | undefined> {
  const all = await db.people.where('profileUrl').equals(profileUrl).toArray();
  return all.find((p) => storedStrength(p, 'profileUrl') !== 'other');
}
