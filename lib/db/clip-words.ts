import { indexWords } from '../search/words';
import type { Clip } from '../schema/dossier';
import type { PageExtraction } from '../schema/page-extraction';

/** The search words of a clip: its title and the names it mentions, then its most used words. */
export function clipWords(x: Pick<PageExtraction, 'title' | 'siteName' | 'company' | 'person' | 'article' | 'text'>): string[] {
  return indexWords({
    title: x.title,
    names: [x.siteName, x.company?.name, x.person?.name, x.person?.headline, x.article?.aboutCompany, ...(x.article?.authors ?? [])],
    text: x.text,
  });
}

export function wordsOfStoredClip(c: Clip): string[] {
  return clipWords({ ...c.extraction, title: c.title, text: c.text });
}
