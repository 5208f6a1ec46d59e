import { decodeEntities } from '../text/entities';

/**
 * Page text is written by strangers. Every string the extractors return passes through here:
 * control characters, bidirectional overrides and zero-width characters go (a right-to-left
 * override can make "gpj.exe" read as "exe.jpg"), whitespace collapses, and length is capped.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

export function cleanLine(value: unknown, max = 300): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  // Entities: JSON-LD and twice-escaped meta values carry them (`&#8217;`, `&ouml;`). NFC: some
  // pages write kana and accents decomposed, and one name must compare equal to itself.
  const text = decodeTwice(String(value)).replace(INVISIBLE, '').normalize('NFC').replace(/\s+/g, ' ').trim();
  return text ? cap(text, max) : undefined;
}

/** Like cleanLine but keeps paragraph breaks (one blank line at most). */
export function cleanBlock(value: unknown, max = 20_000): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(/[ \t\f\v\u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text ? cap(text, max) : undefined;
}

/** `&amp;ouml;` (escaped twice) is `ö` too; a third layer is not text anyone meant. */
function decodeTwice(text: string): string {
  const once = decodeEntities(text);
  return once !== text && once.includes('&') ? decodeEntities(once) : once;
}

/** Cut at a code-point boundary so a surrogate pair is never split. */
export function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const last = cut.charCodeAt(cut.length - 1);
  return (last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut) + '…';
}

/** An absolute http(s) URL or nothing: `javascript:`, `data:` and friends never survive. */
export function httpUrlOf(value: unknown, base?: string | URL): string | undefined {
  if (typeof value !== 'string' || value.length > 4_000) return undefined;
  // "%20http://acme.example/": a space the page's author typed before the address, encoded.
  const raw = value
    .replace(INVISIBLE, '')
    .trim()
    .replace(/^(?:%20)+/i, '');
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** Unique, cleaned, non-empty items, at most `max` of them, in their first order. */
export function cleanList(values: unknown, maxItems = 100, maxLen = 300): string[] | undefined {
  const items = Array.isArray(values) ? values : values == null ? [] : [values];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const text = cleanLine(item, maxLen);
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push(text);
    if (out.length >= maxItems) break;
  }
  return out.length ? out : undefined;
}
