import type { Transaction } from 'dexie';
import { linkedinCompanyUrl, linkedinProfileUrl } from '../extract/facts';
import {
  COMPANY_FACT_KEYS,
  type Clip,
  type Company,
  type CompanyFactKey,
  type Interview,
  type Person,
  type Strength,
} from '../schema/dossier';
import { LIMITS } from '../schema/common';
import { fitFacts } from '../facts';
import { hostSuffixes } from './host-suffixes';
import { companyNameKey } from './names';
import { onLinkedIn } from './trust';

type ClipHead = Pick<Clip, 'id' | 'url' | 'extraction'>;

/**
 * Who vouched for a fact a clip stated about a company, for facts saved before strengths were
 * kept: the user (corrected in the popup), the company's own site or LinkedIn page, else another
 * page. Companies keep registrable domains, so a suffix of the clip's host finds them without the
 * Public Suffix List (this runs in every page's database upgrade).
 */
export function factStrengthOf(company: Company, clip: ClipHead | undefined, key: CompanyFactKey): Strength {
  if (!clip) return 'other';
  if (clip.extraction?.sources?.[`company.${key}`] === 'user') return 'user';
  const ownSite = hostSuffixes(clip.url).some((d) => company.domains.includes(d));
  const ownLinkedin = onLinkedIn(clip.url) && !!company.linkedinUrl && linkedinCompanyUrl(clip.url) === company.linkedinUrl;
  return ownSite || ownLinkedin ? 'owner' : 'other';
}

/** A company's facts with a strength on every entry (those that had one keep it). */
export function withFactStrengths(company: Company, clips: Map<string, ClipHead>): Company['facts'] {
  const out: Company['facts'] = {};
  for (const key of COMPANY_FACT_KEYS) {
    const entries = company.facts[key];
    if (entries)
      out[key] = entries.map((e) => (e.strength ? e : { ...e, strength: factStrengthOf(company, clips.get(e.sourceClipId), key) }));
  }
  return out;
}

/**
 * Database version 5: a dossier saved by older versions, made whole. Facts get the strength of
 * their source; references an older merge left dangling go (a fact citing a clip that is gone, a
 * clip, person or meeting pointing at a record that is gone); derived values that outgrew their
 * limits are derived again within them (a name key, a re-encoded LinkedIn address, a fact list
 * item). Afterwards every record can be exported and restored.
 */
export async function repairDossier(tx: Transaction): Promise<void> {
  const clips = new Map((await tx.table<Clip, string>('clips').toArray()).map((c) => [c.id, c]));
  const companyIds = new Set((await tx.table<Company, string>('companies').toCollection().primaryKeys()) as string[]);
  const personIds = new Set((await tx.table<Person, string>('people').toCollection().primaryKeys()) as string[]);
  await tx
    .table<Company, string>('companies')
    .toCollection()
    .modify((c) => {
      const facts = fitFacts(withFactStrengths(c, clips));
      for (const key of COMPANY_FACT_KEYS) {
        const kept = facts[key]?.filter((e) => clips.has(e.sourceClipId));
        if (kept?.length) facts[key] = kept;
        else delete facts[key];
      }
      c.facts = facts;
      c.nameKey = companyNameKey(c.name);
      if (c.linkedinUrl && c.linkedinUrl.length > LIMITS.url) delete c.linkedinUrl;
    });
  // Only the records that need it are rewritten (a rewrite runs the hooks, which derive more).
  await tx
    .table<Clip, string>('clips')
    .filter((c) => (!!c.companyId && !companyIds.has(c.companyId)) || (!!c.personId && !personIds.has(c.personId)))
    .modify((c) => {
      if (c.companyId && !companyIds.has(c.companyId)) delete c.companyId;
      if (c.personId && !personIds.has(c.personId)) delete c.personId;
    });
  await tx
    .table<Person, string>('people')
    .filter(
      (p) =>
        (!!p.currentCompanyId && !companyIds.has(p.currentCompanyId)) ||
        (!!p.referredBy && !personIds.has(p.referredBy)) ||
        (p.profileUrl?.length ?? 0) > LIMITS.url ||
        p.sourceClipIds.some((id) => !clips.has(id)),
    )
    .modify((p) => {
      if (p.currentCompanyId && !companyIds.has(p.currentCompanyId)) delete p.currentCompanyId;
      if (p.referredBy && !personIds.has(p.referredBy)) delete p.referredBy;
      if (p.profileUrl && p.profileUrl.length > LIMITS.url) p.profileUrl = linkedinProfileUrl(p.profileUrl);
      if (!p.profileUrl) delete p.profileUrl;
      p.sourceClipIds = p.sourceClipIds.filter((id) => clips.has(id));
    });
  await tx
    .table<Interview, string>('interviews')
    .filter((i) => (!!i.companyId && !companyIds.has(i.companyId)) || (!!i.personId && !personIds.has(i.personId)))
    .modify((i) => {
      if (i.companyId && !companyIds.has(i.companyId)) delete i.companyId;
      if (i.personId && !personIds.has(i.personId)) delete i.personId;
    });
}
