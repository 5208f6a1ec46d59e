/**
 * Whether a profile's headline says more than the "title at company" line shown under it. Most
 * LinkedIn headlines of a leader are just "CEO at LinkedIn": shown above "CEO at LinkedIn · San
 * Francisco Bay Area" it read twice (li-yatish-jeffweiner08). A headline with any word of its own
 * ("CEO at LinkedIn | Investor") is kept.
 */
export function headlineAddsToRole(headline: string | undefined, title: string | undefined, company: string | undefined): boolean {
  if (!headline?.trim()) return false;
  const role = new Set(words(`${title ?? ''} ${company ?? ''}`));
  return words(headline).some((w) => !JOINERS.has(w) && !role.has(w));
}

/** The words that join a title to its company in a headline: "at", "@" (dropped as punctuation), "bei", "chez". */
const JOINERS = new Set(['at', 'bei', 'chez', 'en', 'bij', 'presso', 'of']);

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
