import type { EducationEntry, ExperienceEntry } from '../schema/page-extraction';
import { cleanBlock, cleanLine, cleanList, httpUrlOf } from './clean';
import { linkedinCompanyUrl } from './facts';
import { prune } from '../objects';
import { dateRange } from './linkedin-dates';

/**
 * The sections of a signed-in LinkedIn profile's DOM, in every layout from 2018 to 2025: the
 * About text, positions (grouped, public and old layouts), education and skills. Read by
 * linkedinPerson (linkedin-person.ts).
 */

/** Text as the reader sees it: the aria-hidden copy, never both it and its visually-hidden twin. */
export function visible(el: Element | null | undefined, max = 2_000): string | undefined {
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

export function experienceOf(doc: Document, base: URL): ExperienceEntry[] | undefined {
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

export function educationOf(doc: Document): EducationEntry[] | undefined {
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

export function skillsOf(doc: Document): string[] | undefined {
  const section = sectionOf(doc, 'skills');
  if (!section) return undefined;
  const entries = Array.from(section.querySelectorAll('[data-view-name="profile-component-entity"], li.pv-skill-category-entity, li'))
    .filter((e) => !e.parentElement?.closest('li, [data-view-name="profile-component-entity"]'))
    .map((e) => cleanLine(e.querySelector('.pv-skill-category-entity__name-text')?.textContent) ?? linesOf(e)[0]);
  return cleanList(entries, 100);
}

const SEE_MORE_LESS = /\s*(…|\.\.\.)?\s*(see more|see less|mehr anzeigen|weniger anzeigen|voir plus|voir moins)\s*$/i;

export function aboutOf(doc: Document): string | undefined {
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
