import type { Connection, Person, SelfProfile } from '../schema/dossier';
import type { ConnectionRow, LinkedInExport, SelfFromExport } from '../schema/linkedin';
import type { RapportDb } from './database';
import { newId as defaultId } from './ids';
import { personNameKey } from './names';
import { stripUndefined } from '../objects';
import { newPerson } from './records';
import { type PickedFile, readLinkedInExport } from '../linkedin/read-export';

export interface LinkedInImportResult {
  added: number;
  updated: number;
  unchanged: number;
  /** Which fields of the user's own profile the export filled. */
  selfFilled: string[];
}

/**
 * Writes a read LinkedIn export in ONE transaction. Connections are people with a `connection`
 * (not pipeline entries: they get no status). A connection already in the dossier — found by
 * profile address, or by name when the export has no addresses — is updated, never duplicated;
 * what the user wrote (status, notes, tags, log) is kept. The user's own profile gains what it
 * lacks: the user's own words win over the export's.
 */
export function importLinkedIn(db: RapportDb, x: LinkedInExport, now = Date.now(), newId = defaultId): Promise<LinkedInImportResult> {
  return db.transaction('rw', [db.people, db.self], async () => {
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    const rows = x.connections ?? [];
    const urls = rows.map((r) => r.profileUrl).filter((u): u is string => !!u);
    const byUrl = new Map<string, Person>();
    if (urls.length) for (const p of await db.people.where('profileUrl').anyOf(urls).toArray()) byUrl.set(p.profileUrl!, p);
    const unaddressed = rows.filter((r) => !r.profileUrl);
    const byName = new Map<string, Person>();
    if (unaddressed.length) {
      for (const p of await db.people
        .where('name')
        .anyOf(unaddressed.map((r) => r.name))
        .toArray())
        byName.set(personNameKey(p.name), p);
    }
    // New people are added, known ones put: Dexie reads back every existing row before a put on a
    // table with hooks (people have two), which for a first export of 10,000 is a whole extra pass.
    const add: Person[] = [];
    const put: Person[] = [];
    for (const r of rows) {
      const found = r.profileUrl ? byUrl.get(r.profileUrl) : byName.get(personNameKey(r.name));
      const connection = connectionOf(r, now);
      if (!found) {
        add.push(
          newPerson({ id: newId(), name: r.name, profileUrl: r.profileUrl, currentTitle: r.position, connection, status: undefined }, now),
        );
        added++;
      } else if (same(found.connection, connection)) {
        unchanged++;
      } else {
        put.push(
          stripUndefined({
            ...found,
            connection,
            // A role the user never clipped comes from the export; a clipped profile's stays.
            currentTitle: found.sourceClipIds.length ? found.currentTitle : (r.position ?? found.currentTitle),
            updatedAt: now,
          }),
        );
        updated++;
      }
    }
    // Issued together: the transaction runs them in order without an idle turn between.
    await Promise.all([add.length ? db.people.bulkAdd(add) : undefined, put.length ? db.people.bulkPut(put) : undefined]);
    const selfFilled = x.self ? await fillSelf(db, x.self, now) : [];
    return { added, updated, unchanged, selfFilled };
  });
}

function connectionOf(r: ConnectionRow, now: number): Connection {
  return stripUndefined({ since: r.since, company: r.company, position: r.position, email: r.email, importedAt: now });
}

/** Same facts (the import time aside): a re-import of the same export writes nothing. */
function same(a: Connection | undefined, b: Connection): boolean {
  return !!a && a.since === b.since && a.company === b.company && a.position === b.position && a.email === b.email;
}

async function fillSelf(db: RapportDb, s: SelfFromExport, now: number): Promise<string[]> {
  const old = await db.self.get('me');
  const filled: string[] = [];
  const pick = <K extends 'name' | 'headline' | 'location' | 'field'>(key: K, value: string | undefined) => {
    if (!old?.[key] && value) {
      filled.push(key === 'field' ? 'field' : key);
      return value;
    }
    return old?.[key];
  };
  const union = (mine: string[], theirs: string[], label: string) => {
    const seen = new Set(mine.map((x) => x.toLowerCase()));
    const extra = theirs.filter((x) => !seen.has(x.toLowerCase()));
    if (extra.length) filled.push(label);
    return [...mine, ...extra].slice(0, 500);
  };
  const next: SelfProfile = stripUndefined({
    ...old,
    id: 'me',
    name: pick('name', s.name),
    headline: pick('headline', s.headline),
    location: pick('location', s.location),
    field: pick('field', s.industry),
    schools: union(old?.schools ?? [], s.schools, 'schools'),
    employers: union(old?.employers ?? [], s.employers, 'employers'),
    updatedAt: now,
  });
  if (filled.length) await db.self.put(next);
  return filled;
}

/** Reads the picked files and, only if all of them read cleanly, imports them: all or nothing. */
export async function importLinkedInFiles(
  db: RapportDb,
  files: PickedFile[],
  now = Date.now(),
): Promise<{ ok: true; read: LinkedInExport; result: LinkedInImportResult } | { ok: false; error: string }> {
  const read = readLinkedInExport(files);
  if (!read.ok) return read;
  return { ok: true, read: read.data, result: await importLinkedIn(db, read.data, now) };
}
