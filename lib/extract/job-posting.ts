import type { JobPosting } from '../schema/page-extraction';
import { cleanLine } from './clean';
import { toIsoDate } from './dates';
import { prune } from '../objects';
import { type JsonLd, type LdNode, objectsOf, scalar, textOf, typesOf, values } from './json-ld';
import { countryName } from './schema-org';

export { placesList } from './places';

/**
 * One job posting, read from what the page offers: schema.org `JobPosting` JSON-LD (Google asks
 * every board and ATS for it), the markup of the boards and ATSs saved pages come from (LinkedIn's
 * guest job view, SEEK, Indeed, Greenhouse, Lever, Ashby, Workday), and — for a company's own
 * careers page that has neither — the page's shape: a title `h1` with short facts beside it
 * ("Remote (United States, Canada)", "Full Time") and an Apply button.
 */

export const JOB_BOARD_HOSTS =
  /(^|\.)(linkedin\.com|seek\.com(\.au)?|seek\.co\.nz|indeed\.[a-z.]+|greenhouse\.io|lever\.co|ashbyhq\.com|myworkdayjobs\.com|myworkdaysite\.com|workable\.com|smartrecruiters\.com|recruitee\.com|teamtailor\.com|personio\.(de|com)|glassdoor\.[a-z.]+|wellfound\.com|welcometothejungle\.com|stepstone\.[a-z.]+|monster\.[a-z.]+|ziprecruiter\.com|join\.com|bamboohr\.com|jobvite\.com|icims\.com|taleo\.net|successfactors\.(com|eu)|breezy\.hr)$/i;

/**
 * A board or ATS, or an employer's dedicated jobs site (lockheedmartinjobs.example, acme-careers.example,
 * jobs-acme.example): its domain is where postings sit, not the employer's own website.
 */
export function isJobsHost(hostname: string): boolean {
  const label =
    hostname
      .toLowerCase()
      .replace(/^www\d?\./, '')
      .split('.')[0] ?? '';
  return (
    JOB_BOARD_HOSTS.test(hostname) ||
    /^[a-z0-9-]{2,}(jobs|careers|karriere|stellen|emplois|carrieres)$|^(jobs|careers|karriere)-[a-z0-9-]{2,}$/.test(label)
  );
}

const EMPLOYMENT: Record<string, string> = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACTOR: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
  VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Per diem',
  OTHER: 'Other',
};
export const EMPLOYMENT_TEXT =
  /^(full[\s-]?time|part[\s-]?time|contract(or)?|temporary|internship|intern|permanent|casual|freelance|fixed[\s-]term|vollzeit|teilzeit|befristet|praktikum|werkstudent|cdi|cdd|stage|alternance|temps (plein|partiel))(\s*[/,]\s*(full[\s-]?time|part[\s-]?time|permanent|contract))?$/i;
const REMOTE_TEXT = /^(remote|fully remote|remote[\s-]first|hybrid|work from home|wfh|télétravail|homeoffice|home office)\b/i;

/** "<b>Hello</b> &amp; welcome" → "Hello & welcome": JSON-LD descriptions carry HTML as text. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d|\/div)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp|#39);/gi, (_, e: string) => {
      const k = e.toLowerCase();
      if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
      if (k.startsWith('#')) return String.fromCodePoint(Number(k.slice(1)));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[k] ?? '';
    });
}

/** "Melbourne VIC" → "Melbourne, VIC"; "Berlin (Remote)" → "Berlin". */
export function placeOf(raw: string | undefined): string | undefined {
  const t = cleanLine(raw?.replace(/\((?:remote|hybrid|on-?site)[^)]*\)/gi, '').replace(/\b(remote|hybrid)\s*[-–,]\s*/i, ''));
  if (!t || /^(remote|hybrid|anywhere|worldwide)$/i.test(t)) return undefined;
  return t.replace(/^([\p{L}][\p{L} .'-]*?)\s+([A-Z]{2,3})(?=$|,)/u, '$1, $2').replace(/\s+\d{4,5}$/, '');
}

/** JSON-LD `JobPosting`, wherever it sits in the page's graph. */
export function jobPostingNode(ld: JsonLd): LdNode | undefined {
  return ld.nodes.find((n) => typesOf(n).includes('JobPosting'));
}

export function jobFromLd(ld: JsonLd, node: LdNode): JobPosting {
  // JSON-LD strings often carry HTML entities ("Smith &amp; Sons").
  const plain = (v: string | undefined) => (v ? cleanLine(htmlToText(v)) : undefined);
  const places = objectsOf(ld, node, 'jobLocation').map((loc) => {
    const a = (objectsOf(ld, loc, 'address')[0] ?? loc) as LdNode;
    const parts = [scalar(a.addressLocality), scalar(a.addressRegion), countryName(scalar(a.addressCountry))].filter(
      (p): p is string => !!p && !!p.trim(),
    );
    return plain(parts.filter((p, i) => !parts.slice(0, i).includes(p)).join(', '));
  });
  const remoteCountries = objectsOf(ld, node, 'applicantLocationRequirements').map((r) => cleanLine(textOf(ld, r, 'name')));
  const types = values(ld, node, 'employmentType')
    .flatMap((v) => (typeof v === 'string' ? v.split(/\s*,\s*/) : []))
    .map(
      (t) =>
        EMPLOYMENT[
          t
            .trim()
            .toUpperCase()
            .replace(/[\s-]+/g, '_')
        ] ?? cleanLine(t),
    );
  const telecommute = values(ld, node, 'jobLocationType').some((v) => /telecommute/i.test(String(v)));
  const description = textOf(ld, node, 'description');
  return prune({
    title: plain(textOf(ld, node, 'title') ?? textOf(ld, node, 'name')),
    company: plain(textOf(ld, objectsOf(ld, node, 'hiringOrganization')[0], 'name') ?? scalar(values(ld, node, 'hiringOrganization')[0])),
    location: cleanLine([...new Set([...places, ...(places.length ? [] : remoteCountries)].filter((p): p is string => !!p))].join('; ')),
    remote: telecommute ? true : undefined,
    employmentType: cleanLine([...new Set(types.filter(Boolean))].join(', ')),
    postedAt: toIsoDate(textOf(ld, node, 'datePosted')),
    description: description ? cleanLine(htmlToText(description), 20_000) : undefined,
  });
}

/** What a board's markup says, where each board keeps it. */
interface BoardMarkup {
  title?: string;
  company?: string;
  location?: string;
  type?: string;
  workplace?: string;
  posted?: string;
  id?: string;
  description?: Element;
}

const text = (doc: Document | Element, sel: string) => cleanLine(doc.querySelector(sel)?.textContent);

/** A definition list or criteria list of label → value: "Employment type" → "Full-time". */
function labelled(root: Element | Document, itemSel: string, labelSel: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of Array.from(root.querySelectorAll(itemSel))) {
    const label = cleanLine(item.querySelector(labelSel)?.textContent)?.toLowerCase();
    const all = cleanLine(item.textContent) ?? '';
    if (label) out.set(label.replace(/:$/, ''), cleanLine(all.slice(all.toLowerCase().indexOf(label) + label.length)) ?? '');
  }
  return out;
}

export function boardMarkup(doc: Document): BoardMarkup | undefined {
  // LinkedIn's guest job view (/jobs/view/…).
  if (
    doc.querySelector('.top-card-layout__title, .topcard__title') &&
    doc.querySelector('.description__job-criteria-list, .topcard__org-name-link')
  ) {
    const criteria = labelled(doc, '.description__job-criteria-item', '.description__job-criteria-subheader');
    return {
      title: text(doc, '.top-card-layout__title, .topcard__title'),
      company: text(doc, '.topcard__org-name-link, .topcard__flavor a'),
      location: text(doc, '.topcard__flavor--bullet'),
      type: criteria.get('employment type'),
      workplace: text(doc, '.topcard__flavor--metadata.workplace-type, [class*="workplace-type"]'),
      description: doc.querySelector('.show-more-less-html__markup, .description__text') ?? undefined,
    };
  }
  // LinkedIn signed in: /jobs/view/… and the job search's detail pane (2022-2025 class names).
  const signedIn = doc.querySelector(
    '.job-details-jobs-unified-top-card__job-title, .job-details-jobs-unified-top-card__job-title-link, .jobs-unified-top-card__job-title',
  );
  if (signedIn) {
    const primary = text(
      doc,
      '.job-details-jobs-unified-top-card__primary-description-container, .job-details-jobs-unified-top-card__tertiary-description-container, .jobs-unified-top-card__primary-description',
    );
    const insights = Array.from(
      doc.querySelectorAll(
        '.job-details-jobs-unified-top-card__job-insight, .job-details-preferences-and-skills, .job-details-fit-level-preferences, .jobs-unified-top-card__job-insight',
      ),
    )
      .map((e) => cleanLine(e.textContent) ?? '')
      .join(' ');
    return {
      title: cleanLine(signedIn.textContent),
      company: text(doc, '.job-details-jobs-unified-top-card__company-name, .jobs-unified-top-card__company-name'),
      location: text(doc, '.jobs-unified-top-card__bullet') ?? primary?.split(/\s+·\s+/)[0],
      type: insights.split(/\s+/).find((t) => EMPLOYMENT_TEXT.test(t)),
      workplace: text(doc, '.jobs-unified-top-card__workplace-type') ?? /\b(remote|hybrid|on-site)\b/i.exec(insights)?.[0],
      description: doc.querySelector('#job-details, .jobs-description__content, .jobs-description-content__text') ?? undefined,
    };
  }
  // SEEK (data-automation hooks; the classes are hashed).
  if (doc.querySelector('[data-automation="job-detail-title"]')) {
    return {
      title: text(doc, '[data-automation="job-detail-title"]'),
      company: text(doc, '[data-automation="advertiser-name"]')?.replace(/\s*View all jobs$/i, ''),
      location: text(doc, '[data-automation="job-detail-location"]'),
      type: text(doc, '[data-automation="job-detail-work-type"]'),
      workplace: /\((remote|hybrid)\)/i.exec(text(doc, '[data-automation="job-detail-location"]') ?? '')?.[1],
      description: doc.querySelector('[data-automation="jobAdDetails"]') ?? undefined,
    };
  }
  // Indeed.
  if (doc.querySelector('#jobDescriptionText, [data-testid="jobsearch-JobInfoHeader-title"]')) {
    return {
      title: text(doc, '[data-testid="jobsearch-JobInfoHeader-title"], .jobsearch-JobInfoHeader-title')?.replace(/\s*-\s*job post$/i, ''),
      company: text(doc, '[data-testid="inlineHeader-companyName"], [data-company-name="true"]'),
      location: text(doc, '[data-testid="inlineHeader-companyLocation"], [data-testid="job-location"]'),
      type: text(doc, '[data-testid$="-tile"][data-testid*="jobType" i]'),
      description: doc.querySelector('#jobDescriptionText') ?? undefined,
    };
  }
  // Workday.
  if (doc.querySelector('[data-automation-id="jobPostingHeader"]')) {
    const dd = (id: string) => cleanLine(doc.querySelector(`[data-automation-id="${id}"] dd`)?.textContent);
    return {
      title: text(doc, '[data-automation-id="jobPostingHeader"]'),
      location: dd('locations'),
      type: dd('time'),
      workplace: dd('remoteType'),
      posted: dd('postedOn'),
      description: doc.querySelector('[data-automation-id="jobPostingDescription"]') ?? undefined,
    };
  }
  // Lever.
  if (onlyOne(doc, '.posting-headline')) {
    return {
      title: text(doc, '.posting-headline h2'),
      location: text(doc, '.posting-categories .location, .posting-categories .sort-by-location'),
      type: text(doc, '.posting-categories .commitment'),
      workplace: text(doc, '.posting-categories .workplaceTypes'),
      description: doc.querySelector('[data-qa="job-description"], .section-wrapper.page-full-width') ?? undefined,
    };
  }
  // Greenhouse (boards.greenhouse.io and job-boards.greenhouse.io).
  if (doc.querySelector('#app_body .app-title, #header .company-name') || onlyOne(doc, '.job__title')) {
    return {
      title: text(doc, '.app-title, .job__title h1, .job__title'),
      company: text(doc, '.company-name')?.replace(/^at\s+/i, ''),
      location: text(doc, '#header .location, .job__location'),
      description: doc.querySelector('#content, .job__description') ?? undefined,
    };
  }
  return undefined;
}

/**
 * The board's mark on a page of one posting. Lever's and Greenhouse's class names ("job__title",
 * "posting-headline") are also what any site's BEM-named careers index puts on each of its cards:
 * a dozen of them is a list of roles, not a posting.
 */
function onlyOne(doc: Document, selector: string): boolean {
  return doc.querySelectorAll(selector).length === 1;
}

const APPLY =
  /^(apply|apply (now|online|here|today)|apply for this (job|role|position)|(jetzt |online )?bewerben|zur bewerbung|online-bewerbung|postuler( maintenant)?|postulez|je postule|candidater|envoyer (ma|votre) candidature)$/i;

/** A posting's own labels ("Date posted:", "Anstellungsart", "Type de contrat") and the fact each names. */
const LABELS: Array<[keyof BoardMarkup, RegExp]> = [
  [
    'posted',
    /^(date posted|posted( on| date)?|job posted|posting date|veröffentlicht( am)?|online seit|date de publication|publiée? le|mis en ligne le)$/,
  ],
  [
    'type',
    /^(employment type|job type|type of employment|contract type|work type|position type|beschäftigungsart|anstellungsart|arbeitszeit|vertragsart|art der anstellung|type de contrat|type d'emploi|type de poste|temps de travail)$/,
  ],
  [
    'workplace',
    /^(ability to work remotely|remote( work)?|workplace( type)?|work (model|arrangement|location type)|location type|arbeitsmodell|mobiles arbeiten|home-?office|télétravail|mode de travail)$/,
  ],
  ['location', /^(job )?locations?$|^(city|standort|arbeitsort|einsatzort|dienstort|lieu( de travail)?|localisation)$/],
  ['company', /^(company|employer|hiring company|unternehmen|arbeitgeber|entreprise|employeur)$/],
  ['id', /^(job id|job number|req(uisition)?( id| number)?|job ref(erence)?|stellen-?id|kennziffer|référence( de l'offre)?)$/],
];

/** Label → value: `<b>Date posted:</b> Mar. 11, 2026`, `<dt>Standort</dt><dd>Köln</dd>`, `<th>Lieu</th><td>Lyon</td>`. */
export function labelledFacts(root: Element): BoardMarkup {
  const out: BoardMarkup = {};
  for (const el of Array.from(root.querySelectorAll('b, strong, dt, th, label')).slice(0, 400)) {
    const label = cleanLine(el.textContent)?.toLowerCase().replace(/\s*:$/, '');
    const key = label && label.length < 40 ? LABELS.find(([, re]) => re.test(label))?.[0] : undefined;
    if (!key || out[key]) continue;
    let value = '';
    if (el.tagName === 'DT' || el.tagName === 'TH') value = el.nextElementSibling?.textContent ?? '';
    else
      for (let n = el.nextSibling; n && value.length < 200; n = n.nextSibling) {
        // The value runs to the line's end: a <br>, or the next label.
        if (n.nodeType === 1 && /^(BR|B|STRONG|P|DIV|LI|UL)$/.test((n as Element).tagName)) break;
        value += n.textContent ?? '';
      }
    const v = cleanLine(value.replace(/^\s*:/, ''), 200);
    if (v) (out as Record<string, string>)[key] = v;
  }
  return out;
}

/**
 * A careers page for one role with no board markup and no JSON-LD: a title `h1`, an Apply button
 * or form (one target: an index has one per role), and what only a posting says — short facts in
 * the title's header ("Remote (United States, Canada)", "Full Time"), labelled facts ("Date
 * posted:", "Employment type", "Standort", "Type de contrat"), or a careers platform's own page
 * type. Undefined when the page does not have that shape.
 */
export function heroMarkup(doc: Document): BoardMarkup | undefined {
  // The posting's own title: inside <main> when there is one, and never a screen-reader-only heading.
  const h1 = [...Array.from(doc.querySelectorAll('main h1, [role="main"] h1')), ...Array.from(doc.querySelectorAll('h1'))].find(
    (h) => !/\b(wai|sr-only|visually-hidden|screen-reader)/i.test(h.getAttribute('class') ?? ''),
  );
  if (!h1) return undefined;
  const applies = Array.from(doc.querySelectorAll('a, button')).filter((b) => APPLY.test(cleanLine(b.textContent) ?? ''));
  const targets = new Set(applies.map((b) => b.getAttribute('href')).filter(Boolean));
  if (targets.size > 1 || (!applies.length && !doc.querySelector('form#apply, form[id*="application" i], form[action*="apply" i]')))
    return undefined;
  const header = h1.parentElement?.closest('section, header, [class*="hero" i], [class*="header" i]') ?? h1.parentElement;
  if (!header) return undefined;
  let type: string | undefined;
  let workplace: string | undefined;
  let location: string | undefined;
  const places: string[] = [];
  for (const el of Array.from(header.querySelectorAll('div, span, li, p')).slice(0, 60)) {
    if (el.contains(h1) || el.querySelector('div, li, p')) continue;
    const t = cleanLine(el.textContent) ?? '';
    if (!t || t.length > 80) continue;
    if (!type && EMPLOYMENT_TEXT.test(t)) type = t;
    else if (REMOTE_TEXT.test(t)) {
      workplace = /^hybrid/i.test(t) ? 'Hybrid' : 'Remote';
      // "Remote (United States, Canada)": the places are listed one per element.
      const listed = Array.from(el.querySelectorAll('span, li'))
        .map((s) => cleanLine(s.textContent))
        .filter((s): s is string => !!s && !s.includes('('));
      const inBrackets = /\(([^)]+)\)/.exec(t)?.[1];
      places.push(...(listed.length ? listed : (inBrackets?.split(/\s*[,;]\s*/) ?? [])));
    } else if (!location && /location|place|city|\bort\b|lieu/i.test(el.getAttribute('class') ?? '')) location = t;
  }
  const labels = labelledFacts(doc.querySelector('main, [role="main"]') ?? doc.body ?? h1);
  const platform = /\bjob\b/i.test(
    doc.querySelector('meta[name="career-site-page-type"], meta[name="tb-page-type"], meta[property="og:type"]')?.getAttribute('content') ??
      '',
  );
  // A posted date alone is not enough: stories say "Veröffentlicht am" too.
  const posting = labels.type || labels.workplace || labels.id || (labels.posted && labels.location);
  if (!type && !workplace && !posting && !platform) return undefined;
  return {
    title: cleanLine(h1.textContent),
    company: labels.company,
    type: type ?? labels.type,
    // "Remote: Yes", "Homeoffice: möglich", "Télétravail : non".
    workplace:
      workplace ??
      labels.workplace
        ?.replace(/^(yes|ja|oui|möglich|possible|partiel(lement)?|teilweise)\b.*/i, 'Remote')
        .replace(/^(no|nein|non|nicht möglich)\b.*/i, 'On-site'),
    location: places.length ? places.join('; ') : (location ?? labels.location),
    posted: labels.posted,
  };
}

/** Remote when the posting says so (or hybrid); on-site only when it says that; else unknown. */
export function remoteOf(...signals: Array<string | undefined>): boolean | undefined {
  const all = signals.filter(Boolean).join('\n');
  if (/\b(on-?site only|office[\s-]based only|no remote|not (a )?remote|non-remote)\b/i.test(all)) return false;
  if (/\b(remote|hybrid|work from home|telecommute|télétravail|homeoffice)\b/i.test(all)) return true;
  if (/^\s*(on-?site|in[\s-]office)\s*$/im.test(all)) return false;
  return undefined;
}

const BOARD_NAMES =
  /^(linkedin|indeed(\.com)?|seek|glassdoor|greenhouse|lever|ashby|workday|workable|smartrecruiters|wellfound|stepstone|monster|jobs?|careers?)$/i;

/**
 * The employer a posting's title names: "Job Application for Designer at Acme", "Designer @ Acme",
 * "Acme - Designer", "Designer – Acme", "Acme hiring Designer in Leeds | LinkedIn". A part that is
 * the job's own title or a board's name is not the employer.
 */
export function companyFromTitle(pageTitle: string | undefined, jobTitle: string | undefined): string | undefined {
  const t = cleanLine(pageTitle?.replace(/^\(\d+\+?\)\s+/, '').replace(/\s+[|·]\s+[^|·]+$/, ''));
  if (!t) return undefined;
  const same = (a: string) => !!jobTitle && a.toLowerCase() === jobTitle.toLowerCase();
  const ok = (c: string | undefined) => (c && !BOARD_NAMES.test(c) && !same(c) && c.length < 80 ? cleanLine(c) : undefined);
  const hiring = /^(.+?) hiring (.+?)(?: in .+)?$/i.exec(t);
  if (hiring) return ok(hiring[1]);
  const at = /^(?:job application for )?(.+?)\s+(?:at|@)\s+(.+)$/i.exec(t);
  if (at && (!jobTitle || same(at[1]!))) return ok(at[2]);
  const dash = /^(.+?)\s+[-–—]\s+(.+)$/.exec(t);
  if (dash && jobTitle) return same(dash[1]!) ? ok(dash[2]) : same(dash[2]!) ? ok(dash[1]) : undefined;
  return undefined;
}
