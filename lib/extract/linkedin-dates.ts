import { monthNumber } from './dates';

const PRESENT = /^(present|heute|aujourd[’']hui|actuel(?:lement)?|today|now|current|en cours|hoy|presente|oggi)$/i;

/** One side of "Jan 2019 – Present": "Jan 2019" → "2019-01", "2015" → "2015", "Present" → undefined. */
function side(text: string): string | undefined | null {
  const t = text.trim().replace(/\.$/, '');
  if (PRESENT.test(t)) return null;
  const m = /^(?:([\p{L}]+)\.?\s+)?(\d{4})$/u.exec(t);
  if (!m) return undefined;
  const month = m[1] ? monthNumber(m[1]) : undefined;
  return month ? `${m[2]}-${String(month).padStart(2, '0')}` : m[2];
}

/**
 * "Jan 2019 - Present · 5 yrs 2 mos", "März 2017 – Dez. 2019 · 2 J. 10 Mon.", "2010 - 2014":
 * start and end as ISO; no end for a current position. Undefined when the text is no range.
 */
export function dateRange(text: string | undefined): { start?: string; end?: string; current: boolean } | undefined {
  if (!text) return undefined;
  const range = text.split(/\s+·\s+/)[0]!.trim();
  const parts = range.split(/\s+[-–—]\s+|\s+(?:to|bis|à)\s+/);
  if (parts.length > 2) return undefined;
  const start = side(parts[0]!);
  if (start === undefined || start === null) return undefined;
  if (parts.length === 1) return { start, current: false };
  const end = side(parts[1]!);
  if (end === undefined) return undefined;
  return end === null ? { start, current: true } : { start, end, current: false };
}
