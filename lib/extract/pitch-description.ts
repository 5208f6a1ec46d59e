import { cleanLine } from './clean';
import { companyHeads, definesCompany, nameHeads } from './company-definition';
import { squash } from './domain-fit';
import { summaryOf } from './summary';
import { sentences } from '../text/sentences';

/**
 * A meta description written as an advert, not as what the company does: it asks the reader a
 * question ("Looking for an HVAC company in Hillsboro, OR?", fresh18-specialtyheating), urges
 * acting now ("Experience exceptional landscaping services with … Transform your outdoor space
 * today!", fresh18-alonso), or is a list of search keywords ("deurne, gordijnen, behang, …",
 * fresh18-schiks). Search engines get these lines; a reader gets the page's own paragraph.
 */
export function isPitch(text: string): boolean {
  if (keywordList(text)) return true;
  const said = sentences(text);
  const first = said[0] ?? '';
  return first.endsWith('?') || AD_OPENING.test(first) || said.some((s) => CALL_TODAY.test(s));
}

/**
 * A meta line that is no sentence about the company: one that speaks to a searcher ("Connect with
 * Plunkett’s Pest Control in Detroit, MI if you’re looking for …", fresh21-plunketts) or a headline
 * in title case ("Milwaukee's Coworking Space. Flexible And Collaborative Space For Entrepreneurs &
 * Startups.", fresh21-ward4mke): its small words ("And", "For", "With") capitalised, as no sentence
 * writes them. A plain line on the page's service ("Unlock business insights with Damco's expert
 * data analytics services.") is what readers take, and is not this.
 */
export function isSearchCopy(text: string): boolean {
  if (SEARCHER.test(text) || keywordRun(text) || saidThrice(text)) return true;
  // Small words inside a sentence: one after a full stop opens the next sentence.
  const words = text.split(/\s+/);
  const small = words.filter((w, i) => i > 0 && SMALL_WORD.test(w) && !/[.!?:]$/.test(words[i - 1]!));
  return small.length >= 2 && small.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Four and more capitalised items in a row between commas: towns ("in Toronto, Etobicoke,
 * Scarborough, North York", fld22-misterplumber) or search words ("Hardwood, Laminate, Tile,
 * Carpet, Wood, …", fld22-floorbarn). A sentence lists things in lower case.
 */
function keywordRun(text: string): boolean {
  let run = 0;
  for (const part of text.split(',')) {
    const words = part.trim().split(/\s+/);
    const item = words.length <= 3 && words.every((w) => /^[\p{Lu}\d&]/u.test(w));
    // The run's first and last items share their part with the sentence around them
    // ("… contractor in Toronto", "North York specialize in …").
    if (item) run++;
    // Not a sentence's own list, closed by "and": "… Glasreinigung, Industriereinigung und
    // Hausmeisterservice" (co-bego: German writes every noun capitalised).
    else if (run >= 3 && /^\p{Lu}/u.test(words[0] ?? '') && !CLOSING_AND.test(part.trim())) return true;
    else run = /^\p{Lu}/u.test(words[words.length - 1] ?? '') ? 1 : 0;
    if (run >= 4) return true;
  }
  return false;
}

/** One word of six letters and more written three times ("corporate events, corporate event planners, corporate event entertainment", fld22-executivevisions). */
function saidThrice(text: string): boolean {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/\p{L}{6,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return Math.max(0, ...counts.values()) >= 3;
}

const CLOSING_AND = /^\S+(?:\s+\S+)?\s+(?:and|und|&|et|en|y|e|i|og)\s/i;

const SEARCHER =
  /\bif you(?:['’]re| are) (?:looking|searching) for\b|\b(?:looking|searching) for (?:a|an|the)?\s*[^.!?]{0,60}\bnear (?:me|you)\b/i;
const SMALL_WORD = /^(?:and|for|with|of|the|to|in|on|at|by|from|your|our|a|an|und|für|mit|et|pour|avec|en|voor|met)$/i;

/** "deurne, gordijnen, behang, painting the past, …": six and more short items between commas, and no sentence. */
export function keywordList(text: string): boolean {
  const parts = text.split(',').map((p) => p.trim());
  return parts.length >= 6 && !/[.!?]\s/.test(text) && parts.every((p) => p.split(/\s+/).length <= 4);
}

/**
 * The page's own paragraph that speaks of the company as its subject ("Specialty Heating &
 * Cooling LLC is a heating and cooling contractor …", "At Alonso Landscaping and Construction, we
 * bring …"): the description, and its summary from that sentence on. Undefined when no line does.
 */
export function ownParagraph(lines: readonly string[], name: string, host: string): { description: string; summary?: string } | undefined {
  const heads = nameHeads(name);
  // A sentence that defines the company by its name first ("Mini Musicians is a unique … way to
  // introduce …"), before one where it speaks of itself ("At mini musicians we like to dance …",
  // earlier on fresh20-minimusicians) or greets the reader.
  const tests = [(s: string) => definesCompany(s, name, host), (s: string) => speaksAsCompany(s, heads) || welcomesAs(s, name, host)];
  for (const test of tests)
    for (const raw of lines) {
      const line = cleanLine(raw, 5_000);
      if (!line || line.length < 80 || line.length > 2_000 || isPitch(line)) continue;
      const said = sentences(line);
      const k = said.findIndex(test);
      if (k < 0) continue;
      // "In Romulus, residents know the importance of … That's why All Seasons Pest Control offers
      // …" (fresh19-aspest): what the company does starts at the sentence that says it.
      return { description: cleanLine(line, 1_000)!, summary: summaryOf(said.slice(k).join(' ')) };
    }
  return undefined;
}

/**
 * "Folio3 offers top-notch mobile app development services in the USA. Want to hire our mobile
 * app development company?" (fresh18-folio3): a question to the reader after the first sentence is
 * no part of what the company does. Read here, in the background: the clipper that shares
 * lib/extract/summary.ts has no bytes left.
 */
export function withoutQuestion(summary: string): string {
  const said = sentences(summary);
  return said.length === 2 && said[1]!.endsWith('?') && !said[0]!.endsWith('?') ? said[0]! : summary;
}

/**
 * "Welcome to Official Translations in Syracuse, NY – your trusted provider for …"
 * (fresh21-officialtranslations): a greeting that names the company, then says what it is.
 */
export function welcomesAs(sentence: string, name: string, host: string): boolean {
  const m =
    /^(?:welcome to|willkommen bei|bienvenue chez|welkom bij)\s+(.{2,80}?)\s*(?:,|\s[–—-])\s*(?:your|the|a|an|ihr|ihre|der|die|votre|le|la|uw|de|het)\s/i.exec(
      sentence,
    );
  if (!m) return false;
  const greeted = squash(m[1]!.replace(/\s+(?:in|im|à|en|te)\s.*$/i, ''));
  return companyHeads(name, host).some((h) => squash(h) === greeted);
}

/** "At Acme Landscaping, we bring …", "Bei Acme bieten wir …": the company speaking of itself. */
function speaksAsCompany(sentence: string, heads: readonly string[]): boolean {
  const m = /^(?:at|bei|chez|bij)\s+([^,]{2,80}),?\s+(?:we|wir|nous|wij|we're|we’re)\b/i.exec(sentence);
  return !!m && heads.includes(m[1]!.toLowerCase().trim());
}

/**
 * A question to the reader without its question mark: "Looking for …", "Need …", "Op zoek naar …".
 * Not an order alone: "Transform raw data into actionable dashboards using PowerBI …" (co-dbseer)
 * still says what the company does, and readers take it.
 */
const AD_OPENING = /^(?:looking for|searching for|in need of|need|want|suchen sie|vous cherchez|op zoek naar)\b/i;

/** A sentence that urges acting now: "Transform your outdoor space today!", "Call now!". */
const CALL_TODAY = /\b(?:today|now|heute|jetzt|aujourd['’]hui|maintenant|vandaag|nu)\s*!$/i;
