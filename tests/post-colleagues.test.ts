import { describe, expect, it } from 'vitest';
import { postColleagues } from '../lib/extract/post-colleagues';
import { withPostColleagues } from '../lib/prep/post-colleagues';
import type { Referral } from '../lib/prep/referrals';
import type { Clip } from '../lib/schema/dossier';
import type { PostEntry } from '../lib/schema/page-extraction';
import { docFrom } from './helpers/dom';
import { person, profileClipWithPosts } from './helpers/prep-records';

const tag = (name: string, id: string) => `<a href="https://www.linkedin.com/in/${id}/">${name}</a>`;
const body = (html: string) => docFrom(`<div id="b">${html}</div>`).getElementById('b')!;

describe('postColleagues: the people a post names as working beside its author', () => {
  it('reads a list of tagged names that ends with the author', () => {
    const b = body(`My co-founders ${tag('Dana Ruiz', 'dana')}, ${tag('Omar Haddad', 'omar')}, and I have shared everything.`);
    expect(postColleagues(b, 'Lena Park')).toEqual(['Dana Ruiz', 'Omar Haddad']);
    expect(postColleagues(body(`So ${tag('Omar Haddad', 'omar')} and I started tinkering.`), 'Lena Park')).toEqual(['Omar Haddad']);
  });

  it('reads a name after "my colleague" or "our team"', () => {
    expect(postColleagues(body(`Proud of my colleague ${tag('Dana Ruiz', 'dana')} for shipping this.`), 'Lena Park')).toEqual([
      'Dana Ruiz',
    ]);
  });

  it('leaves out names the post only mentions, the author and untagged names', () => {
    // Someone they met, someone whose talk they liked: a tag is not a colleague.
    expect(postColleagues(body(`A few weeks ago I met ${tag('Ashton Kutcher', 'ak')} at a conference.`), 'Lena Park')).toBeUndefined();
    expect(postColleagues(body(`Great talk by ${tag('Seth Rogen', 'sr')}. Loved it.`), 'Lena Park')).toBeUndefined();
    expect(postColleagues(body(`${tag('Lena Park', 'lena')} and I`), 'Lena Park')).toBeUndefined();
    expect(postColleagues(body(`Dana Ruiz and I started it.`), 'Lena Park')).toBeUndefined();
    // A company tag is no person.
    expect(postColleagues(body(`<a href="https://www.linkedin.com/company/acme/">Acme Labs</a> and I`), 'Lena Park')).toBeUndefined();
  });
});

const CLIPPED = Date.UTC(2026, 2, 30);
function profileClip(name: string, posts: PostEntry[], personId: string): Clip {
  return profileClipWithPosts(name, posts, { personId, url: 'https://www.linkedin.com/in/lena-park/', capturedAt: CLIPPED });
}

describe('withPostColleagues: named referral targets from the person’s own posts', () => {
  const lena = person('Lena Park');
  const posts: PostEntry[] = [
    { text: 'Omar and I raised a seed round.', colleagues: ['Omar Haddad', 'Dana Ruiz'] },
    { text: 'Lena Park and Omar again.', colleagues: ['Omar Haddad', 'Lena Park'] },
  ];

  it('adds the colleagues of their own posts once each, after the company’s people, never themselves', () => {
    const page: Referral = { name: 'Kim Yu', why: 'is Head of Design', inTarget: false, basis: ['person:k:name'] };
    const out = withPostColleagues([page], lena, [profileClip('Lena Park', posts, lena.id)]);
    expect(out.map((r) => r.name)).toEqual(['Kim Yu', 'Omar Haddad', 'Dana Ruiz']);
    expect(out[1]!.basis).toEqual(['clip:c-profile']);
    expect(out[1]!.why).toMatch(/Lena names them in a post/);
  });

  it('reads no one else’s profile: a colleague’s profile posts are not the person’s', () => {
    expect(withPostColleagues([], lena, [profileClip('Omar Haddad', posts, 'p-Omar Haddad')])).toEqual([]);
    expect(withPostColleagues([], undefined, [profileClip('Lena Park', posts, lena.id)])).toEqual([]);
  });
});

describe('personName: a referral is a person, not a card read as one', () => {
  it('refuses labels and keeps names, a surname in capitals too', async () => {
    const { personName } = await import('../lib/prep/referrals');
    expect(personName('KMU IT-Betreuung')).toBe(false);
    expect(personName('Systeme & Engineering')).toBe(false);
    expect(personName('Team (Zürich)')).toBe(false);
    expect(personName('Sinan Sen')).toBe(true);
    expect(personName('Jean DUPONT')).toBe(true);
    expect(personName('Haakam Aujla')).toBe(true);
  });
});
