import type { PageExtraction } from '../schema/page-extraction';
import { generic } from './generic';
import { claimedAddress } from './page-address';
import { companySite } from './sites/company-site';
import type { ExtractOptions, Extractor } from './types';

/**
 * The extractors that read a page as a story (the others read profiles, directories, postings):
 * all the article script needs, since it runs only where the clipper found a story, and the
 * extractors before these returned nothing on that page. Kept apart from the registry so the
 * article script does not carry the profile, directory and posting readers.
 */
export const STORY_EXTRACTORS: readonly Extractor[] = [companySite, generic];

/**
 * Runs the first matching extractor that returns a result. Extractors that do not match never
 * run. A page opened away from its site (a saved file, a mirror) is read by the extractor of the
 * site it claims to be from, when its structure confirms the claim (a page that claims no address
 * by the extractor whose structure it has); the extraction keeps the address it was really opened
 * from as `url`, and the claimed one as `canonicalUrl`. Extractors given an address that is not
 * their site's (a file://) must cope: the address is then only where the file lies.
 */
export function runExtractors(doc: Document, url: URL, extractors: readonly Extractor[], opts: ExtractOptions = {}): PageExtraction {
  let claimed: URL | null | undefined = null;
  for (const extractor of extractors) {
    let target = url;
    if (!extractor.matches(url)) {
      if (!extractor.claims) continue;
      if (claimed === null) claimed = claimedAddress(doc, url);
      // A page that names its address is read by that site's extractor if its structure agrees;
      // a page that names none (a bare saved file) by the extractor whose structure it has.
      if (claimed ? !extractor.matches(claimed) : false) continue;
      if (!extractor.claims(doc)) continue;
      target = claimed ?? url;
    }
    const result = extractor.extract(doc, target, opts);
    if (result) return target === url ? result : { ...result, url: url.href, canonicalUrl: result.canonicalUrl ?? target.href };
  }
  return generic.extract(doc, url, opts)!;
}
