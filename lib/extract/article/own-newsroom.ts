import { escapeRegExp } from '../../text/regexp';
import { withoutLegalForm } from './legal-form';
import { namesSite, squash } from './site-title';

// An organisation's own newsroom (issue 10 §2): its releases and news are about itself.

/**
 * A release in the press section of an organisation's own site (zdh.de/presse/…/pressemitteilungen/,
 * bsi.bund.de/…/Pressemitteilungen/): an association, an agency or a club issues its releases
 * there, typed as news or not, and names itself in the headline or the lead ("ZDH-Generalsekretär
 * Schwannecke äußert sich …", "Das Bundesamt für … (BSI) und …"). A trade site that carries other
 * firms' releases under such a folder names the issuer, not itself. A name that is the site's
 * address ("caritas.de") says nothing of how the organisation is called.
 */
export function ownReleaseIssuer(ownName: string | undefined, path: string, lead: ReadonlyArray<string | undefined>): boolean {
  if (!ownName || !OWN_RELEASE_PATH.test(path) || /\.[a-z]{2,6}$/i.test(ownName)) return false;
  const name = withoutLegalForm(ownName).base;
  if (name.length < 2) return false;
  return namedIn(name, lead);
}

/** A site's folder of its own press releases, in the languages of the corpus. */
const OWN_RELEASE_PATH =
  /\/(?:press-?releases?|pressemitteilung(?:en)?|pressemeldung(?:en)?|persberichte?n?|communiques?-de-presse|comunicados?-de-prensa|comunicati-stampa)(?:\/|-)/i;

/**
 * "ZDH" in the site's name, "Zentralverband des Deutschen Handwerks" as its logo's line reads: an
 * acronym the page's header or logo spells out word for word is the organisation's name in full.
 */
export function spelledAcronym(doc: Document, acronym: string): string | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return undefined;
  const marks = Array.from(doc.querySelectorAll('header, [class*="logo" i], [class*="brand" i], [class*="claim" i], [id*="logo" i]')).slice(
    0,
    40,
  );
  const letters = acronym.split('');
  const run = new RegExp(
    '(?<![\\p{L}])' +
      letters
        .map((l) => `${l}\\p{Ll}[\\p{L}-]*`)
        .join(String.raw`(?:\s+(?:des|der|den|dem|für|of|the|and|und|for|de|du|la|le|des|et|van|voor|di|del))*\s+`),
    'u',
  );
  for (const el of marks) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 2_000) continue;
    const m = run.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/**
 * A club's or a firm's own news on its site (rhein-neckar-loewen.de: "… können die Rhein-Neckar
 * Löwen lediglich 3000 Personen …"): the page's JSON-LD publisher is the organisation the address
 * is named after, and the lead names it as the actor. A publication seldom names itself in its
 * lead; the callers leave out publications by their type, address and name.
 */
export function publisherActsInLead(
  ownName: string | undefined,
  ldPublisher: string | undefined,
  hostname: string,
  lead: ReadonlyArray<string | undefined>,
): boolean {
  if (!ownName || !ldPublisher) return false;
  const name = withoutLegalForm(ownName).base;
  if (name.length < 3 || squash(name) !== squash(withoutLegalForm(ldPublisher).base) || !namesSite(name, [], hostname)) return false;
  return namedIn(name, lead);
}

/** Does one of the lead's lines name the organisation as a whole word? */
function namedIn(name: string, lead: ReadonlyArray<string | undefined>): boolean {
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u');
  return lead.some((t) => !!t && word.test(t));
}
