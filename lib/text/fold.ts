/**
 * Text folding, written once: accents off and lower case ("Zürich" → "zurich"), for matching,
 * search and keys. Every place that compares words a person typed with words a page wrote uses it.
 */
export function foldAccents(text: string): string {
  // ASCII has no accents and NFKD leaves it as it is: most text a sheet folds, read without copying it.
  if (ASCII.test(text)) return text;
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}
// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

/** Accents folded and lower-cased. */
export function fold(text: string): string {
  return foldAccents(text).toLowerCase();
}

/** Folded, every run of punctuation and spaces one space: "Acme-Robotics, Inc." → "acme robotics inc". */
export function foldWords(text: string | undefined): string {
  return fold(text ?? '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
