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

/** Where a site keeps the links to its own pages: its menus, its header and its footer. */
const SITE_CHROME = 'header, nav, footer, [role="navigation"], [role="banner"], [role="contentinfo"]';

/**
 * The site a page saved to disk comes from when it names no address of its own: the one host its
 * menus, header and footer link to, as absolute links (a WordPress page saved whole). Several
 * links, most of them to one host, and that host no platform's (a page's share buttons link to
 * social networks): else nothing. Only a claim, like the canonical link.
 */
export function linkedOrigin(doc: Document, isPlatform: (host: string) => boolean): URL | undefined {
  const frame = Array.from(doc.querySelectorAll(SITE_CHROME));
  const links = (
    frame.length ? frame.flatMap((el) => Array.from(el.querySelectorAll('a[href]'))) : Array.from(doc.querySelectorAll('a[href]'))
  ).slice(0, 400);
  const counts = new Map<string, number>();
  let total = 0;
  for (const a of links) {
    const href = a.getAttribute('href')?.trim() ?? '';
    if (!/^https?:\/\//i.test(href)) continue;
    let host: string;
    try {
      host = new URL(href).hostname.toLowerCase().replace(/^www\./, '');
    } catch {
      continue;
    }
    if (!host.includes('.') || isPlatform(host)) continue;
    total++;
    counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  const [host, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (host && n! >= 3 && n! / total >= 0.6) return new URL(`https://${host}/`);
  // A small firm's static site links its pages relatively; its one contact address still names its domain.
  const mail = new Set(
    Array.from(doc.querySelectorAll('a[href^="mailto:" i]'))
      .slice(0, 50)
      .map((a) =>
        /@([a-z0-9.-]+\.[a-z]{2,})\b/i
          .exec(a.getAttribute('href') ?? '')?.[1]
          ?.toLowerCase()
          .replace(/^www\./, ''),
      )
      .filter((d): d is string => !!d && !MAILBOX_PROVIDER.test(d) && !isPlatform(d)),
  );
  return mail.size === 1 ? new URL(`https://${[...mail][0]}/`) : undefined;
}

/** Mail services anyone has an address at: no company's domain. */
const MAILBOX_PROVIDER =
  /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|gmx|web|t-online|freenet|orange|wanadoo|free|laposte|sfr|libero|proton|protonmail|mail|yandex|zoho|hey)\.[a-z.]+$/i;
