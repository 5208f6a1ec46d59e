import type { Clip, Company, Person } from '../schema/dossier';
import type { PageExtraction, PersonMention } from '../schema/page-extraction';
import { linkedinProfileUrl } from '../extract/facts';
import type { RapportDb } from './database';
import { newId as defaultId } from './ids';
import { companyClues, companyMentionedIn, findCompany } from './companies';
import { mergeFacts } from '../facts';
import { companyNameKey, personNameKey } from './names';
import { urlKey } from './url-key';
import { putClips } from './clip-store';
import { clipWords } from './clip-words';
import { newPerson, stripUndefined } from './records';

export interface SaveOptions {
  now?: number;
  /** The user chose the company in the popup; it wins over every clue. */
  companyId?: string;
  newId?: () => string;
}

export interface SaveResult {
  status: 'created' | 'updated';
  clipId: string;
  companyId?: string;
  companyName?: string;
  companyCreated: boolean;
  personId?: string;
  personName?: string;
}

/**
 * Writes one validated extraction into the dossier in ONE transaction: the company (found or
 * created), the person, the clip (the same URL again updates its clip), the merged facts and the
 * people a team page lists. Either all of it lands or none of it does.
 */
export function saveClip(db: RapportDb, x: PageExtraction, opts: SaveOptions = {}): Promise<SaveResult> {
  const now = opts.now ?? Date.now();
  const newId = opts.newId ?? defaultId;
  return db.transaction('rw', [db.companies, db.people, db.clips, db.clipTexts, db.terms], async () => {
    const key = urlKey(x.url);
    const existing = await db.clips.where('urlKey').equals(key).first();
    const clipId = existing?.id ?? newId();

    let company: Company | undefined;
    let companyCreated = false;
    if (opts.companyId) company = await db.companies.get(opts.companyId);
    const clues = companyClues(x);
    company ??= existing?.companyId ? await db.companies.get(existing.companyId) : undefined;
    company ??= await findCompany(db, clues);
    if (!company && x.kind === 'article') company = await companyMentionedIn(db, x);
    if (!company && clues.mayCreate && clues.name) {
      company = {
        id: newId(),
        name: clues.name,
        nameKey: companyNameKey(clues.name),
        domains: [],
        facts: {},
        tags: [],
        createdAt: now,
        updatedAt: now,
      };
      companyCreated = true;
    }
    if (company) {
      const isAbout =
        x.kind === 'company-page' ||
        x.kind === 'company-profile' ||
        ((x.kind === 'other' || x.kind === 'job-posting') && clues.domains.length > 0);
      company = {
        ...company,
        // Only a page about the company vouches for its domain; a story on a news site does not.
        domains: isAbout ? [...new Set([...company.domains, ...clues.domains])].slice(0, 50) : company.domains,
        linkedinUrl: company.linkedinUrl ?? clues.linkedinUrl,
        facts: mergeFacts(company.facts, isAbout ? x.company : undefined, clipId, now),
        updatedAt: now,
      };
      await db.companies.put(company);
    }

    let person: Person | undefined;
    if (x.kind === 'person-profile' && x.person?.name) {
      person = await upsertProfile(db, x, clipId, company?.id, now, newId);
    }
    if (company && x.people?.length) await addMentions(db, x.people, company.id, clipId, now, newId);

    const { text, ...extraction } = x;
    const clip: Clip = {
      id: clipId,
      url: x.url,
      urlKey: key,
      canonicalUrl: x.canonicalUrl,
      title: x.title,
      kind: x.kind,
      capturedAt: existing?.capturedAt ?? now,
      updatedAt: now,
      companyId: company?.id,
      personId: person?.id,
      extraction,
      text,
      siteName: x.siteName ?? x.article?.siteName,
      publishedAt: x.article?.publishedAt ?? x.publishedAt,
      words: clipWords(x),
    };
    await putClips(db, [stripUndefined(clip)]);
    if (existing?.companyId && existing.companyId !== company?.id) await forgetClip(db, existing.companyId, clipId);

    return {
      status: existing ? 'updated' : 'created',
      clipId,
      companyId: company?.id,
      companyName: company?.name,
      companyCreated,
      personId: person?.id,
      personName: person?.name,
    };
  });
}

async function upsertProfile(
  db: RapportDb,
  x: PageExtraction,
  clipId: string,
  companyId: string | undefined,
  now: number,
  newId: () => string,
): Promise<Person> {
  const p = x.person!;
  const profileUrl =
    linkedinProfileUrl(p.profileUrl) ?? linkedinProfileUrl(x.url) ?? p.profileUrl ?? (x.url.startsWith('http') ? x.url : undefined);
  const found =
    (profileUrl ? await db.people.where('profileUrl').equals(profileUrl).first() : undefined) ?? (await findByName(db, p.name!, companyId));
  const person: Person = {
    id: found?.id ?? newId(),
    status: found?.status ?? 'to-contact',
    tags: found?.tags ?? [],
    notes: found?.notes,
    referredBy: found?.referredBy,
    // What the user's LinkedIn export and contact log say is theirs, not the page's.
    statusAt: found?.statusAt,
    connection: found?.connection,
    log: found?.log,
    createdAt: found?.createdAt ?? now,
    name: p.name!,
    headline: p.headline,
    currentTitle: p.currentTitle,
    currentCompanyId: companyId ?? found?.currentCompanyId,
    location: p.location,
    about: p.about,
    experience: p.experience ?? [],
    education: p.education ?? [],
    skills: p.skills ?? [],
    profileUrl: profileUrl ?? found?.profileUrl,
    sourceClipIds: [...new Set([clipId, ...(found?.sourceClipIds ?? [])])].slice(0, 100),
    updatedAt: now,
  };
  await db.people.put(stripUndefined(person));
  return person;
}

async function findByName(db: RapportDb, name: string, companyId: string | undefined): Promise<Person | undefined> {
  const key = personNameKey(name);
  if (!companyId) return undefined;
  return db.people
    .where('currentCompanyId')
    .equals(companyId)
    .filter((p) => personNameKey(p.name) === key)
    .first();
}

/** People a team, leadership or people page lists join its company, once each. */
async function addMentions(
  db: RapportDb,
  mentions: PersonMention[],
  companyId: string,
  clipId: string,
  now: number,
  newId: () => string,
): Promise<void> {
  for (const m of mentions) {
    const profileUrl = linkedinProfileUrl(m.profileUrl) ?? m.profileUrl;
    const found =
      (profileUrl ? await db.people.where('profileUrl').equals(profileUrl).first() : undefined) ??
      (await findByName(db, m.name, companyId));
    if (found) {
      await db.people.put(
        stripUndefined({
          ...found,
          currentTitle: found.currentTitle ?? m.title,
          currentCompanyId: found.currentCompanyId ?? companyId,
          profileUrl: found.profileUrl ?? profileUrl,
          sourceClipIds: [...new Set([...found.sourceClipIds, clipId])].slice(0, 100),
          updatedAt: now,
        }),
      );
      continue;
    }
    await db.people.put(
      newPerson(
        { id: newId(), name: m.name, currentTitle: m.title, currentCompanyId: companyId, profileUrl, sourceClipIds: [clipId] },
        now,
      ),
    );
  }
}

/** A clip that moved to another company takes its facts with it. */
async function forgetClip(db: RapportDb, companyId: string, clipId: string): Promise<void> {
  const c = await db.companies.get(companyId);
  if (c) await db.companies.put({ ...c, facts: mergeFacts(c.facts, undefined, clipId, 0) });
}
