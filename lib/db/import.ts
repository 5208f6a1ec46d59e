import { DossierExport, EXPORT_FORMAT, EXPORT_VERSION, type ImportCounts } from '../schema/export';
export type { ImportCounts };
import type { EntityTable } from 'dexie';
import type { RapportDb } from './database';
import { wordsOfStoredClip } from './clip-words';
import { isIndexWord } from '../search/words';
import { putClips } from './clip-store';
import { inconsistency } from './consistency';
import { issueInWords } from '../schema/issue-words';

export type ParsedImport = { ok: true; data: DossierExport; counts: ImportCounts } | { ok: false; error: string };

/** Bigger files are refused before parsing: a dossier of 20,000 clips is well under this. */
export const MAX_IMPORT_CHARS = 400_000_000;

/**
 * Reads an export file and says what it holds, or exactly why it cannot be imported. Nothing is
 * written here: a file is accepted whole or not at all.
 */
export function parseDossierFile(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: 'This file is too large to be a Rapport export.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return {
      ok: false,
      error: `This file is not valid JSON — it may be truncated or damaged (${err instanceof Error ? err.message.slice(0, 120) : 'parse error'}). Nothing was imported.`,
    };
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This is not a Rapport dossier export (its "format" is not "rapport-dossier"). Nothing was imported.' };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'This export has no valid format version. Nothing was imported.' };
  }
  if (version > EXPORT_VERSION) {
    return {
      ok: false,
      error: `This export was made by a newer Rapport (format ${version}; this one reads up to ${EXPORT_VERSION}). Update Rapport, then import it. Nothing was imported.`,
    };
  }
  const upgraded = upgradeExport(raw as Record<string, unknown>, version);
  const parsed = DossierExport.safeParse(upgraded);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `This export is damaged: ${issue ? issueInWords(issue, upgraded) : 'its content does not fit the format'}. Nothing was imported.`,
    };
  }
  const broken = inconsistency(parsed.data);
  if (broken) return { ok: false, error: `This export is inconsistent: ${broken}. Nothing was imported.` };
  const d = parsed.data;
  return {
    ok: true,
    data: d,
    counts: {
      companies: d.companies.length,
      people: d.people.length,
      clips: d.clips.length,
      interviews: d.interviews.length,
      questions: d.questions.length,
      self: d.self ? 1 : 0,
    },
  };
}

/**
 * Brings an older export up to the current format, one version at a time. Format 1 is the
 * first; when format 2 comes, its step goes here (and a fixture of format 1 stays in the tests).
 */
export function upgradeExport(raw: Record<string, unknown>, version: number): Record<string, unknown> {
  let out = raw;
  for (let v = version; v < EXPORT_VERSION; v++) out = UPGRADES[v]?.(out) ?? out;
  return { ...out, version: EXPORT_VERSION };
}
const UPGRADES: Record<number, (r: Record<string, unknown>) => Record<string, unknown>> = {};

/**
 * Writes an accepted export in ONE transaction. "replace" empties the dossier first; "merge" adds
 * what is new, keeps the newer of two versions of one record, and skips a clip of a page the
 * dossier already holds under another id.
 */
export async function importDossier(
  db: RapportDb,
  data: DossierExport,
  mode: 'merge' | 'replace',
  timings?: { wordsMs?: number },
): Promise<{ added: number; updated: number; skipped: number }> {
  const tables = [db.companies, db.people, db.clips, db.clipTexts, db.terms, db.interviews, db.questions, db.self];
  // Search words are derived data: an export carries them, and they are kept when they are
  // well-formed index words; otherwise (an older or hand-made file) they are rebuilt.
  const t0 = performance.now();
  data = {
    ...data,
    clips: data.clips.map((c) => ({ ...c, words: c.words?.length && c.words.every(isIndexWord) ? c.words : wordsOfStoredClip(c) })),
  };
  if (timings) timings.wordsMs = performance.now() - t0;
  return db.transaction('rw', tables, async () => {
    let added = 0;
    let updated = 0;
    let skipped = 0;
    if (mode === 'replace') {
      for (const t of tables) await t.clear();
      await db.companies.bulkAdd(data.companies);
      await db.people.bulkAdd(data.people);
      await putClips(db, data.clips, true);
      await db.interviews.bulkAdd(data.interviews);
      await db.questions.bulkAdd(data.questions);
      if (data.self) await db.self.put(data.self);
      added =
        data.companies.length +
        data.people.length +
        data.clips.length +
        data.interviews.length +
        data.questions.length +
        (data.self ? 1 : 0);
      return { added, updated, skipped };
    }
    const mergeInto = async <T extends { id: string }>(
      table: EntityTable<T, 'id'>,
      items: T[],
      isNewer: (a: T, b: T) => boolean,
      write: (put: T[]) => Promise<unknown> = (put) => table.bulkPut(put),
    ) => {
      const existing = await table.bulkGet(items.map((i) => i.id) as never[]);
      const put: T[] = [];
      items.forEach((item, i) => {
        const old = existing[i];
        if (!old) {
          added++;
          put.push(item);
        } else if (isNewer(item, old)) {
          updated++;
          put.push(item);
        } else skipped++;
      });
      await write(put);
    };
    const byUpdatedAt = (a: { updatedAt: number }, b: { updatedAt: number }) => a.updatedAt > b.updatedAt;
    await mergeInto(db.companies, data.companies, byUpdatedAt);
    await mergeInto(db.people, data.people, byUpdatedAt);
    // A page already clipped under another id stays as it is: the unique URL key allows one.
    const clips = [];
    for (const c of data.clips) {
      const other = await db.clips.where('urlKey').equals(c.urlKey).first();
      if (other && other.id !== c.id) skipped++;
      else clips.push(c);
    }
    await mergeInto(db.clips, clips, byUpdatedAt, (put) => putClips(db, put));
    await mergeInto(db.interviews, data.interviews, byUpdatedAt);
    // Questions carry no timestamp: the dossier's own copy of a question wins.
    await mergeInto(db.questions, data.questions, () => false);
    if (data.self && !(await db.self.get('me'))) {
      await db.self.put(data.self);
      added++;
    }
    return { added, updated, skipped };
  });
}
