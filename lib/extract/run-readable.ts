import { readable } from './readable';

/** The second injected script, for articles only: Readability on a clone of the page. */
export function runReadable(doc: Document) {
  const start = performance.now();
  const r = readable(doc);
  return { ok: true as const, ms: performance.now() - start, readable: r ?? null };
}
