import type { PageExtraction } from '../schema/page-extraction';
import { nameParts } from './company-name';
import { domainFit } from './domain-fit';
import { findPostalAddress } from './postal-address';

/**
 * The street address a company page prints, and its place, read from the page's lines in the
 * background (lib/extract/company-prose.ts): the lines the company-details script returns are
 * the ones it read the address from itself, so the pattern tables stay out of the injected
 * script. The address fills what the page's structured data left empty; its place outranks a
 * facts table's ("Headquarters | …", the only reading the script marks `dom` for it), as it did
 * when the script read both. The block's addressee (the line above its street, "Hertogh Metaal")
 * names the company where it spells the domain better than the name the script chose.
 */
export function withPostalAddress(x: PageExtraction, lines: readonly string[]): PageExtraction {
  x = withStructuredStreet(x);
  const postal = findPostalAddress(lines);
  if (!postal || !x.company) return x;
  const company = { ...x.company };
  const sources = { ...x.sources };
  // The street alone in structured data ("550 Division Street"): the block adds its town.
  if (!company.address || postal.address.startsWith(`${company.address}, `)) {
    company.address = postal.address;
    sources['company.address'] = 'dom';
  }
  // Structured data that names only the region ("addressRegion": "NJ", fresh24-newjerseymoversnj)
  // leaves the town to the block that spells it ("Elizabeth, NJ 07201").
  const region = !!company.headquarters && !company.headquarters.includes(',') && postal.place.endsWith(`, ${company.headquarters}`);
  if (!company.headquarters || sources['company.headquarters'] === 'dom' || region) {
    company.headquarters = postal.place;
    sources['company.headquarters'] = 'dom';
  }
  if (postal.addressee && company.name && URL.canParse(x.url)) {
    const page = new URL(x.url);
    const fit = (s: string) => domainFit(s.replace(LEGAL_WORDS, ''), page);
    const own = fit(company.name);
    // "Bike Totaal Leo Joosse, Aagtekerke" in the title over "Bike Totaal Leo Joosse" on the
    // letterhead (fresh6-leojoosse, fresh15-bodbijl, fresh17-dekapperij), "Todd Thomas" over
    // "Todd Thomas Home" (fresh11-toddthomashome): a title adds the town or the trade to the name,
    // or clips it; the address block writes it as the firm signs.
    const head = (p: string) => {
      const [a, b] = [squash(company.name!), squash(p)];
      return a !== b && (a.startsWith(b) || b.startsWith(a));
    };
    const said = [postal.addressee, ...nameParts(postal.addressee)];
    // The block agrees with the name: nothing to choose.
    const agrees = said.some((p) => squash(p) === squash(company.name!));
    const better = agrees ? undefined : said.find((p) => (fit(p) >= 1 && fit(p) > own) || (fit(p) > 0 && fit(p) >= own && head(p)));
    if (better) {
      company.name = better;
      sources['company.name'] = 'meta';
    }
  }
  return { ...x, company, sources };
}

/**
 * schema.org lets an Organization's `address` be plain text, and small sites write the whole
 * street line there ("4115, Ave de Lorimier, Montréal, H2K 3X8." in microdata,
 * fresh26-pharmaciensremplacants; "PG2, Providence Building …, 1 St Heliers St Abbotsford VIC 3067
 * Australia" in JSON-LD, fresh22-ghostwares), which the structured reading took for the place.
 * When it reads as a postal address, it is the address, and its town the headquarters.
 */
function withStructuredStreet(x: PageExtraction): PageExtraction {
  const hq = x.company?.headquarters;
  const source = x.sources['company.headquarters'];
  if (!hq || (source !== 'json-ld' && source !== 'microdata') || !/\d/.test(hq)) return x;
  const postal = findPostalAddress([hq]);
  if (!postal) return x;
  // The address as the site wrote it, its country kept ("… VIC 3067 Australia").
  const company = { ...x.company, headquarters: postal.place, address: x.company!.address ?? hq.replace(/\.$/, '') };
  const sources = { ...x.sources, 'company.address': x.sources['company.address'] ?? source };
  return { ...x, company, sources };
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const LEGAL_WORDS = /,?\s+(inc\.?|llc\.?|l\.l\.c\.|ltd\.?|limited|corp\.?|corporation|co\.)$/i;
