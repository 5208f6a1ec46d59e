import { getDomain } from 'tldts';
import { isPlatformHost } from '../extract/platforms';

/**
 * The registrable domain of a URL or host: careers.acme.co.uk → acme.co.uk, foo.github.io stays
 * foo.github.io (private suffixes count: two GitHub Pages sites are two owners). tldts carries
 * the Public Suffix List, which no hand-written list of "co.uk"-style suffixes keeps up with.
 */
export function registrableDomain(urlOrHost: string | undefined): string | undefined {
  if (!urlOrHost) return undefined;
  let host = urlOrHost;
  try {
    if (/^[a-z][a-z0-9+.-]*:/i.test(urlOrHost)) host = new URL(urlOrHost).hostname;
  } catch {
    return undefined;
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host === 'localhost') return host;
  return getDomain(host, { allowPrivateDomains: true }) ?? undefined;
}

/** A company's own domain: registrable, and not a platform that hosts pages about many companies. */
export function ownDomain(urlOrHost: string | undefined): string | undefined {
  const domain = registrableDomain(urlOrHost);
  return domain && !isPlatformHost(domain) ? domain : undefined;
}

/** The own domain of the page an extraction came from (http(s) only). */
export function pageDomain(x: { url: string }): string | undefined {
  return /^https?:/i.test(x.url) ? ownDomain(x.url) : undefined;
}
