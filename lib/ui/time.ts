import { offsetMinutes } from '../calendar/zone';
/** The offset of `timeZone` from UTC at instant `ms`, in milliseconds (one formatter per zone, cached). */
export function zoneOffset(ms: number, timeZone: string): number {
  return offsetMinutes(ms, timeZone) * 60_000;
}

/** "2026-12-03" + "14:30" in "Europe/London" → epoch ms; undefined when the input is not a date. */
export function zonedToEpoch(date: string, time: string, timeZone: string): number | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return undefined;
  const guess = Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!, +t[1]!, +t[2]!);
  try {
    const first = guess - zoneOffset(guess, timeZone);
    // Around a clock change the offset at the guess and at the answer differ: use the answer's.
    return guess - zoneOffset(first, timeZone);
  } catch {
    return undefined;
  }
}

/** Epoch ms → the date and time inputs' values in `timeZone`. */
export function epochToZoned(ms: number, timeZone: string): { date: string; time: string } {
  const shifted = new Date(ms + zoneOffset(ms, timeZone));
  const iso = shifted.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * An instant as text, or '' when it cannot be shown: a date outside what `Date` holds, or a time
 * zone this browser does not know. The one way every view formats an instant: a damaged record
 * must never blank a view with "Invalid time value".
 */
export function formatInstant(ms: number | undefined, options: Intl.DateTimeFormatOptions, locale?: string): string {
  if (ms === undefined || !Number.isFinite(ms) || Number.isNaN(new Date(ms).getTime())) return '';
  try {
    return formatter(locale, options).format(new Date(ms));
  } catch {
    // An unknown time zone: the same instant in the browser's own zone, rather than nothing.
    const { timeZone: _unknown, ...rest } = options;
    return formatter(locale, rest).format(new Date(ms));
  }
}

/**
 * One formatter per locale and options, made once: making one costs far more than formatting
 * with it (the company view of 625 clips made two per listed clip, ~20 ms of its opening).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''} ${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

export function formatMeeting(ms: number, timeZone: string): string {
  return formatInstant(ms, { dateStyle: 'full', timeStyle: 'short', timeZone }) || 'an unreadable date';
}

/** Time zones to offer: the browser's list when it has one, else a short list of common ones. */
export function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (k: string) => string[] };
  return (
    intl.supportedValuesOf?.('timeZone') ?? [
      'UTC',
      'Europe/London',
      'Europe/Berlin',
      'Europe/Paris',
      'America/New_York',
      'America/Chicago',
      'America/Los_Angeles',
      'Asia/Tokyo',
      'Australia/Sydney',
    ]
  );
}
