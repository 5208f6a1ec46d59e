import { Readability } from '@mozilla/readability';
import { cleanBlock, cleanLine } from './clean';
import { toIsoDate } from './dates';

export interface Readable {
  text?: string;
  byline?: string;
  excerpt?: string;
  siteName?: string;
  publishedAt?: string;
  title?: string;
}

/** Past this many elements Readability's clone-and-score costs more than an article is worth. */
const MAX_ELEMENTS = 30_000;

/** Readability on a clone: it rewrites the document it is given, and the live page is the user's. */
export function readable(doc: Document, maxText = 200_000): Readable | undefined {
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS) return undefined;
  try {
    const clone = doc.cloneNode(true) as Document;
    dropPromos(clone);
    const article = new Readability(clone, { charThreshold: 300 }).parse();
    if (!article) return undefined;
    return {
      text: cleanBlock(article.textContent ?? undefined, maxText),
      byline: cleanLine(article.byline ?? undefined),
      excerpt: cleanLine(article.excerpt ?? undefined, 2_000),
      siteName: cleanLine(article.siteName ?? undefined),
      publishedAt: toIsoDate(article.publishedTime ?? undefined),
      title: cleanLine(article.title ?? undefined, 2_000),
    };
  } catch {
    // Readability throws on some malformed documents; the metadata still stands.
    return undefined;
  }
}

/** Class or id words of page furniture that sits inside article bodies: promos, newsletters, "read also". */
const PROMO =
  /^(newsletter|subscribe|subscription|promo|promotion|related|signup|paywall|outbrain|taboola|recommended|recirculation|sponsored|advert|advertisement|ads?|share|sharing|social|cta)$/i;
/** Markers of an inline "read also" link: the whole paragraph goes. */
const READ_ALSO = /^(lire-aussi|read-also|also-read|see-also|read-more|mehr-zum-thema|lesen-sie-auch)$/i;

function words(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.id}`
    .split(/\s+/)
    .flatMap((c) => [c, ...c.split(/[-_]+/)])
    .filter(Boolean);
}

function dropPromos(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected || el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') continue;
    const w = words(el);
    if (w.some((x) => READ_ALSO.test(x))) (el.closest('p, li, div') ?? el).remove();
    else if (w.some((x) => PROMO.test(x))) el.remove();
  }
}
