import type { EntityTable } from 'dexie';

/**
 * The clip search index: one row per word with the ids of the clips it finds. A row per word
 * instead of an index entry per (word, clip): writing 20,000 clips touches tens of thousands of
 * rows, not a million index entries, and a prefix query reads a handful of rows.
 */
export interface Term {
  term: string;
  ids: string[];
}

/** Builds every posting list in memory (import of a whole dossier). */
export function postings(clips: Array<{ id: string; words?: string[] }>): Term[] {
  const map = new Map<string, string[]>();
  for (const c of clips) for (const w of c.words ?? []) (map.get(w) ?? map.set(w, []).get(w)!).push(c.id);
  return [...map.entries()].map(([term, ids]) => ({ term, ids }));
}

/**
 * Moves clips from their old words to their new ones, in the caller's transaction: `changes`
 * lists each clip's id with the words it had (or none) and the words it has now (or none).
 */
export async function updateTerms(
  terms: EntityTable<Term, 'term'>,
  changes: Array<{ id: string; before?: string[]; after?: string[] }>,
): Promise<void> {
  const add = new Map<string, Set<string>>();
  const remove = new Map<string, Set<string>>();
  for (const { id, before = [], after = [] } of changes) {
    const now = new Set(after);
    const was = new Set(before);
    for (const w of was) if (!now.has(w)) (remove.get(w) ?? remove.set(w, new Set()).get(w)!).add(id);
    for (const w of now) if (!was.has(w)) (add.get(w) ?? add.set(w, new Set()).get(w)!).add(id);
  }
  const touched = [...new Set([...add.keys(), ...remove.keys()])];
  if (!touched.length) return;
  const rows = await terms.bulkGet(touched);
  const put: Term[] = [];
  const drop: string[] = [];
  touched.forEach((term, i) => {
    const gone = remove.get(term);
    const ids = (rows[i]?.ids ?? []).filter((id) => !gone?.has(id));
    for (const id of add.get(term) ?? []) if (!ids.includes(id)) ids.push(id);
    if (ids.length) put.push({ term, ids });
    else drop.push(term);
  });
  await terms.bulkPut(put);
  await terms.bulkDelete(drop);
}
