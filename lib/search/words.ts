/**
 * Words for the search index. A clip is indexed by the words of its title, site, company and
 * person names, plus the words its text uses most: enough to find it, small enough that the
 * index stays well under the size of the text it indexes (see the benchmark).
 */
export const MAX_WORDS_PER_CLIP = 48;

const STOP = new Set(
  'the and for are but not you all any can had her was one our out has have been from they will with this that what when where which who why how its into than then them these those there their about also more most over such only other some very just your upon der die das und ein eine mit von den dem des ist sich auf für les des une pour dans par sur est qui que aux avec ses'.split(
    ' ',
  ),
);

/** Lowercase, accents folded, punctuation split: "Zürich-based" → ["zurich", "based"]. */
export function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && w.length <= 40);
}

/** A word as the index keeps it: what `tokens` makes of itself. */
export function isIndexWord(w: string): boolean {
  return w.length >= 2 && w.length <= 40 && /^[\p{Ll}\p{Lo}\p{N}]+$/u.test(w) && w === w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

export function indexWords(parts: { title?: string; names?: Array<string | undefined>; text?: string }): string[] {
  const out = new Set<string>();
  for (const w of tokens([parts.title ?? '', ...(parts.names ?? [])].join(' '))) out.add(w);
  const counts = new Map<string, number>();
  for (const w of tokens((parts.text ?? '').slice(0, 50_000)))
    if (!STOP.has(w) && w.length >= 3 && !/^\d+$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const frequent = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [w] of frequent) {
    if (out.size >= MAX_WORDS_PER_CLIP) break;
    out.add(w);
  }
  return [...out].slice(0, MAX_WORDS_PER_CLIP);
}
