/**
 * The names a company page's menus gave its offerings, tidied in the background
 * (lib/extract/company-prose.ts) where the rules cost the injected company-details script nothing:
 * variants of one offering read once, and an audience tab dropped. Only names: which menu is the
 * line is decided in the script (lib/extract/site-menus.ts).
 */
export function tidyOfferings(names: readonly string[]): string[] {
  return variantsAsOne(names.filter((n) => !AUDIENCE.test(n) && !NOT_OFFERED.test(n.trim()) && !PEST.test(n.trim())).map(withoutTagline));
}

/**
 * "Blütenhonig – Der Liebling unserer Kunden", "Waldhonig – Die Kraft der Natur"
 * (fresh25-baumannhonig): a card's heading that praises its product after a dash names the
 * product before it. Only a phrase opened by an article or a possessive is praise: "Honigwein –
 * Met" and "IT Consulting – Mac and PC" name the thing on both sides.
 */
function withoutTagline(name: string): string {
  const m = /^(.{2,60}?\S)\s+[–—-]\s+(\S+)\s+\S/u.exec(name);
  return m && TAGLINE_OPENER.test(m[2]!) ? m[1]! : name;
}

const TAGLINE_OPENER =
  /^(?:the|a|an|our|your|der|die|das|ein|eine|unser|unsere|ihr|ihre|le|la|les|l['’]\S*|un|une|notre|votre|nos|vos|de|het|een|onze|uw|el|los|las|nuestro|nuestra)$/i;

/**
 * "Special Offers", "Financing", "Rebates", "Products" (fresh18-specialtyheating), "LABELS & SDS"
 * (fresh18-rosepest): a service firm's menu holds ways to pay, deals, paperwork and its own
 * section labels beside what it offers; none of them is an offering.
 */
const NOT_OFFERED =
  /^(?:(?:special |current |seasonal )?(?:offers|deals|coupons|promotions|specials)|financing(?: options)?|rebates(?: (?:&|and) (?:incentives|financing))?|(?:loyalty |referral |loyalty referral )program|products|services|all services|labels(?: (?:&|and) sds)?|sds|safety data sheets|warranty|warranties|reviews|testimonials|service areas?|areas we serve|inflation reduction act)$/i;

/**
 * "ANTS", "BED BUGS", "MOSQUITOES & TICKS" (fresh18-rosepest): the pests a firm treats, named
 * alone, are what it fights, not what it sells ("Termite Control", "Rodent Removal" are offerings).
 */
const PEST =
  /^(?:(?:ants|bed ?bugs|bees|carpenter ants|cockroaches|roaches|fleas|flies|mice|mosquitoes|moles|rats|rodents|scorpions|silverfish|spiders|stinging insects|termites|ticks|wasps|hornets|wildlife|bats|birds|squirrels|raccoons|voles|beetles|moths|occasional invaders)(?:\s*(?:&|and|,)\s*|$))+$/i;

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
