import type { EducationEntry, ExperienceEntry, PageExtraction, PersonExtraction, SourceKind } from '../../schema/page-extraction';
import { cleanBlock, cleanLine, cleanList, httpUrlOf } from '../clean';
import { linkedinCompanyUrl, linkedinProfileUrl } from '../facts';
import { prune } from '../../objects';
import { isType, objectsOf, PERSON_TYPES, typesOf } from '../json-ld';
import { dateRange } from '../linkedin-dates';
import { linkedinEntities } from '../linkedin-json';
import { isLegacyProfile, legacyProfile } from '../linkedin-legacy';
import { jsonProfile } from '../linkedin-profile-json';
import { isSduiProfile, sduiProfile } from '../linkedin-sdui';
import { readMetadata } from '../metadata';
import { personFacts } from '../schema-org';
import type { Extractor } from '../types';

/**
 * LinkedIn person profiles. Signed in: the DOM (name, headline, sections by anchor id, one of
 * each visually-hidden duplicate) and the API JSON in `<code>` blocks, keeping only the profile
 * the URL names — after an in-app navigation the previous profile's blocks are still in the page.
 * Signed out: the Person JSON-LD.
 */
export const linkedinPerson: Extractor = {
  id: 'linkedin-person',
  matches: (url) => /(^|\.)linkedin\.com$/i.test(url.hostname) && /^\/in\/[^/]+/i.test(url.pathname),
  // Saved or mirrored: the old public layouts, the signed-in top card, or a profile's JSON-LD.
  claims: (doc) =>
    isLegacyProfile(doc) ||
    isSduiProfile(doc) ||
    !!doc.querySelector(
      '.pv-top-card, [data-view-name="profile-top-card"], [data-view-name="profile-card"], .top-card-layout__title ~ * .experience-item, li.experience-item.profile-section-card, li.education__list-item.profile-section-card',
    ) ||
    /"ProfilePage"/.test(doc.querySelector('script[type="application/ld+json"]')?.textContent?.slice(0, 2_000) ?? ''),
  extract(doc, url, opts) {
    const md = readMetadata(doc, url);
    const ldPerson = publicPerson(md.ld);
    // Opened from disk with no canonical link, the address says nothing: the page names its profile.
    const profileUrl = linkedinProfileUrl(url.href) ?? ownProfileUrl(doc, url, ldPerson ? personFacts(md.ld, ldPerson, url) : undefined);
    const publicId = decodeURIComponent(profileUrl?.split('/')[4] ?? '');
    const sources: Record<string, SourceKind> = {};

    const fromJson = publicId ? jsonProfile(linkedinEntities(doc), publicId) : undefined;
    const fromLegacy = legacyProfile(doc, url);
    const fromSdui = fromLegacy ? undefined : sduiProfile(doc);
    const isActivity = /^\/in\/[^/]+\/(recent-activity|posts)\b/i.test(url.pathname);
    // An activity or posts tab shows the person only as the author of their posts.
    const fromDom = fromLegacy ?? fromSdui ?? (isActivity ? postAuthor(doc, publicId, md.title) : domProfile(doc, url));
    const fromLd = ldPerson ? personFacts(md.ld, ldPerson, url) : {};
    // The public page's title reads "Name - Headline | LinkedIn".
    const titled = /^(.+?)\s+[-–]\s+(.+?)\s+\|\s+LinkedIn$/.exec(md.title);
    const fromTitle: PersonExtraction = titled && titled[1] === (fromDom.name ?? fromLd.name) ? { headline: titled[2] } : {};

    const pick = <K extends keyof PersonExtraction>(key: K): PersonExtraction[K] | undefined => {
      for (const [src, kind] of [
        [fromDom, 'dom'],
        [fromTitle, 'meta'],
        [fromJson, 'embedded-json'],
        [fromLd, 'json-ld'],
      ] as const) {
        const v = src?.[key];
        if (v !== undefined && !(Array.isArray(v) && v.length === 0)) {
          sources[`person.${key}`] = kind;
          return v as PersonExtraction[K];
        }
      }
      return undefined;
    };
    // The JSON lists every position; the page shows the first few. Take the fuller list: the
    // longer one, and of two as long the one that says more (a top card names only the school).
    const fullness = (l: unknown[] | undefined) =>
      (l?.length ?? 0) * 1_000 + (l ?? []).reduce<number>((n, e) => n + (e && typeof e === 'object' ? Object.keys(e).length : 1), 0);
    const longer = <T>(a: T[] | undefined, b: T[] | undefined, c: T[] | undefined) =>
      [a, b, c].reduce<T[] | undefined>((best, l) => (fullness(l) > fullness(best) ? l : best), undefined);
    const experience = longer(fromDom.experience, fromJson?.experience, fromLd.experience);
    const education = longer(fromDom.education, fromJson?.education, fromLd.education);
    const current = experience?.find((e) => !e.end && e.start) ?? experience?.[0];
    const headline = pick('headline');
    const name = pick('name');
    const fromHeadline = headlineRole(headline);

    const person: PersonExtraction = prune({
      name,
      headline,
      currentTitle: current && !current.end ? current.title : (fromSdui?.currentTitle ?? fromHeadline?.title),
      currentCompany: current && !current.end ? current.company : (fromSdui?.currentCompany ?? fromHeadline?.company),
      currentCompanyUrl: current && !current.end ? (linkedinCompanyUrl(current.companyUrl) ?? fromLegacy?.currentCompanyUrl) : undefined,
      location: pick('location'),
      about: pick('about'),
      profileUrl,
      experience: experience?.map(({ companyUrl: _drop, ...e }) => e),
      education,
      skills: longer(fromDom.skills, fromJson?.skills, fromLd.skills),
      // Only the posts they wrote, checked against the name and address of the profile.
      posts: opts?.personPosts?.(doc, url, { name, publicId }),
    });
    if (person.experience)
      sources['person.experience'] =
        experience === fromDom.experience ? 'dom' : experience === fromJson?.experience ? 'embedded-json' : 'json-ld';
    const x: PageExtraction = {
      kind: 'person-profile',
      url: url.href,
      canonicalUrl: md.canonicalUrl,
      title: md.title,
      siteName: 'LinkedIn',
      lang: md.lang,
      image: md.image,
      person,
      extractor: 'linkedin-person',
      sources,
    };
    return prune(x);
  },
};

/**
 * "Co-founder & CTO at Pipelex | Executable AI Methods" → Co-founder & CTO, Pipelex: a headline
 * that reads "Title at Company" names the current role (only its first part, before a "|").
 */
function headlineRole(headline: string | undefined): { title: string; company: string } | undefined {
  const first = headline?.split(/\s+[|•·]\s+/)[0];
  const m = /^(.+?)\s+(?:at|@|bei|chez|presso)\s+(.+)$/i.exec(first ?? '');
  return m ? { title: m[1]!.trim(), company: m[2]!.trim() } : undefined;
}

/**
 * The profile a page shows, from the page itself (a saved file says nothing by its address): the
 * top card's own links (photo, contact info, activity), else the JSON-LD Person's `url`.
 */
function ownProfileUrl(doc: Document, base: URL, ld: PersonExtraction | undefined): string | undefined {
  const link = doc.querySelector(
    'section[componentkey$="Topcard"] a[href*="/in/"], a[href*="/overlay/contact-info"], .pv-top-card a[href*="/in/"], a[href*="/recent-activity/"]',
  );
  return linkedinProfileUrl(httpUrlOf(link?.getAttribute('href'), base)) ?? linkedinProfileUrl(ld?.profileUrl);
}

/**
 * The person on their activity or posts tab: the author of the posts, by the link to the profile
 * the URL names (2020-2024: `.update-components-actor` / `.feed-shared-actor` with a title and a
 * description; 2025-2026: the author link followed by the degree and the headline), else the
 * page title "Activity | Name | LinkedIn".
 */
function postAuthor(doc: Document, publicId: string, title: string): PersonExtraction {
  const id = publicId.toLowerCase();
  const mine = (a: Element) => {
    const m = /\/in\/([^/?#]+)/i.exec(a.getAttribute('href') ?? '');
    return !!m && decodeURIComponent(m[1]!).toLowerCase() === id;
  };
  for (const actor of Array.from(doc.querySelectorAll('.update-components-actor, .feed-shared-actor')).slice(0, 20)) {
    if (!Array.from(actor.querySelectorAll('a[href*="/in/"]')).some(mine)) continue;
    const shown = (sel: string) => {
      const el = actor.querySelector(sel);
      return cleanLine((el?.querySelector('span[aria-hidden="true"]') ?? el)?.textContent);
    };
    const name = shown('.update-components-actor__title, .update-components-actor__name, .feed-shared-actor__name');
    if (name)
      return prune({
        name: name.replace(/\s*•\s*\S+$/, ''),
        headline: shown('.update-components-actor__description, .feed-shared-actor__description'),
      });
  }
  for (const a of Array.from(doc.querySelectorAll('main a[href*="/in/"]')).slice(0, 200)) {
    if (!mine(a)) continue;
    const name = cleanLine(a.textContent);
    if (!name || name.length > 80) continue;
    // The lines after the author's link: "• 2nd", then the headline.
    const lines: string[] = [];
    for (let el = a.nextElementSibling ?? a.parentElement?.nextElementSibling; el && lines.length < 3; el = el.nextElementSibling) {
      const t = cleanLine(el.textContent);
      if (t) lines.push(t);
    }
    const headline = lines.find((l) => !/^[•·]?\s*(1st|2nd|3rd|\d+th|you|author)$/i.test(l) && !/^\d+[smhdwy]\b/i.test(l));
    return prune({ name, headline });
  }
  const parts = title
    .replace(/^\(\d+\+?\)\s+/, '')
    .split(/\s+\|\s+/)
    .filter((p) => !/^(linkedin|activity|all activity|posts|comments|reactions)$/i.test(p));
  return prune({ name: cleanLine(parts[0]?.replace(/[’']s (activity|posts)$/i, '')) });
}

// ---- signed-in DOM ----------------------------------------------------------------------------

function domProfile(doc: Document, base: URL): PersonExtraction {
  const top = doc.querySelector('.pv-top-card, [data-view-name="profile-top-card"], section.artdeco-card, main') ?? doc.body;
  const h1 = top?.querySelector('h1') ?? doc.querySelector('h1');
  const headline = top?.querySelector('.text-body-medium.break-words, .pv-top-card--list + h2, h2.mt1, .top-card-layout__headline');
  const location = top?.querySelector(
    '.text-body-small.inline.t-black--light.break-words, .pv-top-card--list-bullet li, .top-card__subline-item, .top-card-layout__first-subline span',
  );
  return prune({
    name: visible(h1),
    headline: visible(headline),
    location: visible(location),
    about: aboutOf(doc),
    experience: experienceOf(doc, base),
    education: educationOf(doc),
    skills: skillsOf(doc),
  });
}

/** Text as the reader sees it: the aria-hidden copy, never both it and its visually-hidden twin. */
function visible(el: Element | null | undefined, max = 2_000): string | undefined {
  if (!el) return undefined;
  const shown = el.querySelector('span[aria-hidden="true"]');
  if (shown && el.querySelectorAll('span[aria-hidden="true"]').length === 1) return cleanLine(shown.textContent, max);
  const clone = el.cloneNode(true) as Element;
  for (const n of Array.from(clone.querySelectorAll('.visually-hidden, .sr-only, button, [class*="see-more"]'))) n.remove();
  return cleanLine(clone.textContent, max);
}

/** The section whose anchor is `<div id="experience">` (new) or that carries the class (old). */
function sectionOf(doc: Document, id: string): Element | undefined {
  const anchor = doc.getElementById(id);
  const stem = id.replace(/s$/, '');
  const section =
    anchor?.closest('section') ??
    doc.querySelector(
      // The signed-out layout names its sections by data-section ("summary" is the About).
      `section.${id}-section, section.pv-profile-section.${id}-section, section[class*="${stem}"], section[data-section="${id === 'about' ? 'summary' : id}"]`,
    );
  if (section?.closest('aside, .scaffold-layout__aside')) return undefined;
  return section ?? undefined;
}

/** "Skills: A · B" under a position lists skills, not what the job was. */
const SKILLS_LINE = /^(skills|kenntnisse|compétences)\s*:/i;

/** Text with `<br>` as line breaks (textContent would glue the lines together). */
function textWithBreaks(el: Element): string {
  if (!el.querySelector('br')) return el.textContent ?? '';
  const clone = el.cloneNode(true) as Element;
  for (const br of Array.from(clone.querySelectorAll('br'))) br.replaceWith(el.ownerDocument.createTextNode('\n'));
  return clone.textContent ?? '';
}

/** The lines of one entry: each aria-hidden span once, or the leaf texts of an old-layout entry. */
function linesOf(el: Element, skipNested?: Element[]): string[] {
  const spans = Array.from(el.querySelectorAll('span[aria-hidden="true"]')).filter(
    (s) => !skipNested?.some((n) => n !== el && n.contains(s)),
  );
  const out: string[] = [];
  for (const s of spans) {
    const t = cleanBlock(textWithBreaks(s), 5_000);
    if (t && !/^(…|\.\.\.)?\s*(see more|show all|mehr anzeigen|alle .* anzeigen|voir plus)/i.test(t) && !SKILLS_LINE.test(t)) out.push(t);
  }
  return out;
}

const EMPLOYMENT =
  /\s+(?:·\s+)?(full-time|part-time|self-employed|freelance|contract|internship|apprenticeship|seasonal|vollzeit|teilzeit|selbstständig|freiberuflich|werkstudent(?:in)?|praktikum|ausbildung|minijob|befristet|temps plein|temps partiel|indépendant|stage|alternance|cdi|cdd)$/i;
const WORKPLACE = /\s+·\s+(on-site|hybrid|remote|vor ort|hybrid|remote|sur site|hybride|à distance|télétravail)$/i;

function experienceOf(doc: Document, base: URL): ExperienceEntry[] | undefined {
  const section = sectionOf(doc, 'experience');
  if (!section) return undefined;
  const newEntries = Array.from(section.querySelectorAll('[data-view-name="profile-component-entity"]')).filter(
    (e) => !e.parentElement?.closest('[data-view-name="profile-component-entity"]'),
  );
  if (newEntries.length) return newEntries.flatMap((e) => newLayoutPositions(e, base));
  const publicEntries = Array.from(section.querySelectorAll('li.profile-section-card, li.experience-item')).filter(
    (e) => !e.parentElement?.closest('li.profile-section-card'),
  );
  if (publicEntries.length) return publicEntries.flatMap((e) => publicPositions(e, base));
  const oldEntries = Array.from(section.querySelectorAll('li.pv-entity__position-group-pager, li.pv-profile-section__list-item'));
  if (oldEntries.length) return oldEntries.flatMap((e) => oldLayoutPositions(e, base));
  const listItems = Array.from(section.querySelectorAll(':scope ul > li')).filter((li) => !li.parentElement?.closest('li'));
  return listItems.flatMap((e) => newLayoutPositions(e, base));
}

function newLayoutPositions(entity: Element, base: URL): ExperienceEntry[] {
  const nested = Array.from(entity.querySelectorAll('[data-view-name="profile-component-entity"]')).filter((n) => n !== entity);
  const companyLink = linkedinCompanyUrl(httpUrlOf(entity.querySelector('a[href*="/company/"]')?.getAttribute('href'), base));
  if (nested.length) {
    // One company, several roles: the outer entry names the company, each inner one a role.
    const [company] = linesOf(entity, nested);
    return nested.map((n) => ({
      ...parsePosition(linesOf(n), undefined),
      company: company?.replace(EMPLOYMENT, ''),
      ...(companyLink ? { companyUrl: companyLink } : {}),
    }));
  }
  return [{ ...parsePosition(linesOf(entity), undefined), ...(companyLink ? { companyUrl: companyLink } : {}) }].map((e) => prune(e));
}

/** [title, "Company · Full-time", "Jan 2019 - Present · 5 yrs", "Berlin · Hybrid", description]. */
function parsePosition(lines: string[], company: string | undefined): ExperienceEntry {
  const [title, ...rest] = lines;
  let dates: ReturnType<typeof dateRange>;
  let location: string | undefined;
  const other: string[] = [];
  for (const line of rest) {
    const range = !dates ? dateRange(line) : undefined;
    if (range) dates = range;
    else if (!dates && company === undefined && line.length < 120 && !/\n/.test(line)) company = line.replace(EMPLOYMENT, '');
    else if (dates && !location && line.length < 100 && !/\n/.test(line) && !/[.!?]$/.test(line)) location = line.replace(WORKPLACE, '');
    else other.push(line);
  }
  return prune({
    title: cleanLine(title),
    company: cleanLine(company),
    start: dates?.start,
    end: dates?.end,
    location: cleanLine(location),
    description: cleanLine(other.join('\n'), 5_000),
  });
}

/** The signed-out page's cards: title, company link, a date range of `<time>`s, location, description. */
function publicPositions(li: Element, base: URL): ExperienceEntry[] {
  const group = Array.from(li.querySelectorAll('li.profile-section-card'));
  const company = cleanLine(li.querySelector('.experience-group-header__company, .profile-section-card__subtitle')?.textContent);
  const companyUrl = linkedinCompanyUrl(httpUrlOf(li.querySelector('a[href*="/company/"]')?.getAttribute('href'), base));
  const one = (card: Element, fallbackCompany?: string): ExperienceEntry => {
    const d = publicDates(card);
    return prune({
      title: cleanLine(card.querySelector('.profile-section-card__title, .experience-item__title')?.textContent),
      company: cleanLine(card.querySelector('.profile-section-card__subtitle, .experience-item__subtitle')?.textContent) ?? fallbackCompany,
      companyUrl,
      start: d?.start,
      end: d?.end,
      location: cleanLine(card.querySelector('.experience-item__location')?.textContent),
      description: showMoreText(card.querySelector('.experience-item__description, .show-more-less-text')),
    });
  };
  return group.length ? group.map((c) => one(c, company)) : [one(li)];
}

/** "<time>Jan 2021</time> - Present<span>4 years 5 months</span>" → start/end. */
function publicDates(card: Element): ReturnType<typeof dateRange> {
  const range = card.querySelector('.date-range');
  if (!range) return undefined;
  const times = Array.from(range.querySelectorAll('time')).map((t) => cleanLine(t.textContent) ?? '');
  const present = /present|heute|aujourd|actuel/i.test(range.textContent ?? '');
  return dateRange(times.length === 2 ? `${times[0]} - ${times[1]}` : times[0] && present ? `${times[0]} - Present` : times[0]);
}

/** Public pages carry both a short and a full copy of long text: the full one, without its buttons. */
function showMoreText(el: Element | null): string | undefined {
  if (!el) return undefined;
  const full = el.querySelector('.show-more-less-text__text--more') ?? el.querySelector('.show-more-less-text__text--less') ?? el;
  const clone = full.cloneNode(true) as Element;
  for (const b of Array.from(clone.querySelectorAll('button'))) b.remove();
  return cleanLine(textWithBreaks(clone), 5_000);
}

function oldLayoutPositions(li: Element, base: URL): ExperienceEntry[] {
  const roles = Array.from(
    li.querySelectorAll('li.pv-entity__position-group-role-item, li.pv-entity__position-group-role-item-fading-timeline'),
  );
  const text = (sel: string, root: Element = li) => {
    const el = root.querySelector(sel);
    if (!el) return undefined;
    const clone = el.cloneNode(true) as Element;
    for (const n of Array.from(clone.querySelectorAll('.visually-hidden, .sr-only'))) n.remove();
    return cleanLine(clone.textContent);
  };
  const second = (sel: string, root: Element = li) => text(`${sel} span:nth-child(2)`, root) ?? text(sel, root);
  const description = (root: Element) => cleanLine(text('.pv-entity__description', root)?.replace(/…\s*see more$/i, ''), 5_000);
  const companyUrl = linkedinCompanyUrl(httpUrlOf(li.querySelector('a[href*="/company/"]')?.getAttribute('href'), base));
  if (roles.length) {
    const company = second('.pv-entity__company-summary-info h3') ?? text('.pv-entity__company-summary-info h3');
    return roles.map((role) => {
      const d = dateRange(second('.pv-entity__date-range', role));
      return prune({
        title: second('h3', role),
        company,
        start: d?.start,
        end: d?.end,
        location: second('.pv-entity__location', role),
        description: description(role),
        companyUrl,
      });
    });
  }
  const d = dateRange(second('.pv-entity__date-range, .date-range'));
  return [
    prune({
      title: text('h3'),
      company: text('.pv-entity__secondary-title')?.replace(EMPLOYMENT, ''),
      start: d?.start,
      end: d?.end,
      location: second('.pv-entity__location'),
      description: description(li),
      companyUrl,
    }),
  ];
}

function educationOf(doc: Document): EducationEntry[] | undefined {
  const section = sectionOf(doc, 'education');
  if (!section) return undefined;
  const entries = Array.from(
    section.querySelectorAll(
      '[data-view-name="profile-component-entity"], li.pv-education-entity, li.pv-profile-section__list-item, li.education__list-item, li.profile-section-card',
    ),
  );
  const list = (entries.length ? entries : Array.from(section.querySelectorAll(':scope ul > li'))).filter(
    (e) => !e.parentElement?.closest('li, [data-view-name="profile-component-entity"]'),
  );
  return list.map((e) => {
    if (e.matches('li.education__list-item, li.profile-section-card')) {
      // Newer public pages drop the classes: the school is the h3, "Degree, Field" (or "-") the h4.
      const infoEls = Array.from(e.querySelectorAll('.education__item--degree-info'));
      const info = infoEls.length
        ? infoEls.map((x) => cleanLine(x.textContent))
        : (cleanLine(e.querySelector('h4')?.textContent) ?? '').split(/\s*,\s+/).map((x) => (/[\p{L}\p{N}]/u.test(x) ? x : undefined));
      const d = publicDates(e);
      return prune({
        school: cleanLine((e.querySelector('.profile-section-card__title') ?? e.querySelector('h3'))?.textContent),
        degree: info[0],
        field: info[1],
        start: d?.start,
        end: d?.end,
      });
    }
    if (e.matches('li.pv-education-entity')) {
      const second = (sel: string) => cleanLine(e.querySelector(`${sel} .pv-entity__comma-item, ${sel} span:nth-child(2)`)?.textContent);
      const d = dateRange(
        cleanLine(
          Array.from(e.querySelectorAll('.pv-entity__dates time'))
            .map((t) => t.textContent)
            .join(' - '),
        ),
      );
      return prune({
        school: cleanLine(e.querySelector('h3')?.textContent),
        degree: second('.pv-entity__degree-name'),
        field: second('.pv-entity__fos'),
        start: d?.start,
        end: d?.end,
      });
    }
    const [school, second, third] = linesOf(e);
    const d = dateRange(third) ?? dateRange(second);
    const degreeLine = d && dateRange(second) ? undefined : second;
    const [degree, ...field] = (degreeLine ?? '').split(/,\s+/);
    return prune({
      school: cleanLine(school),
      degree: cleanLine(degree),
      field: cleanLine(field.join(', ')),
      start: d?.start,
      end: d?.end,
    });
  });
}

function skillsOf(doc: Document): string[] | undefined {
  const section = sectionOf(doc, 'skills');
  if (!section) return undefined;
  const entries = Array.from(section.querySelectorAll('[data-view-name="profile-component-entity"], li.pv-skill-category-entity, li'))
    .filter((e) => !e.parentElement?.closest('li, [data-view-name="profile-component-entity"]'))
    .map((e) => cleanLine(e.querySelector('.pv-skill-category-entity__name-text')?.textContent) ?? linesOf(e)[0]);
  return cleanList(entries, 100);
}

const SEE_MORE_LESS = /\s*(…|\.\.\.)?\s*(see more|see less|mehr anzeigen|weniger anzeigen|voir plus|voir moins)\s*$/i;

function aboutOf(doc: Document): string | undefined {
  const text = aboutRaw(doc);
  return text?.replace(SEE_MORE_LESS, '') || undefined;
}

function aboutRaw(doc: Document): string | undefined {
  const section = sectionOf(doc, 'about');
  if (!section) return undefined;
  const body =
    section.querySelector('.inline-show-more-text, .pv-about__summary-text, .pv-shared-text-with-see-more, [class*="full-width"]') ??
    section;
  const lines = linesOf(body).filter((l) => !/^(about|info|infos|à propos|über)$/i.test(l));
  if (lines.length) return cleanLine(lines.join('\n'), 10_000);
  const clone = body.cloneNode(true) as Element;
  for (const n of Array.from(clone.querySelectorAll('.visually-hidden, button, h2, h3'))) n.remove();
  // Line breaks and paragraphs separate sentences: never glue "Leith.Interested".
  for (const br of Array.from(clone.querySelectorAll('br'))) br.replaceWith(doc.createTextNode('\n'));
  for (const p of Array.from(clone.querySelectorAll('p'))) p.append(doc.createTextNode('\n'));
  return cleanLine(clone.textContent?.replace(/…\s*see more\s*$/i, ''), 10_000);
}

// ---- signed-out JSON-LD -----------------------------------------------------------------------

function publicPerson(ld: ReturnType<typeof readMetadata>['ld']) {
  for (const page of ld.nodes.filter((n) => typesOf(n).includes('ProfilePage'))) {
    const main = objectsOf(ld, page, 'mainEntity').find((n) => isType(n, PERSON_TYPES));
    if (main) return main;
  }
  return ld.nodes.find((n) => isType(n, PERSON_TYPES));
}
