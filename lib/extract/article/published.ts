import { dateInText, toIsoDate } from '../dates';
import { firstMeta } from '../meta';
import { chromeTester } from './chrome';

/** Elements that show a story's date: `<time>`, and the date and byline lines sites class as such. */
const DATE_ELEMENTS =
  'time, [itemprop="datePublished"], [class*="date" i], [class*="time" i], [class*="publish" i], [class*="posted" i], [class*="byline" i], [class*="dateline" i], [class*="meta" i], [id*="date" i]';
/** A date the page says is the last change, not the publication. */
const UPDATED = /\b(updated?|last modified|modified|aktualisiert|mis à jour|actualizado|aggiornato)\b|更新/i;
const PUBLISHED = /\b(published|original|veröffentlicht|publié|publicado|pubblicato)\b|公開|掲載/i;

/**
 * The date a story shows near its headline: in the headline's own block, else in the ones around
 * it (up to four levels up, so a sidebar's dates a page away never count). The date after the
 * headline wins over one before it; a date the page calls "updated" never counts.
 */
export function visibleDate(doc: Document, headlineEl: Element | undefined): string | undefined {
  const start = headlineEl ?? doc.querySelector('article') ?? undefined;
  if (!start) return undefined;
  const scopes: Element[] = [];
  for (let el = headlineEl ? start.parentElement : start; el && scopes.length < 4; el = el.parentElement) {
    scopes.push(el);
    if (el.tagName === 'BODY') break;
  }
  if (!scopes.length) return undefined;
  // One query over the widest scope; each element then belongs to the nearest scope holding it.
  const chrome = chromeTester();
  const byLevel: Array<{ before?: string; after?: string }> = scopes.map(() => ({}));
  for (const el of Array.from(scopes[scopes.length - 1]!.querySelectorAll(DATE_ELEMENTS)).slice(0, 200)) {
    if (chrome(el) || (headlineEl && el.contains(headlineEl))) continue;
    const level = scopes.findIndex((s) => s.contains(el));
    const slot = byLevel[level]!;
    const after = !headlineEl || !!(headlineEl.compareDocumentPosition(el) & 4); /* FOLLOWING */
    if (after ? slot.after : false) continue;
    const date = dateOf(el);
    if (!date) continue;
    if (after) slot.after = date;
    else slot.before = date;
  }
  for (const slot of byLevel) if (slot.after ?? slot.before) return slot.after ?? slot.before;
  return undefined;
}

function dateOf(el: Element): string | undefined {
  const text = el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (text.length > 160) return undefined;
  const attr = el.getAttribute('datetime') ?? el.getAttribute('content');
  // "Updated Nov. 19 / Original Nov. 18": the published part of the line, if it says which.
  const published = PUBLISHED.exec(text);
  if (published) return dateInText(text.slice(published.index)) ?? toIsoDate(attr ?? undefined);
  if (UPDATED.test(text) || UPDATED.test(el.getAttribute('class') ?? '')) return undefined;
  return (attr ? toIsoDate(attr) : undefined) ?? dateInText(text);
}

/** `/2019/11/18/`, `/2019-11-19/` in the address: the date the publication filed the story under. */
export function urlDate(url: URL): string | undefined {
  const m = /\/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|$)/.exec(url.pathname);
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
  if (!machine) return local[0];
  if (machine.length < 10 || !/\d[T\s]\d\d:\d\d/.test(opts.machine ?? '')) return machine;
  const near = local.find((d) => Math.abs(dayNumber(d) - dayNumber(machine)) === 1);
  return near ?? machine;
}
