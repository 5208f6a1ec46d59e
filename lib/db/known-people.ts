import type { Company, Person, SelfProfile } from '../schema/dossier';
import type { KnownPerson } from '../warm/known-person';
import { commonGroundText, commonGroundWith, type CommonGround } from '../warm/common-ground';
import { companyOrgKeys, matchStrength, sureEmployer } from '../warm/org-keys';
import type { RapportDb } from './database';

export type { KnownPerson } from '../warm/known-person';

/** The organisation to look up: a dossier company, or what a page says about one not yet clipped. */
export type OrgRef = Pick<Company, 'name' | 'domains' | 'linkedinUrl'>;

/**
 * The user's connections who work at `org`, through the `orgs` index: surest first, then those
 * with common ground, then by name. `except` leaves out the person whose page this is.
 */
export async function knownAt(db: RapportDb, org: OrgRef, self: SelfProfile | undefined, except?: string): Promise<KnownPerson[]> {
  const orgKeys = companyOrgKeys(org);
  if (!orgKeys.length) return [];
  // Each connection read once, in as few index walks as possible: walking the 1,250 Brightwater
  // entries of the bench for their keys costs about half as much as for their records (raw
  // IndexedDB in Chromium), so the key most likely to hold most of them gives its records in one
  // getAll and the other keys only their primary keys, in one transaction; the few records those
  // add are read by id. The core-name key (`c:`) is on everyone the full name finds and on those
  // who wrote the short name: usually the widest. (Before: every key's primary keys, then the
  // widest key's records: a third walk.)
  const wide = Math.max(
    0,
    orgKeys.findIndex((k) => k.startsWith('c:')),
  );
  const [rows, perKey] = await db.transaction('r', db.people, () =>
    Promise.all([
      db.people.where('orgs').equals(orgKeys[wide]!).toArray(),
      Promise.all(orgKeys.map((k, i) => (i === wide ? [] : db.people.where('orgs').equals(k).primaryKeys()))),
    ]),
  );
  perKey[wide] = rows.map((p) => p.id);
  const ids = [...new Set(perKey.flat())];
  const byId = new Map<string, Person>(rows.map((p) => [p.id, p]));
  const rest = ids.filter((id) => !byId.has(id));
  if (rest.length) for (const p of await db.people.bulkGet(rest)) if (p) byId.set(p.id, p);
  // In the order of the ids (as before): the sort below keeps it among equal names.
  const people = ids.map((id) => byId.get(id)).filter((p): p is Person => !!p);
  const ground = commonGroundWith(self);
  const out: KnownPerson[] = [];
  for (const p of people) {
    if (p.id === except || !p.connection) continue;
    const strength = matchStrength(orgKeys, p.orgs ?? []);
    if (strength) out.push(known(p, strength, ground(p)));
  }
  return out.sort(
    (a, b) =>
      Number(b.strength === 'exact') - Number(a.strength === 'exact') ||
      b.commonGround.length - a.commonGround.length ||
      byName.compare(a.name, b.name),
  );
}

const byName = new Intl.Collator();

function known(p: Person, strength: KnownPerson['strength'], ground: CommonGround[]): KnownPerson {
  return {
    id: p.id,
    name: p.name,
    position: p.connection?.position ?? p.currentTitle,
    company: p.connection?.company,
    since: p.connection?.since,
    profileUrl: p.profileUrl,
    strength,
    commonGround: ground.map(commonGroundText),
  };
}

/**
 * The dossier company a person works at: the one they were clipped at or added to, or — for a
 * LinkedIn connection nobody attached — the one dossier company their export surely names (a full
 * name, a domain or a LinkedIn page; never a match on the core of a name, never one of two).
 * Read through indexes: candidates by name, domain and LinkedIn page, then checked key by key.
 */
export async function employerOf(
  db: RapportDb,
  person: Pick<Person, 'currentCompanyId' | 'connection' | 'orgs'>,
): Promise<string | undefined> {
  if (person.currentCompanyId || !person.connection) return person.currentCompanyId;
  const keys = person.orgs ?? [];
  const names = keys.filter((k) => k.startsWith('n:')).map((k) => k.slice(2));
  const domains = keys.filter((k) => k.startsWith('d:')).map((k) => k.slice(2));
  const pages = keys.filter((k) => k.startsWith('u:')).map((k) => `https://www.linkedin.com/company/${k.slice(2)}/`);
  const candidates = [
    ...(names.length
      ? await db.companies
          .where('nameKey')
          .anyOf([...names, ...names.map((n) => `the ${n}`)])
          .toArray()
      : []),
    ...(domains.length ? await db.companies.where('domains').anyOf(domains).toArray() : []),
    ...(pages.length ? await db.companies.where('linkedinUrl').anyOf(pages).toArray() : []),
  ];
  return sureEmployer(candidates, person)?.id;
}
