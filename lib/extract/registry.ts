import type { PageExtraction } from '../schema/page-extraction';
import { generic } from './generic';
import { companySite } from './sites/company-site';
import { linkedinCompany } from './sites/linkedin-company';
import { linkedinPerson } from './sites/linkedin-person';
import { wikipedia } from './sites/wikipedia';
import type { ExtractOptions, Extractor } from './types';

/** Most specific first; the generic extractor last. Later issues add site extractors here. */
export const EXTRACTORS: readonly Extractor[] = [linkedinPerson, linkedinCompany, wikipedia, companySite, generic];

/** Runs the first matching extractor that returns a result. Extractors that do not match never run. */
export function extractPage(
  doc: Document,
  url: URL,
  extractors: readonly Extractor[] = EXTRACTORS,
  opts: ExtractOptions = {},
): PageExtraction {
  for (const extractor of extractors) {
    if (!extractor.matches(url)) continue;
    const result = extractor.extract(doc, url, opts);
    if (result) return result;
  }
  return generic.extract(doc, url, opts)!;
}
