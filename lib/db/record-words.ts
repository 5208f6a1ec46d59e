import type { Company, Person } from '../schema/dossier';
import { tokens } from '../search/words';

/** Search words of a company: its name, domains and tags. */
export function companyWords(c: Pick<Company, 'name' | 'domains' | 'tags'>): string[] {
  return [...new Set(tokens([c.name, ...(c.domains ?? []), ...(c.tags ?? [])].join(' ')))].slice(0, 40);
}

/** Search words of a person: name, role, headline, tags. */
export function personWords(p: Pick<Person, 'name' | 'currentTitle' | 'headline' | 'tags'>): string[] {
  return [...new Set(tokens([p.name, p.currentTitle ?? '', p.headline ?? '', ...(p.tags ?? [])].join(' ')))].slice(0, 60);
}
