import { fold } from '../text/fold';
import { listing } from './clean';
import { type Page, type Statement, companySentences, onPage, speaksForCompany } from './statement-page';

// Whom a company says it serves, on its own pages, read by lib/prep/statements.ts: the clients it
// names ("clients include Movistar, Vodafone, Conde Nast or DIA Group") or the sectors it serves
// ("servicing the manufacturing, warehousing and distribution, retail, health care and public
// sectors"). The company speaks in the sentence; a client is a name (capitalised, not its own), a
// sector a few small words, and it takes two names or three sectors to make a list.

// Brands a shop sells ("top brands including Target, Macy's") are not its clients.
const NAMED = /\b(?:clients|customers)\s+(?:include|including|such as|like|range from)\s+([^.;:!?]{4,160})/iu;
const TRUSTED = /\btrusted by\s+(?:(?:teams|companies|brands|organi[sz]ations)\s+(?:like|such as|including)\s+)?([^.;:!?]{4,160})/iu;
const SECTORS =
  /\b(?:serving|servicing|serves|services|supporting|supports|for)\s+(?:(?:clients|customers|companies|businesses)\s+(?:in|across|from)\s+)?(?:the\s+)?([^.;:!?]{4,160}?)\s+(?:sectors|industries|markets|verticals)\b/iu;

const split = (list: string) =>
  list
    .replace(/,?\s+(?:among others|and (?:many )?more|and others|etc)\.?$/i, '')
    .split(/\s*,\s*|\s+(?:and|or|&)\s+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Names of clients: each capitalised, a few words, none the company's own. */
function clientNames(list: string, names: string[]): string[] | undefined {
  const items = split(list);
  const ok = items.every((x) => /^\p{Lu}/u.test(x) && x.split(/\s+/).length <= 4 && !/\d/.test(x));
  const theirs = items.filter((x) => !names.some((n) => fold(n) === fold(x)));
  return ok && theirs.length >= 2 ? theirs : undefined;
}

/** Sectors: each a word or two in small letters ("health care", "retail"). */
function sectorNames(list: string): string[] | undefined {
  const items = split(list);
  const ok = items.every((x) => /^\p{Ll}/u.test(x) && x.split(/\s+/).length <= 3);
  return ok && items.length >= 3 ? items : undefined;
}

export function clients(page: Page, names: string[]): Statement[] {
  if (!page.english) return [];
  for (const s of companySentences(page, names)) {
    if (!speaksForCompany(s.text, names)) continue;
    // "Molly Kittle has … helped drive initiatives with Bunchball clients including NBC": a person's record, not the company's word.
    const subject = s.text.split(/\s+/).slice(0, 3).join(' ');
    if (
      page.people.some((p) => subject.includes(p.split(/\s+/)[0]!)) ||
      /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:has|is|was|helped|led|worked|joined)\b/u.test(s.text)
    )
      continue;
    const named = NAMED.exec(s.text) ?? TRUSTED.exec(s.text);
    const who = named && clientNames(named[1]!, names);
    if (who) {
      const shown = who.slice(0, 3);
      return [
        {
          kind: 'clients',
          text: `Clients it names: ${listing(shown)}`,
          phrase: `names ${listing(shown)} among its clients`,
          names: shown,
          evidence: s.text,
          ...onPage(page),
          strength: 8,
        },
      ];
    }
    const m = SECTORS.exec(s.text);
    const sectors = m && sectorNames(m[1]!);
    if (sectors) {
      const shown = sectors.slice(0, 4);
      return [
        {
          kind: 'clients',
          text: `Serves ${listing(shown)}`,
          phrase: `serves ${listing(shown)}`,
          names: shown,
          evidence: s.text,
          ...onPage(page),
          sectors: true,
          strength: 6,
        },
      ];
    }
  }
  return [];
}
