import { companyDetails } from './company-details';
import { claimedAddress } from './page-address';
import { companySite } from './sites/company-site';

/**
 * The second injected script, for a company's own pages only: the company site's extraction
 * again, this time with the page's details (people, products, address, the About text). A page
 * opened away from its site is read at the address it claims, as the registry reads it. It
 * writes nothing. (The registry is not imported: it would bring every site's extractor along.)
 */
export function runCompanyDetails(doc: Document, href: string, now: () => number = () => performance.now()) {
  const start = now();
  try {
    const url = new URL(href);
    const target = companySite.matches(url) ? url : claimedAddress(doc, url);
    const x = target ? companySite.extract(doc, target, { companyDetails }) : null;
    if (!x) return { ok: false as const, detail: 'not a company page' };
    const extraction = target === url ? x : { ...x, url: url.href, canonicalUrl: x.canonicalUrl ?? target!.href };
    return { ok: true as const, ms: now() - start, extraction };
  } catch (err) {
    return { ok: false as const, detail: String(err instanceof Error ? err.message : err).slice(0, 500) };
  }
}
