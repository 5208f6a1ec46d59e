import { splitNameTitle } from './person-name';
import { siteLabel } from './site-label';

/**
 * How well a name spells the site's address: the scoring companyName (company-name.ts) ranks its
 * candidates by — the address's own label and its owner's, abbreviations, a shared word — and the
 * phrases that are never a firm's name however well they spell it (a search query, a trade, a call
 * to action).
 */

/**
 * How well a name spells the site's domain (3: all of it; 0: unrelated). A name that spells the
 * owner's domain ("Imprint Enterprises" on zebra.imprint-e.com, a reseller's site for one brand)
 * fits, less than one that spells the site's own label.
 */
export function domainFit(part: string, url: URL): number {
  const label = hostLabel(url);
  const owner = ownerLabel(url, label);
  return Math.max(
    fitOf(part, label, label.replace(LEGAL_TAIL, '')),
    owner ? Math.min(1, fitOf(part, owner, owner.replace(LEGAL_TAIL, ''))) : 0,
  );
}

export const LEGAL_TAIL = /(llc|inc|ltd|gmbh|ag|bv|sa|sas|sarl|corp|co|group|groep|gruppe)$/;

export const LEGAL_WORDS = /,?\s+(inc\.?|llc\.?|l\.l\.c\.|ltd\.?|limited|corp\.?|corporation|co\.)$/i;

export const squash = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');

export function hostLabel(url: URL): string {
  return squash(siteLabel(url.hostname, url.pathname));
}

/** Hosts where a subdomain is a customer's own site, not a part of the owner's. */
export const SHARED_HOST =
  /\.(?:github|gitlab|netlify|vercel|herokuapp|wixsite|wordpress|blogspot|squarespace|webflow|weebly|azurewebsites|pages|firebaseapp|web)\.(?:io|app|com|dev|net)$/i;

/** The domain its owner registered, under a subdomain: "imprinte" for zebra.imprint-e.com (none when the same as the label). */
export function ownerLabel(url: URL, label: string): string | undefined {
  const host = url.hostname.replace(/^www\d?\./, '');
  if (SHARED_HOST.test(host)) return undefined;
  const parts = host.split('.');
  // "acme.co.uk": the owner's label is before the second-level suffix.
  const suffix = parts.length >= 3 && /^(?:co|com|org|net|ac|gov|ltd|plc)$/.test(parts[parts.length - 2]!) ? 2 : 1;
  const owner = squash(parts[parts.length - suffix - 1] ?? '');
  return owner.length >= 3 && owner !== label ? owner : undefined;
}

export function fitOf(part: string, label: string, core: string): number {
  // A domain written as a name ("vangerwen.nl") is the domain, not how the company writes its name.
  if (/^[\w-]+(\.[\w-]{2,})*\.[a-z]{2,}$/i.test(part)) return 0;
  // "Landscaping Services in Middletown , NY 10940" (fresh18-alonso): a search phrase, never a name.
  if (ACTION.test(part) || SEARCH_PHRASE.test(part) || isRolePhrase(part)) return 0;
  // "&" is read as "and" or dropped, whichever spells the domain: "Peters & Van der Weele".
  const fit = Math.max(fitOfSquashed(squash(part), label, core), fitOfSquashed(squash(part.replace(/&/g, ' ')), label, core));
  // "Remat Technologies" on remattech.netlify.app: each word gives the start of the domain and
  // together they spell all of it, which "Remat" (a part of it) does not.
  if (fit === 1 && abbreviates(part, label)) return 1.5;
  if (fit) return fit;
  if (abbreviates(part, label)) return 1;
  return sharesWord(part, label) ? 0.5 : 0;
}

/**
 * A service, a town and its state or ZIP code, either way round ("Syracuse, NY Certified Translation
 * Services"): what a search engine is told the page is about.
 */
const SEARCH_PHRASE = /\s(?:in|near)\s+\p{Lu}[\p{L} .'’-]*,\s*[A-Z]{2}\b|\b\d{5}$|^\p{Lu}[\p{L} .'’-]*,\s*[A-Z]{2}\s+\p{Lu}/u;

/**
 * "Certified Elder Law Attorney", "Exterminator Near Me", "Ted Amenta, Owner/Broker": a person's
 * trade, a search engine's query or a person with their role (titles written for search
 * engines), never a firm's name. Only a trade a person has, in the singular: "Acme Contractors",
 * "Smith Plumbing" are firms.
 */
export function isRolePhrase(part: string): boolean {
  return ROLE_PHRASE.test(part) || !!splitNameTitle(part)?.title;
}
const ROLE_PHRASE =
  /\bnear me\b|\b(?:attorney|lawyer|exterminator|plumber|electrician|dentist|realtor|broker|roofer|landscaper|accountant|locksmith|handyman|contractor|chiropractor|therapist|orthodontist|veterinarian)$/i;

/** A title's call to action ("Sign Up for Free", "Book a demo"), never a name. */
const ACTION =
  /^(sign ?up|sign in|log ?in|get started|try\b|start\b|book\b|request\b|buy\b|shop\b|order\b|download\b|join\b|subscribe|free trial|contact us|call us|learn more)/i;

function fitOfSquashed(q: string, label: string, core: string): number {
  if (q.length < 2 || !label) return 0;
  if (q === label) return 3;
  if (core.length >= 3 && (q === core || q.replace(LEGAL_TAIL, '') === core)) return 2;
  if (q.includes(label) || (label.includes(q) && q.length >= 4)) return 1;
  if (core.length >= 4 && q.startsWith(core)) return 1;
  return 0;
}

/**
 * The domain as an abbreviation of the name: each word gives the start of it, in order —
 * "rspa" from "R.S. Pressman & Associates", "informt" from "Information Management Technologies".
 */
function abbreviates(part: string, label: string): boolean {
  const words = part
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(LEGAL_WORDS, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length < 2 || label.length < 3) return false;
  // Every word gives at least its first letter; the label is read left to right. Dead ends are
  // remembered, so the search stays words × letters however the letters repeat.
  const failed = new Set<number>();
  const go = (w: number, i: number): boolean => {
    if (w === words.length) return i === label.length;
    if (failed.has(w * 1000 + i)) return false;
    const word = words[w]!;
    for (let n = Math.min(word.length, label.length - i); n >= 1; n--)
      if (word.slice(0, n) === label.slice(i, i + n) && go(w + 1, i + n)) return true;
    failed.add(w * 1000 + i);
    return false;
  };
  return go(0, 0);
}

/** A distinctive word of the name (five letters or more) that the domain holds: "Birbari" in michaelbirbari. */
function sharesWord(part: string, label: string): boolean {
  return part
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => w.length >= 5 && label.includes(w) && !GENERIC_WORD.test(w));
}
const GENERIC_WORD =
  /^(group|groep|gruppe|services?|solutions?|systems?|company|partners|associates|international|global|consulting|management|financial|advisors?)$/;
