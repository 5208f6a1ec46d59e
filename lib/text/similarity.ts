/**
 * How alike two short texts are, 0 to 1: the Dice coefficient of their letter pairs, after case,
 * accents, punctuation and spaces are folded away. Word order and script do not matter (Japanese
 * headlines have no spaces to split words at), so "‘We had some issues,’ exec says" and
 * "'We had some issues,' exec says" agree, and a headline agrees with its SEO rewrite in part.
 */
export function similarity(a: string, b: string): number {
  const pa = pairs(a);
  const pb = pairs(b);
  if (!pa.size || !pb.size) return 0;
  let common = 0;
  let total = 0;
  for (const [k, n] of pa) {
    common += Math.min(n, pb.get(k) ?? 0);
    total += n;
  }
  for (const n of pb.values()) total += n;
  return (2 * common) / total;
}

function pairs(text: string): Map<string, number> {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const k = s.slice(i, i + 2);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}
