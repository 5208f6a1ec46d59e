/**
 * Drops the fields that say nothing: `undefined` always; with `{ empties: true }` also `null`,
 * `''` and empty lists — so extractions compare cleanly and stay small. Records the database
 * keeps (whose schemas require their lists, even empty) drop only `undefined`, which IndexedDB
 * would otherwise store as a present key.
 */
export function prune<T extends object>(obj: T, { empties = true }: { empties?: boolean } = {}): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (empties && (v === null || v === '' || (Array.isArray(v) && v.length === 0))) continue;
    out[k] = v;
  }
  return out as T;
}

/** A record as the database keeps it: only `undefined` fields dropped (see `prune`). */
export const stripUndefined = <T extends object>(obj: T): T => prune(obj, { empties: false });
