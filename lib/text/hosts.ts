/** A URL's host without a leading `www.`, lower-cased; undefined when it is not a URL. */
export function bareHost(url: string | URL | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
