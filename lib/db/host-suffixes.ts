/** "careers.acme.co.uk" → ["careers.acme.co.uk", "acme.co.uk", "co.uk"]: every candidate registrable domain. */
export function hostSuffixes(url: string): string[] {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return [];
  }
  if (!host) return [];
  const parts = host.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length - 1; i++) out.push(parts.slice(i).join('.'));
  return out.length ? out : [host];
}
