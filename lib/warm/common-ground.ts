import { companyNameKey } from '../db/names';
import { foldWords } from '../text/fold';
import type { Person, SelfProfile } from '../schema/dossier';

export interface CommonGround {
  kind: 'school' | 'employer';
  /** As the person's record writes it. */
  value: string;
  /** Where it comes from: their clipped profile, or what their LinkedIn export says. */
  source: 'profile' | 'connection';
}

const schoolKey = (s: string) => foldWords(s.replace(/&/g, ' and ')).replace(/^the /, '');

/**
 * What the user shares with a person, from what the dossier holds about both: a school in the
 * person's education and the user's; an employer in the person's career (or the company their
 * LinkedIn connection lists) and the user's. Nothing guessed.
 */
export function commonGround(p: Pick<Person, 'education' | 'experience' | 'connection'>, self: SelfProfile | undefined): CommonGround[] {
  return commonGroundWith(self)(p);
}

/**
 * `commonGround` for many people against the same user: the user's schools and employers are
 * folded once (who-I-know reads a thousand connections at a company).
 */
export function commonGroundWith(
  self: SelfProfile | undefined,
): (p: Pick<Person, 'education' | 'experience' | 'connection'>) => CommonGround[] {
  if (!self) return () => [];
  const schools = new Set(self.schools.map(schoolKey).filter(Boolean));
  const employers = new Set(self.employers.map(companyNameKey).filter(Boolean));
  return (p) => {
    const out: CommonGround[] = [];
    const seenSchools = new Set<string>();
    for (const e of p.education ?? []) {
      const key = e.school ? schoolKey(e.school) : '';
      if (!key || !schools.has(key) || seenSchools.has(key)) continue;
      seenSchools.add(key);
      out.push({ kind: 'school', value: e.school!, source: 'profile' });
    }
    const seen = new Set<string>();
    const add = (company: string | undefined, source: CommonGround['source']) => {
      const key = company ? companyNameKey(company) : '';
      if (!key || !employers.has(key) || seen.has(key)) return;
      seen.add(key);
      out.push({ kind: 'employer', value: company!, source });
    };
    for (const e of p.experience ?? []) add(e.company, 'profile');
    add(p.connection?.company, 'connection');
    return out;
  };
}

/** "Same school: Kestrel Hill University" — one line per shared thing. */
export function commonGroundText(c: CommonGround): string {
  return c.kind === 'school' ? `Same school: ${c.value}` : `Same employer: ${c.value}`;
}
