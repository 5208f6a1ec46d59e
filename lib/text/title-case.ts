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
