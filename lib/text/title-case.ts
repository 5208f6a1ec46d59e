/**
 * A line in title case ("FDA Panel Votes to Change Tight Restrictions"): most of its words of four
 * letters or more open with a capital. A headline, not a sentence: its names cannot be told from
 * its other words by their capitals. `minWords`: how many such words it takes to tell.
 */
export function isTitleCase(line: string, minWords = 3): boolean {
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < minWords) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

/**
 * "Preparing Your Students For College and Beyond", "Los Angeles Maid Service & House Cleaners
 * Referral Agency": a line in headline case with no full stop is a slogan or a title, not a
 * sentence on what the company does (the convention in tests/fixtures/README.md). Stricter than
 * isTitleCase, which a German line that capitalises its nouns also passes.
 */
export function isHeadlineCase(text: string): boolean {
  if (/[.!?…]/.test(text)) return false;
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 4) return false;
  // German and Dutch capitalise nouns: their lines keep "und", "für", "in" small. A headline
  // capitalises the small words too ("Your … For", not one "The" of a name) or has no word in lower case.
  const small = /^(?:For|Your|And|With|The|Of|To|In|On|At|From|Our|By|A|An)$/;
  return words.slice(1).filter((w) => small.test(w)).length >= 2 || words.every((w) => /^\p{Lu}/u.test(w));
}
