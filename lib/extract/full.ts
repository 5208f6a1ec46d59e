import type { PageExtraction } from '../schema/page-extraction';
import { companyDetails } from './company-details';
import { readable } from './readable';
import { EXTRACTORS, extractPage } from './registry';

/**
 * The whole extraction in one step: what the browser gets from the clipper plus the second
 * script it injects — Readability for articles, the company details for a company's own page.
 * Used by the command line and the tests.
 */
export function extractPageFull(doc: Document, url: URL): PageExtraction {
  return extractPage(doc, url, EXTRACTORS, { readable, companyDetails });
}
