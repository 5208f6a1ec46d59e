import type { PersonMention } from '../schema/page-extraction';
import { cleanLine } from './clean';
import { looksLikeName, ROLE_WORD } from './person-name';
import { foldWords } from '../text/fold';

/**
 * The person a page is signed by: a name on a line of its own over a title on the next, as a
 * letter is signed ("Thank you for allowing us to serve your insurance needs." / "John F. Murray,
 * Jr." / "Chairman and CEO", fresh19-rkinsurance) or a one-person firm's header names its owner
 * ("Mike Khorev" / "SEO expert and consultant." on mikekhorev.com, fresh20-mikekhorev). The same
 * two lines are everywhere else a menu's entries ("Content Hub" / "Content marketing software")
 * or a customer's testimonial ("Laura Roeder" / "Founder at Paperbell"): only a name after a
 * letter's closing, or a name the site's address spells, signs the page. A page title's words would let a menu in
 * ("Equipment Rental" on a page titled "Gym Equipment Rental", fresh20-gymprovisions).
 */
export function signedPeople(lines: readonly string[], host: string): PersonMention[] {
  // Each label of the address, squashed: a name spells one from its start or its end ("mikekhorev",
  // "janeroelaw"); anywhere inside, "Al Ross" spelled "royalrossini.com".
  const labels = host
    .replace(/^www\./, '')
    .split('.')
    .map((l) => foldWords(l).replace(/ /g, ''))
    .filter((l) => l.length > 1);
  const spells = (name: string) => {
    const n = foldWords(name).replace(/ /g, '');
    return !!n && labels.some((l) => l.startsWith(n) || l.endsWith(n));
  };
  const out: PersonMention[] = [];
  for (let i = 1; i + 1 < lines.length && i < 5_000; i++) {
    const name = lines[i]!.trim();
    if (!looksLikeName(name) || out.some((p) => p.name === name)) continue;
    const role = roleLine(lines[i + 1]!);
    if (!role) continue;
    // The firm's own letter speaks as "we" ("allowing us to serve you"); a customer's, closed the
    // same way, praises "your company" (fresh6-fincar's testimonials, signed "Regards").
    const letter = `${lines[i - 2] ?? ''} ${lines[i - 1]}`;
    const closing = CLOSING.test(lines[i - 1]!.trim()) && /\b(?:we|us|our)\b/i.test(letter) && !CUSTOMER.test(letter);
    if (closing || spells(name)) out.push({ name, title: role });
  }
  return out;
}

/** "Chairman and CEO", "SEO expert and consultant.": a short line that is a title, not another company's. */
function roleLine(line: string): string | undefined {
  const t = cleanLine(line.replace(/(?<=\p{Ll})\.$/u, ''), 100);
  if (!t || t.length > 60 || t.split(/\s+/).length > 6 || /[\d@:!?]/.test(t)) return undefined;
  // "Director, Advanced Analytics": the role first; "Founder at Paperbell" is another firm's.
  if (!ROLE_WORD.test(t.split(',')[0]!) || /\s(?:at|bei|chez|bij|of|von|de|van)\s|@/i.test(t)) return undefined;
  return t;
}

/** A customer speaking to the firm: "you are an asset to your company". */
const CUSTOMER = /\byour (?:company|firm|team|staff|business|service)\b/i;

/** A letter's last line before its signature: "Thank you …", "Sincerely,", "Mit freundlichen Grüßen". */
const CLOSING =
  /^(?:thank you\b.*|thanks\b.*|sincerely|yours(?: truly| sincerely| faithfully)?|(?:best|kind|warm|warmest)?\s*regards|best wishes|cheers|mit freundlichen grüßen|herzliche grüße|viele grüße|met vriendelijke groet(?:en)?|cordialement|bien à vous|salutations distinguées)[,.!]?$/i;
