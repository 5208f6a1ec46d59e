import type { Clip } from '../schema/dossier';
import { plain } from './clean';
import type { PrepInput } from './types';

// The company's mission in its own words, from its own page, when the extractors found none: the
// sentence that names it as such ("con la misión de llevar soluciones …", "Una empresa colombiana
// con propósito: transformar el acceso al agua pura …", "Our mission is to …", "Unsere Mission: …").
// The cue must be the word itself; a slogan with no such word is not a mission.

const CUE =
  /(?<![\p{L}])(?:our mission is(?: to)?|with the mission (?:of|to)|its mission is(?: to)?|mission:|purpose:|(?:nuestra )?misión(?: es)?:?|con la misión de|con (?:el )?propósito:|propósito:|unsere mission(?: ist(?: es)?)?:?|mit der mission,?|notre mission(?: est de)?\s*:?|avec (?:pour|la) mission de|onze missie(?: is(?: om)?)?:?|met de missie om)\s+(?=\p{L})/iu;

/** The mission clause a company page states, up to its sentence's end, or undefined. */
export function missionOf(clips: Clip[], company: PrepInput['company']): { value: string; basis: string[] } | undefined {
  if (!company) return undefined;
  for (const c of clips) {
    if (c.kind !== 'company-page' || (c.companyId && c.companyId !== company.id)) continue;
    for (const line of plain(c.text ?? '').split(/\n+/)) {
      const m = CUE.exec(line);
      if (!m) continue;
      const rest = line
        .slice(m.index + m[0].length)
        .split(/(?<=[.!?])\s/)[0]!
        .replace(/[.!]+$/, '')
        .trim();
      const n = rest.split(/\s+/).length;
      // A clause that says something: a few words, not a whole paragraph or a menu's label.
      if (n >= 5 && n <= 30) return { value: rest, basis: [`clip:${c.id}`] };
    }
  }
  return undefined;
}
