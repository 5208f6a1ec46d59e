import type { Company } from '../schema/dossier';
import { escapeRegExp, regExpOnce } from '../text/regexp';

export type NamedCompany = Pick<Company, 'name'> & { aliases?: readonly string[] };

/** The names a sentence may use for the company: "Monsanto Company" → "Monsanto"; "Tesla Motors" → "Tesla". */
export function companyNames(company: NamedCompany | undefined): string[] {
  if (!company) return [];
  // Asked for every clip by every reader (a sheet of 600 clips asked thousands of times): read once per name and aliases.
  const key = JSON.stringify([company.name, company.aliases ?? []]);
  let names = NAMES.get(key);
  if (!names) {
    if (NAMES.size >= 500) NAMES.clear();
    NAMES.set(key, (names = namesOf(company)));
  }
  // A copy: a caller may change its list.
  return [...names];
}
const NAMES = new Map<string, readonly string[]>();

function namesOf(company: NamedCompany): string[] {
  const full = company.name.trim();
  const short = full
    // "Acme (YC S25)", "Acme, Inc.", "Acme, a Globex company" — but a firm named by its partners
    // ("Katz, Marshall & Banks") is called by the whole name, never by its first partner's.
    .replace(/\s*\(.*$/, '')
    .replace(/\s*,\s*(?=\p{Ll}|(?:Inc|Ltd|LLC|LLP|LP|plc|PLC|Co|Corp|GmbH|AG|SA|S\.A|N\.V|B\.V)\b\.?).*$/u, '')
    .replace(/\s+(Inc|Ltd|LLC|plc|GmbH|AG|SA|Corp|Corporation|Company|Co|Group|Motors|Technologies|Labs)\.?$/i, '')
    // "General Motors", "General Electric Company", "United Technologies": what is left is a word
    // every text uses, no name ("General" in an intro, "general" matched in any story).
    .replace(/^(?:General|American|United|National|First|New|Royal|International|Global|Universal|Standard)$/, full);
  // An organisation named after a person, with a middle initial ("Susan G. Komen"), is called by the surname in headlines ("Komen cancels …").
  const surname = /^\p{Lu}\p{Ll}+\s+\p{Lu}\.\s+(\p{Lu}\p{Ll}{3,})$/u.exec(short)?.[1];
  return [...new Set([full, short, ...(surname ? [surname] : []), ...(company.aliases ?? [])].filter((n) => n.length >= 2))];
}

/** Where a text first names the company (by any of its names), or -1. */
export function mentions(text: string, names: string[]): number {
  let first = -1;
  for (const n of names) {
    const re = regExpOnce(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(n)}(?=$|[^\\p{L}\\p{N}])`, 'iu');
    const m = re.exec(text);
    if (m && (first < 0 || m.index < first)) first = m.index;
  }
  return first;
}
