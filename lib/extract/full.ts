import type { PageExtraction } from '../schema/page-extraction';
import { readable } from './readable';
import { EXTRACTORS, extractPage } from './registry';

/**
 * The whole extraction in one step, Readability included: what the browser gets from the
 * clipper plus the Readability script for articles. Used by the command line and the tests.
 */
export function extractPageFull(doc: Document, url: URL): PageExtraction {
  return extractPage(doc, url, EXTRACTORS, { readable });
}
