import { cleanLine } from './clean';
import { ORNAMENT } from './title-ornament';

/** A title's, a logo's or a site name's parts that may name the company, without the page's own words (lib/extract/company-name.ts). */

const PAGE_WORDS =
  /^(about( us)?|contact( us)?|welcome to|home(?!\s+(?:&|and|\+)\s)|meet|über( uns)?|kontakt|willkommen bei|à propos( de)?|bienvenue (chez|sur|à)|contactez|over|welkom bij|(?:qui sommes[- ]nous|who we are|wer wir sind|wie zijn wij|quiénes somos|sobre nosotros)\s*[?:]?)\s+/i;
/**
 * "McCain Foods Limited Contact", "Pilkington UK Contact Form", "Darling Homes home page", "Acme Ltd
 * website", "Acme Official Site", "Acme Stellenportal" (a job portal),
 * "Sportcentrum Westerschouwen: openingstijden": the page's name after the company's. "Home" alone
 * only after a colon ("Acme: Home"): a bare "Home" ends names ("Smith Funeral Home", "Todd Thomas Home").
 */
const PAGE_TAIL =
  /:?\s+(contact( us| form| page)?|about( us)?|home ?page|(?<=:\s+)home|kontakt|impressum|contactez-nous|over ons|openingstijden|opening hours|öffnungszeiten|official (?:web ?)?site|(?:stellen|karriere|job|career)s?portal|(?:job|career|careers) portal|(?:offizielle )?(?:website|web site|webseite)|site officiel)$/i;
/** A title part that only names the page: "Contact", "Home", "Über uns". */
const PAGE_ONLY =
  /^(home|homepage|contact|contact us|contacts|about|about us|team|our team|staff|careers|jobs|news|blog|kontakt|impressum|startseite|über uns|accueil|contactez-nous|à propos|over ons|welkom)$/i;

/** "About us | Acme Robotics – Warehouse robots" → ["About us", "Acme Robotics", "Warehouse robots"]. */
export function partsOf(text: string | undefined): string[] {
  const clean = cleanLine(text, 400)?.replace(/\uFFFD/g, '');
  if (!clean) return [];
  // Long SEO titles list keywords after commas and " l " bars ("Firm, lawyers in Town l Family law l …").
  // Older sites double the mark or use an arrow: "VisionProject :: Web based tool", "Acme » Home".
  // "Fish Farming, …, Commercial Fishing: Fisheries Technology Associates": a keyword's colon too.
  const seps =
    clean.length > 60 ? /\s+(?:[|–—·•:l»›«‹]|::|\/\/)\s+|\s+-\s+|,\s+|(?<=\p{L}):\s+/u : /\s+(?:[|–—·•:»›«‹]|::|\/\/)\s+|\s+-\s+/u;
  return (
    clean
      .split(seps)
      .map((p) =>
        cleanLine(
          p
            // ":: Welkom bij Autoschade Peter Leunissen ::": ornaments first, then the page's words.
            .replace(ORNAMENT, '')
            .replace(PAGE_WORDS, '')
            .replace(PAGE_TAIL, '')
            .replace(/['’]s logo$|\s+logo$/i, '')
            // "UI Bakery platform", "hrc logo gray": a logo's alt describes the picture after the name.
            .replace(/(?<=\S)(?:\s+(?:brand|platform|logo|logotype|wordmark|icon|image|gray|grey|white|black|dark|light|colou?r))+$/, '')
            // "Centrum voor Tandheelkunde Voerendaal ( tandarts, tandartspraktijk )": search words in brackets.
            .replace(/\s*\([^)]*$/, '')
            .replace(/^[^(]*\)$/, '')
            // "Logo van autobedrijf Reubsaet", "Logo of Acme": the alt describes the image; the name follows.
            .replace(/^logo(?:type)?\s+(?:van|of|de|du|von|der|des)\s+(\p{Ll})?/iu, (_m, first?: string) => first?.toUpperCase() ?? ''),
        ),
      )
      // "LLC" alone (a title split at its comma) names no one.
      .filter(
        (p): p is string =>
          !!p && p.length <= 80 && !PAGE_ONLY.test(p) && !/^(?:llc|inc|ltd|limited|corp|gmbh|b\.?v|ag|s\.?a)\.?$/i.test(p),
      )
  );
}
