import { httpUrlOf } from './clean';

/**
 * The address a page says it has, when it is not the address it was opened from: a LinkedIn
 * profile saved to disk and opened as `file://`, a page served from a mirror or a local server.
 * The page's canonical link, else its `og:url`, else an app link (`al:web:url`). Undefined when
 * the page claims nothing. A page that names an address on the host it was opened from says it
 * is that site's own page: no other site's extractor may then read it by its structure (ArchWiki
 * runs on MediaWiki, and is not Wikipedia).
 *
 * A claim is only a claim: extractors use it to know which site's markup they read, never as
 * proof of identity (lib/db decides what to trust, by the address the page really came from).
 */
export function claimedAddress(doc: Document): URL | undefined {
  const meta = (key: string) =>
    doc.querySelector(`meta[property="${key}" i][content], meta[name="${key}" i][content]`)?.getAttribute('content');
  const raw = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? meta('og:url') ?? meta('al:web:url');
  // A relative canonical means nothing on a page away from home: only absolute claims count.
  const href = raw && /^https?:\/\//i.test(raw.trim()) ? httpUrlOf(raw) : undefined;
  if (!href) return undefined;
  return new URL(href);
}
