import { companyDetails, pageLinesOf, summaryHintsOf } from './company-details';
import { takeFirstReading } from './first-reading';
import { personalProfileLinks } from './socials';

/**
 * The second injected script, for a company's own pages only: the clipper's reading of the page
 * (left for it in the extension's isolated world, lib/extract/first-reading.ts) with the page's
 * details added (people, products, address, the About text). A page opened away from its site
 * keeps the address it was opened from, and the one it claims as canonical, as the registry
 * gives them. It writes nothing. It imports no extractor of the clipper's: it would bring them
 * all along.
 */
export function runCompanyDetails(doc: Document, href: string, now: () => number = () => performance.now()) {
  const start = now();
  try {
    const first = takeFirstReading(href);
    if (!first) return { ok: false as const, detail: 'the clipper left no reading of this page' };
    const x = companyDetails(doc, first.url, first.extraction, first.context);
    const extraction = first.url.href === new URL(href).href ? x : { ...x, url: href, canonicalUrl: x.canonicalUrl ?? first.url.href };
    const profileLinks = personalProfileLinks(doc, first.url);
    const summaryHints = summaryHintsOf(first.context);
    return { ok: true as const, ms: now() - start, extraction, pageLines: pageLinesOf(doc), profileLinks, summaryHints };
  } catch (err) {
    return { ok: false as const, detail: String(err instanceof Error ? err.message : err).slice(0, 500) };
  }
}
