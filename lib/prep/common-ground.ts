import { foldWords } from '../text/fold';
import type { Person, SelfProfile } from '../schema/dossier';
import { plain } from './clean';
import { sameOrg } from './moves';
import type { CommonGround, Grounded } from './signal-types';

const norm = foldWords;

/** Common ground, the strongest first: a past employer, then a school, a city, a field. */
export function commonGround(person: Person | undefined, self: SelfProfile | undefined): Array<Grounded<CommonGround>> {
  if (!person || !self) return [];
  const out: Array<Grounded<CommonGround>> = [];
  for (const e of person.experience)
    if (e.company && self.employers.some((x) => sameOrg(x, e.company)) && !out.some((c) => c.value.value === e.company))
      out.push({ value: { kind: 'employer', value: plain(e.company) }, basis: [`person:${person.id}:experience`, 'self:employers'] });
  const schools = new Set(self.schools.map(norm));
  for (const e of person.education)
    if (e.school && schools.has(norm(e.school)) && !out.some((c) => c.value.value === e.school))
      out.push({ value: { kind: 'school', value: plain(e.school) }, basis: [`person:${person.id}:education`, 'self:schools'] });
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
  return out;
}
