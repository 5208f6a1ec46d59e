/**
 * The part of a site's address its owner chose: "acme" on www.acme.co.uk, "remattech" on
 * remattech.netlify.app, and — on GitHub or GitLab Pages, where the subdomain is the account and
 * a project site lives in its repository's folder — "Credit-Advantage-LLP" on
 * sanyam-02.github.io/Credit-Advantage-LLP/.
 */
export function siteLabel(hostname: string, pathname = '/'): string {
  const host = hostname.replace(/^www\d?\./, '');
  if (/\.(?:github|gitlab)\.io$/i.test(host)) {
    const repo = pathname.split('/').filter(Boolean)[0];
    if (repo && !/\.[a-z0-9]{2,5}$/i.test(repo)) return decodeURIComponent(repo);
  }
  return host.split('.')[0] ?? host;
}

/** A site's home: its origin, or on GitHub or GitLab Pages its repository's folder ("https://sanyam-02.github.io/Credit-Advantage-LLP/"). */
export function siteHome(url: URL): string {
  const label = siteLabel(url.hostname, url.pathname);
  const inFolder =
    /\.(?:github|gitlab)\.io$/i.test(url.hostname) && url.pathname.split('/').filter(Boolean)[0] === encodeURIComponent(label);
  return inFolder ? `${url.origin}/${encodeURIComponent(label)}/` : `${url.origin}/`;
}
