/**
 * The services a section of cards names, read from the page's lines: a heading that says services
 * ("Mobile app development services by JetRuby", "Our services", "Unsere Leistungen"), perhaps a
 * sentence under it, then cards of a short name over a sentence that says what it is
 * (fresh16-jetruby: "Mobile app audit and technical consulting" / "We perform in-depth audits …").
 * The cards run while names and sentences alternate; a section of benefits or values has the same
 * shape, so only a heading that names services counts, and at least three cards.
 */
export function serviceCards(lines: readonly string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!isName(line) || !SERVICES_HEADING.test(line) || BREADCRUMB.test(line)) return;
    // A kicker over the heading ("services" over "Mobile app development services by JetRuby"),
    // and a sentence under it, introduce the cards.
    let at = i + 1;
    if (lines[at] && isName(lines[at]!) && SERVICES_HEADING.test(lines[at]!)) at++;
    if (lines[at] && isSentence(lines[at]!) && !isName(lines[at]!)) at++;
    const names: string[] = [];
    // A name that speaks to or for someone ("The value we bring", "Our Products", "Über uns") heads the next section.
    while (at + 1 < lines.length && isName(lines[at]!) && !SECTION.test(lines[at]!) && isSentence(lines[at + 1]!)) {
      names.push(lines[at]!.trim());
      at += 2;
    }
    if (names.length >= 3) for (const n of names) if (!out.some((o) => o.toLowerCase() === n.toLowerCase())) out.push(n);
  });
  return out;
}

/** A heading that names services ("… services by X", "Our services", "Leistungen", "Nos prestations"). */
const SERVICES_HEADING = /\b(?:services|what we (?:do|offer)|leistungen|dienstleistungen|diensten|prestations)\b/i;

/** "Home Services New York Business formation lawyer": a breadcrumb, not a heading. */
const BREADCRUMB = /^home\b/i;

const SECTION = /\b(?:we|our|us|you|your|wir|unsere?|uns|nous|notre|nos|vous|wij|onze|ons)\b|^(?:about|à propos)\b/i;

const isName = (line: string) => {
  const t = line.trim();
  return t.length >= 2 && t.length <= 60 && !/[.!?:]$/.test(t) && t.split(/\s+/).length <= 7 && /^[\p{L}\p{N}]/u.test(t);
};

/** A card's text: a sentence of ten words and more. */
const isSentence = (line: string) => line.trim().split(/\s+/).length >= 10;
