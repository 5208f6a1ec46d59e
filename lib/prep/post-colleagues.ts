import { sameName } from '../extract/linkedin-posts';
import type { Clip, Person } from '../schema/dossier';
import { plain } from './clean';
import { samePerson, type Referral } from './referrals';
import { foldWords } from '../text/fold';

/**
 * The people the person met names in their own posts as working beside them ("Michael Kim,
 * Haakam Aujla, and I …", "my co-founder X"): named people to ask about at the end, after the
 * company's own pages' people. Only their own profile's posts (the extractor checked the author),
 * only the names the post's words tie to them (lib/extract/post-colleagues.ts): never someone a
 * post only mentions, nor anyone from the page's sidebars.
 */
export function withPostColleagues(refs: Referral[], person: Person | undefined, clips: Clip[]): Referral[] {
  if (!person) return refs;
  const out = [...refs];
  const first = plain(person.name).split(/\s+/)[0];
  for (const c of clips) {
    const p = c.extraction.person;
    if (c.kind !== 'person-profile' || !p?.posts?.length) continue;
    if (c.personId ? c.personId !== person.id : !sameName(p.name, person.name)) continue;
    for (const post of p.posts)
      for (const name of post.colleagues ?? []) {
        if (out.length >= 3) return out;
        if (samePerson(name, person.name) || out.some((r) => foldWords(r.name) === foldWords(name))) continue;
        out.push({
          name: plain(name),
          why: `works with ${first}: ${first} names them in a post as one of the team`,
          inTarget: false,
          basis: [`clip:${c.id}`],
        });
      }
  }
  return out;
}
