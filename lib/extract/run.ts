import type { ClipperResult } from '../clip/clipper-result';
import { type FirstReading, leaveFirstReading, leavePostsReading, type PostsReading } from './first-reading';
import { EXTRACTORS, extractPage } from './registry';

/**
 * The clipper's whole job, as a function of the document: refuse what is not an HTML page, run
 * the registry, hand back plain data. It never writes anywhere; the background decides. For a
 * company's own page it leaves its reading for the company-details script the background
 * injects next (lib/extract/first-reading.ts).
 */
export function runClipper(doc: Document, href: string, now: () => number = () => performance.now()): ClipperResult {
  const start = now();
  const type = doc.contentType || 'text/html';
  if (!/html|xml/i.test(type)) return { ok: false, code: 'not-html', detail: type.slice(0, 100) };
  try {
    let first: FirstReading | undefined;
    let posts: PostsReading | undefined;
    const extraction = extractPage(doc, new URL(href), EXTRACTORS, {
      // The details are read by the second script; this one only notes what it read for it.
      companyDetails: (_doc, url, x, context) => {
        first = { href, url, extraction: x, context };
        return x;
      },
      // A LinkedIn profile's posts are read by a third script; this one only notes whose they must be.
      personPosts: (_doc, url, owner) => {
        posts = { href, url, owner };
        return undefined;
      },
    });
    const needsDetails = extraction.kind === 'company-page' && extraction.extractor === 'company-site';
    if (needsDetails && first) leaveFirstReading(first);
    const needsPosts = extraction.kind === 'person-profile' && !!posts;
    if (needsPosts && posts) leavePostsReading(posts);
    return {
      ok: true,
      extraction,
      ms: now() - start,
      needsReadable: extraction.kind === 'article',
      needsDetails,
      needsPosts,
    };
  } catch (err) {
    return { ok: false, code: 'failed', detail: String(err instanceof Error ? err.message : err).slice(0, 500) };
  }
}
