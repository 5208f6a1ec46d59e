import type { PersonMention } from '../schema/page-extraction';
import { splitNameTitle } from './person-name';

/**
 * "Ted Amenta, Owner/Broker | Amenta Realty": a small firm's page title that names its person
 * with their role (written for search engines; the page's text may name them only in passing).
 * Only a part of the title that is a name and a role word and nothing else.
 */
export function titlePerson(title: string | undefined): PersonMention | undefined {
  for (const part of (title ?? '').split(/\s+(?:[|–—·•»]|::|-)\s+/).slice(0, 4)) {
    const p = splitNameTitle(part.trim());
    if (p?.title && p.title.length <= 60) return { name: p.name, title: p.title };
  }
  return undefined;
}
