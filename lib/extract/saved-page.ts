/**
 * The address a saved page came from: the `saved from url=` comment browsers write into
 * "Save page as…" files, else the page's canonical link. Used by the command-line tools.
 */
export function savedPageUrl(html: string): string | undefined {
  const head = html.slice(0, 200_000);
  const saved = /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i.exec(head);
  if (saved) return saved[1];
  const tag = /<link\b[^>]*\brel=["']?canonical\b[^>]*>/i.exec(head)?.[0];
  return tag ? /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1] : undefined;
}
