import { Clip as ClipSchema, Company as CompanySchema, type Clip, type Company, type Person } from '../schema/dossier';
import type { SaveResponse } from '../messaging/protocol';
import type { PageExtraction } from '../schema/page-extraction';
import { linkedinCompanyUrl } from '../extract/facts';
import { mergeFacts } from '../facts';
import { checked } from './check';
import { clipWords } from './clip-words';
import { putClips } from './clip-store';
import { companyClues, companyMentionedIn, findCompany } from './companies';
import type { RapportDb } from './database';
import { pageDomain } from './domains';
import { newId as defaultId } from './ids';
import { companyNameKey } from './names';
import { stripUndefined } from '../objects';
import { addMentions, upsertProfile } from './save-person';
import { fieldStrength, onLinkedIn } from './trust';
import { urlKey } from './url-key';

const CANNOT = 'Rapport could not save this page';

export interface SaveOptions {
  now?: number;
  /** The user chose the company in the popup; it wins over every clue. */
  companyId?: string;
  /** The user confirmed, in the popup, the person a profile page is about. */
  personId?: string;
  newId?: () => string;
}

/** What a save reports: the reply the popup gets (lib/messaging/protocol.ts), written once. */
export type SaveResult = SaveResponse;

/**
 * Writes one validated extraction into the dossier in ONE transaction: the company (found or
 * created), the person, the clip (the same URL again updates its clip), the merged facts and the
 * people a team page lists. Either all of it lands or none of it does. Identities are taken only
 * from the site that owns them (lib/db/trust.ts): the company is found by a LinkedIn page LinkedIn
 * serves, by the page's own domain, or by name when nothing it owns says otherwise.
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
    // A story naming a company the dossier lacks joins one of the dossier's it mentions, unless the
    // user typed which company it is about: their word, not the text's, decides.
    if (!company && x.kind === 'article' && x.sources['article.aboutCompany'] !== 'user') company = await companyMentionedIn(db, x);
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
      // Only a page about the company vouches for its domain (its own, never one it names); a
      // story on a news site does not.
      const domains = isAbout ? [...new Set([...company.domains, ...clues.domains])].slice(0, 50) : company.domains;
      const linkedinUrl = company.linkedinUrl ?? clues.linkedinUrl;
      // The company's own site, or its own LinkedIn page, speaks for it; anything else is another page.
      const own = pageDomain(x);
      const owner = (!!own && domains.includes(own)) || (onLinkedIn(x.url) && !!linkedinUrl && linkedinCompanyUrl(x.url) === linkedinUrl);
      company = {
        ...company,
        domains,
        linkedinUrl,
        facts: mergeFacts(company.facts, isAbout ? x.company : undefined, clipId, now, (k) =>
          fieldStrength(x, `company.${k}`, owner ? 'owner' : 'other'),
        ),
        updatedAt: now,
      };
      await db.companies.put(checked(CompanySchema, 'companies', stripUndefined(company), CANNOT));
    }

    let person: Person | undefined;
    if (x.kind === 'person-profile' && x.person?.name) {
      person = await upsertProfile(db, x, {
        clipId,
        companyId: company?.id,
        companyByUser: !!opts.companyId,
        personId: opts.personId,
        clippedPersonId: existing?.personId,
        now,
        newId,
      });
    }
    // A story's people are the people of the company it is about: saved to another company it names
    // (the user researching Quillfen clips "Tallowmere Logistics to buy Quillfen"), the Tallowmere
    // chief executive it quotes is no Quillfen person. Nor when the user corrected which company it is
    // about: its people were read as the people of the company Rapport took it to be about.
    const about = x.kind === 'article' ? x.article?.aboutCompany : undefined;
    const corrected = x.sources['article.aboutCompany'] === 'user';
    const theirs = !about || (!corrected && !!company && companyNameKey(about) === company.nameKey);
    if (company && theirs && x.people?.length) await addMentions(db, x, x.people, company.id, clipId, now, newId);

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
    await putClips(db, [checked(ClipSchema, 'clips', stripUndefined(clip), CANNOT)]);
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

/** A clip that moved to another company takes its facts with it. */
async function forgetClip(db: RapportDb, companyId: string, clipId: string): Promise<void> {
  const c = await db.companies.get(companyId);
  if (c) await db.companies.put({ ...c, facts: mergeFacts(c.facts, undefined, clipId, 0) });
}
