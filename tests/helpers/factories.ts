import { RapportDb } from '../../lib/db/database';
import type { PageExtraction } from '../../lib/schema/page-extraction';

let dbCount = 0;
/** A fresh, empty database per test (fake-indexeddb). */
export function freshDb(): RapportDb {
  return new RapportDb(`rapport-test-${++dbCount}-${Math.random().toString(36).slice(2)}`);
}

export function companyPage(url: string, company: PageExtraction['company'], extra: Partial<PageExtraction> = {}): PageExtraction {
  return { kind: 'company-page', url, title: company?.name ?? url, extractor: 'test', sources: {}, company, ...extra };
}

/** Deterministic ids for tests: id-1, id-2, … */
export function idSequence(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}
