import { escapeRegExp } from '../text/regexp';

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
  for (const n of buttonedCards(lines)) if (!out.some((o) => o.toLowerCase() === n.toLowerCase())) out.push(n);
  return out;
}

/**
 * "Lawn Care & Maintenance" / "At Monroe Landscaping, we create our own lawn maintenance programs …"
 * / "READ MORE", then "Hardscaping" / … (fresh18-monroe): a small firm's home page shows its services
 * as cards, each a short name over its sentences and a button to its page, with no heading over
 * them. Three cards and more, their names short, their sentences speaking of what the firm does
 * ("we offer", "our", "services"): a blog's teasers have the same buttons over headlines of news.
 */
function buttonedCards(lines: readonly string[]): string[] {
  // A zero-width space alone on a line (a site builder's empty paragraph) is no line.
  const rows = lines.map((l) => l.replace(/[\u200b\ufeff]/g, '').trim()).filter(Boolean);
  const out: string[] = [];
  let run: { names: string[]; texts: string } = { names: [], texts: '' };
  const close = () => {
    if (run.names.length >= 3 && OFFERS.test(run.texts)) out.push(...run.names);
    run = { names: [], texts: '' };
  };
  for (let i = 0; i < rows.length; i++) {
    const name = rows[i]!;
    // The card: a short name, one to three sentences, the button.
    let j = i + 1;
    while (j < rows.length && j <= i + 3 && isSentence(rows[j]!)) j++;
    if (
      !isName(name) ||
      name.split(/\s+/).length > 4 ||
      /\d/.test(name) ||
      BUTTON.test(name) ||
      j === i + 1 ||
      !BUTTON.test(rows[j] ?? '')
    ) {
      close();
      continue;
    }
    const text = rows.slice(i + 1, j).join(' ');
    // Sentences, not a caption: "On-demand apps for ride-hailing services …" under "Taxi booking" is
    // a portfolio's category (fresh16-jetruby). A biography ("Mark is a transformational leader …"
    // under "Mark Carson", fresh5-protiviti) is a person's card.
    if (
      !/[.!?…]$/.test(text) ||
      new RegExp(`^(?:${escapeRegExp(name.split(' ')[0]!)}|he|she)\\s+(?:is|has|was|joined|leads|serves)\\b`, 'i').test(text)
    ) {
      close();
      continue;
    }
    run.names.push(name);
    run.texts += ` ${text}`;
    i = j;
  }
  close();
  return out;
}

const BUTTON =
  /^(?:read more|learn more|more info|view more|see more|find out more|details|mehr erfahren|weiterlesen|mehr|en savoir plus|lire la suite|lees meer|meer info|meer informatie)\s*[›»→>]?$/i;

/** The cards' sentences speak of the firm's work. */
const OFFERS =
  /\b(?:we offer|we provide|our services?|services|we (?:install|repair|design|build|create)|wir bieten|nous proposons|wij bieden)\b/i;

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
