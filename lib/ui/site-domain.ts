/**
 * A site's host without "www." ("https://www.wrenfold.io/careers" → "wrenfold.io"). The popup
 * carries no Public Suffix List; the background matches every suffix of it against companies.
 */
export function ownDomainOfSite(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.toLowerCase().replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}
