import { cleanLine, httpUrlOf } from './clean';
import { toIsoDate } from './dates';
import { type JsonLd, readJsonLd } from './json-ld';
import { canonicalUrl, firstMeta, readMeta } from './meta';

// The names a title and an address give, in a module of their own so the details script reads them without the rest.
export { brandFromTitle, nameFromHost } from './title-brand';

/** What every page offers before any site-specific reading: JSON-LD, meta tags, canonical link. */
export interface Metadata {
  ld: JsonLd;
  meta: Map<string, string>;
  title: string;
  canonicalUrl?: string;
  siteName?: string;
  description?: string;
  image?: string;
  lang?: string;
  publishedAt?: string;
  ogType?: string;
}

/** Page metadata; a title's "(3) " unread-notifications counter (LinkedIn, Facebook) is dropped. */
export function readMetadata(doc: Document, url: URL): Metadata {
  const meta = readMeta(doc);
  const title = (
    cleanLine(firstMeta(meta, 'og:title', 'twitter:title'), 2_000) ??
    cleanLine(doc.title, 2_000) ??
    cleanLine(url.hostname)!
  ).replace(/^\(\d+\+?\)\s+/, '');
  // In priority order: a selector list would return whichever comes first in the document.
  const timeEl = ['time[itemprop="datePublished"]', 'time[pubdate]', 'article time', 'main time']
    .map((s) => doc.querySelector(s))
    .find(Boolean);
  return {
    ld: readJsonLd(doc),
    meta,
    title,
    canonicalUrl: canonicalUrl(doc, url),
    siteName: cleanLine(firstMeta(meta, 'og:site_name', 'application-name', 'apple-mobile-web-app-title')),
    description: cleanLine(firstMeta(meta, 'og:description', 'description', 'twitter:description'), 5_000),
    image: httpUrlOf(firstMeta(meta, 'og:image', 'twitter:image'), url),
    lang: cleanLine(doc.documentElement?.getAttribute('lang'), 35),
    publishedAt: toIsoDate(
      firstMeta(
        meta,
        'article:published_time',
        'datepublished',
        'date',
        'pubdate',
        'publishdate',
        'dc.date',
        'parsely-pub-date',
        'sailthru.date',
      ) ??
        (timeEl?.getAttribute('datetime') || timeEl?.textContent || undefined),
    ),
    ogType: firstMeta(meta, 'og:type')?.trim().toLowerCase(),
  };
}
