import type {
  CompanyExtraction,
  EducationEntry,
  ExperienceEntry,
  PageExtraction,
  PersonExtraction,
  PersonMention,
} from '../../schema/page-extraction';
import { bareHost } from '../../text/hosts';
import { firstSentences } from '../../text/sentences';
import { cleanLine, httpUrlOf } from '../clean';
import { toIsoDate, yearOf } from '../dates';
import { linkedinCompanyUrl, parseSize } from '../facts';
import { prune } from '../../objects';
import { isType, type LdNode, objectsOf, ORGANIZATION_TYPES, PERSON_TYPES, typesOf } from '../json-ld';
import { readMetadata } from '../metadata';
import { organizationFacts, personFacts } from '../schema-org';
import { pageText } from '../text';
import type { Extractor } from '../types';

/**
 * Crunchbase: a directory, never the company. Two layouts:
 *
 * - Person pages of 2015–2018 (server-rendered): `h1#profile_header_heading`, an overview `dl`
 *   ("Primary Role": "Title @ Company", "Location:"), `#description`, a Jobs card
 *   (`.current_job` h4/h5 with an optional `h5.date`; past jobs as `.info-row` cells Started,
 *   Ended, Title, Company) and an Education card (h4 school, h5 "Degree, Field", then years).
 * - Organization pages since 2019 (Angular): the API answers in `<script id="ng-state">` JSON:
 *   `HttpState["GET/v4/data/entities/organizations/…"].data.cards` with `overview_fields_extended`
 *   (founded_on, founder_identifiers, categories), `company_about_fields2` (website,
 *   num_employees_enum "c_00101_00250", location_identifiers), `overview_description`,
 *   `about_short_description`, `social_fields`.
 *
 * Every page also carries Crunchbase's own Organization JSON-LD (`WebSite.mainEntity`): it is the
 * directory, not the company, and is never read as the company.
 */
export const crunchbase: Extractor = {
  id: 'crunchbase',
  matches: (url) => /(^|\.)crunchbase\.com$/i.test(url.hostname) && /^\/(person|organization)\/[^/]+/i.test(url.pathname),
  claims: (doc) =>
    !!doc.querySelector('h1#profile_header_heading, script#ng-state, [href*="crunchbase.com/organization/"] ~ #ng-state') &&
    /crunchbase/i.test(doc.title),
  extract(doc, url) {
    const md = readMetadata(doc, url);
    const isPerson = /^\/person\//i.test(url.pathname) || !!doc.querySelector('.info-tab.experiences, .current_job');
    const base = {
      url: url.href,
      canonicalUrl: md.canonicalUrl,
      title: md.title,
      siteName: 'Crunchbase',
      lang: md.lang,
      extractor: 'crunchbase',
      text: pageText(doc, 50_000),
    };
    if (isPerson) {
      const person = { ...personFallback(md), ...personPage(doc, url) };
      if (!person.name) return null;
      return prune<PageExtraction>({ ...base, kind: 'person-profile', person, sources: { person: 'dom' } });
    }
    const { company, people } = organizationPage(doc, url, md.ld);
    if (!company.name) return null;
    return prune<PageExtraction>({
      ...base,
      kind: 'company-profile',
      description: company.description,
      company,
      people,
      sources: { company: 'embedded-json', ...(people.length ? { people: 'embedded-json' } : {}) },
    });
  },
};

// ---- person pages ------------------------------------------------------------------------------

const text = (el: Element | null | undefined, max = 300) => cleanLine(el?.textContent, max);

/** "Unknown" in a date cell says nothing. */
const dateOf = (s: string | undefined) =>
  s && !/unknown/i.test(s) ? toIsoDate(s.replace(/^([\p{L}]+\.?),\s*(\d{4})$/u, '$1 $2')) : undefined;

/** What Crunchbase shows in an empty field: never a value. */
const PLACEHOLDER = /^(unknown|click\/touch update above\b.*|—|-)$/i;
const real = (s: string | undefined) => (s && !PLACEHOLDER.test(s) ? s : undefined);

/** A degree's name, told apart from a field of study when the card gives only one of them. */
const DEGREE =
  /^(?:[BM]\.?\s?[AS]c?\.?|[BM]\.?Eng\.?|MBA|M\.?B\.?A\.?|Ph\.?\s?D\.?|D\.?Phil\.?|J\.?D\.?|M\.?D\.?|LL\.?[BM]\.?|BBA|MPhil|MSc|BSc|Bachelor.*|Master.*|Doctor.*|Diplom.*|Diploma.*|Licenciatura.*|Licence.*|Magister.*|Associate.*|Certificate.*|High School.*|Abitur)$/i;

function overviewValue(doc: Document, label: RegExp): Element | undefined {
  for (const dt of Array.from(doc.querySelectorAll('.definition-list dt, dl dt'))) {
    if (!label.test(cleanLine(dt.textContent) ?? '')) continue;
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') return dd;
  }
  return undefined;
}

function personPage(doc: Document, url: URL): PersonExtraction {
  const role = overviewValue(doc, /^primary role/i);
  const [roleTitle, roleCompany] = (text(role) ?? '').split(/\s+@\s+/);
  const current: ExperienceEntry[] = Array.from(doc.querySelectorAll('.current_job .info-block')).map((b) => {
    const [from] = (text(b.querySelector('h5.date')) ?? '').split(/\s+[-–]\s+/);
    return prune({ title: text(b.querySelector('h4')), company: text(b.querySelector('h5:not(.date)')), start: dateOf(from) });
  });
  const past: ExperienceEntry[] = Array.from(doc.querySelectorAll('.past_job .info-row'))
    .filter((r) => !r.querySelector('.header, .footer'))
    .map((r) => {
      const dates = Array.from(r.querySelectorAll('.cell.date')).map((c) => text(c));
      return prune({
        title: text(r.querySelector('.cell.title')),
        company: text(r.querySelector('.cell.company')),
        start: dateOf(dates[0]),
        end: dateOf(dates[1]),
      });
    });
  const education: EducationEntry[] = Array.from(doc.querySelectorAll('.info-tab.education .info-block')).map((b) => {
    const parts = (text(b.querySelector('h5')) ?? '').split(/\s*,\s*/);
    // "Economics" alone is the field studied; "MBA" alone the degree.
    const [degree, ...field] = parts.length === 1 && parts[0] && !DEGREE.test(parts[0]) ? ['', parts[0]] : parts;
    // The years follow the h5 as bare text: "2010 - 2012" (start and end) or "2012" (the end).
    const years = Array.from(b.childNodes)
      .filter((n) => n.nodeType === 3)
      .map((n) => n.nodeValue ?? '')
      .join(' ')
      .match(/\b(1[89]|20)\d{2}\b/g);
    return prune({
      school: text(b.querySelector('h4')),
      degree: cleanLine(degree),
      field: cleanLine(field.join(', ')),
      start: years && years.length > 1 ? years[0] : undefined,
      end: years?.[years.length - 1],
    });
  });
  const about = doc.querySelector('#description .description-ellipsis, #description .description, #description');
  return prune({
    name: text(doc.querySelector('h1#profile_header_heading, h1')),
    currentTitle: cleanLine(roleTitle),
    currentCompany: cleanLine(roleCompany),
    location: real(text(overviewValue(doc, /^location/i))),
    about: about
      ? real(
          cleanLine(
            Array.from(about.querySelectorAll('p'))
              .map((p) => p.textContent)
              .join('\n') || about.textContent,
            10_000,
          ),
        )
      : undefined,
    profileUrl: `https://www.crunchbase.com${/^\/person\/[^/]+/i.exec(url.pathname)?.[0] ?? url.pathname}`,
    experience: [...current, ...past],
    education,
  });
}

// ---- organization pages ------------------------------------------------------------------------

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);
const str = (v: unknown, max = 300) => (typeof v === 'string' ? cleanLine(v, max) : undefined);

/** The organization's cards in the page's Angular state, when the page kept it. */
function ngCards(doc: Document): Json | undefined {
  const raw = doc.querySelector('script#ng-state')?.textContent;
  if (!raw || raw.length > 5_000_000) return undefined;
  let state: Json;
  try {
    // Older builds escape quotes as &q; inside the script.
    state = obj(JSON.parse(raw.includes('&q;') ? raw.replace(/&q;/g, '"') : raw));
  } catch {
    return undefined;
  }
  const http = obj(state.HttpState);
  for (const [key, value] of Object.entries(http)) {
    if (!/entities\/organizations\//.test(key)) continue;
    const cards = obj(obj(obj(value).data).cards);
    if (Object.keys(cards).length) return cards;
  }
  return undefined;
}

/** "c_00101_00250" → "101-250"; "c_10001_max" → "10001+". */
function employeesEnum(v: unknown): string | undefined {
  const m = typeof v === 'string' ? /^c_0*(\d+)_(?:0*(\d+)|max)$/.exec(v) : null;
  if (!m) return undefined;
  return m[2] ? `${m[1]}-${m[2]}` : `${m[1]}+`;
}

function organizationPage(
  doc: Document,
  url: URL,
  ld: ReturnType<typeof readMetadata>['ld'],
): { company: CompanyExtraction; people: PersonMention[] } {
  const cards = ngCards(doc) ?? {};
  const overview = obj(cards.overview_fields_extended);
  const about = obj(cards.company_about_fields2);
  const social = obj(cards.social_fields);
  const places = arr(about.location_identifiers).filter((l) => l.location_type !== 'continent');
  const size = employeesEnum(about.num_employees_enum);
  const description = str(obj(cards.overview_description).description, 10_000);
  const short = str(obj(cards.about_short_description).short_description, 2_000);
  // The JSON-LD of the page's subject, never the WebSite's (Crunchbase's own) main entity.
  const subject = ld.nodes
    .filter((n) => typesOf(n).includes('WebPage'))
    .flatMap((p) => objectsOf(ld, p, 'mainEntity'))
    .find((n) => isType(n, ORGANIZATION_TYPES));
  const fromLd = subject ? organizationFacts(ld, subject, url) : {};
  const website = httpUrlOf(str(obj(about.website).value, 2_000)) ?? sameAsSite(subject);
  const company = prune<CompanyExtraction>({
    name: orgName(cards) ?? fromLd.name,
    website,
    domain: bareHost(website),
    summary: short ?? (description ? firstSentences(description) : undefined),
    description: description ?? short ?? fromLd.description,
    industry: cleanLine(
      arr(overview.categories)
        .map((c) => str(c.value))
        .filter(Boolean)
        .join(', '),
    ),
    ...(size ? parseSize(size) : {}),
    headquarters: cleanLine(places.map((l) => str(l.value)).join(', ')),
    founded: yearOf(str(obj(overview.founded_on).value)) ?? fromLd.founded,
    linkedinUrl: linkedinCompanyUrl(str(obj(social.linkedin).value, 2_000)) ?? fromLd.linkedinUrl,
  });
  const people = arr(overview.founder_identifiers)
    .map((f) => str(f.value))
    .filter((n): n is string => !!n)
    .map((name) => ({ name, title: 'Founder' }));
  return { company, people };
}

/** The page's own organization: the identifier its summary cards repeat (lists hold others). */
function orgName(cards: Json): string | undefined {
  for (const card of Object.values(cards)) {
    const id = obj(obj(card).identifier);
    if (id.entity_def_id === 'organization' && typeof id.value === 'string') return cleanLine(id.value);
  }
  return undefined;
}

/** The company's own site among the subject's sameAs links (the others are profiles). */
function sameAsSite(subject: LdNode | undefined): string | undefined {
  const links = subject ? [subject.sameAs].flat().filter((v): v is string => typeof v === 'string') : [];
  return httpUrlOf(links.find((l) => !/facebook|linkedin|twitter|x\.com|instagram|youtube|crunchbase|github/i.test(l)));
}

/**
 * Newer person pages render in the browser: what the saved page keeps is the subject's JSON-LD
 * (`WebPage.mainEntity`, a Person) and the title "Name - Title @ Company - Crunchbase Person Profile".
 */
function personFallback(md: ReturnType<typeof readMetadata>): PersonExtraction {
  const ld = md.ld;
  const subject = ld.nodes
    .filter((n) => typesOf(n).includes('WebPage'))
    .flatMap((p) => objectsOf(ld, p, 'mainEntity'))
    .find((n) => isType(n, PERSON_TYPES));
  const fromLd = subject ? personFacts(ld, subject, new URL('https://www.crunchbase.com/')) : {};
  const t = /^(.+?)\s+-\s+(.+?)\s+@\s+(.+?)\s+(?:\||-)\s+crunchbase/i.exec(md.title);
  return prune({
    name: fromLd.name ?? cleanLine(t?.[1]),
    currentTitle: cleanLine(t?.[2]) ?? fromLd.currentTitle,
    currentCompany: cleanLine(t?.[3]) ?? fromLd.currentCompany,
    location: fromLd.location,
    about: fromLd.about,
  });
}
