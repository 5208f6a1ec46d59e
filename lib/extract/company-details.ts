import type { PageExtraction, PersonMention } from '../schema/page-extraction';
import { companyDescription, describesCompany } from './about-text';
import { definesCompany, opensWithCompany } from './company-definition';
import { cleanLine, httpUrlOf } from './clean';
import { checkedLdName, companyName } from './company-name';
import { linkedinCompanyUrl } from './facts';
import { prune } from '../objects';
import { isCareersPage, jobOpenings } from './jobs';
import { isType, objectsOf, ORGANIZATION_TYPES, PERSON_TYPES, textOf, typesOf } from './json-ld';
import { labelledFacts } from './labelled-facts';
import type { Metadata } from './metadata';
import type { PageRole } from './page-role';
import { findPostalAddress, textLines } from './postal-address';
import { menuProducts } from './site-menus';
import { mergePeople } from './merge-people';
import { personalProfileLinks, profileForName, socialLinks, socialsFromSameAs } from './socials';
import { summaryOf } from './summary';
import { looksLikeName } from './person-name';
import { teamMembers } from './team';
import { bareHost } from '../text/hosts';
import type { DetailsContext } from './types';

/**
 * The details of a company's own page that its markup and text hold beyond the metadata: the
 * name as the site writes it, what the company does, its address, facts tables and sentences,
 * profiles elsewhere, products from its menus, its people and its open roles. Kept out of the
 * injected clipper (like Readability for articles): the background injects it as a second
 * script for company pages only (entrypoints/company-details.ts); the command line and the
 * tests run both at once (lib/extract/full.ts).
 */
export function companyDetails(doc: Document, url: URL, first: PageExtraction, context: DetailsContext): PageExtraction {
  // The first reading stays as the clipper returned it: the details go on a copy.
  return enrichCompanyPage(doc, url, { ...first, sources: { ...first.sources } }, context.md, context.role);
}

function enrichCompanyPage(doc: Document, url: URL, x: PageExtraction, md: Metadata, role: PageRole): PageExtraction {
  const company = { ...x.company };
  const lines = textLines(doc.body);
  const postal = findPostalAddress(lines);
  // A LocalBusiness named as its practitioner ("Lovely C. Laban, GNP-C, MSN") names a person, not the business.
  // A node that gives only its legalName ("Loom Inc.") leaves the everyday name to the page's other cues.
  const legalOnly = md.ld.nodes.some((n) => !textOf(md.ld, n, 'name') && textOf(md.ld, n, 'legalName') === company.name);
  const orgNamed =
    (x.sources['company.name'] === 'json-ld' || x.sources['company.name'] === 'microdata') &&
    !legalOnly &&
    !isCredentialledPerson(company.name);
  if (orgNamed && company.name) {
    const checked = checkedLdName(company.name, doc, url, md, { addressee: postal?.addressee });
    if (checked !== company.name) {
      company.name = checked;
      x.sources['company.name'] = 'meta';
    }
  } else {
    const name = companyName(doc, url, md, { addressee: postal?.addressee });
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
  // An About text that opens with the company's history ("Formed 1926 in Farmington …", "Die X
  // GmbH wurde 2008 … gegründet") does not say what it does: the page's own one-line description does.
  if (company.summary && HISTORY.test(company.summary) && !DEFINES_AFTER_HISTORY.test(company.summary.split(/(?<=[.!?])\s/)[0]!)) {
    const line = [md.meta.get('og:description'), md.meta.get('description')]
      .map((d) => cleanLine(d, 1_000))
      .find((d) => d && describesCompany(d) && !company.description?.startsWith(d.slice(0, 60)));
    if (line) company.summary = summaryOf(line);
  }
  // An About page that opens with a story or a promise ("Wenn es um die Beschattung … geht",
  // "Notre mission est …") does not say what the company does; a meta line that defines the
  // company does ("Sunreflex ist Ihr Spezialist für …", "Première agence …, Esthetic Planet propose …").
  if (role === 'about' && company.summary && company.name && x.sources['company.description'] === 'dom') {
    const first = company.summary.split(/(?<=[.!?])\s/)[0]!;
    const line = cleanLine(md.meta.get('description') ?? md.meta.get('og:description'), 1_000);
    if (
      line &&
      !opensWithCompany(first, company.name, url.hostname) &&
      definesCompany(line, company.name, url.hostname) &&
      describesCompany(line)
    )
      company.summary = summaryOf(line);
  }
  // A line that opens on proof or praise before the sentence that defines the company is read in
  // the background (lib/extract/company-prose.ts afterPraise).
  if (company.summary) x.sources['company.summary'] = x.sources['company.description'] ?? 'dom';

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

  if (company.website) company.domain = bareHost(company.website);
  x.company = prune(company);
  const team = teamMembers(doc, url, { role, companyName: company.name });
  // The people the page's sentences and labelled lines name ("Geschäftsführer: Max Muster",
  // founders, biographies, appointments) are read in the background, from the lines this script
  // returns (lib/extract/company-prose.ts).
  const people = mergePeople(team, [...(x.people ?? []), ...ldMembers(md, url)]);
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
  if (role === 'careers' || isCareersPage(url)) {
    const jobs = jobOpenings(doc, url);
    if (jobs.length) {
      x.jobs = jobs;
      x.sources.jobs = 'dom';
    }
  }
  return x;
}

/** "Lovely C. Laban, GNP-C, MSN", "Jo Ng, MD": a person's name and the letters after it (never a firm's legal form). */
function isCredentialledPerson(name: string | undefined): boolean {
  const m = /^([^,]+),\s*((?:[A-Z][A-Za-z]{1,4}(?:-[A-Z]{1,2})?\.?)(?:,\s*[A-Z][A-Za-z]{1,4}(?:-[A-Z]{1,2})?\.?)*)$/.exec(name ?? '');
  return !!m && looksLikeName(m[1]!.trim()) && !/\b(LLC|LLP|PLLC|LP|Inc|Ltd|PLC|PC|P\.C|PA|P\.A|Co|Corp|GmbH|AG|SA|BV|NV)\b/i.test(m[2]!);
}

/** A sentence that tells when and how the company began, not what it does. */
const HISTORY =
  /^[^.!?]{0,80}?\b(founded|formed|established|incorporated|started|launched|gegründet|fondée?|créée?|opgericht)\b[^.!?]{0,100}?\b(1[89]\d\d|20\d\d)\b|^[^.!?]{0,60}?\b(wurde|was)\s+(1[89]\d\d|20\d\d)\b|^(?:in|im jahre?|en|in het jaar)\s+(1[89]\d\d|20\d\d)\s*,/i;

/** "Established in April 2000, Acme Ltd is a company dealing in …": the same sentence goes on to say what it does. */
const DEFINES_AFTER_HISTORY =
  /,\s+(?:the company\s+|(?:\p{Lu}[\p{L}.&'’-]*\s+){1,4})(?:is|are|has|have|makes|provides|offers|sells|designs|builds|develops|specializes|specialises|ist|hat|bietet|entwickelt|est|propose|offre|biedt|heeft)\s/u;

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
