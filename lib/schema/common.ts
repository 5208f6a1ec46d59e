import { z } from 'zod/mini';
import { LIMITS } from './limits';

// The caps live apart from the schemas, so the injected scripts can use them without zod.
export { LIMITS };

/**
 * `text` cut to at most `max` UTF-16 units without splitting a character: what every derived
 * value (a name key, a normalised address) is cut to before it is stored beside its limit.
 */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

export const shortText = z.string().check(z.maxLength(LIMITS.short));
export const lineText = z.string().check(z.maxLength(LIMITS.line));
export const paragraphText = z.string().check(z.maxLength(LIMITS.paragraph));
export const longText = z.string().check(z.maxLength(LIMITS.text));
/** Only http(s) links are kept; `javascript:` and `data:` never become links. */
export const httpUrl = z.string().check(z.maxLength(LIMITS.url), z.regex(/^https?:\/\/[^\s]+$/i));
/** Any page URL (the clipped page itself may be file:// when the user allowed it). */
export const pageUrl = z.string().check(z.maxLength(LIMITS.url), z.regex(/^(https?|file):\/\/[^\s]*$/i));
export const isoDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/));
export const id = z.string().check(z.minLength(1), z.maxLength(100));

/** The latest instant a record may carry: 1 January 2200. Later (or before 1970) is a damaged or hostile value. */
export const MAX_TIME = Date.UTC(2200, 0, 1);
/** An instant, epoch milliseconds, between 1970 and 2200: every date formatter can show it. */
export const epochMs = z.number().check(z.minimum(0), z.maximum(MAX_TIME));

/** A time zone the browser knows ("Europe/London"); anything else would make every date formatter throw. */
export const timeZoneName = z
  .string()
  .check(z.maxLength(LIMITS.short), z.refine(isTimeZone, { message: 'is not a time zone this browser knows' }));

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const list = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.maxLength(LIMITS.list));
