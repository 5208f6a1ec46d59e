import { linkedinPosts } from './linkedin-posts';
import { takePostsReading } from './first-reading';

/**
 * The script the background injects after the clipper on a LinkedIn profile only: the person's
 * own posts, checked against the name and address the clipper read (lib/extract/first-reading.ts).
 * It writes nothing and imports no extractor of the clipper's.
 */
export function runLinkedinPosts(doc: Document, href: string, now: () => number = () => performance.now()) {
  const start = now();
  try {
    const reading = takePostsReading(href);
    if (!reading) return { ok: false as const, detail: 'the clipper left no reading of this page' };
    return { ok: true as const, ms: now() - start, posts: linkedinPosts(doc, reading.url, reading.owner) ?? [] };
  } catch (err) {
    return { ok: false as const, detail: String(err instanceof Error ? err.message : err).slice(0, 500) };
  }
}
