import { notAnItem, PRODUCT_LABEL } from './menu-words';

/**
 * The offerings a company lists under a line that announces them: "We specialize in the following
 * services:" over a bulleted list (fresh16-pellflorist), "Imprint offers:" over four services, the
 * last closed by a full stop (fresh10-imprint-zebra), "More services:" over a service menu's other
 * leaves (fresh5-neoteric). Read from the page's own lines, one item a line: the list runs while
 * its lines stay short names and ends at a sentence, a call to act or an item that closes with a
 * full stop. A line that only introduces what someone else gets ("Benefits include:", "can help
 * businesses:") announces no offerings.
 */
export function announcedOfferings(lines: readonly string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    const heading = OTHER_HEADING.test(line.trim());
    if (!heading && !ANNOUNCES.test(line)) return;
    const items: string[] = [];
    for (const next of lines.slice(i + 1, i + 1 + MAX_ITEMS)) {
      const item = next.trim().replace(/\.$/, '');
      // A site builder's card writes its picture's alt text "Image" over each service's name.
      if (heading && PICTURE.test(item)) continue;
      if (!ITEM.test(item) || CALL_TO_ACT.test(item) || item.split(/\s+/).length > MAX_WORDS) break;
      // The list under a heading ends where the site's own pages or an offer ("10% OFF") begin.
      if (heading && (notAnItem(item) || PRODUCT_LABEL.test(item.toLowerCase()) || /%/.test(item))) break;
      items.push(item);
      if (next.trim().endsWith('.')) break;
    }
    if (items.length >= 3) for (const item of items) if (!out.some((o) => o.toLowerCase() === item.toLowerCase())) out.push(item);
  });
  return out;
}

/**
 * The announcing sentence, alone at the end of its line and closed by a colon: a subject that
 * offers ("We", "Wir", "Imprint") and the verb, or "Our/More … services".
 */
const ANNOUNCES = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:` +
    String.raw`(?:We|Wir|Nous|Wij|\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})\s+(?:also\s+|auch\s+)?` +
    String.raw`(?:offers?|provides?|speciali[sz]es?\s+in|bieten|bietet|proposons|propose|offrons|offre|bieden|biedt)` +
    String.raw`(?:\s+(?:the\s+following|these|folgende|les\s+services\s+suivants|de\s+volgende))?(?:\s+[\p{L}-]+){0,2}` +
    String.raw`|(?:Our|More|Other|Unsere|Weitere|Nos|Autres|Onze|Andere)\s+(?:[\p{L}-]+\s+){0,2}` +
    String.raw`(?:services|products|solutions|offerings|Leistungen|Dienstleistungen|Produkte|produits|diensten|producten)` +
    String.raw`(?:\s+(?:include|includes|umfassen|comprennent|zijn))?` +
    // "Call us for the following services:" (fresh18-specialtyheating): whoever speaks, the list is the firm's.
    String.raw`|\p{Lu}[\p{L}'’]*(?:\s+[\p{L}'’]+){0,5}\s+the\s+following\s+(?:[\p{L}-]+\s+)?(?:services|products|solutions|treatments)` +
    String.raw`)\s*:\s*$`,
  'u',
);

/**
 * "Other services", "Additional Services", "Weitere Leistungen" as a heading of its own, no colon,
 * over the firm's remaining services one a line (fresh13-devonshire, fresh18-alonso,
 * fresh19-aspest, fresh11-toddthomashome). Only "other"/"additional": "Our services" alone heads
 * menus and sections that other readers take.
 */
const OTHER_HEADING =
  /^(?:other|additional|weitere|andere|overige|autres)\s+(?:services|leistungen|dienstleistungen|diensten|prestations)$/i;

/** A picture's placeholder text on a line of its own. */
const PICTURE = /^(?:image|photo|picture|icon|bild|afbeelding)$/i;

/** A name, not a sentence or a label: a letter or digit first, no colon, no question. */
const ITEM = /^[\p{L}\p{N}][^:?!]{1,79}$/u;

/** Navigation after a menu's leaves ("More about Services", "Learn more", "Contact us"). */
const CALL_TO_ACT = /^(?:more|learn|read|see|view|contact|get|call|request|book|find out|discover|explore)\b/i;

const MAX_ITEMS = 40;
const MAX_WORDS = 7;
