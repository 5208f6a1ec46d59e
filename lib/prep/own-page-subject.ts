import type { Clip, Company } from '../schema/dossier';
import { shownFact } from '../facts';
import { fold } from '../text/fold';
import { escapeRegExp } from '../text/regexp';
import { companyNames } from './company-names';
import { plain } from './clean';

/** What one of the company's own pages is about, read off its title. */
export interface PageSubject {
  /** "HR consulting services", "Internationale Forderungsbeitreibung", "restaurant en partycentrum". */
  phrase: string;
  /** A page on one of its services (its address or title says so), not the site's description of itself. */
  service: boolean;
  english: boolean;
  clipId: string;
}

/** A title that names no subject: the site's furniture. */
const FURNITURE =
  /^(?:home|homepage|start|startseite|welcome|welkom|willkommen|bienvenue|contact(?:\s+us)?|kontakt|about(?:\s+us)?|over\s+ons|über\s+uns|impressum|imprint|team|our\s+team|news|blog|careers|jobs|vacatures|privacy|disclaimer|page|pagina|index|services|leistungen|diensten)$/i;
/** A page of its people, not of its work: "Attorneys & Staff" (blind-10 kmb) is no two sides of a business. */
const PEOPLE =
  /\b(?:staff|team|people|attorneys|lawyers|partners|employees|associates|medewerkers|mitarbeiter\w*|personeel|équipe|management|leadership|careers?|jobs|vacatures|news|nieuws|contact|kontakt)\b/iu;
/** An address or title that says the page is on one of its services. */
const SERVICE_PATH =
  /\/(?:services?|leistungen|dienstleistungen|diensten|spezialisierung|solutions|what-we-do|expertise|practice-areas?|angebot|aanbod|prestations|servicios)\//i;
const SERVICE_WORD = /\b(?:services|consulting|beratung|advies|dienstverlening)$/i;

/**
 * The subject of the company's own page the user clipped, when its title names one: a service page
 * ("HR Consulting Services | Warren Averett CPAs & Advisors", Kanzlei Viehbacher's "INTERNATIONALE
 * FORDERUNGSBEITREIBUNG") or the site's two-part description of itself ("Le Montagnard restaurant
 * en partycentrum Ubachsberg"). The title less the company's name, its site's name and its town.
 */
export function ownPageSubject(clips: readonly Clip[], company: Company | undefined): PageSubject | undefined {
  if (!company) return undefined;
  const names = companyNames(company);
  const isName = (x: string | undefined) => !!x && names.some((n) => fold(n) === fold(x));
  const town = plain(String(shownFact(company, 'headquarters')?.value ?? ''))
    .split(',')[0]!
    .trim();
  for (const clip of clips) {
    const own =
      (clip.kind === 'company-page' && (!clip.companyId || clip.companyId === company.id)) ||
      (clip.kind === 'article' && isName(clip.extraction.article?.siteName ?? clip.siteName));
    if (!own) continue;
    const title = plain(clip.extraction.title ?? clip.title ?? '');
    const parts = title
      .split(/\s+[|–—·:-]\s+/)
      .map((p) => p.trim())
      .filter((p) => p && !isName(p));
    if (parts.length !== 1) continue;
    let phrase = parts[0]!;
    for (const n of [...names, town].filter((x) => x.length >= 3))
      phrase = phrase.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'giu'), ' ');
    // "Digital Marketing Analytics Agency" (blind-12 forthea): the work is the analytics, not the agency.
    phrase = phrase
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\s+(?:agency|company|firm|provider|specialists?|experts?|bureau|kantoor|agentur|büro)$/i, '');
    const words = phrase.split(' ');
    if (!phrase || words.length > 5 || FURNITURE.test(phrase) || PEOPLE.test(phrase) || /[\d?!@]/.test(phrase) || !/^\p{L}/u.test(phrase))
      continue;
    const english = (clip.extraction.lang ?? 'en').toLowerCase().startsWith('en');
    const service = SERVICE_PATH.test(new URL(clip.url).pathname + '/') || SERVICE_WORD.test(phrase);
    // The site's description of itself opens on what it is only when it names two sides of the business.
    if (!service && !/\s(?:&|and|en|und|et|y)\s/i.test(phrase)) continue;
    return { phrase: asWritten(phrase, english), service, english, clipId: clip.id };
  }
  return undefined;
}

/** A title in capitals or in English title case as a sentence writes it: acronyms kept ("HR consulting services"); another language's capitals as a name ("Internationale Forderungsbeitreibung"). */
function asWritten(phrase: string, english: boolean): string {
  const words = phrase.split(' ');
  const caps = words.every((w) => w === w.toUpperCase());
  if (!english) return caps ? words.map((w) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w)).join(' ') : phrase;
  return words.map((w) => (/^\p{Lu}{2,5}$/u.test(w) && !caps ? w : w.toLowerCase())).join(' ');
}
