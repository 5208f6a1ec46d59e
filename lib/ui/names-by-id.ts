/**
 * Company names by id, the one map the search hits, the pipeline and the unattached clips' notice
 * read: records that are gone (a `bulkGet` miss, undefined) are left out.
 */
export function namesById(records: Iterable<{ id: string; name: string } | undefined>): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of records) if (r) names.set(r.id, r.name);
  return names;
}
