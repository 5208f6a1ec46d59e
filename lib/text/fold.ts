/**
 * Text folding, written once: accents off and lower case ("Zürich" → "zurich"), for matching,
 * search and keys. Every place that compares words a person typed with words a page wrote uses it.
 */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

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
