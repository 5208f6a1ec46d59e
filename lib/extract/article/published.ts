import { dateInText, toIsoDate } from '../dates';
import { firstMeta } from '../meta';
import { chromeTester, furnitureBelow } from './chrome';

/** Elements that show a story's date: `<time>`, and the date and byline lines sites class as such. */
const DATE_ELEMENTS =
  'time, [itemprop="datePublished"], [class*="date" i], [class*="time" i], [class*="publish" i], [class*="posted" i], [class*="byline" i], [class*="dateline" i], [class*="meta" i], [id*="date" i], [class*="author" i]';
const TABLE_WRAPPERS = /^(?:TABLE|TBODY|THEAD|TR|TD|TH|CENTER|FONT|B|STRONG|SPAN|EM|I)$/;
/** A date the page says is the last change, not the publication. */
const UPDATED =
  /\b(updated?|last modified|modified|aktualisiert|mis à jour|actualizado|aggiornato|güncelleme|güncellendi|bijgewerkt)\b|更新/i;
/**
 * "05.04.2025 - Güncelleme : 05.04.2025", "March 3, 2025 | Updated March 5": the publication date
 * first, the last change after it. What follows the separator is the change.
 */
const UPDATED_TAIL =
  /\s*[-|–—·•/]\s*(?:last\s+)?(?:updated?|modified|aktualisiert|mis à jour|actualizado|aggiornato|güncelleme|güncellendi|bijgewerkt|更新)\b.*$/iu;
const PUBLISHED = /\b(published|original|veröffentlicht|publié|publicado|pubblicato)\b|公開|掲載/i;

/**
 * The date a story shows near its headline: in the headline's own block, else in the ones around
 * it (up to four levels up, so a sidebar's dates a page away never count). The date after the
 * headline wins over one before it; a date the page calls "updated" counts only when the page shows
 * no other.
 */
export function visibleDate(doc: Document, headlineEl: Element | undefined): string | undefined {
  const start = headlineEl ?? doc.querySelector('article') ?? undefined;
  if (!start) return undefined;
  const scopes: Element[] = [];
  // Table layouts nest a headline in `table > tbody > tr > td > p > b > font`: a table part or a
  // bold/font tag that holds nothing but the headline is no level of its own.
  let levels = 0;
  for (let el = headlineEl ? start.parentElement : start; el && levels < 4 && scopes.length < 12; el = el.parentElement) {
    scopes.push(el);
    if (el.childElementCount > 1 || el === start || !TABLE_WRAPPERS.test(el.tagName)) levels++;
    if (el.tagName === 'BODY') break;
  }
  if (!scopes.length) return undefined;
  // One query over the widest scope; each element then belongs to the nearest scope holding it.
  const chrome = chromeTester();
  const byLevel: Array<{ before?: string; after?: string }> = scopes.map(() => ({}));
  let updated: string | undefined;
  const widest = scopes[scopes.length - 1]!;
  // The element the page marks as its publication date ("2 Déc 2017" in itemprop=datePublished,
  // above the headline) says what a date written at the story's end ("Griffonné le 30 novembre")
  // does not. So does RDFa's (Drupal: `<span property="schema:dateCreated" content="2022-01-28…">`
  // beside "28.01.22" on meininger.de).
  for (const el of Array.from(
    widest.querySelectorAll('[itemprop="datePublished"],[property$=":datePublished"],[property$=":dateCreated"]'),
  ).slice(0, 5)) {
    if (headlineEl && el.contains(headlineEl)) continue;
    const date = dateOf(el);
    if (date) return date;
  }
  const candidates = [...Array.from(widest.querySelectorAll(DATE_ELEMENTS)).slice(0, 200), ...bareDateLines(widest)];
  if (headlineEl) candidates.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  for (const el of candidates) {
    if ((headlineEl ? furnitureBelow(el, headlineEl) : chrome(el)) || (headlineEl && el.contains(headlineEl))) continue;
    const level = scopes.findIndex((s) => s.contains(el));
    const slot = byLevel[level]!;
    const after = !headlineEl || !!(headlineEl.compareDocumentPosition(el) & 4); /* FOLLOWING */
    if (after ? slot.after : false) continue;
    const date = dateOf(el);
    if (!date) {
      // A page that shows only when it was last changed: that date, if nothing better.
      if (!updated && el.textContent && el.textContent.length <= 160) updated = dateInText(el.textContent.replace(/\s+/g, ' '));
      continue;
    }
    if (after) slot.after = date;
    else slot.before = date;
  }
  for (const slot of byLevel) if (slot.after ?? slot.before) return slot.after ?? slot.before;
  return updated;
}

/**
 * Page furniture between an element and the block it shares with the headline. A block that holds
 * the headline is the story's own, whatever its class says ("newsletter-post" on a newsletter
 * platform's article), so it never makes the date beside the headline furniture.
 */
/** Month and weekday names, times and zones: what a line may hold besides its date and still be only a date. */
const DATE_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|am|pm|uhr|utc|gmt|cet|cest|et|est|edt|pt|pst|pdt|ct|cst|cdt|le|er|st|nd|rd|th)\b\.?/giu;

/** "Published on", "Posted", "Created on", "Date:" before a date line's date. */
const DATE_LABEL = /^(?:(?:published|posted|created|written|date|datum|publié le|veröffentlicht am)\b\s*(?:on\b)?\s*:?\s*)/iu;
/** "· 3 min read" after it. */
const READ_TIME = /\s*[|•·・/–—-]?\s*\d+\s*(?:min(?:ute)?s?|mins?\.?)\s*(?:read|Lesezeit|de lecture)\s*$/iu;
/** A calendar or clock icon beside a date: `<svg>`, `<i class="icon">`, `<img>`. */
const isIcon = (el: Element) => ['svg', 'SVG', 'I', 'IMG'].includes(el.tagName) && !(el.textContent ?? '').trim();

/**
 * Lines that are nothing but a date ("December 15, 2025" under a headline, "2019.03.05" above a
 * release): many sites print the date in a plain `<p>` or `<small>` with no class to say so.
 * Leaves only, short ones only: a date inside a sentence is something else.
 */
function bareDateLines(scope: Element): Element[] {
  const out: Element[] = [];
  const leaves = scope.querySelectorAll('p, small, span, div, li, td, strong, b, em, h4, h5, h6');
  for (let i = 0; i < leaves.length && i < 3_000 && out.length < 20; i++) {
    const el = leaves[i]!;
    if (el.matches(DATE_ELEMENTS)) continue;
    if (el.childElementCount > 0 && !Array.from(el.children).every(isIcon)) continue;
    const text = (el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(DATE_LABEL, '')
      .replace(READ_TIME, '')
      .replace(UPDATED_TAIL, '');
    if (text.length < 8 || text.length > 32 || !/\d{4}/.test(text)) continue;
    if (text.replace(DATE_WORDS, '').replace(/[\d\s.,:/年月日-]+/gu, '').length > 2) continue;
    if (dateInText(text)) out.push(el);
  }
  return out;
}

function dateOf(el: Element): string | undefined {
  const text = el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (text.length > 160) return undefined;
  const attr = el.getAttribute('datetime') ?? el.getAttribute('content');
  // "Updated Nov. 19 / Original Nov. 18": the published part of the line, if it says which.
  const published = PUBLISHED.exec(text);
  if (published) return dateInText(text.slice(published.index)) ?? toIsoDate(attr ?? undefined);
  // The date before "| Updated …" is the publication's.
  const first = text.replace(UPDATED_TAIL, '');
  if (first !== text && !UPDATED.test(first)) {
    const date = dateInText(first);
    if (date) return date;
  }
  if (UPDATED.test(text) || UPDATED.test(el.getAttribute('class') ?? '') || labelledUpdated(el, text)) return undefined;
  return (attr ? toIsoDate(attr) : undefined) ?? dateInText(text);
}

/**
 * A date whose label sits beside it rather than in it: "Last updated: <time>…</time>",
 * `<span>Updated on</span><span>February 24, 2026</span>`. The text just before the date, in a
 * short line around it, says it is the last change.
 */
function labelledUpdated(el: Element, text: string): boolean {
  let around: Element | null = el.parentElement;
  for (let depth = 0; around && depth < 2; depth++, around = around.parentElement) {
    const line = (around.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line.length > 120) return false;
    const at = line.indexOf(text);
    const before = at > 0 ? line.slice(Math.max(0, at - 40), at) : '';
    if (before && UPDATED.test(before) && !PUBLISHED.test(before)) return true;
  }
  return false;
}

/** `/2019/11/18/`, `/2019-11-19/` in the address: the date the publication filed the story under. */
export function urlDate(url: URL): string | undefined {
  // "/2013/06/06/", "/2013-06-06-", or a segment of its own "/20130606/" (WebMD, the Journal Gazette).
  const m =
    /\/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|$)/.exec(url.pathname) ??
    /\/((?:199|20[0-3])\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\/|$)/.exec(url.pathname);
  return m ? toIsoDate(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
}

const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/**
 * When the story was published, as its publication dates it. `datePublished` (never the
 * modified date) is usually right, but a UTC timestamp of an evening story in California is the
 * next day: when the page shows a date, or its `sailthru.date` (local, no zone) or its address
 * says one, a day apart from a timestamp, the local date is the publication's own.
 */
export function publishedDate(opts: {
  machine: string | undefined;
  meta: Map<string, string>;
  visible: string | undefined;
  url: URL;
}): string | undefined {
  const machine = toIsoDate(opts.machine);
  const local = [opts.visible, toIsoDate(firstMeta(opts.meta, 'sailthru.date')), urlDate(opts.url)].filter(
    (d): d is string => !!d && d.length === 10,
  );
  if (!machine) {
    // "Posted July 19" over a story its address and its sailthru.date both file under July 18:
    // the two agree, and the shown date a day apart is the same moment in another time zone.
    const [shown, sailthru, filed] = [opts.visible, toIsoDate(firstMeta(opts.meta, 'sailthru.date')), urlDate(opts.url)];
    if (shown?.length === 10 && sailthru && sailthru === filed && Math.abs(dayNumber(shown) - dayNumber(sailthru)) === 1) return sailthru;
    return local[0];
  }
  if (machine.length < 10 || !/\d[T\s]\d\d:\d\d/.test(opts.machine ?? '')) return machine;
  const near = local.find((d) => Math.abs(dayNumber(d) - dayNumber(machine)) === 1);
  return near ?? machine;
}

/**
 * A field of Parse.ly's page tag (`<meta name="parsely-page" content='{"title": "…", "pub_date":
 * "2013-10-17T20:24:37Z", …}'>`), which news sites of the 2010s set on every story: its headline
 * and date as the publisher's system knows them, beside the teasers' titles and dates on the page.
 */
export function parselyPage(meta: Map<string, string>, field: 'title' | 'pub_date'): string | undefined {
  const tag = meta.get('parsely-page');
  const m = tag ? new RegExp(`"${field}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){2,300})"`).exec(tag) : null;
  return m?.[1]?.replace(/\\u([0-9a-fA-F]{4})|\\(.)/g, (_, hex: string | undefined, ch: string | undefined) =>
    hex ? String.fromCharCode(parseInt(hex, 16)) : ch!,
  );
}

/** The story's date in Parse.ly's page tag, when it is a date. */
export function parselyPageDate(meta: Map<string, string>): string | undefined {
  const date = parselyPage(meta, 'pub_date');
  return date && /^\d{4}-\d\d-\d\d/.test(date) ? date : undefined;
}

/** "1970-01-01T01:00:00+01:00": a CMS's empty date (Unix time zero, in any zone) is no date. */
export function realDate(date: string | undefined): string | undefined {
  return date && /^(1970-01-01|1969-12-31)(?!\d)/.test(date.trim()) ? undefined : date;
}
