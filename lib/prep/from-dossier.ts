import { storyAliases } from './aliases';
import type { DossierData } from '../schema/export';
import type { Person } from '../schema/dossier';
import type { PrepInput } from './types';
import { companyOrgKeys, matchStrength, sureEmployer } from '../warm/org-keys';

/** A connection whose organisations match the company surely (the same test as the `orgs` index). */
const worksAt = (p: Person, company: NonNullable<PrepInput['company']>) => matchStrength(companyOrgKeys(company), p.orgs ?? []) === 'exact';

/**
 * The prep input for one person (or one company) of a dossier: their company, the clips of both,
 * the company's other people, the user's profile and the next planned interview. Used by the side panel and `npm run prep`.
 */
export function prepInputFor(
  d: DossierData,
  target: { personId?: string; companyId?: string; interviewId?: string },
  now: number,
): PrepInput {
  const interview = target.interviewId ? d.interviews.find((i) => i.id === target.interviewId) : undefined;
  const person = d.people.find((p) => p.id === (target.personId ?? interview?.personId));
  const companyId = target.companyId ?? interview?.companyId ?? person?.currentCompanyId;
  // A connection nobody attached works at the one company their export surely names.
  const company = companyId ? d.companies.find((c) => c.id === companyId) : person && sureEmployer(d.companies, person);
  const clips = d.clips.filter(
    (c) => (company && c.companyId === company.id) || (person && (c.personId === person.id || person.sourceClipIds.includes(c.id))),
  );
  const next =
    interview ??
    d.interviews
      .filter((i) => i.status === 'planned' && ((person && i.personId === person.id) || (!person && company && i.companyId === company.id)))
      .sort((a, b) => a.when - b.when)[0];
  const own = [...new Map(clips.map((c) => [c.id, c])).values()];
  const aliases = company ? storyAliases(company, own) : [];
  return {
    person,
    company: company && aliases.length ? { ...company, aliases } : company,
    clips: own,
    colleagues: company
      ? d.people.filter((p) => p.id !== person?.id && (p.currentCompanyId === company.id || (p.connection && worksAt(p, company))))
      : [],
    self: d.self,
    interview: next,
    now,
  };
}

/** A person by (part of) their name, case-insensitively; the first with a planned interview otherwise. */
export function findPerson(d: DossierData, name: string | undefined): Person | undefined {
  if (name) {
    const q = name.toLowerCase();
    return d.people.find((p) => p.name.toLowerCase() === q) ?? d.people.find((p) => p.name.toLowerCase().includes(q));
  }
  const planned = new Set(d.interviews.filter((i) => i.status === 'planned').map((i) => i.personId));
  return d.people.find((p) => planned.has(p.id)) ?? d.people[0];
}
