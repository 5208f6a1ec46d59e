import { dateInText } from './dates';

/** A release the company lists on its own page, with its date. */
export interface Release {
  /** The entry's title as the page writes it: "Linear MCP for product management". */
  title: string;
  /** Its first sentence, for the hook's evidence. */
  summary?: string;
  date: string;
}

/** The heading of a dated list of releases on a company's own page. */
const HEADING = /^(?:changelog|release notes|what['’]s new|latest (?:releases|updates)|product updates|recent updates|releases)$/i;
/** A line that is a date and nothing else ("Feb 26, 2026", "26 February 2026"). */
const DATE_LINE =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2})$/i;
/** A title: a short line that does not end as a sentence does. */
const TITLE = (l: string) => l.split(/\s+/).length <= 9 && !/[.!?:→]$/.test(l) && /^\p{Lu}/u.test(l);

/**
 * The releases a company's own page lists under a "Changelog" or "What's new" heading: each a short
 * title, a line or two saying what it does, and a date line (after the entry, or before it — the
 * first entry tells which). Read from the page's layout, never from its words: a dated list under
 * such a heading is the company telling what it shipped, and when.
 */
export function releasesIn(text: string | undefined, max = 6): Release[] {
  const lines = (text ?? '')
    .split(/\n+/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const start = lines.findIndex((l) => HEADING.test(l));
  if (start < 0) return [];
  const rest = lines.slice(start + 1, start + 1 + 8 * max);
  const out: Release[] = [];
  const dateFirst = DATE_LINE.test(rest[0] ?? '');
  let entry: string[] = [];
  let pendingDate: string | undefined;
  const close = (date: string | undefined, body: string[]) => {
    const [title, ...said] = body;
    if (date && title && TITLE(title) && said.length) out.push({ title, summary: said[0], date });
  };
  for (const line of rest) {
    if (out.length >= max) break;
    if (!DATE_LINE.test(line)) {
      // A dated list ends where its layout does: a line of neither kind after many without a date.
      if (entry.length > 4) break;
      entry.push(line);
      continue;
    }
    const date = dateInText(line);
    if (dateFirst) {
      if (entry.length) close(pendingDate, entry);
      pendingDate = date;
    } else close(date, entry);
    entry = [];
  }
  if (dateFirst && entry.length) close(pendingDate, entry);
  return out;
}
