import { escapeRegExp } from '../../text/regexp';
import { cleanLine } from '../clean';
import { withoutLegalForm } from './legal-form';
import { hostLabel, namesSite, squash } from './site-title';

// An organisation's own news on its own site (issue 10; tests/fixtures/README.md, "Conventions
// settled (2026-12-02)"): a zoo, a fire brigade, a university, an association reporting its own
// doings on the site its address names is the story's subject.

/**
 * The organisation behind a site that is no publication, when its story names it in the headline
 * or the lead: "Der Turm der Wünsche" on zoo-berlin.de whose lead says "im Zoo Berlin", "DFV auf
 * der Vorbereitungstagung …" on feuerwehrverband.de (publisher "Deutscher Feuerwehrverband e. V.
 * (DFV)"), "A Rutgers-led team …" on rutgers.edu ("Rutgers University"). The name must be the
 * address's (whole, its first word, or the acronym it gives in brackets), so a guest post naming
 * some other firm says nothing; a name that is an address ("caritas.de") says nothing of how the
 * organisation is called. Gives the name as the site writes it, without the bracketed acronym or
 * a legal form ("Kurpfalz Löwen GmbH" is the club "Kurpfalz Löwen").
 * The caller leaves out news sites and publications.
 */
export function ownerInLead(
  names: ReadonlyArray<string | undefined>,
  hostname: string,
  headline: string | undefined,
  lead: ReadonlyArray<string | undefined>,
): string | undefined {
  const label = hostLabel(hostname);
  const given = names.map((n) => cleanLine(n)).filter((n): n is string => !!n);
  // The fullest form: "Deutscher Feuerwehrverband e. V. (DFV)" over the site's "Feuerwehrverband".
  const sorted = [...given].sort((a, b) => b.length - a.length);
  for (const written of sorted) {
    // "TINE.no" is TINE: a country's address with a capital in it is the name set in the address
    // ("Booking.com" is named so, and stays).
    const full = /\p{Lu}/u.test(written) ? written.replace(/\.[a-z]{2}$/, '') : written;
    if (/\.[a-z]{2,6}$/i.test(full) || !/^\p{Lu}/u.test(full)) continue;
    const bracket = /\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,7})\)$/u.exec(full);
    const name = bracket ? full.slice(0, bracket.index).trim() : full;
    const base = withoutLegalForm(name.replace(/,?\s+e\.\s?V\.$/, '')).base;
    // "Deutscher Tennis Bund" on dtb-tennis.de: its initials, when the address opens with them.
    const words = base.split(/\s+/);
    const initials = words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w)) ? words.map((w) => w[0]).join('') : undefined;
    const acronym = bracket?.[1] ?? (initials && label.startsWith(squash(initials)) ? initials : undefined);
    const first = words[0]!;
    const ofAddress =
      namesSite(base, [], hostname) ||
      given.some((g) => g !== full && squash(g) === label && squash(base).includes(label)) ||
      (!!acronym && (squash(acronym) === label || label.startsWith(squash(acronym)))) ||
      (first.length >= 4 && squash(first) === label);
    // "DRK e.V.": an acronym of three letters is no name a reader knows the organisation by.
    if (!ofAddress || base.length < 3 || /^\p{Lu}{1,3}$/u.test(base)) continue;
    const forms = [base, acronym, first.length >= 4 && squash(first) === label ? first : undefined].filter((f): f is string => !!f);
    // (Not as a title's part: "El Santo: … - Scottish Field - Lifestyle Magazine" as a magazine's description.)
    const word = new RegExp(
      `(?<![\\p{L}\\p{N}]|[-–—|]\\s)(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]|\\s[-–—|](?:\\s|$))`,
      'u',
    );
    // The headline, or a sentence of the lead: a breadcrumb ("InfoQ Home News …"), a staff byline
    // ("ZDNet Japan Staff 2019年04月28日") or a dateline ("Computerworld - SAN FRANCISCO --") names
    // a news site on any of its pages.
    const dateline = new RegExp(`^(?:${forms.map(escapeRegExp).join('|')})\\s*[-–—:]`, 'u');
    const lines = [headline, ...lead.filter((t) => !!t && SENTENCE_END.test(t.trim()) && !dateline.test(t.trim()))];
    if (lines.some((t) => !!t && word.test(t))) return base;
  }
  return undefined;
}

const SENTENCE_END = /[.!?。！？]["'”’」)]?$/u;
