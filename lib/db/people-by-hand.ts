import { fit, LIMITS } from '../schema/common';
import { Person as PersonSchema, type Person } from '../schema/dossier';
import { NAME_FIRST, UserError } from '../messaging/errors';
import { checked } from './check';
import type { RapportDb } from './database';
import { newId as defaultId } from './ids';
import { personNameKey } from './names';
import { newPerson } from './records';
import { findByName } from './save-person';

export interface TypedPerson {
  name: string;
  title?: string;
  companyId?: string;
  referredBy?: string;
  notes?: string;
}

/**
 * A person the user typed in (someone they were referred to, or someone a story or a team list
 * names that extraction missed): what they typed, trimmed and cut to the schema's limits. A name
 * copied from a page can carry the page's line breaks, so runs of white space become one space.
 * A name with no letter or digit (nothing to find them by) is refused with a sentence.
 */
export function typedPerson(input: TypedPerson, fields: Partial<Pick<Person, 'status'>>, now: number, id: string): Person {
  const name = fit(oneLine(input.name), LIMITS.short).trim();
  if (!personNameKey(name)) throw new UserError('empty-name', NAME_FIRST);
  return checked(
    PersonSchema,
    'people',
    newPerson(
      {
        id,
        name,
        currentTitle: fit(oneLine(input.title ?? ''), LIMITS.short).trim() || undefined,
        currentCompanyId: input.companyId,
        referredBy: input.referredBy,
        notes: fit(input.notes?.trim() ?? '', LIMITS.paragraph) || undefined,
        ...fields,
      },
      now,
    ),
    'Rapport could not add this person',
  );
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface AddedPerson {
  person: Person;
  /** Someone of that name (by name key) was already at the company: nothing was added. */
  existed: boolean;
}

/**
 * The person the user will meet, added by hand at a company: someone a German story names ("Tim
 * Thabe, CEO von creditshelf") or a law firm's page lists ("Wiebke Scharf, Kanzleileitung") whom
 * extraction missed. No status (the pipeline is the user's to enter them in; planning a meeting
 * does) and nobody who referred them. Someone of the same name already at the company is
 * returned instead of a duplicate.
 */
export async function addPersonAt(
  db: RapportDb,
  input: { name: string; title?: string; companyId: string },
  now = Date.now(),
  newId = defaultId,
): Promise<AddedPerson> {
  const person = typedPerson({ name: input.name, title: input.title, companyId: input.companyId }, { status: undefined }, now, newId());
  return db.transaction('rw', [db.people, db.companies], async () => {
    if (!(await db.companies.get(input.companyId)))
      throw new UserError('no-company', 'This company is no longer in your dossier, so nobody was added.');
    const found = await findByName(db, person.name, input.companyId);
    if (found) return { person: found, existed: true };
    await db.people.add(person);
    return { person, existed: false };
  });
}
