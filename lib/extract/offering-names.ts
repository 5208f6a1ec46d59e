/**
 * The names a company page's menus gave its offerings, tidied in the background
 * (lib/extract/company-prose.ts) where the rules cost the injected company-details script nothing:
 * variants of one offering read once, and an audience tab dropped. Only names: which menu is the
 * line is decided in the script (lib/extract/site-menus.ts).
 */
export function tidyOfferings(names: readonly string[]): string[] {
  return variantsAsOne(names.filter((n) => !AUDIENCE.test(n)));
}

/**
 * "For Business · For Home" (fresh17-parallels), "Für Unternehmen · Für Privatpersonen"
 * (fresh17-viehbacher): a tab that sorts the offerings by who buys them is none of them.
 */
const AUDIENCE =
  /^(?:for|für|pour|voor) (?:business(?:es)?|home|individuals|consumers|enterprises?|unternehmen|privatpersonen|privatkunden|geschäftskunden|firmenkunden|particuliers|entreprises|professionnels|bedrijven|particulieren)$/i;

/**
 * Variants of one offering written after a dash ("Time & Material Services - 4 HR Response · Time
 * & Material Services- Best Efforts Response", co-abacus): the offering once, as the part they
 * share (tests/fixtures/README.md: tiers and sizes give the level above).
 */
export function variantsAsOne(names: readonly string[]): string[] {
  const head = (t: string) => /^(.+?\S)\s*[-–—]\s+\S/.exec(t)?.[1];
  const count = new Map<string, number>();
  for (const n of names) {
    const h = head(n);
    if (h && h.split(/\s+/).length >= 2) count.set(h, (count.get(h) ?? 0) + 1);
  }
  const seen = new Set<string>();
  return names.flatMap((n) => {
    const h = head(n);
    if (!h || (count.get(h) ?? 0) < 2) return [n];
    if (seen.has(h)) return [];
    seen.add(h);
    return [h];
  });
}
