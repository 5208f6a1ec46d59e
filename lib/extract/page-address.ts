import { httpUrlOf } from './clean';

/**
 * The address a page says it has, when it is not the address it was opened from: a LinkedIn
 * profile saved to disk and opened as `file://`, a page served from a mirror or a local server.
 * The page's canonical link, else its `og:url`, else an app link (`al:web:url`). Undefined when
 * the page claims nothing, or claims the host it was opened from.
 *
 * A claim is only a claim: extractors use it to know which site's markup they read, never as
 * proof of identity (lib/db decides what to trust, by the address the page really came from).
 */
export function claimedAddress(doc: Document, url: URL): URL | undefined {
  const meta = (key: string) =>
    doc.querySelector(`meta[property="${key}" i][content], meta[name="${key}" i][content]`)?.getAttribute('content');
  const raw = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? meta('og:url') ?? meta('al:web:url');
  // A relative canonical means nothing on a page away from home: only absolute claims count.
  const href = raw && /^https?:\/\//i.test(raw.trim()) ? httpUrlOf(raw) : undefined;
  if (!href) return undefined;
  const claimed = new URL(href);
  return claimed.hostname.toLowerCase() === url.hostname.toLowerCase() ? undefined : claimed;
}
