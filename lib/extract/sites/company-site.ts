import type { PageExtraction, PersonMention } from '../../schema/page-extraction';
import { cleanLine, httpUrlOf } from '../clean';
import { prune } from '../facts';
import { genericExtraction } from '../generic';
import { isCareersPage, jobOpenings } from '../jobs';
import { ARTICLE_TYPES, isType, objectsOf, ORGANIZATION_TYPES, PERSON_TYPES, textOf, typesOf } from '../json-ld';
import { type Metadata, readMetadata } from '../metadata';
import { companyDescription } from '../about-text';
import { summaryOf } from '../summary';
import { companyName } from '../company-name';
import { linkedinCompanyUrl } from '../facts';
import { type PageRole, pageRole } from '../page-role';
import { findPostalAddress, textLines } from '../postal-address';
import { menuProducts } from '../site-menus';
import { socialLinks, socialsFromSameAs } from '../socials';
import { isPlatformHost } from '../platforms';
import { labelledFacts } from '../labelled-facts';
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
  // A page saved from a company's site and opened from disk is still that site's page, when it
  // says which address it is (the registry then checks that address is a company's site).
  claims: (doc) =>
    /^https?:\/\//i.test(
      (
        doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ??
        doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content') ??
        ''
      ).trim(),
    ),
  extract(doc, url, opts) {
    if (!/^https?:$/.test(url.protocol) || isPlatformHost(url.hostname)) return null;
    let md = readMetadata(doc, url);
    const role = pageRole(url, md.title);
    // WordPress and its kin mark every page og:type "article": an About, team, contact or careers
    // page with nothing else of a story (no Article JSON-LD, no publishing date) is the company's.
    if (role !== 'other' && role !== 'home' && md.ogType === 'article' && !md.meta.has('article:published_time')) {
      if (!md.ld.nodes.some((n) => isType(n, ARTICLE_TYPES))) md = { ...md, ogType: undefined };
    }
    const x = genericExtraction(doc, url, md, opts);
    x.extractor = 'company-site';
    if (x.kind === 'company-page') return enrichCompanyPage(doc, url, x, md, role);
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

function enrichCompanyPage(doc: Document, url: URL, x: PageExtraction, md: Metadata, role: PageRole): PageExtraction {
  const company = { ...x.company };
  const orgNamed = x.sources['company.name'] === 'json-ld' || x.sources['company.name'] === 'microdata';
  if (!orgNamed) {
    const name = companyName(doc, url, md);
    if (name) {
      company.name = name;
      x.sources['company.name'] = 'meta';
    }
  }
  // The description: Organization JSON-LD, else what the page says the company does.
  if (x.sources['company.description'] !== 'json-ld' && x.sources['company.description'] !== 'microdata') {
    const productPage = md.ld.nodes.some((n) => typesOf(n).includes('Product')) || /product/.test(md.ogType ?? '');
    company.description = companyDescription(doc, {
      name: company.name,
      host: url.hostname,
      role,
      meta: cleanLine(md.meta.get('description'), 5_000) ?? md.description,
      productPage,
    });
    if (company.description) x.sources['company.description'] = 'dom';
    else delete x.sources['company.description'];
  }
  company.summary = summaryOf(company.description);
  if (company.summary) x.sources['company.summary'] = x.sources['company.description'] ?? 'dom';

  const lines = textLines(doc.body);
  const postal = findPostalAddress(lines);
  if (postal && !company.address) {
    company.address = postal.address;
    x.sources['company.address'] = 'dom';
  }
  if (postal && !company.headquarters) {
    company.headquarters = postal.place;
    x.sources['company.headquarters'] = 'dom';
  }

  // A facts table ("Founded | 1949") before the prose, which says the same more loosely.
  const labelled = labelledFacts(doc);
  for (const [key, value] of Object.entries(labelled) as Array<[keyof typeof labelled, never]>) {
    if (key === 'size' || key === 'sizeMin' || key === 'sizeMax') {
      if (company.size === undefined && labelled.size !== undefined) {
        Object.assign(company, { size: labelled.size, sizeMin: labelled.sizeMin, sizeMax: labelled.sizeMax });
        x.sources['company.size'] = 'dom';
      }
      continue;
    }
    if (company[key] === undefined) {
      company[key] = value;
      x.sources[`company.${key}`] = 'dom';
    }
  }

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

  // Profiles elsewhere: JSON-LD sameAs when it names any, else the page's icon links.
  const fromLd = company.socials ? socialsFromSameAs(company.socials) : [];
  const socials = fromLd.length ? fromLd : socialLinks(doc, url);
  company.socials = socials.length ? socials : undefined;
  if (socials.length) x.sources['company.socials'] = fromLd.length ? 'json-ld' : 'dom';
  company.linkedinUrl ??= socials.map(linkedinCompanyUrl).find(Boolean);

  if (!company.products) {
    const products = menuProducts(doc, url);
    if (products.length) {
      company.products = products;
      x.sources['company.products'] = 'dom';
    }
  }

  if (company.website) company.domain = bareHost(company.website);
  x.company = prune(company);
  const people = mergePeople(teamMembers(doc, url, { role, companyName: company.name }), [...(x.people ?? []), ...ldMembers(md, url)]);
  if (people.length) {
    x.people = people;
    x.sources.people = x.sources.people ?? 'dom';
  }
  if (role === 'careers' || isCareersPage(url)) {
    const jobs = jobOpenings(doc, url);
    if (jobs.length) {
      x.jobs = jobs;
      x.sources.jobs = 'dom';
    }
  }
  return x;
}

/** People an Organization lists as `member` (generic JSON-LD reading takes `employee` and `founder`). */
function ldMembers(md: Metadata, url: URL): PersonMention[] {
  const out: PersonMention[] = [];
  for (const org of md.ld.nodes.filter((n) => isType(n, ORGANIZATION_TYPES)))
    for (const m of objectsOf(md.ld, org, 'member').filter((n) => isType(n, PERSON_TYPES))) {
      const name = cleanLine(textOf(md.ld, m, 'name'));
      if (name)
        out.push(prune({ name, title: cleanLine(textOf(md.ld, m, 'jobTitle')), profileUrl: httpUrlOf(textOf(md.ld, m, 'url'), url) }));
    }
  return out;
}

/** The page's people, with what the structured data adds: a title the card lacks, people the cards miss. */
function mergePeople(dom: PersonMention[], ld: PersonMention[]): PersonMention[] {
  const out = dom.map((p) => ({ ...p }));
  for (const l of ld) {
    const same = out.find((p) => p.name.toLowerCase() === l.name.toLowerCase());
    if (!same) out.push(l);
    else {
      same.title ??= l.title;
      same.profileUrl ??= l.profileUrl;
    }
  }
  return out.slice(0, 200);
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
