/**
 * The user's words for a role or a field, inside a sentence: "Data Engineer" reads "data engineer",
 * but an acronym or a word they wrote with more than one capital keeps it ("OT security architect",
 * "UX designer", "DevOps engineer"): the user's own words keep their casing where it means something.
 */
export function roleInSentence(words: string): string {
  return words.replace(/\p{L}[\p{L}'’-]*/gu, (w) => (/^\p{Lu}[\p{Ll}'’-]*$/u.test(w) ? w.toLowerCase() : w));
}
