import { fold, foldAccents } from '../text/fold';
import { STOP_WORDS } from '../text/stop-words';

/**
 * Words for the search index. A clip is indexed by the words of its title, site, company and
 * person names, plus the words its text uses most: enough to find it, small enough that the
 * index stays well under the size of the text it indexes (see the benchmark).
 */
export const MAX_WORDS_PER_CLIP = 48;

/** Lowercase, accents folded, punctuation split: "Zürich-based" → ["zurich", "based"]. */
export function tokens(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && w.length <= 40);
}

const ASCII_WORD = /^[a-z0-9]{2,40}$/;

/** A word as the index keeps it: what `tokens` makes of itself. */
export function isIndexWord(w: string): boolean {
  // Most words are plain ASCII: they pass without the Unicode pattern and the accent folding (an
  // import checks the words of every clip it carries: ~1 million at 20,000 clips).
  if (ASCII_WORD.test(w)) return true;
  return w.length >= 2 && w.length <= 40 && /^[\p{Ll}\p{Lo}\p{N}]+$/u.test(w) && w === foldAccents(w);
}

export function indexWords(parts: { title?: string; names?: Array<string | undefined>; text?: string }): string[] {
  const out = new Set<string>();
  for (const w of tokens([parts.title ?? '', ...(parts.names ?? [])].join(' '))) out.add(w);
  const counts = new Map<string, number>();
  for (const w of tokens((parts.text ?? '').slice(0, 50_000)))
    if (!STOP_WORDS.has(w) && w.length >= 3 && !/^\d+$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const frequent = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [w] of frequent) {
    if (out.size >= MAX_WORDS_PER_CLIP) break;
    out.add(w);
  }
  return [...out].slice(0, MAX_WORDS_PER_CLIP);
}
