import type { PageExtraction } from '../schema/page-extraction';

/** One site, one file, one shape: a cheap URL test and a pure extraction of (document, URL). */
export interface Extractor {
  id: string;
  /** Cheap: looks at the URL only. An extractor never runs on a page it does not match. */
  matches(url: URL): boolean;
  /** Reads `doc` without changing it; returns null to let the next extractor try. */
  extract(doc: Document, url: URL): PageExtraction | null;
}
