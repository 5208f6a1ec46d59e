import type { ClipperResult } from '../clip/clipper-result';
import { EXTRACTORS, extractPage } from './registry';

/**
 * The clipper's whole job, as a function of the document: refuse what is not an HTML page, run
 * the registry, hand back plain data. It never writes anywhere; the background decides.
 */
export function runClipper(doc: Document, href: string, now: () => number = () => performance.now()): ClipperResult {
  const start = now();
  const type = doc.contentType || 'text/html';
  if (!/html|xml/i.test(type)) return { ok: false, code: 'not-html', detail: type.slice(0, 100) };
  try {
    const extraction = extractPage(doc, new URL(href), EXTRACTORS);
    return {
      ok: true,
      extraction,
      ms: now() - start,
      needsReadable: extraction.kind === 'article',
      needsDetails: extraction.kind === 'company-page' && extraction.extractor === 'company-site',
    };
  } catch (err) {
    return { ok: false, code: 'failed', detail: String(err instanceof Error ? err.message : err).slice(0, 500) };
  }
}
