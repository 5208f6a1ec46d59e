// Vitest 5 formats failures with Map.groupBy, which Node 20 lacks (it came in Node 21). Rapport
// supports Node 20 (package.json `engines`; these machines run it), so both Vitest configs load
// this. Remove it when the supported Node is 22 or later.
const mapWithGroupBy = Map as unknown as { groupBy?: unknown };
mapWithGroupBy.groupBy ??= <K, V>(items: Iterable<V>, key: (v: V, i: number) => K) => {
  const out = new Map<K, V[]>();
  let i = 0;
  for (const item of items) {
    const k = key(item, i++);
    out.set(k, [...(out.get(k) ?? []), item]);
  }
  return out;
};
