import { escapeRegExp } from '../text/regexp';
import type { Company } from '../schema/dossier';
import type { PageExtraction } from '../schema/page-extraction';
import { linkedinCompanyUrl } from '../extract/facts';
import { isJobsHost } from '../extract/job-posting';
import type { RapportDb } from './database';
import { ownDomain, pageDomain } from './domains';
import { companyNameKey } from './names';
import { onLinkedIn } from './trust';

/** What an extraction says about which company it belongs to. */
export interface CompanyClues {
  name?: string;
  /** The page's own domain, when the page is about a company on that company's site (trusted: the site owns it). */
  domains: string[];
  /** A LinkedIn company page, only as LinkedIn itself gives it (the page is on linkedin.com). */
  linkedinUrl?: string;
  /** May a new company be created from these clues? Not for a news story about no known company. */
  mayCreate: boolean;
  /**
   * The domains are where a story sits, not the company's own identity (an article): they may
   * find a company's own blog post, but a news site's domain never rules out the company it names.
   */
  domainsOfStory?: boolean;
  /**
   * Identities the page claims but does not own: a LinkedIn company page named by another site, a
   * website on another domain. Never matched on; the popup offers them to the user (companyHint).
   */
  claims: { linkedinUrl?: string; domain?: string };
}

export function companyClues(x: PageExtraction): CompanyClues {
  const own = pageDomain(x);
  const linkedin = onLinkedIn(x.url);
  const site = ownDomain(x.company?.website);
  const claimedSite = site && site !== own ? site : undefined;
  if (x.kind === 'person-profile') {
    const named = linkedinCompanyUrl(x.person?.currentCompanyUrl);
    return {
      name: x.person?.currentCompany,
      domains: [],
      linkedinUrl: linkedin ? named : undefined,
      mayCreate: !!x.person?.currentCompany,
      claims: { linkedinUrl: linkedin ? undefined : named },
    };
  }
  if (x.kind === 'job-posting') {
    // The employer, by the name the posting gives. A board or an ATS (LinkedIn, SEEK, Greenhouse…)
    // hosts many employers' postings: only a posting on the employer's own site vouches for its domain.
    const onBoard = isJobBoard(x.url);
    return {
      name: x.job?.company,
      domains: own && !onBoard ? [own] : [],
      mayCreate: !!x.job?.company,
      claims: {},
    };
  }
  if (x.kind === 'article') {
    return {
      name: x.article?.aboutCompany,
      domains: own ? [own] : [],
      domainsOfStory: true,
      mayCreate: !!x.article?.aboutCompany,
      claims: {},
    };
  }
  const about = x.kind === 'company-profile' || x.kind === 'company-page' || x.kind === 'other';
  const domains = (x.kind === 'company-page' || x.kind === 'other' || x.kind === 'company-profile') && own ? [own] : [];
  const named = linkedinCompanyUrl(x.company?.linkedinUrl);
  const self = linkedin && x.kind === 'company-profile' ? linkedinCompanyUrl(x.url) : undefined;
  return {
    name: about ? x.company?.name : undefined,
    domains,
    linkedinUrl: self ?? (linkedin ? named : undefined),
    mayCreate: !!x.company?.name && about && (x.kind !== 'other' || domains.length > 0),
    claims: { linkedinUrl: linkedin ? undefined : named, domain: claimedSite },
  };
}

/**
 * Finds the company these clues point at: LinkedIn page first, then own domain, then name. A
 * company found by name alone is not this one when their own identities disagree (each has a
 * domain of its own and they differ, or each has a LinkedIn page and they differ): two companies
 * can share a name, and a page cannot become another company by naming itself after it.
 */
export async function findCompany(db: RapportDb, clues: CompanyClues): Promise<Company | undefined> {
  if (clues.linkedinUrl) {
    const c = await db.companies.where('linkedinUrl').equals(clues.linkedinUrl).first();
    if (c) return c;
  }
  for (const domain of clues.domains) {
    const c = await db.companies.where('domains').equals(domain).first();
    if (c) return c;
  }
  return (await byName(db, clues)).find((c) => !conflicts(c, clues));
}

async function byName(db: RapportDb, clues: CompanyClues): Promise<Company[]> {
  const key = clues.name ? companyNameKey(clues.name) : '';
  return key ? db.companies.where('nameKey').equals(key).toArray() : [];
}

function conflicts(c: Company, clues: CompanyClues): boolean {
  const otherDomains =
    !clues.domainsOfStory && clues.domains.length > 0 && c.domains.length > 0 && !clues.domains.some((d) => c.domains.includes(d));
  const otherLinkedin = !!clues.linkedinUrl && !!c.linkedinUrl && c.linkedinUrl !== clues.linkedinUrl;
  return otherDomains || otherLinkedin;
}

/** A company of the dossier the page claims to be (or to belong to), for the user to confirm in the popup. */
export interface IdentityHint {
  id: string;
  name: string;
  /** Why Rapport asks, in a sentence. */
  reason: string;
}

export async function companyHint(db: RapportDb, clues: CompanyClues, matchedId: string | undefined): Promise<IdentityHint | undefined> {
  const hint = (c: Company | undefined, reason: (c: Company) => string) =>
    c && c.id !== matchedId ? { id: c.id, name: c.name, reason: reason(c) } : undefined;
  if (clues.claims.linkedinUrl) {
    const url = clues.claims.linkedinUrl;
    const c = await db.companies.where('linkedinUrl').equals(url).first();
    const h = hint(c, (c) => `This page says it belongs to ${c.name} (${url}), but only LinkedIn can vouch for a LinkedIn page.`);
    if (h) return h;
  }
  if (clues.claims.domain) {
    const domain = clues.claims.domain;
    const c = await db.companies.where('domains').equals(domain).first();
    const h = hint(
      c,
      (c) => `This page says its website is ${domain}, which is ${c.name}'s, but only ${domain} itself can vouch for that.`,
    );
    if (h) return h;
  }
  const namesake = (await byName(db, clues)).find((c) => conflicts(c, clues));
  return hint(
    namesake,
    (c) => `${c.name} in your dossier has the same name but its own ${c.domains.length ? `website (${c.domains[0]})` : 'LinkedIn page'}.`,
  );
}

/** The existing company a story names most often in its title and opening, if any. */
export async function companyMentionedIn(db: RapportDb, x: PageExtraction): Promise<Company | undefined> {
  const haystack = [x.title, x.article?.title, x.article?.excerpt, x.description, x.text?.slice(0, 3_000)]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
  if (!haystack) return undefined;
  let best: { company: Company; count: number } | undefined;
  await db.companies.each((company) => {
    const name = company.name.toLowerCase();
    if (name.length < 3) return;
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}(?=$|[^\\p{L}\\p{N}])`, 'gu');
    const count = haystack.match(re)?.length ?? 0;
    if (count && (!best || count > best.count)) best = { company, count };
  });
  return best?.company;
}

function isJobBoard(url: string): boolean {
  try {
    return isJobsHost(new URL(url).hostname);
  } catch {
    return true;
  }
}
