import { sentences } from '../text/sentences';

/**
 * A meta line that says what the page is for, not what the company does: a careers page's call to
 * apply ("Hier findest Du alle offenen Stellen der Acme GmbH", "Wir suchen Fachkräfte für …"), a
 * contact page's address line ("Contact information for …"), a reviews or portfolio page's
 * invitation ("Read what our customers say in these reviews!", "See how … in our portfolio"). The
 * convention (tests/fixtures/README.md, `summary`) takes a meta line only when it says what the
 * firm does. Read in the background (lib/extract/company-prose.ts): the details script has no room.
 */
export function forThePage(line: string): boolean {
  return HIRING.test(line) || CONTACT_LINE.test(line) || INVITES_TO_PROOF.test(line) || CMS_DEFAULT.test(line);
}

/**
 * A footer's legal line read as the company's blurb (fresh22-noodleai): "PipeSense® is a registered
 * trademark of Acme Inc.", "© 2024 Acme. All rights reserved." It names the company and
 * says nothing of what it does. Its first sentence only: a blurb may close on its copyright.
 */
export function legalNotice(text: string): boolean {
  return LEGAL_NOTICE.test(sentences(text)[0] ?? '');
}

/** A site builder's placeholder left as the meta description ("Joomla! - the dynamic portal engine …", "Just another WordPress site"; fresh14-durenkamp). */
const CMS_DEFAULT =
  /^(?:joomla!?\s*[-–—]\s*the dynamic portal engine|just another wordpress (?:site|weblog|blog)|powered by (?:wordpress|joomla|drupal|wix|squarespace|shopify|typo3))\b/i;

const LEGAL_NOTICE =
  /\b(?:(?:is|are) (?:a )?(?:registered )?trademarks? (?:of|owned by)|all rights reserved|alle rechte vorbehalten|tous droits réservés|alle rechten voorbehouden|todos los derechos reservados)\b/i;

/**
 * "Meet the team behind Acme. A crew of seven plumbers …", "Lernen Sie das Team hinter Acme
 * kennen. Wir begleiten …": a team page's meta line opens by presenting the
 * page; the sentences after it say what the company does. The line without that opening, or the
 * line itself when it has none (or nothing after it).
 */
export function withoutPageIntro(line: string): string {
  const m = TEAM_INTRO.exec(line);
  const rest = m ? line.slice(m[0].length).trim() : '';
  return rest.length >= 40 ? rest : line;
}

const HIRING =
  /\b(?:offenen? stellen|stellenangebote|stellenanzeigen|wir suchen|jetzt bewerben|bewirb dich|deine bewerbung|we(?:['’]re| are) hiring|join our team|open (?:positions|roles|vacancies)|career opportunities|vacatures|wij zoeken|solliciteer|nous recrutons|offres d['’]emploi|postulez|ofertas de empleo|trabaja con nosotros)\b/i;

const CONTACT_LINE =
  /^(?:contact (?:information|info|details|on|form)|contactgegevens|contactinformatie|kontaktdaten|kontaktinformationen|coordonnées|informations de contact|datos de contacto)\b/i;

const INVITES_TO_PROOF =
  /\b(?:see|check out|read|browse|view|explore)\b[^.!?]{0,80}\b(?:reviews|testimonials|portfolio|case stud(?:y|ies))\b|\b(?:lesen sie|sehen sie)\b[^.!?]{0,60}\b(?:bewertungen|kundenstimmen|referenzen)\b|\b(?:bekijk|lees)\b[^.!?]{0,60}\b(?:reviews|recensies|referenties|portfolio)\b|\b(?:découvrez|consultez|lisez)\b[^.!?]{0,60}\b(?:avis|témoignages|références|réalisations)\b/i;

const TEAM_INTRO =
  /^(?:meet (?:the|our) (?:team|people)|get to know (?:the|our) team|maak kennis met (?:het|ons) team|lernen sie (?:das|unser) team|découvrez (?:l['’]équipe|notre équipe)|conoce (?:al|a nuestro) equipo)\b[^.!?]{0,60}[.!?]\s+/i;

/**
 * A contact page's meta line that says what the company does, then how to reach it: "We sell
 * motorcycle parts across Wales. For further information about how to contact us …", "Boek een
 * massage in Breda. Bel naar 06 …" (fld22-championmotouk, fresh7-hotstonebreda).
 * The sentences before the first one that gives a number, an address or a way to get in touch,
 * after a page name it opens with ("Contact Us:"); undefined when nothing is cut or nothing is left.
 */
export function beforeContact(line: string): string | undefined {
  const said = sentences(line.replace(PAGE_NAME, ''));
  const k = said.findIndex((s) => REACH.test(s));
  const kept = said.slice(0, Math.max(k, 0)).join(' ');
  return k > 0 ? kept : undefined;
}

const PAGE_NAME = /^(?:contact(?: us)?|about(?: us)?|kontakt|contactez-nous|over ons)\s*[:–—-]\s*/i;

const REACH =
  /\+?\(?\d{2,4}\)?[\s./-]\d{2,4}[\s./-]\d{2,4}|@|\b(?:contact (?:us|form|page)|get in touch|for (?:further|more) information|call (?:us|today|now)|neem contact|bel (?:ons|naar)|kontaktieren sie|rufen sie|contactez|appelez)\b/i;
