import { squash } from './site-title';

/**
 * A broadcaster's desk credited beside its reporter: "David Straub, MDR THÜRINGEN", "BBC Sport",
 * "NDR 1 Niedersachsen". The byline's second name opens with the publication's own short name
 * (an acronym: "MDR" of mdr.de) and is its regional or programme desk, no person. Only an
 * acronym's: a personal blog named after its writer's first name ("Josh") keeps "Josh Smith".
 */
export function isSiteDesk(name: string, siteNames: ReadonlyArray<string | undefined>): boolean {
  const first = squash(name.split(/\s+/)[0] ?? '');
  if (!first || !/\s/.test(name.trim())) return false;
  return siteNames.some((s) => !!s && /^\p{Lu}{2,5}$/u.test(s.trim()) && squash(s) === first);
}
