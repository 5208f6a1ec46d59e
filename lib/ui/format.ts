import { formatInstant } from './time';
import type { Clip, FactValue, PersonStatus } from '../schema/dossier';
import type { PageKind } from '../schema/page-extraction';
import { bareHost } from '../text/hosts';

export const KIND_LABELS: Record<PageKind, string> = {
  'company-page': 'Company page',
  'company-profile': 'Company profile',
  'person-profile': 'Person profile',
  article: 'Article',
  'job-posting': 'Job posting',
  other: 'Other page',
};

/** What the pipeline, the person page and the contacts CSV call each status. */
export const STATUS_LABELS: Record<PersonStatus, string> = {
  'to-contact': 'To contact',
  contacted: 'Contacted',
  scheduled: 'Scheduled',
  met: 'Met',
  thanked: 'Thanked',
};

/** How many items of a long list fact (products, specialties) show before the rest is asked for. */
export const LIST_SHOWN = 10;

/** A long list said in a line: its first items and how many more ("…, and 32 more"). */
export function listHead(items: string[], shown = LIST_SHOWN): string {
  return items.length > shown + 2 ? `${items.slice(0, shown).join(', ')}, and ${items.length - shown} more` : items.join(', ');
}

export function factText(value: FactValue): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** Only http(s) addresses become links; anything else a page wrote stays text. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function formatDate(ms: number | undefined): string {
  return formatInstant(ms, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** An ISO date from a page ("2024-03", "2024-03-05") as people read it, without time-zone shifts. */
export function formatIsoDate(iso: string | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split(/[-T ]/).map(Number);
  if (!y) return iso;
  if (!m) return String(y);
  // A month or day that does not exist is shown as the page wrote it, not rolled over.
  if (!(m >= 1 && m <= 12) || (d !== undefined && !(d >= 1 && d <= 31))) return iso;
  return (
    formatInstant(Date.UTC(y, m - 1, d || 1), { year: 'numeric', month: 'short', ...(d ? { day: 'numeric' } : {}), timeZone: 'UTC' }) || iso
  );
}

export function hostOf(url: string): string {
  return bareHost(url) ?? url;
}

/**
 * A title a page shouts in capitals ("INTERNATIONALE FORDERUNGSBEITREIBUNG", "CONTACT - HairStyle
 * Hier") said in a calm voice: each all-capitals part of five letters or more gets its words
 * capitalised ("Internationale Forderungsbeitreibung"). A word of up to three letters stays as written
 * (HR, IT, IBM are acronyms more often than not); a part with any lower-case letter is the page's
 * own styling ("Happy Coffee SIDAMO Bio Bohnen") and is kept.
 */
export function calmCaps(title: string): string {
  return title
    .split(/(\s+[-–—|:·]\s+)/)
    .map((part) =>
      /\p{Ll}/u.test(part) || (part.match(/\p{Lu}/gu)?.length ?? 0) < 5
        ? part
        : part.replace(/\p{Lu}{4,}/gu, (w) => (w === 'GMBH' ? 'GmbH' : w[0] + w.slice(1).toLowerCase())),
    )
    .join('');
}

/**
 * A clip named so the reader knows who said it: Wikipedia's page titled "Microsoft" is
 * "Microsoft (Wikipedia)", not "Microsoft", which reads as the company's own word.
 */
export function sourceName(clip: Pick<Clip, 'title' | 'siteName'>): string {
  const site = clip.siteName && calmCaps(clip.siteName.trim());
  const title = calmCaps(clip.title);
  if (!site) return title;
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return fold(title).includes(fold(site)) ? title : `${title} (${site})`;
}

/**
 * A bare headcount said in people ("221,000" in Wikipedia's infobox → "about 221,000 people");
 * a size that says its unit ("51-200 employees") is left as the page says it. The popup's
 * small version of the prep sheet's sizeText, which would cost it 0.7 KB.
 */
export function headcountText(size: string): string {
  const t = size.trim();
  return /^\d[\d,. ]*$/.test(t) ? `about ${t} people` : t;
}

/** A link as a person reads it: "microsoft.com", not "https://www.microsoft.com/". */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}

/**
 * A long text cut for a printed page at a boundary a reader expects: the last sentence end past
 * half of `max`, else the last list item ("…, OneDrive, …"), else the last whole word. Cutting at
 * a character count printed "Redmond, Wa…" and "Outloo…".
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const half = Math.floor(max / 2);
  const sentence = Math.max(...[...head.matchAll(/[.!?](?=\s)/g)].map((m) => m.index ?? -1));
  if (sentence >= half) return head.slice(0, sentence + 1);
  const item = head.lastIndexOf(', ');
  if (item >= half) return `${head.slice(0, item)}, …`;
  const space = head.lastIndexOf(' ');
  return `${(space >= half ? head.slice(0, space) : head).replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * Rows for a textarea that shows its whole text in the side panel (about 36 characters a line at
 * 360 px, 26 in a question's card), within [min, max]: a draft to read before the meeting is not read by scrolling a box.
 */
export function textRows(text: string, min: number, max: number, perLine = 36): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return Math.min(max, Math.max(min, lines + 1));
}
