import { httpUrlOf } from './clean';

/** `<meta>` tags by lowercased name or property; the first occurrence wins, as browsers and crawlers do. */
export function readMeta(doc: Document): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  return meta;
}

export function canonicalUrl(doc: Document, url: URL): string | undefined {
  const link = doc.querySelector('link[rel~="canonical" i][href]');
  return httpUrlOf(link?.getAttribute('href'), url);
}

/** The first of several meta keys that has a value. */
export function firstMeta(meta: Map<string, string>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = meta.get(key);
    if (v && v.trim()) return v;
  }
  return undefined;
}
