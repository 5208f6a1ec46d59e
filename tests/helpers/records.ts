import type { Clip, Company, Person } from '../../lib/schema/dossier';
import type { PageExtraction } from '../../lib/schema/page-extraction';

// Dossier records for tests, every required field filled with its empty value, so that a test
// writes only the fields its assertions read.

/** A person with no status (not in the pipeline), no career and no sources. */
export function personRecord(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, experience: [], education: [], skills: [], tags: [], sourceClipIds: [], createdAt: 0, updatedAt: 0, ...extra };
}

/** A company with no domains, facts or tags; its name key is its name in lower case. */
export function companyRecord(id: string, name: string, extra: Partial<Company> = {}): Company {
  return { id, name, nameKey: name.toLowerCase(), domains: [], facts: {}, tags: [], createdAt: 0, updatedAt: 0, ...extra };
}

/**
 * A clip of an article (unless `extra.kind` says otherwise) titled by its URL unless `extra.title`
 * says otherwise, whose extraction repeats its kind, URL and title; `extraction` fields are merged
 * into that one.
 */
export function clipRecord(
  id: string,
  url: string,
  extra: Omit<Partial<Clip>, 'extraction'> & { extraction?: Partial<PageExtraction> } = {},
): Clip {
  const { extraction, ...rest } = extra;
  const kind = rest.kind ?? 'article';
  const title = rest.title ?? url;
  return {
    id,
    url,
    urlKey: url,
    title,
    kind,
    capturedAt: 0,
    updatedAt: 0,
    ...rest,
    extraction: { kind, url, title, extractor: 'test', sources: {}, ...extraction },
  };
}
