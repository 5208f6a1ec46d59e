import { shownFact } from '../facts';
import { factLabel } from '../schema/company-facts';
import type { Clip } from '../schema/dossier';
import type { Signals } from './signals';
import type { Gap, PrepInput } from './types';

/**
 * What to look up before the meeting — what a web page would answer but nobody clipped — with
 * where to look. The sheet asks none of it (issue 11: research first, don't ask).
 */
export function researchFirst(input: PrepInput, s: Signals): Gap[] {
  const { person, company, clips } = input;
  const gaps: Gap[] = [];
  const has = (pred: (c: Clip) => boolean) => clips.some(pred);
  const co = company?.name ?? 'the company';
  if (person && !has((c) => c.kind === 'person-profile' && (c.personId === person.id || person.sourceClipIds.includes(c.id))))
    gaps.push({
      what: `${person.name}'s own profile: their path is half the conversation`,
      where: 'their LinkedIn profile, or a bio on the company site',
    });
  else if (person && !s.career.jobs.length && !s.career.current)
    gaps.push({
      what: `${person.name}'s past roles: the profile came through without them`,
      where: 'open their profile and read the Experience section',
    });
  if (!person) gaps.push({ what: 'Who you are meeting: their role and path', where: 'their LinkedIn profile, or the team page' });
  if (!company) {
    gaps.push({ what: 'Which company they work at now, and what it does', where: 'their profile, then the company’s own site' });
    return gaps;
  }
  const ownPage = has((c) => c.companyId === company.id && (c.kind === 'company-page' || c.kind === 'company-profile'));
  const missing = (['summary', 'size', 'headquarters'] as const).filter((k) => !shownFact(company, k));
  if (!ownPage)
    gaps.push({
      what: `${co}'s own page: what it does, how big it is, where it is based`,
      where: `${co}'s About page or its LinkedIn page`,
    });
  else if (missing.length)
    gaps.push({ what: missing.map((k) => factLabel(k)).join(', '), where: `${co}'s LinkedIn page (size and headquarters) or About page` });
  if (!s.events.some((e) => e.recent))
    gaps.push({
      what: `Recent news about ${co} (the last six months): funding, launches, leadership`,
      where: `a news search for “${co}”, or its press page`,
    });
  if (!s.events.some((e) => e.kind === 'funding') && !shownFact(company, 'size'))
    gaps.push({ what: 'Funding and investors', where: 'Crunchbase, or the company’s press page' });
  if (!s.openRoles.length)
    gaps.push({ what: `Open roles${s.self.target ? `, especially ${s.self.target}` : ''}`, where: `${co}'s careers page` });
  if (!s.referrals.length)
    gaps.push({
      what: 'Other people at the company to ask about at the end',
      where: `the team page, or the People tab of ${co}'s LinkedIn page`,
    });
  return gaps;
}
