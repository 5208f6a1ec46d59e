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
    const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 300 }).parse();
    if (!article) return undefined;
    return {
      text: cleanBlock(article.textContent ?? undefined, maxText),
      byline: cleanLine(article.byline ?? undefined),
      excerpt: cleanBlock(article.excerpt ?? undefined, 2_000),
      siteName: cleanLine(article.siteName ?? undefined),
      publishedAt: toIsoDate(article.publishedTime ?? undefined),
      title: cleanLine(article.title ?? undefined, 2_000),
    };
  } catch {
    // Readability throws on some malformed documents; the metadata still stands.
    return undefined;
  }
}
