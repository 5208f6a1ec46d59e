import type { PageExtraction } from '../../schema/page-extraction';
import { cleanLine } from '../clean';
import { prune } from '../facts';
import { genericExtraction } from '../generic';
import { isCareersPage, jobOpenings } from '../jobs';
import { ARTICLE_TYPES, isType, objectsOf, textOf, typesOf } from '../json-ld';
import { readMetadata } from '../metadata';
import { isPlatformHost } from '../platforms';
import { proseFacts } from '../prose';
import { teamMembers } from '../team';
import type { Extractor } from '../types';
import { bareHost } from '../../text/hosts';

/**
 * A company's own site: what the generic reader finds, plus the facts its About page states in
 * prose, the people its team page lists, the roles its careers page offers, and — for a post on
 * its blog or a press release from its newsroom — the company the story is about (itself).
 */
export const companySite: Extractor = {
  id: 'company-site',
  matches: (url) => /^https?:$/.test(url.protocol) && !isPlatformHost(url.hostname),
  extract(doc, url, opts) {
    const md = readMetadata(doc, url);
    const x = genericExtraction(doc, url, md, opts);
    x.extractor = 'company-site';
    if (x.kind === 'company-page') return enrichCompanyPage(doc, url, x);
    if (x.kind === 'article') {
      const about = x.article?.aboutCompany ?? ownStorySubject(md.ld, md.siteName, x.text);
      if (about && x.article) {
        x.article = { ...x.article, aboutCompany: about };
        x.sources['article.aboutCompany'] ??= 'json-ld';
      }
    }
    return x;
  },
};

function enrichCompanyPage(doc: Document, url: URL, x: PageExtraction): PageExtraction {
  const company = { ...x.company };
  const prose = proseFacts(x.text);
  for (const [key, value] of Object.entries(prose) as Array<[keyof typeof prose, never]>) {
    // Structured data is trusted over sentences: prose only fills what is missing.
    if (key === 'size' || key === 'sizeMin' || key === 'sizeMax') {
      if (company.size === undefined) {
        Object.assign(company, { size: prose.size, sizeMin: prose.sizeMin, sizeMax: prose.sizeMax });
        x.sources['company.size'] = 'prose';
      }
      continue;
    }
    if (company[key] === undefined) {
      company[key] = value;
      x.sources[`company.${key}`] = 'prose';
    }
  }
  if (company.website) company.domain = bareHost(company.website);
  x.company = prune(company);
  const people = teamMembers(doc, url);
  if (people.length) {
    x.people = people;
    x.sources.people = 'dom';
  }
  if (isCareersPage(url)) {
    const jobs = jobOpenings(doc, url);
    if (jobs.length) {
      x.jobs = jobs;
      x.sources.jobs = 'dom';
    }
  }
  return x;
}

const DATELINE =
  /^\s*[\p{Lu}][\p{L} .,'-]{1,60},\s+[\p{L}]+\.?\s+\d{1,2},\s+\d{4}\s*(?:\/[^/]{2,40}\/)?\s*(?:--|—|–|-)\s*(.{2,200}?),?\s+(?:the|a|an|one of|which|today|has|announced|today announced)\b/mu;

/** Whose story this is when the company tells it: a blog post or a press release on its own site. */
function ownStorySubject(
  ld: ReturnType<typeof readMetadata>['ld'],
  siteName: string | undefined,
  text: string | undefined,
): string | undefined {
  const article = ld.nodes.find((n) => isType(n, ARTICLE_TYPES));
  const publisher = article ? objectsOf(ld, article, 'publisher')[0] : undefined;
  const publisherIsNews = publisher ? typesOf(publisher).includes('NewsMediaOrganization') : false;
  const types = article ? typesOf(article) : [];
  const publisherName = cleanLine(textOf(ld, publisher, 'name'));
  if (types.includes('BlogPosting') && publisherName && !publisherIsNews) return publisherName;
  const dateline = DATELINE.exec(text?.slice(0, 3_000) ?? '');
  if (dateline || types.includes('PressRelease')) {
    if (publisherName && !publisherIsNews) return publisherName;
    const subject = cleanLine(dateline?.[1]?.split(',')[0]);
    return subject ?? siteName;
  }
  return undefined;
}
