import { z } from 'zod/mini';

/** Caps on every string that crosses a boundary; pages are written by strangers. */
export const LIMITS = {
  short: 300,
  line: 2_000,
  paragraph: 20_000,
  url: 4_000,
  text: 200_000,
  list: 500,
} as const;

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

export const list = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.maxLength(LIMITS.list));
