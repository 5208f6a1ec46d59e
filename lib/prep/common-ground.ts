import { foldWords } from '../text/fold';
import type { Clip, Person, SelfProfile } from '../schema/dossier';
import { ownAnswers } from './interview-answers';
import { plain } from './clean';
import { sameOrg } from './moves';
import type { CommonGround, Grounded } from './signal-types';

const norm = foldWords;

/**
 * Common ground, the strongest first: a past employer, then a school, a city, a field. A school or
 * past employer the person names in their own answers in a clipped interview counts too ("I … went
 * on to study computer science at James Madison University": blind-23 axios-marissa-student, whose
 * profile nobody clipped).
 */
export function commonGround(
  person: Person | undefined,
  self: SelfProfile | undefined,
  clips: Clip[] = [],
): Array<Grounded<CommonGround>> {
  if (!person || !self) return [];
  const out: Array<Grounded<CommonGround>> = [];
  for (const e of person.experience)
    if (e.company && self.employers.some((x) => sameOrg(x, e.company)) && !out.some((c) => c.value.value === e.company))
      out.push({ value: { kind: 'employer', value: plain(e.company) }, basis: [`person:${person.id}:experience`, 'self:employers'] });
  const schools = new Set(self.schools.map(norm));
  for (const e of person.education)
    if (e.school && schools.has(norm(e.school)) && !out.some((c) => c.value.value === e.school))
      out.push({ value: { kind: 'school', value: plain(e.school) }, basis: [`person:${person.id}:education`, 'self:schools'] });
  // Then what they say of themselves in a clipped interview, when no profile said it.
  const name = plain(person.name);
  for (const clip of clips) {
    if (clip.kind !== 'article' && clip.kind !== 'company-page') continue;
    const own = norm(ownAnswers(clip.text ?? '', name).join(' '));
    if (!own) continue;
    const named = (org: string) => norm(org).length >= 4 && ` ${own} `.includes(` ${norm(org)} `);
    for (const school of self.schools)
      if (named(school) && !out.some((c) => c.value.value === school))
        out.push({ value: { kind: 'school', value: plain(school) }, basis: [`clip:${clip.id}`, 'self:schools'] });
    for (const employer of self.employers)
      if (named(employer) && !out.some((c) => c.value.value === employer))
        out.push({ value: { kind: 'employer', value: plain(employer) }, basis: [`clip:${clip.id}`, 'self:employers'] });
  }
  const city = (s: string | undefined) => norm(s?.split(',')[0]);
  if (self.location && person.location && city(self.location) && city(self.location) === city(person.location))
    out.push({
      value: { kind: 'city', value: plain(person.location.split(',')[0]) },
      basis: [`person:${person.id}:location`, 'self:location'],
    });
  if (self.field) {
    const f = norm(self.field);
    const shared = person.education.find((e) => e.field && f && (norm(e.field).includes(f) || f.includes(norm(e.field))));
    if (shared?.field)
      out.push({ value: { kind: 'field', value: plain(shared.field) }, basis: [`person:${person.id}:education`, 'self:field'] });
  }
  // The strongest first, whichever record said it.
  const rank = ['employer', 'school', 'city', 'field'];
  return out.sort((a, b) => rank.indexOf(a.value.kind) - rank.indexOf(b.value.kind));
}
