/**
 * A corpus entry annotated for a few fields only (manifest `fields`, e.g. the field-22 slice:
 * `company.name`, `company.summary`, …) is scored on those fields alone. Its reader wrote down
 * nothing else, so any other field the extraction gives is neither right nor wrong, and a field
 * the expected file happens to hold outside the list is not asked for. Both sides are cut to the
 * listed paths before scoring; `kind` and `url` always stay (the page kind is still scored).
 */

type Json = Record<string, unknown>;

/** `doc` with only `kind`, `url` and the listed paths: `group.key` (one leaf of a group) or `key` (a whole top-level value). */
export function onlyFields(doc: Json, fields: readonly string[]): Json {
  const out: Json = {};
  if ('kind' in doc) out.kind = doc.kind;
  if ('url' in doc) out.url = doc.url;
  for (const path of fields) {
    const dot = path.indexOf('.');
    if (dot < 0) {
      if (doc[path] !== undefined) out[path] = doc[path];
      continue;
    }
    const group = path.slice(0, dot);
    const key = path.slice(dot + 1);
    const from = doc[group];
    if (!from || typeof from !== 'object' || Array.isArray(from)) continue;
    const value = (from as Json)[key];
    if (value === undefined) continue;
    out[group] = { ...((out[group] as Json | undefined) ?? {}), [key]: value };
  }
  return out;
}
