import type { JobOpening } from '../schema/page-extraction';
import { cleanLine, httpUrlOf } from './clean';
import { prune } from '../objects';
import { isCountry, placesList } from './places';
import { GENDER_MARK } from '../text/gender-mark';

const CAREERS_PATH =
  /\/(careers?|jobs?|join(-us)?|work-with-us|open-positions|openings|vacancies|karriere|stellen(angebote)?|emplois?|carrieres|recrutement|vacatures|werken-bij)(\.\w+)?(\/|$)/i;
const CAREERS_HOST = /^(careers|jobs|karriere)\./i;
const JOB_LINK =
  /\/(jobs?|careers?|positions?|openings?|vacancies|stellen|karriere|emplois?|postings?|vacatures|o)\/[^/]+|greenhouse\.io|grnh\.se|lever\.co|workable\.com|ashbyhq\.com|smartrecruiters\.com|personio\.|recruitee\.com|teamtailor\.com|join\.com|myworkdayjobs\.com|icims\.com|taleo\.net|successfactors\.(com|eu)|bamboohr\.com|jobvite\.com|breezy\.hr/i;
// "(m/w/d)" marks a German job title whatever the trade ("Monteur Luft- und Klimatechnik (m/w/d)"),
// and a Swiss workload one ("Accounting Lead (80-100%)"); German trades end compounds
// ("Versuchsmechaniker", "VersuchsmechanikerIn").
const ROLE_WORD =
  /\(\d{2,3}(?:\s*[-–]\s*\d{2,3})?\s*%\)|(?:techniker|mechaniker|elektriker)(?:in)?\b|\b(monteur|kauffrau|kaufmann|kaufleute|sachbearbeiter(?:in)?|meister(?:in)?|supervisor|controller|estimator|chemist|expert|auszubildende[rn]?|engineer|developer|designer|manager|scientist|analyst|lead|director|specialist|coordinator|intern|internship|technician|consultant|architect|researcher|representative|executive|officer|administrator|associate|head of|vp|writer|editor|translator|interpreter|recruiter|accountant|planner|operator|product owner|advisor|strategist|marketer|counsel|nurse|assistant|advocate|president|general application|open application|initiativbewerbung|candidature spontanée|werkstudent|entwickler|ingenieur|berater|leiter|referent|chargée?|développeur|ingénieur|responsable|stagiaire)\b/i;
// A link to one posting on an ATS (boards.greenhouse.io/acme/jobs/1, jobs.lever.co/acme/<id>, grnh.se/<id>)
// names a role whatever the trade ("Welder", "Barista"); its text is the role unless it is a call to action.
const ATS_HOST =
  /(^|\.)(greenhouse\.io|grnh\.se|lever\.co|workable\.com|ashbyhq\.com|smartrecruiters\.com|personio\.(de|com)|recruitee\.com|teamtailor\.com|myworkdayjobs\.com|icims\.com|bamboohr\.com|breezy\.hr)$/i;
const NOT_A_TITLE =
  /^(view|see|browse|all|apply|learn|more|read|open|search|explore|details|mehr|alle|jetzt|zur|voir|tous|toutes|découvrir|postuler)\b|\b(jobs|positions|openings|roles|stellen|offres)$/i;
function postingLink(href: string): boolean {
  const u = new URL(href);
  return ATS_HOST.test(u.hostname) && u.pathname.split('/').filter(Boolean).length >= (/grnh\.se$/i.test(u.hostname) ? 1 : 2);
}
const LOCATION_CLASS = /location|city|place|office|ort|lieu/i;
const TEAM_CLASS = /team|department|dept|category|function|abteilung|équipe/i;

export function isCareersPage(url: URL): boolean {
  return CAREERS_PATH.test(url.pathname) || CAREERS_HOST.test(url.hostname);
}

/**
 * The open roles a careers page lists: links to job postings whose text names a role, with the
 * team (a label in the card, else the heading the list sits under) and the location.
 */
export function jobOpenings(doc: Document, url: URL): JobOpening[] {
  // The listing may sit outside a page's <main> (a small hero can be the only <main>): the body,
  // less its navigation, header and footer.
  const main = doc.body;
  if (!main) return [];
  const out: JobOpening[] = [];
  const seen = new Map<string, number>();
  for (const a of Array.from(main.querySelectorAll('a[href]'))) {
    if (a.closest('nav, footer, header')) continue;
    const href = httpUrlOf(a.getAttribute('href'), url);
    if (!href) continue;
    const target = new URL(href);
    if (samePage(target, url)) continue;
    // A German-style role's mark ("Softwareentwickler (m/w/d)") names a posting wherever the site keeps it.
    const marked = GENDER_MARK.test(cleanLine(a.textContent) ?? '');
    if (!(JOB_LINK.test(target.hostname + target.pathname) || underPage(target, url) || marked)) continue;
    const card = cardOf(a);
    const title = titleOf(card, a);
    if (!title || !(namesRole(title) || (postingLink(href) && !NOT_A_TITLE.test(title) && title.length < 90))) continue;
    const group = groupLabel(card, url);
    const job = prune({
      title,
      team: labelIn(card, TEAM_CLASS) ?? (group?.place ? undefined : group?.text),
      location: placesList(
        labelIn(card, LOCATION_CLASS) ??
          placeInMeta(card, title) ??
          subHeading(card, title) ??
          headingAfter(card) ??
          placeLine(card, title) ??
          (group?.place ? group.text : undefined),
      ),
      url: href,
    });
    // A "featured role" card repeats a listed role with less detail: keep one, the fuller.
    const i = seen.get(href);
    if (i === undefined) {
      seen.set(href, out.length);
      out.push(job);
    } else if (Object.keys(job).length > Object.keys(out[i]!).length) out[i] = job;
  }
  if (!out.length) out.push(...cardsWithoutLinks(main));
  if (!out.length) out.push(...sectionsWithApply(main, url));
  return out.slice(0, 300);
}

const APPLY_TEXT = /^(apply|apply (now|here|by e-?mail)|bewerben|jetzt bewerben|postuler|solliciteer|solliciteren)\s*[→›»>]?$/i;
const PLACE_LABEL = /^(location|place|standort|einsatzort|arbeitsort|ort|lieu|localisation|locatie|standplaats)\s*:?$/i;
/** What a card's tags are: a "tag", "badge", "chip" or "pill" names the role's trade or team. */
const TAG_CLASS = /(^|[\s_-])(tags?|badges?|chips?|pills?)([\s_-]|$)/i;

/**
 * A careers page that takes applications by e-mail or one form lists its roles as cards with no
 * link of their own. Each card counts when three cues agree: its heading names a role, the card
 * has its own Apply button (or a labelled place), and the page repeats the same card (same tag
 * and class) at least twice. The team is the card's tag, the place its labelled location.
 */
function cardsWithoutLinks(main: Element): JobOpening[] {
  const bySignature = new Map<string, Element[]>();
  for (const h of Array.from(main.querySelectorAll('h2, h3, h4')).slice(0, 400)) {
    if (h.closest('nav, footer, header') || !namesRole(h.textContent ?? '')) continue;
    let card = h.parentElement?.closest(CARD);
    if (!card || card.querySelectorAll(h.tagName).length !== 1) continue;
    // The card is the widest box that holds this one role: an accordion's head ("job-main") is in it.
    while (
      card.parentElement &&
      !/^(MAIN|BODY)$/.test(card.parentElement.tagName) &&
      card.parentElement.querySelectorAll(h.tagName).length === 1
    )
      card = card.parentElement;
    const sig = `${card.tagName}.${card.getAttribute('class') ?? ''}/${h.tagName}`;
    bySignature.set(sig, [...(bySignature.get(sig) ?? []), card]);
  }
  const out: JobOpening[] = [];
  for (const cards of bySignature.values()) {
    if (cards.length < 2) continue;
    for (const card of cards) {
      const title = cleanLine(card.querySelector('h2, h3, h4')?.textContent, 150);
      const place = labelledPlace(card);
      if (!title || (!applies(card) && !place && !card.querySelector(JOB_CARD))) continue;
      const tags = Array.from(card.querySelectorAll('[class]'))
        .filter((el) => TAG_CLASS.test(el.getAttribute('class') ?? '') && !el.children.length)
        .map((el) => cleanLine(el.textContent, 60))
        .filter((t): t is string => !!t);
      out.push(
        prune({
          title,
          team: labelIn(card, TEAM_CLASS) ?? (tags.length ? tags.join(' · ') : undefined),
          location: placesList(labelIn(card, LOCATION_CLASS) ?? place ?? placeInMeta(card, title) ?? infoPlace(card, title)),
        }),
      );
    }
  }
  return out;
}

/** A card holding an element its template names as a job listing ("job-listing-card", "vacancy-item"): its role needs no Apply button. */
const JOB_CARD = '[class*="job" i], [class*="vacanc" i], [class*="stellen" i], [class*="posting" i]';
/** Details the card's template writes as short info lines ("München", "Full Time"): the first that is no contract term. */
function infoPlace(card: Element, title: string): string | undefined {
  for (const el of Array.from(card.querySelectorAll('[class*="info" i], [class*="meta" i], [class*="detail" i]')).slice(0, 20)) {
    if (el.children.length) continue;
    const t = cleanLine(el.textContent, 60);
    if (t && t !== title && t.length <= 40 && !NOT_A_PLACE.test(t)) return t;
  }
  return undefined;
}

const applies = (el: Element) =>
  [el, ...Array.from(el.querySelectorAll('a, button'))].some(
    (b) => b.matches('a, button') && APPLY_TEXT.test(cleanLine(b.textContent) ?? ''),
  );

/**
 * A careers page written as one long text: each role a heading, its duties below, and its own
 * Apply link before the next heading of the same rank ("<h2 id=eng>…</h2><ul>…</ul><p><a
 * href=mailto:…>Apply →</a></p>"). Two such sections at least, most of them naming a role; the
 * role's address is the page's with the heading's anchor.
 */
function sectionsWithApply(main: Element, url: URL): JobOpening[] {
  for (const tag of ['H2', 'H3']) {
    const found = Array.from(main.querySelectorAll(tag)).filter((h) => {
      let n = h.nextElementSibling;
      while (n && n.tagName !== tag && !applies(n)) n = n.nextElementSibling;
      return n && n.tagName !== tag && !LISTING_HEADING.test(h.textContent ?? '');
    });
    if (found.length > 1 && found.filter((h) => namesRole(h.textContent ?? '')).length * 2 >= found.length)
      return found.map((h) =>
        prune({ title: cleanLine(h.textContent, 150)!, url: h.id ? `${url.origin}${url.pathname}#${h.id}` : undefined }),
      );
  }
  return [];
}

/** "<strong>Location:</strong> Kaiserslautern": the value after a place's label. */
function labelledPlace(card: Element): string | undefined {
  for (const label of Array.from(card.querySelectorAll('strong, b, dt, th, label')).slice(0, 40)) {
    if (!PLACE_LABEL.test(cleanLine(label.textContent) ?? '')) continue;
    let value = '';
    if (/^(DT|TH)$/.test(label.tagName)) value = label.nextElementSibling?.textContent ?? '';
    else
      for (
        let n = label.nextSibling;
        n && !(n.nodeType === 1 && /^(BR|STRONG|B|P|DIV|LI)$/.test((n as Element).tagName));
        n = n.nextSibling
      )
        value += n.textContent ?? '';
    const v = cleanLine(value.replace(/^\s*:/, ''), 120);
    if (v) return v;
  }
  return undefined;
}

const CARD = 'li, article, tr, [class*="job" i], [class*="position" i], [class*="opening" i], [class*="role" i], [class*="posting" i]';

/**
 * The role's card: the link's nearest list item, row or job-named box a few levels up (a page
 * whose <body class="page-jobs"> is not one card), else the heading or paragraph the link is.
 */
function cardOf(a: Element): Element {
  let el: Element | null = a;
  for (let depth = 0; el && depth < 6 && el.tagName !== 'MAIN' && el.tagName !== 'BODY'; depth++, el = el.parentElement)
    if (el.matches(CARD)) return el;
  return a.closest('h2, h3, h4, h5, h6, p') ?? a;
}

const NOT_A_PLACE =
  /^(full[- ]?time|part[- ]?time|vollzeit|teilzeit|temps (?:plein|partiel)|cdi|cdd|contract|internship|praktikum|stage|ab sofort|immediately|dès que possible|remote|hybrid|\d|permanent|befristet|unbefristet)/i;

/** "Vollzeit · Uetze bei Hannover · Ab sofort": the part of a card's details line that is a place. */
function placeInMeta(card: Element, title: string): string | undefined {
  for (const el of Array.from(card.querySelectorAll('div, span, p, li, small')).slice(0, 30)) {
    if (el.children.length) continue;
    const text = cleanLine(el.textContent, 200);
    if (!text || text === title || !/\s[·•|]\s/.test(text)) continue;
    const place = text
      .split(/\s[·•|]\s/)
      .map((p) => p.trim())
      .find((p) => p && !NOT_A_PLACE.test(p));
    if (place) return cleanLine(place, 120);
  }
  return undefined;
}

function titleOf(card: Element, a: Element): string | undefined {
  // Headings first, in rank order: a "title" wrapper may also hold an "Apply" label.
  const heading = ['h2', 'h3', 'h4', 'h5', 'strong', '[class*="title" i]'].map((s) => card.querySelector(s)).find(Boolean);
  return cleanLine(heading?.textContent) ?? cleanLine(a.textContent?.split('\n').find((line) => line.trim()), 150);
}

/**
 * The text of the card's first element whose class says what it holds. A role offered in several
 * places writes each in an element of the same class side by side ("Brașov", "Cluj-Napoca", each
 * with its flag): all of them, in order, one list.
 */
function labelIn(card: Element, cls: RegExp): string | undefined {
  for (const el of Array.from(card.querySelectorAll('[class]'))) {
    const klass = el.getAttribute('class') ?? '';
    if (cls.test(klass) && !/title/i.test(klass)) {
      const text = cleanLine(el.textContent, 120);
      if (!text) continue;
      // A wrapper of the places ("places" › "job-place" ×3) reads as its items, not their glued text.
      const item = Array.from(el.querySelectorAll('[class]')).find(
        (d) => cls.test(d.getAttribute('class') ?? '') && sameClassSiblings(d).length > 1,
      );
      const twins = sameClassSiblings(item ?? el);
      const texts = [...new Set(twins.map((c) => cleanLine(c.textContent, 120)).filter((t): t is string => !!t))];
      return texts.length > 1 && texts.length <= 12 ? texts.join('; ') : text;
    }
  }
  return undefined;
}

function sameClassSiblings(el: Element): Element[] {
  const klass = el.getAttribute('class');
  return Array.from(el.parentElement?.children ?? []).filter((c) => c.getAttribute('class') === klass);
}

const LISTING_HEADING =
  /\b(open|offene|current|aktuelle|positions?|openings?|jobs?|vacancies|stellen(?:angebote)?|karriere|careers?|postes?|emplois?|offres?|vacatures|join us)\b/i;

// A group's own attributes say what it groups by: `data-item="office-6-1"`, `id="location-berlin"`.
const PLACE_GROUP = /(^|[^a-z])(offices?|locations?|cit(y|ies)|countr(y|ies)|regions?|standorte?|lieux?|villes?|pays)([^a-z]|$)/i;

/**
 * The label of the group the card sits in, inside the listing: the nearest heading above it
 * (its team), or an accordion's title, `<summary>` or toggle button ("Lima" over that office's
 * roles). A place when the group's attributes say so or the label is a country.
 */
function groupLabel(card: Element, page: URL): { text: string; place: boolean } | undefined {
  const job = (a: Element) => isJobLink(a, page);
  for (let el: Element | null = card; el && el.tagName !== 'MAIN' && el.tagName !== 'BODY'; el = el.parentElement) {
    for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
      // Another role's card is not a section heading.
      if (job(sib) || (sib.querySelector('a[href]') && Array.from(sib.querySelectorAll('a[href]')).some(job))) continue;
      const h = /^H[2-4]$/.test(sib.tagName)
        ? sib
        : (sib.querySelector('h2, h3, h4') ??
          (!/^H\d$/.test(sib.tagName) && sib.matches('summary, button[aria-expanded], [class*="title" i], [class*="heading" i]')
            ? sib
            : null));
      if (!h) continue;
      // "Engineering 4": the count badge is not part of the team's name; "Open positions" names the whole list.
      const text = cleanLine(h.textContent?.replace(/\s+\(?\d+\)?\s*$/, ''), 120);
      if (!text || LISTING_HEADING.test(text)) return undefined;
      const attrs = [sib, el].flatMap((x) => Array.from(x.attributes).map((a) => a.value)).join(' ');
      return { text, place: PLACE_GROUP.test(attrs) || isCountry(text) };
    }
  }
  return undefined;
}

/** "<h4><a>Title</a></h4><h5>Remote</h5>": the smaller heading right under a title heading is its place. */
function headingAfter(card: Element): string | undefined {
  const next = /^H[2-6]$/.test(card.tagName) ? card.nextElementSibling : null;
  if (!next || !/^H[3-6]$/.test(next.tagName) || next.tagName <= card.tagName || next.querySelector('a')) return undefined;
  const t = cleanLine(next.textContent, 80);
  return t && !namesRole(t) ? t : undefined;
}

/** The line under a card's title ("<h3>Title</h3><h4>United States, Canada</h4>"): its place. */
function subHeading(card: Element, title: string): string | undefined {
  const h = Array.from(card.querySelectorAll('h3, h4, h5, h6')).find(
    (x) => cleanLine(x.textContent) !== title && !x.querySelector('h3, h4'),
  );
  const t = cleanLine(h?.textContent, 120);
  return t && !namesRole(t) ? t : undefined;
}

const US_STATE = /^[A-Z]{2}$/;

/**
 * "<li><h4><a>Grant Director</a></h4><div>Zurich, Switzerland</div></li>": a careers list may set
 * the place as a bare line under the title, with no class or label to name it. A line counts when
 * it reads as a place: at most four comma parts, the last a country, or a US state's code after a town.
 */
function placeLine(card: Element, title: string): string | undefined {
  for (const el of Array.from(card.querySelectorAll('div, span, p, small')).slice(0, 12)) {
    if (el.children.length) continue;
    const t = cleanLine(el.textContent, 80);
    const parts = t && t !== title ? t.split(/\s*,\s*/) : [];
    const last = parts[parts.length - 1] ?? '';
    // A state's code only after a town ("Austin, TX"): alone, two capitals are a team ("IT", "HR").
    const stateAfterTown = parts.length >= 2 && US_STATE.test(last) && !/^[A-Z]{2,}$/.test(parts[0]!);
    if (parts.length && parts.length <= 4 && !/\d/.test(t!) && (isCountry(last) || stateAfterTown)) return t;
  }
  return undefined;
}

/** The page itself, or an anchor on it ("#bewerben", an Apply button that scrolls to the form). */
function samePage(u: URL, page: URL): boolean {
  return u.host === page.host && u.pathname.replace(/\/+$/, '') === page.pathname.replace(/\/+$/, '') && u.search === page.search;
}

/** A role's name: a role word or the gender mark (lib/text/gender-mark.ts) after it. */
const namesRole = (text: string) => ROLE_WORD.test(text) || GENDER_MARK.test(text);

/**
 * A page of the careers page's own folder: "/offene-stellen" lists "/offene-stellen/qa-engineer",
 * whatever word the site's folder uses. Its text must still name a role.
 */
function underPage(u: URL, page: URL): boolean {
  const base = page.pathname.replace(/\.\w+$/, '').replace(/\/+$/, '');
  if (u.host !== page.host || !base || u.search || u.hash) return false;
  const rest = u.pathname.replace(/\/+$/, '');
  return rest.startsWith(base + '/') && !rest.slice(base.length + 1).includes('/');
}

function isJobLink(a: Element, page: URL): boolean {
  const href = a.tagName === 'A' ? a.getAttribute('href') : null;
  if (!href) return false;
  if (JOB_LINK.test(href)) return true;
  const abs = httpUrlOf(href, page);
  return !!abs && underPage(new URL(abs), page);
}
