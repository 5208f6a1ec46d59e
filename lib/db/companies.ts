import type { Company } from '../schema/dossier';
import type { PageExtraction } from '../schema/page-extraction';
import { linkedinCompanyUrl } from '../extract/facts';
import { JOB_BOARD_HOSTS } from '../extract/job-posting';
import type { RapportDb } from './database';
import { ownDomain } from './domains';
import { companyNameKey } from './names';

/** What an extraction says about which company it belongs to. */
export interface CompanyClues {
  name?: string;
  domains: string[];
  linkedinUrl?: string;
  /** May a new company be created from these clues? Not for a news story about no known company. */
  mayCreate: boolean;
}

export function companyClues(x: PageExtraction): CompanyClues {
  const domains = new Set<string>();
  const pageDomain = ownDomain(x.url);
  const siteDomain = ownDomain(x.company?.website);
  if (x.kind === 'company-page' || x.kind === 'other') {
    if (pageDomain) domains.add(pageDomain);
  }
  if (x.kind === 'company-page' || x.kind === 'company-profile') {
    if (siteDomain) domains.add(siteDomain);
  }
  const fromPage = x.kind === 'company-profile' || x.kind === 'company-page' || x.kind === 'other';
  if (x.kind === 'person-profile') {
    return {
      name: x.person?.currentCompany,
      domains: [],
      linkedinUrl: linkedinCompanyUrl(x.person?.currentCompanyUrl),
      mayCreate: !!x.person?.currentCompany,
    };
  }
  if (x.kind === 'job-posting') {
    // The employer, by the name the posting gives. A board or an ATS (LinkedIn, SEEK, Greenhouse…)
    // hosts many employers' postings: only a posting on the employer's own site vouches for its domain.
    const onBoard = isJobBoard(x.url);
    return {
      name: x.job?.company,
      domains: pageDomain && !onBoard ? [pageDomain] : [],
      mayCreate: !!x.job?.company,
    };
  }
  if (x.kind === 'article') {
    return { name: x.article?.aboutCompany, domains: pageDomain ? [pageDomain] : [], mayCreate: !!x.article?.aboutCompany };
  }
  return {
    name: fromPage ? x.company?.name : undefined,
    domains: [...domains],
    linkedinUrl: linkedinCompanyUrl(x.company?.linkedinUrl) ?? (x.kind === 'company-profile' ? linkedinCompanyUrl(x.url) : undefined),
    mayCreate: !!x.company?.name && (x.kind !== 'other' || domains.size > 0),
  };
}

/** Finds the company these clues point at: LinkedIn URL first, then own domain, then name. */
export async function findCompany(db: RapportDb, clues: CompanyClues): Promise<Company | undefined> {
  if (clues.linkedinUrl) {
    const c = await db.companies.where('linkedinUrl').equals(clues.linkedinUrl).first();
    if (c) return c;
  }
  for (const domain of clues.domains) {
    const c = await db.companies.where('domains').equals(domain).first();
    if (c) return c;
  }
  if (clues.name) {
    const key = companyNameKey(clues.name);
    if (key) return db.companies.where('nameKey').equals(key).first();
  }
  return undefined;
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
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}\\p{N}])`, 'gu');
    const count = haystack.match(re)?.length ?? 0;
    if (count && (!best || count > best.count)) best = { company, count };
  });
  return best?.company;
}

function isJobBoard(url: string): boolean {
  try {
    return JOB_BOARD_HOSTS.test(new URL(url).hostname);
  } catch {
    return true;
  }
}
