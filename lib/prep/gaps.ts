import { shownFact } from '../facts';
import { factLabel } from '../schema/company-facts';
import type { Clip } from '../schema/dossier';
import { founding } from './bank/helpers';
import { possessive } from './clean';
import type { Signals } from './signals';
import type { Gap, PrepInput } from './types';

/** A careers page, by its address or title ("/careers", "Join us", "Karriere"). */
const CAREERS = /\bcareers?\b|\bjobs\b|\bjoin (?:us|our team)\b|\bkarriere\b|\bcarri[èe]res?\b|\bwork with us\b/i;

/**
 * What to look up before the meeting — what a web page would answer but nobody clipped — with
 * where to look. The sheet asks none of it (issue 11: research first, don't ask).
 */
export function researchFirst(input: PrepInput, s: Signals): Gap[] {
  const { person, company, clips } = input;
  const gaps: Gap[] = [];
  const has = (pred: (c: Clip) => boolean) => clips.some(pred);
  const co = company?.name ?? 'the company';
  const cos = possessive(co);
  if (person && !has((c) => c.kind === 'person-profile' && (c.personId === person.id || person.sourceClipIds.includes(c.id))))
    gaps.push({
      what: `${possessive(person.name)} own profile: their path is half the conversation`,
      where: 'their LinkedIn profile, or a bio on the company site',
    });
  else if (person && !s.career.jobs.length && !s.career.current)
    gaps.push({
      what: `${possessive(person.name)} past roles: the profile came through without them`,
      where: 'open their profile and read the Experience section',
    });
  // Until their role is known, whether to ask them about the user's own move is not (engine.ts).
  if (!person)
    gaps.push({
      what: `Who you are meeting: their role and path${s.self.target ? `, before you ask them what a move into ${s.self.target.toLowerCase()} work takes` : ''}`,
      where: 'their LinkedIn profile, or the team page',
    });
  if (!company) {
    gaps.push({ what: 'Which company they work at now, and what it does', where: 'their profile, then the company’s own site' });
    return gaps;
  }
  const ownPage = has((c) => c.companyId === company.id && (c.kind === 'company-page' || c.kind === 'company-profile'));
  const missing = (['summary', 'size', 'headquarters'] as const).filter((k) => !shownFact(company, k));
  if (!ownPage)
    gaps.push({
      what: `${cos} own page: what it does, how big it is, where it is based`,
      where: `${cos} About page or its LinkedIn page`,
    });
  else if (missing.length)
    gaps.push({ what: missing.map((k) => factLabel(k)).join(', '), where: `${cos} LinkedIn page (size and headquarters) or About page` });
  // Recent stories with no event in them (an interview, an analysis) are recent news too.
  if (!s.events.some((e) => e.recent) && !s.stories.length)
    gaps.push({
      what: `Recent news about ${co} (the last six months): funding, launches, leadership`,
      where: `a news search for “${co}”, or its press page`,
    });
  if (!s.events.some((e) => e.kind === 'funding') && !shownFact(company, 'size'))
    // Nothing says whether it is a start-up or a listed company (Boeing): the gap names both, not a funding round alone.
    gaps.push({
      what: 'How it is funded: investors and rounds, or for a listed company its latest results',
      where: 'Crunchbase, or the company’s press or investor-relations page',
    });
  // Someone who wants to start a company is not looking for an opening ("Open roles, especially Founder").
  const careers = clips.find((c) => c.companyId === company.id && c.kind === 'company-page' && CAREERS.test(`${c.url} ${c.title}`));
  if (!s.openRoles.length && !founding(s))
    gaps.push({
      what: `Open roles${s.self.target ? `, especially ${s.self.target}` : ''}`,
      where: careers
        ? `none on the careers page you clipped: look again the week of the meeting, or the Jobs tab of ${cos} LinkedIn page`
        : `${cos} careers page`,
    });
  if (!s.referrals.length)
    gaps.push({
      what: 'Other people at the company to ask about at the end',
      where: `the team page, or the People tab of ${cos} LinkedIn page`,
    });
  return gaps;
}
