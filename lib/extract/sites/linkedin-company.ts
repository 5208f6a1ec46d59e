import type { CompanyExtraction, PageExtraction, PersonMention } from '../../schema/page-extraction';
import { cleanLine, httpUrlOf } from '../clean';
import { cellLines } from '../cells';
import { yearOf } from '../dates';
import { linkedinCompanyUrl, linkedinProfileUrl, parseSize } from '../facts';
import { prune } from '../../objects';
import { isType, ORGANIZATION_TYPES } from '../json-ld';
import { type Entity, linkedinEntities, str, typeIs } from '../linkedin-json';
import { readMetadata } from '../metadata';
import { organizationFacts } from '../schema-org';
import { pageText } from '../text';
import type { Extractor } from '../types';
import { bareHost } from '../../text/hosts';
import { firstSentences } from '../../text/sentences';
import { isLegacyCompanyPage, legacyCompany } from '../linkedin-company-legacy';

/** Labels of the About facts, signed in (`dt`) and signed out (`data-test-id`), in English, German, French. */
const FACT_LABELS: Array<[keyof CompanyExtraction | 'specialtiesRaw', RegExp]> = [
  ['website', /^(website|webseite|site web|site internet)$/i],
  ['industry', /^(industry|industries|branche|secteur)$/i],
  ['size', /^(company size|unternehmensgröße|taille de l['’]entreprise)$/i],
  ['headquarters', /^(headquarters|hauptsitz|siège social|siège)$/i],
  ['founded', /^(founded|gegründet|fondée en|fondé en|date de création)$/i],
  ['specialtiesRaw', /^(specialties|specialities|spezialgebiete|spécialisations|spécialités)$/i],
];
const TEST_IDS: Record<string, keyof CompanyExtraction | 'specialtiesRaw'> = {
  'about-us__industry': 'industry',
  'about-us__size': 'size',
  'about-us__headquarters': 'headquarters',
  'about-us__foundedOn': 'founded',
  'about-us__specialties': 'specialtiesRaw',
  'about-us__website': 'website',
};

/** Sidebars of other companies and people: never this company's text. */
const ASIDES =
  '[class*="aside" i], [class*="similar" i], [class*="also-viewed" i], [class*="browsemap" i], [data-tracking-control-name="similar-pages"]';

/** LinkedIn company pages, every tab, signed in or out. */
export const linkedinCompany: Extractor = {
  id: 'linkedin-company',
  matches: (url) => /(^|\.)linkedin\.com$/i.test(url.hostname) && /^\/(company|school|showcase)\/[^/]+/i.test(url.pathname),
  // Saved or mirrored: the About facts' markup, the top card, or the 2016 page's embedded JSON.
  claims: (doc) =>
    isLegacyCompanyPage(doc) ||
    !!doc.querySelector(
      '[data-test-id^="about-us__"], .org-top-card, [class*="org-top-card-summary"], .org-about-module, .org-people-profile-card',
    ),
  extract(doc, url) {
    const md = readMetadata(doc, url);
    const linkedinUrl = linkedinCompanyUrl(url.href) ?? linkedinCompanyUrl(md.canonicalUrl);
    const slug = linkedinUrl?.split('/')[4];
    const sources: PageExtraction['sources'] = {};
    const raw: Record<string, string> = {};

    for (const dt of Array.from(doc.querySelectorAll('dl dt'))) {
      const label = cleanLine(dt.textContent);
      const dd = nextDd(dt);
      const key = FACT_LABELS.find(([, re]) => label && re.test(label))?.[0];
      if (key && dd && raw[key] === undefined) raw[key] = valueOf(dd, key, url);
    }
    for (const [id, key] of Object.entries(TEST_IDS)) {
      const el = doc.querySelector(`[data-test-id="${id}"]`);
      if (!el || raw[key] !== undefined) continue;
      const dd = el.querySelector('dd') ?? el;
      raw[key] = valueOf(dd, key, url);
    }
    for (const k of Object.keys(raw)) sources[`company.${k === 'specialtiesRaw' ? 'specialties' : k}`] = 'dom';

    const entity = companyEntity(linkedinEntities(doc), slug);
    const ldOrg = md.ld.nodes.find((n) => isType(n, ORGANIZATION_TYPES));
    const fromLd = ldOrg ? organizationFacts(md.ld, ldOrg, url) : {};

    const legacy = legacyCompany(doc) ?? {};
    for (const k of Object.keys(legacy)) sources[`company.${k}`] ??= 'embedded-json';
    const topInfo = topCardInfo(doc);
    const name =
      cleanLine(doc.querySelector('h1')?.textContent) ?? cleanLine(str(entity, 'name')) ?? fromLd.name ?? cleanLine(md.title.split('|')[0]);
    const website =
      raw.website ??
      httpUrlOf(str(entity, 'websiteUrl')) ??
      (fromLd.website && !/linkedin\.com/.test(fromLd.website) ? fromLd.website : undefined);
    const sizeText = raw.size ?? topInfo.size ?? entitySize(entity) ?? legacy.size ?? fromLd.size;
    const description = aboutText(doc) ?? cleanLine(str(entity, 'description'), 10_000) ?? legacy.description ?? fromLd.description;
    const company: CompanyExtraction = prune({
      name: name ?? legacy.name,
      website: website ?? legacy.website,
      domain: bareHost(website ?? legacy.website),
      summary: description ? firstSentences(description) : undefined,
      description,
      industry: raw.industry ?? topInfo.industry ?? legacy.industry,
      ...(sizeText ? parseSize(sizeText) : {}),
      headquarters: raw.headquarters ?? topInfo.headquarters ?? entityHq(entity) ?? legacy.headquarters ?? fromLd.headquarters,
      address: legacy.address,
      founded: raw.founded ? yearOf(raw.founded) : (yearOf(str(entity, 'foundedOn')) ?? legacy.founded ?? fromLd.founded),
      specialties: raw.specialtiesRaw ? splitList(raw.specialtiesRaw) : legacy.specialties,
      linkedinUrl,
    });
    for (const k of Object.keys(company)) sources[`company.${k}`] ??= 'dom';
    const people = companyPeople(doc, url);
    if (people.length) sources.people = 'dom';
    return prune<PageExtraction>({
      kind: 'company-profile',
      url: url.href,
      canonicalUrl: md.canonicalUrl,
      title: md.title,
      siteName: 'LinkedIn',
      lang: md.lang,
      description: company.description,
      company,
      people,
      extractor: 'linkedin-company',
      sources,
      text: pageText(doc, 50_000, { skip: ASIDES }),
    });
  },
};

function nextDd(dt: Element): Element | undefined {
  for (let el = dt.nextElementSibling; el; el = el.nextElementSibling) {
    if (el.tagName === 'DD') return el;
    if (el.tagName === 'DT') return undefined;
  }
  return undefined;
}

function valueOf(dd: Element, key: string, base: URL): string {
  if (key === 'website') {
    const href = dd.querySelector('a[href]')?.getAttribute('href');
    const url = unwrapRedirect(httpUrlOf(href, base)) ?? httpUrlOf(cellLines(dd)[0], base);
    return url ?? '';
  }
  // "51-200 employees" then "214 associated members" on the next line: the first line is the size.
  const lines = cellLines(dd);
  return key === 'size' ? (lines[0] ?? '') : (cleanLine(lines.join(' ')) ?? '');
}

/** LinkedIn wraps outbound links: /redir/redirect?url=https%3A%2F%2F… → the real address. */
function unwrapRedirect(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href);
    if (/linkedin\.com$/.test(u.hostname) && u.pathname.startsWith('/redir/')) return httpUrlOf(u.searchParams.get('url') ?? undefined);
    return href;
  } catch {
    return undefined;
  }
}

/** "A, B, and C" → [A, B, C]; "Search and discovery" inside a comma list stays whole; "A and B" splits. */
function splitList(text: string): string[] {
  const parts = text.split(/\s*,\s*/);
  // The last item carries the list's joiner: "…, calcul d’itinéraires et open data".
  const last = parts.pop() ?? '';
  const joined = /^(.+?)\s+(?:and|und|et)\s+(.+)$/i.exec(last);
  parts.push(...(joined && !/^(and|und|et)\s/i.test(last) ? [joined[1]!, joined[2]!] : [last]));
  return parts.map((s) => cleanLine(s.replace(/^(and|und|et)\s+/i, ''))).filter((s): s is string => !!s);
}

/** The About/overview paragraph without its "…see more". */
function aboutText(doc: Document): string | undefined {
  const el =
    doc.querySelector('[data-test-id="about-us__description"]') ??
    doc.querySelector(
      'section.org-about-module__margin-bottom p, .org-about-us-organization-description__text, .org-page-details-module__card-spacing p, .org-about-module p',
    ) ??
    doc.querySelector('section[class*="about"] p');
  if (!el) return undefined;
  const clone = el.cloneNode(true) as Element;
  for (const b of Array.from(
    clone.querySelectorAll('button, .visually-hidden, [class*="see-more"], [class*="inline-show-more-text__button"]'),
  ))
    b.remove();
  return cleanLine(clone.textContent?.replace(/(…|\.\.\.)?\s*(see more|mehr anzeigen|voir plus)?\s*$/i, ''), 10_000);
}

/** The top card's info line: "Industry · Location · 12K followers · 201-500 employees". */
function topCardInfo(doc: Document): { industry?: string; headquarters?: string; size?: string } {
  const items = Array.from(
    doc.querySelectorAll(
      '.org-top-card-summary-info-list__info-item, .org-top-card-summary-info-list > div, .top-card-layout__first-subline span',
    ),
  )
    .flatMap((el) => (el.textContent ?? '').split(/\s+[·•]\s+|\n/))
    .map((t) => cleanLine(t))
    .filter((s): s is string => !!s);
  const size = items.find((s) => /\b(employees|mitarbeiter|employés)\b/i.test(s) && /\d/.test(s));
  const rest = items.filter((s) => s !== size && !/followers|follower|abonnenten|abonnés/i.test(s));
  return { industry: rest[0], headquarters: rest[1], size };
}

function companyEntity(entities: Entity[], slug: string | undefined): Entity | undefined {
  return entities.find((e) => typeIs(e, /organization\.Company$|\.Company$/) && (!slug || str(e, 'universalName')?.toLowerCase() === slug));
}

function entitySize(e: Entity | undefined): string | undefined {
  const r = e?.staffCountRange as { start?: number; end?: number } | undefined;
  if (!r || typeof r.start !== 'number') return undefined;
  return typeof r.end === 'number' ? `${r.start}-${r.end} employees` : `${r.start}+ employees`;
}

function entityHq(e: Entity | undefined): string | undefined {
  const hq = e?.headquarter as Record<string, unknown> | undefined;
  const addr = (hq?.address as Record<string, unknown> | undefined) ?? hq;
  if (!addr) return undefined;
  return cleanLine([addr.city, addr.geographicArea].filter((v) => typeof v === 'string').join(', '));
}

/** Cards of the people tab (signed in) and the "Employees at" list (signed out). */
function companyPeople(doc: Document, base: URL): PersonMention[] {
  const out: PersonMention[] = [];
  const seen = new Set<string>();
  const cards = Array.from(
    doc.querySelectorAll(
      '.org-people-profile-card, li.org-people-profile-card__profile-card-spacing, [data-test-id="employees-at"] li, section.employees-at li',
    ),
  );
  for (const card of cards) {
    if (card.closest('aside, .scaffold-layout__aside, [class*="also-viewed"], [class*="similar"]')) continue;
    const nameEl = card.querySelector('.org-people-profile-card__profile-title, .artdeco-entity-lockup__title, h3, [class*="name"]');
    const name = cleanLine(nameEl?.querySelector('[aria-hidden="true"]')?.textContent ?? nameEl?.textContent);
    if (!name || /linkedin member/i.test(name) || seen.has(name)) continue;
    seen.add(name);
    const titleEl = card.querySelector('.artdeco-entity-lockup__subtitle, h4, [class*="subtitle"], [class*="headline"]');
    const link = card.querySelector('a[href*="/in/"]')?.getAttribute('href');
    out.push(prune({ name, title: cleanLine(titleEl?.textContent), profileUrl: linkedinProfileUrl(httpUrlOf(link, base)) }));
  }
  return out;
}
