/** Query parameters that only track where a click came from; they never make a page different. */
const TRACKING = /^(utm_[a-z]+|gclid|fbclid|msclkid|mc_[a-z]+|_hs[a-z]+|ref|ref_src|trk|trkinfo|lipi|originalsubdomain|si|igshid|src)$/i;

/**
 * The key a clip is known by, so the same page clipped twice is one clip: no fragment, no tracking
 * parameters, host lowercased without `www.`, no trailing slash, remaining parameters sorted.
 * LinkedIn's country subdomains (de.linkedin.com) are the same pages as www.linkedin.com.
 */
export function urlKey(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href.slice(0, 4_000);
  }
  url.hash = '';
  const params = [...url.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (/^[a-z]{2}\.linkedin\.com$/.test(host)) host = 'linkedin.com';
  const path = url.pathname.replace(/\/+$/, '') || '';
  const query = params.length ? '?' + new URLSearchParams(params).toString() : '';
  const port = url.port ? ':' + url.port : '';
  return `${url.protocol}//${host}${port}${path}${query}`.slice(0, 4_000);
}
