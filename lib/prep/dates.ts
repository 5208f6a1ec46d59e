/** Dates as pages give them ("2024", "2024-03", "2024-03-05T…"), compared and written the way people read them. */

const DAY = 86_400_000;
/** News older than this before the meeting is background, not "recent" (issue 11: about six months). */
export const RECENT_DAYS = 183;

/** Epoch ms of an ISO date's first day (a bare year is its 1 January). */
export function isoToMs(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

/** Whole and fractional years between an ISO date and a moment. */
export function yearsSince(iso: string | undefined, at: number): number | undefined {
  const from = isoToMs(iso);
  return from === undefined ? undefined : Math.max(0, (at - from) / (365.25 * DAY));
}

/**
 * An event dated `iso` is recent for a meeting at `meetingAt` when it happened at most about six
 * months before (or up to a month after: a page clipped ahead of an announced date).
 */
export function isRecent(iso: string | undefined, meetingAt: number): boolean {
  const at = isoToMs(iso);
  if (at === undefined) return false;
  // A bare year is dated by its 1 January: count it as recent only when the meeting is in that year.
  if (/^\d{4}$/.test(iso!)) return new Date(meetingAt).getUTCFullYear() === Number(iso);
  return at <= meetingAt + 31 * DAY && meetingAt - at <= RECENT_DAYS * DAY;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 2024", "2024", "5 March 2024": fixed English, so the sheet is the same everywhere. */
export function readableDate(iso: string | undefined, withDay = false): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return undefined;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1];
  return withDay && m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** "2 years", "8 months", "over 10 years": a span as a person says it. */
export function span(years: number): string {
  if (years >= 10) return `over ${Math.floor(years)} years`;
  if (years >= 2) return `${Math.floor(years)} years`;
  if (years >= 1) return 'over a year';
  const months = Math.max(1, Math.round(years * 12));
  return `${months} month${months > 1 ? 's' : ''}`;
}

const MONTH_WORDS: Record<string, number> = Object.fromEntries(
  MONTHS.flatMap((name, i) => [
    [name.toLowerCase(), i + 1],
    [name.slice(0, 3).toLowerCase(), i + 1],
  ]),
);

/** A date written in a sentence ("on March 5, 2024", "in May 2023", "5 May 2023"), as ISO; the first found. */
export function dateInText(text: string): string | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  let m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b/i.exec(text);
  if (m) return `${m[3]}-${pad(MONTH_WORDS[m[1]!.toLowerCase().slice(0, 3)]!)}-${pad(Number(m[2]))}`;
  m = /\b(\d{1,2})\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d{2})\b/i.exec(text);
  if (m) return `${m[3]}-${pad(MONTH_WORDS[m[2]!.toLowerCase().slice(0, 3)]!)}-${pad(Number(m[1]))}`;
  m = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+((?:19|20)\d{2})\b/i.exec(text);
  if (m) return `${m[2]}-${pad(MONTH_WORDS[m[1]!.toLowerCase()]!)}`;
  return undefined;
}
