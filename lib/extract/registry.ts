import type { PageExtraction } from '../schema/page-extraction';
import { generic } from './generic';
import { companySite } from './sites/company-site';
import { crunchbase } from './sites/crunchbase';
import { jobPosting } from './sites/job-posting';
import { startupDirectory } from './sites/startup-directory';
import { vcPortfolio } from './sites/vc-portfolio';
import { linkedinCompany } from './sites/linkedin-company';
import { linkedinPerson } from './sites/linkedin-person';
import { wikipedia } from './sites/wikipedia';
import { runExtractors } from './run-extractors';
import type { ExtractOptions, Extractor } from './types';

/** Most specific first; the generic extractor last. Later issues add site extractors here. */
export const EXTRACTORS: readonly Extractor[] = [
  linkedinPerson,
  linkedinCompany,
  crunchbase,
  vcPortfolio,
  startupDirectory,
  wikipedia,
  jobPosting,
  companySite,
  generic,
];

/**
 * Runs the first matching extractor that returns a result (lib/extract/run-extractors.ts), of
 * all the site extractors unless given others.
 */
export function extractPage(
  doc: Document,
  url: URL,
  extractors: readonly Extractor[] = EXTRACTORS,
  opts: ExtractOptions = {},
): PageExtraction {
  return runExtractors(doc, url, extractors, opts);
}
