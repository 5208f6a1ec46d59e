import { linkedinProfileUrl } from '../extract/facts';
import { PERSON_PAGE_FIELDS, Person as PersonSchema, type Person, type PersonPageField, type Strength } from '../schema/dossier';
import type { PageExtraction, PersonMention } from '../schema/page-extraction';
import { checked } from './check';
import type { IdentityHint } from './companies';
import type { RapportDb } from './database';
import { personNameKey } from './names';
import { stripUndefined } from '../objects';
import { newPerson } from './records';
import { personByProfile } from './people';
import { atLeast, fieldStrength, onLinkedIn, ownProfileUrl, storedStrength } from './trust';

const CANNOT = 'Rapport could not save this page';

export interface ProfileContext {
  clipId: string;
  companyId?: string;
  /** The user chose the company in the popup. */
  companyByUser: boolean;
  /** The user confirmed, in the popup, that the page is about this person. */
  personId?: string;
  /** The person this page's clip already belongs to (the same page clipped again). */
  clippedPersonId?: string;
  now: number;
  newId: () => string;
}

/**
 * The person a profile page is about, found or created, with what the page says merged in field
 * by field: a field is written when it is empty or when the page's source is at least as strong
 * as the one that wrote it (lib/db/trust.ts). A page on LinkedIn is the owner of the profile it
 * shows; any other page's claim to be someone's LinkedIn profile is a hint (personHint), and
 * without the user's word such a page gets a person of its own.
 */
export async function upsertProfile(db: RapportDb, x: PageExtraction, ctx: ProfileContext): Promise<Person> {
  const p = x.person!;
  const owned = ownProfileUrl(x);
  const page: Strength = owned ? 'owner' : 'other';
  const profileUrl = owned ?? (/^https?:/i.test(x.url) ? x.url : undefined);
  const byId = async (id: string | undefined) => (id ? db.people.get(id) : undefined);
  const found =
    (await byId(ctx.personId)) ??
    (await byId(ctx.clippedPersonId)) ??
    (owned ? ((await personByProfile(db, owned)) ?? (await findByName(db, p.name!, ctx.companyId))) : undefined);

  const incoming: Partial<Record<PersonPageField, unknown>> = {
    name: p.name,
    headline: p.headline,
    currentTitle: p.currentTitle,
    currentCompanyId: ctx.companyId,
    location: p.location,
    about: p.about,
    experience: p.experience,
    education: p.education,
    skills: p.skills,
    profileUrl,
  };
  const strengthOf = (field: PersonPageField): Strength =>
    field === 'currentCompanyId'
      ? ctx.companyByUser
        ? 'user'
        : page
      : field === 'profileUrl'
        ? page
        : fieldStrength(x, `person.${field}`, page);

  const person: Record<string, unknown> = found ? { ...found } : newPerson({ id: ctx.newId(), name: p.name! }, ctx.now);
  const strengths: Partial<Record<PersonPageField, Strength>> = {};
  for (const field of PERSON_PAGE_FIELDS) {
    const value = incoming[field];
    const stored = person[field];
    if (present(value) && (!found || !present(stored) || atLeast(strengthOf(field), storedStrength(found, field)))) {
      person[field] = value;
      strengths[field] = strengthOf(field);
    } else if (present(stored)) strengths[field] = found ? storedStrength(found, field) : strengthOf(field);
  }
  person.fieldStrengths = strengths;
  // A connection (imported, not approached) whose profile the user clips enters the pipeline.
  person.status ??= 'to-contact';
  person.sourceClipIds = [...new Set([ctx.clipId, ...((found?.sourceClipIds as string[] | undefined) ?? [])])].slice(0, 100);
  person.updatedAt = ctx.now;
  const out = stripUndefined(person) as Person;
  await db.people.put(checked(PersonSchema, 'people', out, CANNOT));
  return out;
}

const present = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Someone of this name (by name key) at the company. */
export async function findByName(db: RapportDb, name: string, companyId: string | undefined): Promise<Person | undefined> {
  if (!companyId) return undefined;
  const key = personNameKey(name);
  return db.people
    .where('currentCompanyId')
    .equals(companyId)
    .filter((p) => personNameKey(p.name) === key)
    .first();
}

/**
 * People a team, leadership or people page lists join its company, once each. They only fill
 * what a person's record lacks. A LinkedIn profile address they carry identifies someone only
 * when LinkedIn lists it; from any other site it is kept as that mention's claim.
 */
/**
 * A team card's role line as a role: a card that sets two roles on two lines ("V-CISO Capability
 * Lead,\nSenior Penetration Tester", fresh5-centric-cybersecurity) left the first one ending in its
 * comma, and every view said "V-CISO Capability Lead, at Centric Consulting".
 */
export function roleLine(title: string | undefined): string | undefined {
  const t = title?.replace(/[\s,;:·|/–—-]+$/u, '').replace(/^[\s,;:·|/–—-]+/u, '');
  return t || undefined;
}

export async function addMentions(
  db: RapportDb,
  x: PageExtraction,
  mentions: PersonMention[],
  companyId: string,
  clipId: string,
  now: number,
  newId: () => string,
): Promise<void> {
  const page: Strength = onLinkedIn(x.url) ? 'owner' : 'other';
  // People a company's own team page lists are people to reach; Wikipedia's key people, a
  // directory's founders, a LinkedIn company page's people and the people a story quotes are facts
  // of the company: known, but not in the pipeline until the user puts them there.
  const inPipeline = x.kind === 'company-page';
  for (const mention of mentions) {
    const m = { ...mention, title: roleLine(mention.title) };
    const profileUrl = linkedinProfileUrl(m.profileUrl) ?? m.profileUrl;
    const trusted = page === 'owner' ? linkedinProfileUrl(m.profileUrl) : undefined;
    const found = (trusted ? await personByProfile(db, trusted) : undefined) ?? (await findByName(db, m.name, companyId));
    if (found) {
      const fill = <K extends 'currentTitle' | 'currentCompanyId' | 'profileUrl'>(k: K, v: Person[K]) =>
        found[k] === undefined && v !== undefined ? { [k]: v } : {};
      const filled = { ...fill('currentTitle', m.title), ...fill('currentCompanyId', companyId), ...fill('profileUrl', profileUrl) };
      await db.people.put(
        checked(
          PersonSchema,
          'people',
          stripUndefined({
            ...found,
            ...filled,
            fieldStrengths: {
              ...found.fieldStrengths,
              ...Object.fromEntries(Object.keys(filled).map((k) => [k, page])),
            },
            sourceClipIds: [...new Set([...found.sourceClipIds, clipId])].slice(0, 100),
            updatedAt: now,
          }),
          CANNOT,
        ),
      );
      continue;
    }
    const fields = { name: m.name, currentTitle: m.title, currentCompanyId: companyId, profileUrl };
    const strengths = Object.fromEntries(Object.entries(fields).flatMap(([k, v]) => (v === undefined ? [] : [[k, page]])));
    await db.people.put(
      checked(
        PersonSchema,
        'people',
        newPerson(
          { id: newId(), ...fields, fieldStrengths: strengths, sourceClipIds: [clipId], status: inPipeline ? 'to-contact' : undefined },
          now,
        ),
        CANNOT,
      ),
    );
  }
}

/** A person of the dossier a profile page (not on LinkedIn) claims to be, for the user to confirm in the popup. */
export async function personHint(db: RapportDb, x: PageExtraction, companyId: string | undefined): Promise<IdentityHint | undefined> {
  if (x.kind !== 'person-profile' || !x.person?.name || ownProfileUrl(x)) return undefined;
  const claimed = linkedinProfileUrl(x.person.profileUrl);
  const byClaim = claimed ? await personByProfile(db, claimed) : undefined;
  if (byClaim) {
    return {
      id: byClaim.id,
      name: byClaim.name,
      reason: `This page says it is ${byClaim.name}'s (${claimed}), but only LinkedIn can vouch for a LinkedIn profile.`,
    };
  }
  const namesake = await findByName(db, x.person.name, companyId);
  return namesake ? { id: namesake.id, name: namesake.name, reason: `${namesake.name} in your dossier has the same name.` } : undefined;
}
