import { extractArticle } from './full';
import { readable } from './readable';

/**
 * The second injected script, for articles only: the page read again with the article's own
 * reading (which the clipper leaves out to stay small) and Readability on a clone of the page.
 * If that reading fails, Readability alone still gives the clip its main text.
 */
export function runReadable(doc: Document, href: string, now: () => number = () => performance.now()) {
  const start = now();
  try {
    const { extraction, clues } = extractArticle(doc, new URL(href));
    return { ok: true as const, ms: now() - start, readable: null, extraction, clues };
  } catch (err) {
    const r = readable(doc);
    return {
      ok: true as const,
      ms: now() - start,
      readable: r ?? null,
      detail: String(err instanceof Error ? err.message : err).slice(0, 500),
    };
  }
}
