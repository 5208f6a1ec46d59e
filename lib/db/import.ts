import { DossierExport, EXPORT_FORMAT, EXPORT_VERSION, type ImportCounts } from '../schema/export';
export type { ImportCounts };
import type { RapportDb } from './database';
import { wordsOfStoredClip } from './clip-words';
import { isIndexWord } from '../search/words';
import { putClips } from './clip-store';
import { inconsistency } from './consistency';
import { mergeDossier, type MergeReport } from './merge';
export type { MergeReport };
import { issueInWords } from '../schema/issue-words';
import { fitFacts } from '../facts';
import { withFactStrengths } from './repair';
import { companyNameKey } from './names';

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
 * what is new, keeps the newer of two copies of one record, and maps a record the dossier holds
 * under another id (the same page, company or person) onto it (lib/db/merge.ts).
 */
export async function importDossier(
  db: RapportDb,
  data: DossierExport,
  mode: 'merge' | 'replace',
  timings?: { wordsMs?: number },
): Promise<MergeReport> {
  const tables = [db.companies, db.people, db.clips, db.clipTexts, db.terms, db.interviews, db.questions, db.self];
  // Search words are derived data: an export carries them, and they are kept when they are
  // well-formed index words; otherwise (an older or hand-made file) they are rebuilt.
  const t0 = performance.now();
  // Facts of files made before strengths were kept get them from their clips, as the database
  // upgrade gives them (lib/db/repair.ts).
  const clipsById = new Map(data.clips.map((c) => [c.id, c]));
  data = {
    ...data,
    // A name key is derived: a file written before the legal forms it now knows is keyed again.
    companies: data.companies.map((c) => ({ ...c, nameKey: companyNameKey(c.name), facts: fitFacts(withFactStrengths(c, clipsById)) })),
    clips: data.clips.map((c) => ({ ...c, words: c.words?.length && c.words.every(isIndexWord) ? c.words : wordsOfStoredClip(c) })),
  };
  if (timings) timings.wordsMs = performance.now() - t0;
  return db.transaction('rw', tables, async () => {
    if (mode === 'merge') return mergeDossier(db, data);
    for (const t of tables) await t.clear();
    // Issued together: the transaction runs them in order without an idle turn between tables.
    await Promise.all([
      db.companies.bulkAdd(data.companies),
      db.people.bulkAdd(data.people),
      putClips(db, data.clips, true),
      db.interviews.bulkAdd(data.interviews),
      db.questions.bulkAdd(data.questions),
      data.self ? db.self.put(data.self) : undefined,
    ]);
    const added =
      data.companies.length + data.people.length + data.clips.length + data.interviews.length + data.questions.length + (data.self ? 1 : 0);
    return { added, updated: 0, unchanged: 0, combined: [] };
  });
}

/** What a merge did, in a sentence for the options page. */
export function mergeMessage(r: MergeReport): string {
  const parts = [`Merged: ${r.added} added, ${r.updated} updated, ${r.unchanged} already there.`];
  if (r.combined.length) {
    const names = [...new Set(r.combined)];
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');
    parts.push(`${r.combined.length} matched records you already had under another id and were combined with them: ${shown}.`);
  }
  return parts.join(' ');
}
