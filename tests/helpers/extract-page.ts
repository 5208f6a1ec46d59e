import { extractPageFull } from '../../lib/extract/full';
import type { PageExtraction } from '../../lib/schema/page-extraction';
import { docFrom } from './dom';

/** The full extraction (clipper, article script and company details) of a page written in a test, at `url`. */
export function extract(html: string, url: string): PageExtraction {
  return extractPageFull(docFrom(html, url), new URL(url));
}
