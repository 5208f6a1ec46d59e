import type { Company, Person } from '../schema/dossier';
import { tokens } from '../search/words';

/** Search words of a company: its name, domains and tags, then words of its notes. */
export function companyWords(c: Pick<Company, 'name' | 'domains' | 'tags' | 'notes'>): string[] {
  return [...new Set(tokens([c.name, ...(c.domains ?? []), ...(c.tags ?? []), (c.notes ?? '').slice(0, 2_000)].join(' ')))].slice(0, 64);
}

/** Search words of a person: name, role, headline, tags, then words of their notes. */
export function personWords(p: Pick<Person, 'name' | 'currentTitle' | 'headline' | 'tags' | 'notes'>): string[] {
  return [
    ...new Set(tokens([p.name, p.currentTitle ?? '', p.headline ?? '', ...(p.tags ?? []), (p.notes ?? '').slice(0, 2_000)].join(' '))),
  ].slice(0, 64);
}
