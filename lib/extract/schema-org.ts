import type { ArticleExtraction, CompanyExtraction, EducationEntry, ExperienceEntry, PersonExtraction } from '../schema/page-extraction';
import { cleanLine, cleanList, httpUrlOf } from './clean';
import { toIsoDate, yearOf } from './dates';
import { type JsonLd, type LdNode, isType, objectsOf, ORGANIZATION_TYPES, scalar, textOf, values } from './json-ld';
import { linkedinCompanyUrl, parseSize } from './facts';
import { prune } from '../objects';

/** schema.org Organization (and subtypes) → our company facts. */
export function organizationFacts(ld: JsonLd, org: LdNode, base: URL): CompanyExtraction {
  const sameAs = values(ld, org, 'sameAs')
    .map((v) => httpUrlOf(v))
    .filter((v): v is string => !!v);
  const employees = values(ld, org, 'numberOfEmployees')[0];
  const size = employeesOf(employees);
  return prune({
    name: cleanLine(textOf(ld, org, 'name') ?? textOf(ld, org, 'legalName')),
    website: httpUrlOf(textOf(ld, org, 'url'), base),
    description: unlessTemplate(cleanLine(textOf(ld, org, 'description'), 5_000)),
    industry: cleanLine(textOf(ld, org, 'industry')),
    headquarters: addressOf(ld, org),
    address: streetAddressOf(ld, org),
    founded: yearOf(textOf(ld, org, 'foundingDate')),
    ...size,
    linkedinUrl: sameAs.map(linkedinCompanyUrl).find(Boolean),
    socials: cleanList(sameAs, 30, 4_000),
  });
}

/**
 * "{Unforgettable Smile}{8500 Wilshire Blvd, …}{Beverly Hills}": a site builder's template filled
 * field by field into the description, not a text anyone wrote about the company.
 */
function unlessTemplate(text: string | undefined): string | undefined {
  return text && /^\{[^{}]*\}\s*\{/.test(text) ? undefined : text;
}

function employeesOf(value: unknown): Pick<CompanyExtraction, 'size' | 'sizeMin' | 'sizeMax'> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const q = value as LdNode;
    const v = scalar(q.value);
    const min = Number(scalar(q.minValue));
    const max = Number(scalar(q.maxValue));
    if (v) return parseSize(v);
    if (Number.isFinite(min) && Number.isFinite(max) && min > 0) return { size: `${min}-${max}`, sizeMin: min, sizeMax: max };
    return {};
  }
  const s = scalar(value);
  return s ? parseSize(s) : {};
}

export function addressOf(ld: JsonLd, node: LdNode): string | undefined {
  const addr = values(ld, node, 'address')[0] ?? values(ld, node, 'location')[0];
  if (typeof addr === 'string') return cleanLine(addr);
  if (!addr || typeof addr !== 'object') return undefined;
  const a = addr as LdNode;
  const inner = (a.address as LdNode | undefined) ?? a;
  const parts = ['addressLocality', 'addressRegion', 'addressCountry']
    .map((k) => (k === 'addressCountry' ? countryName(scalar(inner[k])) : scalar(inner[k])))
    .filter((v): v is string => !!v && !!v.trim());
  // LinkedIn writes the whole place in addressLocality and the country again beside it.
  const kept = parts.filter(
    (p, i) =>
      !parts.slice(0, i).some((q) =>
        q
          .toLowerCase()
          .split(/\s*,\s*/)
          .includes(p.trim().toLowerCase()),
      ),
  );
  return cleanLine(kept.join(', ')) ?? cleanLine(scalar(a.name));
}

/**
 * The street address of a PostalAddress, written as the country writes it: "1 Main St, Austin,
 * TX 78701" in the US, Canada and Australia, "12 Harbour Row, Bristol BS1 5TT" in the UK,
 * "Strombergstraße 21, 71636 Ludwigsburg" elsewhere. Only when it has a street.
 */
export function streetAddressOf(ld: JsonLd, node: LdNode): string | undefined {
  const addr = values(ld, node, 'address')[0] ?? objectsOf(ld, node, 'location').map((l) => l.address ?? l)[0];
  if (!addr || typeof addr !== 'object' || Array.isArray(addr)) return undefined;
  const a = ((addr as LdNode).address as LdNode | undefined) ?? (addr as LdNode);
  const written = cleanLine(scalar(a.streetAddress));
  if (!written) return undefined;
  const town = cleanLine(scalar(a.addressLocality));
  // "8500 Wilshire Blvd, Suite 505, Beverly Hills, CA, 90211" with "Beverly Hills" beside it: the
  // street field holds the whole address; its street is what comes before the town.
  const parts = written.split(/\s*,\s*/);
  const at = town ? parts.findIndex((p, i) => i > 0 && p.toLowerCase() === town.toLowerCase()) : -1;
  // A North American "…, CA, 90211" is written "…, CA 90211".
  if (at > 0) return cleanLine(written.replace(/\b([A-Z]{2}),\s*(\d{5}(?:-\d{4})?)$/, '$1 $2'));
  const street = written;
  const region = cleanLine(scalar(a.addressRegion));
  const postal = cleanLine(scalar(a.postalCode));
  const country = (scalar(a.addressCountry) ?? '').trim().toUpperCase();
  let tail: Array<string | undefined>;
  // No country, but a two-letter state and a ZIP or Canadian code: the page is North American.
  const northAmerican = !country && /^[A-Z]{2}$/.test(region ?? '') && /^(\d{5}(-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)$/i.test(postal ?? '');
  if (northAmerican || /^(US|USA|CA|AU|UNITED STATES)$/.test(country)) tail = [town, [region, postal].filter(Boolean).join(' ')];
  else if (/^(GB|UK|UNITED KINGDOM)$/.test(country)) tail = [[town, postal].filter(Boolean).join(' ')];
  else tail = [[postal, town].filter(Boolean).join(' ')];
  return cleanLine([street, ...tail].filter(Boolean).join(', '));
}

const SCHOOL_TYPES = new Set([
  'EducationalOrganization',
  'CollegeOrUniversity',
  'HighSchool',
  'School',
  'MiddleSchool',
  'ElementarySchool',
  'Preschool',
]);
// A Unicode-aware word edge: \b does not see "É" as a letter.
const SCHOOL_NAME =
  /(?:^|[^\p{L}])(university|universit[äéà]t?|université|universidad|college|school|institute|institut|academy|akademie|hochschule|école|ecole|polytechnique|lycée|gymnasium|conservatoire|seminary|mba)(?=$|[^\p{L}])/iu;

/** One role inside an Organization: LinkedIn writes `member: {@type: OrganizationRole, …}`. */
function roleOf(org: LdNode): LdNode | undefined {
  const m = org.member;
  const role = Array.isArray(m) ? m[0] : m;
  return role && typeof role === 'object' ? (role as LdNode) : undefined;
}

/** schema.org Person → our person fields; `alumniOf` mixes schools and employers, told apart here. */
export function personFacts(ld: JsonLd, person: LdNode, base: URL): PersonExtraction {
  const experience: ExperienceEntry[] = [];
  const education: EducationEntry[] = [];
  // LinkedIn lists current titles in `jobTitle`, in the order of `worksFor`, when roles carry none.
  const titles = values(ld, person, 'jobTitle').map(scalar);
  objectsOf(ld, person, 'worksFor').forEach((org, i) => {
    const position = positionOf(ld, org, true);
    experience.push(position.title || !titles[i] ? position : { title: cleanLine(titles[i]), ...position });
  });
  for (const org of objectsOf(ld, person, 'alumniOf')) {
    const name = cleanLine(textOf(ld, org, 'name'));
    if (
      isType(org, SCHOOL_TYPES) ||
      (!isType(org, ORGANIZATION_TYPES) && name && SCHOOL_NAME.test(name)) ||
      (name && SCHOOL_NAME.test(name) && !roleOf(org)?.roleName)
    ) {
      const role = roleOf(org);
      education.push(
        prune({
          school: name,
          degree: cleanLine(scalar(role?.roleName)),
          start: toIsoDate(scalar(role?.startDate)),
          end: toIsoDate(scalar(role?.endDate)),
        }),
      );
    } else experience.push(positionOf(ld, org, false));
  }
  const current = experience.find((e) => !e.end) ?? experience[0];
  const jobTitle = cleanLine(textOf(ld, person, 'jobTitle'));
  return prune({
    name: cleanLine(
      textOf(ld, person, 'name') ?? [textOf(ld, person, 'givenName'), textOf(ld, person, 'familyName')].filter(Boolean).join(' '),
    ),
    headline: jobTitle,
    currentTitle: current?.title ?? jobTitle,
    currentCompany: current?.company,
    location: addressOf(ld, person) ?? cleanLine(textOf(ld, person, 'homeLocation')),
    about: cleanLine(textOf(ld, person, 'description'), 10_000),
    profileUrl: httpUrlOf(textOf(ld, person, 'url'), base),
    experience: experience.filter((e) => e.company || e.title),
    education: education.filter((e) => e.school),
    skills: cleanList(values(ld, person, 'knowsAbout').map(scalar), 100),
  });
}

function positionOf(ld: JsonLd, org: LdNode, current: boolean): ExperienceEntry {
  const role = roleOf(org);
  return prune({
    title: cleanLine(scalar(role?.roleName) ?? scalar(role?.namedPosition)),
    company: cleanLine(textOf(ld, org, 'name')),
    companyUrl: httpUrlOf(textOf(ld, org, 'url')),
    start: toIsoDate(scalar(role?.startDate)),
    end: current ? undefined : toIsoDate(scalar(role?.endDate)),
    location: addressOf(ld, org),
    description: cleanLine(scalar(role?.description), 5_000),
  });
}

/** schema.org Article family → article facts. */
export function articleFacts(ld: JsonLd, article: LdNode): ArticleExtraction {
  const authors = objectsOf(ld, article, 'author').map((a) => scalar(a));
  const authorNames = values(ld, article, 'author').filter((a) => typeof a === 'string');
  const about = objectsOf(ld, article, 'about').find((n) => isType(n, ORGANIZATION_TYPES));
  return prune({
    title: cleanLine(textOf(ld, article, 'headline') ?? textOf(ld, article, 'name'), 2_000),
    authors: cleanList([...authors, ...authorNames], 20),
    publishedAt: toIsoDate(textOf(ld, article, 'datePublished') ?? textOf(ld, article, 'dateCreated')),
    siteName: cleanLine(textOf(ld, objectsOf(ld, article, 'publisher')[0], 'name')),
    excerpt: cleanLine(textOf(ld, article, 'description'), 2_000),
    aboutCompany: cleanLine(textOf(ld, about, 'name')),
  });
}

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** "GB" → "United Kingdom"; a name stays as written. */
export function countryName(value: string | undefined): string | undefined {
  if (!value || !/^[A-Za-z]{2}$/.test(value.trim())) return value;
  try {
    return regions.of(value.trim().toUpperCase()) ?? value;
  } catch {
    return value;
  }
}
