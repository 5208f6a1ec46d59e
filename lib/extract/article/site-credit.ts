import { cleanLine } from '../clean';
import { copyrightHolder } from '../company-name';
import { withoutLegalForm } from './names';
import { hostLabel, squash } from './site-title';

/**
 * "Resy Staff", "The Team": a company's blog signing a post as its own staff credits the company,
 * as a byline the reader sees ("By Resy Staff"); a desk of a publication is no such credit.
 */
export function staffOf(name: string, company: string): boolean {
  const m = /^(.+?)\s+(?:staff|team|editors|editorial team|redaktion)$/i.exec(name);
  return !!m && (/^the$/i.test(m[1]!) || squash(m[1]!) === squash(company));
}

/** "The edge-first manifesto - by Marta Bellini": a newsletter named after its writer credits them as a person. */
export function creditedInTitle(doc: Document, name: string): boolean {
  const title = (doc.title ?? '').toLowerCase();
  return title.includes(`by ${name.toLowerCase()}`);
}

/**
 * A company's own site that names itself nowhere in its metadata (old corporate pages with no
 * `og:site_name` and no brand in the title) still signs its pages: "© ELECOM CO.,LTD." → ELECOM.
 */
export function copyrightBrand(doc: Document): string | undefined {
  const holder = copyrightHolder(doc);
  return holder ? withoutLegalForm(holder).base : undefined;
}

/**
 * A publication that names itself only where it signs its pages: "© 2026 The Counterbalance" on
 * thecounterbalance.substack.com. The copyright holder counts when its name is the address's
 * (the subdomain on a publishing platform, else the domain's name).
 */
export function signedBySite(doc: Document, url: URL): string | undefined {
  // The footer's own line first: a platform's page may end in kilobytes of text after it.
  const footers = Array.from(doc.querySelectorAll('footer, [class*="footer"]')).slice(-10).reverse();
  const signed = footers.map((f) => f.textContent?.slice(0, 5_000) ?? '').find((t) => t.includes('©'));
  const line = signed ? /©\s*(?:\d{4}\s*)?(\p{L}[\p{L}\p{N}&'’ -]{1,60}?)\s*(?:[·∙|]|all rights|$)/imu.exec(signed)?.[1] : undefined;
  const holder = cleanLine(line) ?? copyrightHolder(doc);
  if (!holder) return undefined;
  const key = squash(holder);
  const labels = [url.hostname.replace(/^www\d?\./, '').split('.')[0]!, hostLabel(url.hostname)].map(squash);
  return key.length >= 3 && labels.includes(key) ? holder : undefined;
}

/**
 * Is this name the publication's own: its name ("Fox News"), its name with more ("Bloomberg LP"
 * of Bloomberg), or its first words ("Wexcombe" of the Wexcombe Herald)? A publication whose one
 * word is built on a company's name ("AppleInsider", "MacRumors") writes about that company and
 * is not it.
 */
export function isPublisher(site: string, name: string): boolean {
  const s = squash(site);
  const n = squash(name);
  if (!s || !n) return false;
  if (s === n || n.startsWith(s)) return true;
  return site.toLowerCase().startsWith(name.toLowerCase()) && /^[\s.:-]/.test(site.slice(name.length));
}

export function sameCompany(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  return !!x && !!y && (x === y || x.startsWith(y) || y.startsWith(x));
}
