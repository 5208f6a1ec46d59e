import { ORNAMENT } from './title-ornament';
import { siteLabel } from './site-label';
import { cleanLine, httpUrlOf } from './clean';
import { toIsoDate } from './dates';
import { type JsonLd, readJsonLd } from './json-ld';
import { canonicalUrl, firstMeta, readMeta } from './meta';

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

/** A welcome before the name, in the languages of the pages we read. */
const GREETING =
  /^(?:welcome to|welkom (?:bij|op)|willkommen (?:bei|auf)|bienvenue (?:chez|sur|à)|bienvenid[oa]s? a|benvenut[io] (?:da|su|a)|bem-vindo (?:à|ao))\s+/i;

/**
 * The company's name from a page title when nothing better says it: "About us | Acme Robotics"
 * → "Acme Robotics". The title part that resembles the domain wins; else the last part.
 */
export function brandFromTitle(title: string, hostname: string): string | undefined {
  const parts = title
    .split(/\s+[|–—·•:»›]\s+|\s+-\s+/)
    // ":: Welkom bij Autoschade Peter Leunissen ::": ornaments and a greeting are no part of the name.
    .map((p) => p.replace(ORNAMENT, '').replace(GREETING, '').trim())
    .filter(Boolean);
  const label = hostname
    .replace(/^www\d?\./, '')
    .split('.')[0]!
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const match = parts.find((p) => {
    const q = squash(p);
    return q.length > 1 && (q.includes(label) || label.includes(q));
  });
  if (match) return cleanLine(match);
  return parts.length > 1 ? cleanLine(parts[parts.length - 1]) : undefined;
}

/** "acme-robotics.co.uk" → "Acme Robotics": the last resort for a company's name. */
export function nameFromHost(hostname: string, pathname = '/'): string {
  const label = siteLabel(hostname, pathname);
  return label
    .split(/[-_]/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}
