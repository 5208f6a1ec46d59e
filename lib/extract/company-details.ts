import type { PageExtraction, PersonMention } from '../schema/page-extraction';
import { companyDescription } from './about-text';
import { cleanLine, httpUrlOf } from './clean';
import { checkedLdName, companyName } from './company-name';
import { linkedinCompanyUrl } from './facts';
import { prune } from '../objects';
import { isCareersPage, jobOpenings } from './jobs';
import { isType, objectsOf, ORGANIZATION_TYPES, PERSON_TYPES, textOf, typesOf } from './json-ld';
import { labelledFacts } from './labelled-facts';
import type { Metadata } from './metadata';
import type { PageRole } from './page-role';
import { textLines } from './text-lines';
import { menuProducts } from './site-menus';
import { mergePeople } from './merge-people';
import { personalProfileLinks, profileForName, socialLinks, socialsFromSameAs } from './socials';
import { looksLikeName } from './person-name';
import { teamMembers } from './team';
import { vacancyPage } from './vacancy-page';
import { bareHost } from '../text/hosts';
import type { DetailsContext } from './types';
import type { SummaryHints } from './summary-hints';

/**
 * The details of a company's own page that its markup and text hold beyond the metadata: the
 * name as the site writes it, what the company does, its address, facts tables and sentences,
 * profiles elsewhere, products from its menus, its people and its open roles. Kept out of the
 * injected clipper (like Readability for articles): the background injects it as a second
 * script for company pages only (entrypoints/company-details.ts); the command line and the
 * tests run both at once (lib/extract/full.ts).
 */
export function companyDetails(doc: Document, url: URL, first: PageExtraction, context: DetailsContext): PageExtraction {
  // An employer's page for one vacancy is a job posting, which the clipper has no room to tell apart.
  const vacancy = vacancyPage(doc, url, context.md, first);
  if (vacancy) return vacancy;
  // The first reading stays as the clipper returned it: the details go on a copy.
  return enrichCompanyPage(doc, url, { ...first, sources: { ...first.sources } }, context.md, context.role);
}

function enrichCompanyPage(doc: Document, url: URL, x: PageExtraction, md: Metadata, role: PageRole): PageExtraction {
  const company = { ...x.company };
  // A LocalBusiness named as its practitioner ("Lovely C. Laban, GNP-C, MSN") names a person, not the business.
  // A node that gives only its legalName ("Loom Inc.") leaves the everyday name to the page's other cues.
  const legalOnly = md.ld.nodes.some((n) => !textOf(md.ld, n, 'name') && textOf(md.ld, n, 'legalName') === company.name);
  const orgNamed =
    (x.sources['company.name'] === 'json-ld' || x.sources['company.name'] === 'microdata') &&
    !legalOnly &&
    !isCredentialledPerson(company.name);
  if (orgNamed && company.name) {
    const checked = checkedLdName(company.name, doc, url, md);
    if (checked !== company.name) {
      company.name = checked;
      x.sources['company.name'] = 'meta';
    }
  } else {
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
  // The summary (its first sentences, checked against the page's meta lines) is read in the
  // background (lib/extract/summary-hints.ts), which has the room for the sentence patterns.
  delete company.summary;
  delete x.sources['company.summary'];

  // The street address and its place are read from the page's lines in the background
  // (lib/extract/page-postal.ts), which outranks the facts table's place as it did here.

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

  // Profiles elsewhere: JSON-LD sameAs when it names any, else the page's icon links.
  const fromLd = company.socials ? socialsFromSameAs(company.socials) : [];
  const socials = fromLd.length ? fromLd : socialLinks(doc, url);
  company.socials = socials.length ? socials : undefined;
  if (socials.length) x.sources['company.socials'] = fromLd.length ? 'json-ld' : 'dom';
  company.linkedinUrl ??= socials.map(linkedinCompanyUrl).find(Boolean);

  // A sentence of the page's own that lists them ("Wir bieten X, Y sowie Z an") adds, in the
  // background, those the menus leave out (lib/extract/company-prose.ts).
  if (!company.products) {
    const products = menuProducts(doc, url);
    if (products.length) {
      company.products = products;
      x.sources['company.products'] = 'dom';
    }
  }

  // "…/index.html" (microdata's url on the logo's link home): the home page's file names no other site than its folder.
  if (company.website) company.website = company.website.replace(/\/(?:index|default)\.(?:html?|php|aspx?|shtml)$/i, '/');
  if (company.website) company.domain = bareHost(company.website);
  x.company = prune(company);
  const team = teamMembers(doc, url, { role, companyName: company.name });
  // The people the page's sentences and labelled lines name ("Geschäftsführer: Max Muster",
  // founders, biographies, appointments) are read in the background, from the lines this script
  // returns (lib/extract/company-prose.ts).
  const jobs = role === 'careers' || isCareersPage(url) ? jobOpenings(doc, url) : [];
  // "Project Controls – Cost Controller (100%)" in a careers page's list is an open role, read
  // as a name and a title: a person whose name and title make up a role the page offers is none.
  const roles = jobs.map((j) => j.title.toLowerCase());
  const vacancy = (p: PersonMention) =>
    !!p.title && roles.some((r) => r.startsWith(p.name.toLowerCase()) && r.includes(p.title!.toLowerCase()));
  const people = mergePeople(team, [...(x.people ?? []), ...ldMembers(md, url)]).filter((p) => !vacancy(p));
  // A person's LinkedIn link elsewhere on the page (a footer icon, beside a contact block) is theirs.
  const links = personalProfileLinks(doc, url);
  for (const p of people) {
    const profile = p.profileUrl ? undefined : profileForName(links, p.name);
    if (profile) p.profileUrl = profile;
  }
  if (people.length) {
    x.people = people;
    x.sources.people = x.sources.people ?? 'dom';
  }
  if (jobs.length) {
    x.jobs = jobs;
    x.sources.jobs = 'dom';
  }
  return x;
}

/** "Lovely C. Laban, GNP-C, MSN", "Jo Ng, MD": a person's name and the letters after it (never a firm's legal form). */
function isCredentialledPerson(name: string | undefined): boolean {
  const m = /^([^,]+),\s*((?:[A-Z][A-Za-z]{1,4}(?:-[A-Z]{1,2})?\.?)(?:,\s*[A-Z][A-Za-z]{1,4}(?:-[A-Z]{1,2})?\.?)*)$/.exec(name ?? '');
  return !!m && looksLikeName(m[1]!.trim()) && !/\b(LLC|LLP|PLLC|LP|Inc|Ltd|PLC|PC|P\.C|PA|P\.A|Co|Corp|GmbH|AG|SA|BV|NV)\b/i.test(m[2]!);
}

/** The page's meta lines and part of the site, from which the background checks the summary (lib/extract/summary-hints.ts). */
export function summaryHintsOf(context: DetailsContext): SummaryHints {
  const { md, role } = context;
  const cut = (s: string | undefined) => s?.slice(0, 5_000);
  return prune(
    { og: cut(md.meta.get('og:description')), description: cut(md.meta.get('description')), about: role === 'about' || undefined },
    { empties: false },
  );
}

/** The page's own lines, from which the background reads what its sentences and labels state. */
export function pageLinesOf(doc: Document): string {
  return textLines(doc.body).join('\n').slice(0, 200_000);
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
