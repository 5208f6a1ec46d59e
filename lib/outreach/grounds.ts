import { personNameKey } from '../db/names';
import type { Clip, Company, Person, SelfProfile } from '../schema/dossier';
import { commonGround } from '../warm/common-ground';

/** What an outreach draft may rest on: each a fact the dossier holds, with where it comes from. */
export type Ground =
  | { kind: 'referral'; name: string; basis: string }
  | { kind: 'school' | 'employer'; value: string; basis: string }
  | { kind: 'wrote'; title: string; published?: string; clipId: string; basis: string }
  | { kind: 'connected'; since?: string; basis: string }
  | { kind: 'role'; title: string; company: string; basis: string };

export interface OutreachInput {
  person: Person;
  company?: Company;
  self?: SelfProfile;
  /** The person who suggested this one (`person.referredBy`), when the dossier has them. */
  referrer?: Pick<Person, 'name'>;
  /** Clips of the person and of their company: something they wrote may be among them. */
  clips: Clip[];
  now: number;
}

/**
 * The true things a draft may say, strongest first: who referred them, a shared school or
 * employer, something they wrote that the user clipped, the LinkedIn connection, their role.
 */
export function grounds(x: OutreachInput): Ground[] {
  const { person, company, self } = x;
  const out: Ground[] = [];
  if (x.referrer) out.push({ kind: 'referral', name: x.referrer.name, basis: `Referred by ${x.referrer.name} (your dossier)` });
  for (const c of commonGround(person, self))
    out.push({
      kind: c.kind,
      value: c.value,
      basis: `${c.kind === 'school' ? 'You both studied at' : 'You have both worked at'} ${c.value} (${c.source === 'profile' ? 'their clipped profile' : 'your LinkedIn export'} and your profile)`,
    });
  const key = personNameKey(person.name);
  const wrote = x.clips
    .filter((c) => c.kind === 'article' && (c.extraction.article?.authors ?? []).some((a) => personNameKey(a) === key))
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))[0];
  if (wrote) {
    const title = wrote.extraction.article?.title ?? wrote.title;
    out.push({ kind: 'wrote', title, published: wrote.publishedAt, clipId: wrote.id, basis: `Their piece "${title}" (clipped)` });
  }
  if (person.connection)
    out.push({ kind: 'connected', since: person.connection.since, basis: 'You are connected on LinkedIn (your export)' });
  const title = person.currentTitle ?? person.connection?.position;
  const at = company?.name ?? person.connection?.company;
  if (title && at) out.push({ kind: 'role', title, company: at, basis: `${title} at ${at} (your dossier)` });
  return out;
}
