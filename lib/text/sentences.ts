/**
 * Sentence boundaries for short company texts. A full stop ends a sentence only when a space
 * and a capital (or a digit, or a quote) follow and it does not close a common abbreviation or
 * an initial ("Inc.", "St.", "U.S.", "J. Smith"), so "Acme Inc. makes robots." stays whole.
 */
const ABBREVIATIONS = new Set(
  'inc ltd co corp llc plc gmbh ag sa bv nv st mr mrs ms dr prof jr sr vs etc e.g i.e approx no dept est fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.u'.split(
    ' ',
  ),
);

export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?…]+["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(start, m.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord) || /^(\p{L}\.)+\p{L}$/u.test(lastWord))) continue;
    const end = m.index + m[0].length;
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** The first `n` sentences of a text, at most `max` characters (cut at a word when one is too long). */
export function firstSentences(text: string, n = 2, max = 400): string {
  const picked: string[] = [];
  for (const s of sentences(text.replace(/\s+/g, ' ').trim())) {
    if (picked.length >= n || [...picked, s].join(' ').length > max) break;
    picked.push(s);
  }
  if (picked.length) return picked.join(' ');
  const cut = text.slice(0, max).replace(/\s+\S*$/, '');
  return cut.length < text.length ? `${cut}…` : cut;
}
