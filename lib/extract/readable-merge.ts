import type { PageExtraction } from '../schema/page-extraction';
import { isAuthorName, splitAuthors } from './byline';
import { cleanList } from './clean';
import { prune } from '../objects';
import type { Readable } from './readable';

/**
 * What Readability found, added to an article's extraction: its main text, and the byline,
 * date and site where the page's own metadata said nothing. Pure, so the clipper's
 * two-step path (clipper, then Readability for articles only) and the one-step path of the
 * command line give the same result.
 */
export function applyReadable(x: PageExtraction, r: Readable | undefined | null): PageExtraction {
  if (!r || x.kind !== 'article') return x;
  const article = { ...x.article };
  const sources = { ...x.sources };
  const fill = <K extends 'authors' | 'publishedAt' | 'siteName'>(key: K, value: (typeof article)[K] | undefined) => {
    if (article[key] !== undefined || value === undefined) return;
    article[key] = value;
    sources[`article.${key}`] = 'readability';
  };
  // Readability's byline may be the publication itself ("Al Jazeera"): never an author.
  const host = /^https?:/.test(x.url) ? new URL(x.url).hostname : '';
  fill(
    'authors',
    cleanList(
      splitAuthors(r.byline).filter((n) => isAuthorName(n, [article.siteName, x.siteName], host)),
      20,
    ),
  );
  fill('publishedAt', r.publishedAt);
  fill('siteName', r.siteName);
  // No excerpt from Readability: without a description in the page's metadata (which the
  // article's reading already took) its excerpt is the first paragraph, the publisher's summary of
  // nothing; the story's text keeps that paragraph.
  if (r.text) sources.text = 'readability';
  return prune({ ...x, article: prune(article), publishedAt: article.publishedAt, text: r.text ?? x.text, sources });
}
