import type { RapportDb } from './database';
import { hostSuffixes } from './host-suffixes';
import { urlKey } from './url-key';
import { linkedinCompanyUrl, linkedinProfileUrl } from '../extract/facts';

/** The company and person a page belongs to, from its clip, its profile URL or its domain. */
export async function pageContext(db: RapportDb, url: string | undefined): Promise<{ companyId?: string; personId?: string }> {
  if (!url || !/^(https?|file):/.test(url)) return {};
  const clip = await db.clips.where('urlKey').equals(urlKey(url)).first();
  const profile = linkedinProfileUrl(url);
  const person = clip?.personId
    ? await db.people.get(clip.personId)
    : profile
      ? await db.people.where('profileUrl').equals(profile).first()
      : undefined;
  let companyId = clip?.companyId ?? person?.currentCompanyId;
  // A company's LinkedIn page, not clipped yet, belongs to the company that links to it.
  const companyPage = linkedinCompanyUrl(url);
  if (!companyId && companyPage) companyId = (await db.companies.where('linkedinUrl').equals(companyPage).first())?.id;
  if (!companyId) {
    // Companies store registrable domains only, so every suffix of the host can be looked up
    // at once: no Public Suffix List is needed to read (the side panel stays small).
    const suffixes = hostSuffixes(url);
    if (suffixes.length) companyId = (await db.companies.where('domains').anyOf(suffixes).first())?.id;
  }
  return { companyId, personId: person?.id };
}

/** The next planned meeting with this person (or, failing that, at this company) and its must-asks. */
export async function nextMeeting(db: RapportDb, ctx: { companyId?: string; personId?: string }, now = Date.now()) {
  const candidates = ctx.personId
    ? await db.interviews.where('personId').equals(ctx.personId).toArray()
    : ctx.companyId
      ? await db.interviews.where('companyId').equals(ctx.companyId).toArray()
      : [];
  // A meeting in progress or ahead; the most recent past one only if nothing is ahead.
  const planned = candidates.filter((i) => i.status === 'planned').sort((a, b) => a.when - b.when);
  const next = planned.find((i) => i.when + i.durationMinutes * 60_000 >= now) ?? planned[planned.length - 1];
  if (!next) return undefined;
  const questions = (await db.questions.where('interviewId').equals(next.id).sortBy('order')).filter((q) => q.mustAsk);
  const person = next.personId ? await db.people.get(next.personId) : undefined;
  return { interview: next, who: person?.name, mustAsk: questions.slice(0, 3).map((q) => q.text) };
}
