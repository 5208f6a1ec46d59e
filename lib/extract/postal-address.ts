import { cleanLine } from './clean';

/**
 * The street address a company's site prints (a contact block, a footer, a vCard) and the place
 * it names: "1190 Kennestone Circle NW, Suite 120, Marietta, GA 30066" is at "Marietta, GA";
 * "Zuidweg 38, 4316 LB Zonnemaire" is at "Zonnemaire". The lines are read as a person reads them:
 * a line with a postal code and a town, and the street lines above it.
 */
export interface PostalAddress {
  /** Street lines and the postal line, joined with ", " as the page orders them. */
  address: string;
  /** "City, Region" for the US and the UK ("Marietta, GA", "Wilmslow, Cheshire"), else the town. */
  place: string;
}

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
const TOWN = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ -](?:(?:de|la|le|sur|lez|lès|en|am|an|der|im|bei|aan|op|upon|on)[ -])?[\p{L}'’.-]+){0,3}`;
/** "Redwood City, CA 94065", "Goodland, Kansas 67735", "Rhinelander, WI" (with the street before it on the same line, or not). */
const US_LINE = new RegExp(String.raw`^(?:(.*?),\s*)?(${TOWN}),?\s+(${US_STATES})\.?(?:\s+(\d{5}(?:-\d{4})?))?$`, 'u');
/** "4316 LB Zonnemaire", "59439 Holzwickede", "75008 Paris", "D-80331 München", "1010 Wien". */
const EU_LINE = new RegExp(
  String.raw`^(?:(.*?),\s*)?((?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2}(?=\s))?)\s+(${TOWN})(?:\s*\(?(?:cedex)?\s*\d*\)?)?$`,
  'u',
);
/** "…, Wilmslow, Cheshire, SK9 2GH": a British postcode ends the line. */
const UK_LINE = /^(.*?),?\s+([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$/;

/** A street line: a house number before or after the name, or a word streets and suites are named with. */
const STREET_WORD =
  /^\d+[a-z]?(-\d+)?\s+\S|\S\s+\d+[a-z]?(\s|,|$)|\b(street|st\.?|avenue|ave\.?|road|rd\.?|way|lane|ln\.?|drive|dr\.?|boulevard|blvd\.?|parkway|pkwy|circle|court|ct\.?|place|plaza|square|highway|hwy|suite|ste\.?|floor|building|house|park|parc|po box|p\.o\.|straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|rue|allée|chemin|quai|impasse|route|straat|laan|plein|markt|kade|gracht|dijk|singel)\b/i;
const LABEL_PREFIX =
  /^.*?\b(office|offices|headquarters|hq|head office|address|adresse|anschrift|adres|bezoekadres|postadres|siège(?: social)?|hauptsitz|firmensitz|sitz|location|visit us|find us)\b\s*[:\-–—]\s*/i;
const NOT_STREET =
  /[@$€£%]|https?:|www\.|\b(tel|phone|fax|e-?mail|telefon|téléphone|telefoon|kvk|btw|vat|ust)\b|^\+?\(?\d[\d\s()./-]{6,}$/i;

/** The first postal address in these lines, preferring one labelled as the head office. */
export function findPostalAddress(lines: readonly string[]): PostalAddress | undefined {
  let first: PostalAddress | undefined;
  for (let i = 0; i < lines.length; i++) {
    const found = addressAt(lines, i);
    if (!found) continue;
    const context = lines.slice(Math.max(0, i - 3), i + 1).join(' ');
    if (/\b(headquarters|head office|hq|corporate office|hauptsitz|firmensitz|siège|hoofdkantoor)\b/i.test(context)) return found;
    first ??= found;
  }
  return first;
}

function addressAt(lines: readonly string[], i: number): PostalAddress | undefined {
  const line = lines[i]!.replace(LABEL_PREFIX, '').trim();
  if (line.length > 160) return undefined;
  const us = US_LINE.exec(line);
  const eu = us ? null : EU_LINE.exec(line);
  const uk = us || eu ? null : UK_LINE.exec(line);
  if (!us && !eu && !uk) return undefined;
  // Street parts written on the same line before the town ("2828 SW Corbett Avenue, Suite 135, Portland, OR 97201").
  let inline = (us?.[1] ?? eu?.[1] ?? '').trim();
  let place: string;
  if (us) place = `${us[2]}, ${us[3]}`;
  else if (eu) place = eu[3]!.trim();
  else {
    const parts = uk![1]!.split(/\s*,\s*/).filter(Boolean);
    if (parts.length < 2) return undefined;
    place = parts.slice(-2).join(', ');
    inline = '';
  }
  // A US town line without a ZIP code is only an address under a street line.
  const street: string[] = [];
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const prev = lines[j]!.replace(LABEL_PREFIX, '').trim();
    if (!prev || prev.length > 80 || NOT_STREET.test(prev) || !STREET_WORD.test(prev)) break;
    street.unshift(prev);
  }
  if (inline && !STREET_WORD.test(inline)) inline = '';
  if (!street.length && !inline && !uk) return undefined;
  if (us && !us[4] && !street.length && !inline) return undefined;
  const address = cleanLine([...street, uk ? line : line].join(', '), 300)!;
  return { address: address.replace(/\s*,\s*,/g, ','), place: cleanLine(place)! };
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'SELECT', 'OPTION', 'BUTTON']);
const BLOCK =
  /^(P|DIV|SECTION|ARTICLE|MAIN|HEADER|FOOTER|NAV|ASIDE|LI|UL|OL|DL|DT|DD|H[1-6]|TR|TD|TH|TABLE|BR|ADDRESS|FIGURE|FIGCAPTION|FORM)$/;
/** A vCard's postal code or country ends its line even when the parts are spans. */
const VCARD_END = /\b(postal-code|country-name)\b/i;

/**
 * The page's text as lines: breaks at blocks and `<br>`, and at the bars and bullets that old
 * footers put between the parts of an address ("1190 Kennestone Circle | Suite 120 | …").
 * One pass over the elements; stops after `max` characters.
 */
export function textLines(root: Element | null | undefined, max = 300_000): string[] {
  if (!root) return [];
  const parts: string[] = [];
  let length = 0;
  const stack: Array<Node | null> = [root];
  while (stack.length && length < max) {
    const node = stack.pop()!;
    if (node === null) {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      // A new line in the page's source is a space on screen; only blocks and <br> break lines.
      const t = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      parts.push(t);
      length += t.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (SKIP.has(el.tagName.toUpperCase()) || el.getAttribute('aria-hidden') === 'true') continue;
    if (BLOCK.test(el.tagName.toUpperCase())) {
      parts.push('\n');
      stack.push(null);
    } else if (VCARD_END.test(el.getAttribute('class') ?? '')) stack.push(null);
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts
    .join('')
    .split(/\n|\s[|•·]\s/)
    .map((l) =>
      l
        .replace(/\s+/g, ' ')
        .replace(/\uFFFD/g, '')
        .trim(),
    )
    .filter(Boolean);
}
