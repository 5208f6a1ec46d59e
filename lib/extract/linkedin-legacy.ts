import type { EducationEntry, ExperienceEntry, PersonExtraction } from '../schema/page-extraction';
import { cleanLine, cleanList, httpUrlOf } from './clean';
import { toIsoDate } from './dates';
import { linkedinCompanyUrl } from './facts';
import { prune } from '../objects';
import { dateRange } from './linkedin-dates';

/**
 * LinkedIn's signed-out profile layouts before the JSON-LD era, still found in saved pages:
 *
 * - 2016 ("public_profile_v3"): `section#topcard` with `h1#name`, `p.headline`, `dl#demographics`
 *   (`.locality`); `section#summary .description`; `section#experience li.position` (`.item-title`,
 *   `.item-subtitle`, `.date-range` of `<time>`s, `.location`, `.description`);
 *   `section#education li.school` whose subtitle is "Degree, Field, Grade";
 *   `section#skills li.skill` (the "See 15+" toggles are `li.see-more` / `li.see-less`).
 * - 2013 (hCard/hResume microformats): `.masthead.vcard` with `.full-name`, `.headline-title`,
 *   `.locality`; `#profile-experience .position.experience` (`.title`, `.org`, `abbr.dtstart` /
 *   `abbr.dtend` with ISO `title`s, `.location`, `.description`); `#profile-education
 *   .position.education` (`.degree`, `.major`); `#profile-skills li.competency`.
 *
 * Undefined when the page has neither layout.
 */
export function legacyProfile(doc: Document, base: URL): (PersonExtraction & { currentCompanyUrl?: string }) | undefined {
  if (doc.querySelector('section#topcard, #topcard .profile-overview')) return publicV3(doc, base);
  if (doc.querySelector('.hresume .masthead.vcard, #profile-experience .position.experience')) return hresume(doc, base);
  return undefined;
}

/** Does the page have one of the legacy public layouts? (For `claims`.) */
export function isLegacyProfile(doc: Document): boolean {
  return !!doc.querySelector('section#topcard h1#name, .hresume .masthead.vcard');
}

/** "--" or "·" in a headline's place says nothing. */
const meaningful = (s: string | undefined) => (s && /[\p{L}\p{N}]/u.test(s) ? s : undefined);

const text = (el: Element | null | undefined, max = 300) => cleanLine(el?.textContent, max);

/** Text with `<br>` and paragraphs as spaces, never glued words. */
function blockText(el: Element | null | undefined, max = 10_000): string | undefined {
  if (!el) return undefined;
  const clone = el.cloneNode(true) as Element;
  for (const br of Array.from(clone.querySelectorAll('br'))) br.replaceWith(el.ownerDocument.createTextNode('\n'));
  for (const p of Array.from(clone.querySelectorAll('p'))) p.append(el.ownerDocument.createTextNode('\n'));
  for (const b of Array.from(clone.querySelectorAll('button, .see-more, .see-less'))) b.remove();
  // U+FFFC (object replacement) is what a pasted image left in the text.
  return cleanLine(clone.textContent?.replace(/\uFFFC/g, ''), max);
}

/** A translated profile shows the translation and the original side by side: the first, once. */
function translated(el: Element | null): Element | null {
  const spans = el?.querySelectorAll('.translation');
  return spans && spans.length > 1 ? spans[0]! : el;
}

// ---- 2016 --------------------------------------------------------------------------------------

/** The last part of an education subtitle is a grade when it reads like one. */
const GRADE =
  /^(?:completed|level \d+|grade \d+|[a-f][+-]?|\d(?:[.,]\d+)?(?:\s*\/\s*\d+)?|[12]:[12]|first|second|third|distinction|merit|pass|honou?rs?|(?:with )?(?:summa|magna)? ?cum laude|gpa\b.*|(?:ects )?grade\b.*|note\b.*|mention\b.*)$/i;

function publicV3(doc: Document, base: URL): PersonExtraction & { currentCompanyUrl?: string } {
  const top = doc.querySelector('section#topcard')!;
  const experience = Array.from(doc.querySelectorAll('section#experience li.position')).map((li) => position2016(li, base));
  const education = Array.from(doc.querySelectorAll('section#education li.school')).map(school2016);
  const skills = cleanList(
    Array.from(doc.querySelectorAll('section#skills li.skill:not(.see-more):not(.see-less)')).map(
      (li) => li.querySelector('a[title]')?.getAttribute('title') ?? li.textContent,
    ),
  );
  const current = experience.find((e) => e.start && !e.end);
  return prune({
    name: text(top.querySelector('h1#name, h1')),
    headline: meaningful(text(top.querySelector('.headline'), 2_000)),
    location: text(top.querySelector('#demographics .locality, .locality')),
    about: blockText(doc.querySelector('section#summary .description')),
    experience: experience.map(({ companyUrl: _c, ...e }) => e),
    education,
    skills,
    currentCompanyUrl: current?.companyUrl,
  });
}

function position2016(li: Element, base: URL): ExperienceEntry {
  const range = li.querySelector('.date-range');
  const times = Array.from(range?.querySelectorAll('time') ?? []).map((t) => cleanLine(t.textContent) ?? '');
  const present = /present|heute|aujourd|actuel|oggi|presente|hoy/i.test(range?.textContent ?? '');
  const d =
    times.length >= 2
      ? dateRange(`${times[0]} - ${times[1]}`)
      : times[0]
        ? dateRange(present ? `${times[0]} - Present` : times[0])
        : undefined;
  const companyHref = li.querySelector('.item-subtitle a[href*="/company/"], h5.logo a[href*="/company/"]')?.getAttribute('href');
  return prune({
    title: text(translated(li.querySelector('.item-title'))),
    company: text(translated(li.querySelector('.item-subtitle'))),
    companyUrl: linkedinCompanyUrl(httpUrlOf(companyHref, base)),
    start: d?.start,
    end: d?.end,
    location: text(li.querySelector('.meta .location, .location')),
    description: blockText(li.querySelector('.description'), 5_000),
  });
}

function school2016(li: Element): EducationEntry {
  const range = li.querySelector('.date-range');
  const times = Array.from(range?.querySelectorAll('time') ?? []).map((t) => cleanLine(t.textContent) ?? '');
  const d = times.length >= 2 ? dateRange(`${times[0]} - ${times[1]}`) : dateRange(times[0]);
  // A translated profile shows the translation and the original side by side: one of them.
  const subtitle = li.querySelector('.item-subtitle');
  const shown = translated(subtitle);
  // "1,5" is a German grade, not two parts.
  const parts = (text(shown) ?? '').split(/\s*,(?!\d)\s*|\s*,\s+/);
  if (parts.length > 1 && GRADE.test(parts[parts.length - 1]!)) parts.pop();
  const [degree, ...field] = parts;
  return prune({
    school: text(translated(li.querySelector('.item-title'))),
    degree: cleanLine(degree),
    field: cleanLine(field.join(', ')),
    start: d?.start,
    end: d?.end,
  });
}

// ---- 2013 --------------------------------------------------------------------------------------

function hresume(doc: Document, base: URL): PersonExtraction & { currentCompanyUrl?: string } {
  const card = doc.querySelector('.masthead.vcard') ?? doc;
  const iso = (el: Element | null) => toIsoDate(el?.getAttribute('title'));
  const month = (el: Element | null) => iso(el)?.slice(0, /^\d{4}$/.test(text(el) ?? '') ? 4 : 7);
  const experience = Array.from(doc.querySelectorAll('#profile-experience .position.experience')).map((p) =>
    prune({
      title: text(p.querySelector('.title')),
      company: text(p.querySelector('.org')),
      companyUrl: linkedinCompanyUrl(httpUrlOf(p.querySelector('a[href*="/company/"]')?.getAttribute('href'), base)),
      start: month(p.querySelector('.dtstart')),
      // "Present" carries `dtstamp` (the day the page was made), not `dtend`.
      end: month(p.querySelector('.dtend')),
      location: text(p.querySelector('.location')),
      description: blockText(p.querySelector('.description'), 5_000),
    }),
  );
  const education = Array.from(doc.querySelectorAll('#profile-education .position.education')).map((p) =>
    prune({
      school: text(p.querySelector('.org, h3')),
      degree: text(p.querySelector('.degree')),
      field: text(p.querySelector('.major')),
      start: month(p.querySelector('.dtstart')),
      end: month(p.querySelector('.dtend')),
    }),
  );
  const skills = cleanList(Array.from(doc.querySelectorAll('#profile-skills li.competency')).map((li) => li.textContent));
  const current = experience.find((e) => e.start && !e.end);
  return prune({
    name: text(card.querySelector('.full-name, .fn')),
    headline: meaningful(text(card.querySelector('.headline-title, .headline'), 2_000)),
    location: text(card.querySelector('.demographic-info dd, .locality')),
    about: blockText(doc.querySelector('#profile-summary .description')),
    experience: experience.map(({ companyUrl: _c, ...e }) => e),
    education,
    skills,
    currentCompanyUrl: current?.companyUrl,
  });
}
