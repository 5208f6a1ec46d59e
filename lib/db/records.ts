import { stripUndefined } from '../objects';
import type { Person } from '../schema/dossier';

/** A person new to the dossier, still to contact: the given fields over empty lists. */
export function newPerson(
  fields: Pick<Person, 'id' | 'name'> & Partial<Omit<Person, 'id' | 'name' | 'createdAt' | 'updatedAt'>>,
  now: number,
): Person {
  return stripUndefined({
    experience: [],
    education: [],
    skills: [],
    status: 'to-contact',
    tags: [],
    sourceClipIds: [],
    ...fields,
    createdAt: now,
    updatedAt: now,
  });
}
