import type { CompanyExtraction } from '../schema/page-extraction';
import { cleanLine } from './clean';
import { LIMITS } from '../schema/limits';

/** "1,001", "1.001" (German thousands), "1 001", "12K" → a number. */
export function parseCount(raw: string): number | undefined {
  const m = /^(\d{1,3}(?:[,.\s\u00A0\u202F]\d{3})+|\d+(?:[.,]\d+)?)\s*([kKmM])?$/.exec(raw.trim());
  if (!m) return undefined;
  let digits = m[1]!;
  const grouped = /^\d{1,3}(?:[,.\s\u00A0\u202F]\d{3})+$/.test(digits);
  digits = grouped ? digits.replace(/[,.\s\u00A0\u202F]/g, '') : digits.replace(',', '.');
  let n = Number(digits);
  if (m[2]) n *= /k/i.test(m[2]) ? 1_000 : 1_000_000;
  return Number.isFinite(n) ? Math.round(n) : undefined;
}

const NUM = String.raw`\d[\d,.\s\u00A0\u202F]*\d|\d`;

/** A company size as shown ("51-200 employees", "10,001+", "more than 400 people") with its bounds. */
export function parseSize(raw: string): Pick<CompanyExtraction, 'size' | 'sizeMin' | 'sizeMax'> {
  // "221,000 (2022)": the year the count was taken is not part of the size.
  const size = cleanLine(raw.replace(/\s*\((?:[^()]*\b(?:19|20)\d\d\b[^()]*)\)/g, ''), 120);
  if (!size) return {};
  const range = new RegExp(`(${NUM})\\s*(?:-|–|—|to|bis|à)\\s*(${NUM})`, 'i').exec(size);
  if (range) {
    const min = parseCount(range[1]!);
    const max = parseCount(range[2]!);
    if (min !== undefined && max !== undefined && max >= min) return { size, sizeMin: min, sizeMax: max };
  }
  const plus =
    new RegExp(`(${NUM})\\s*\\+`).exec(size) ?? new RegExp(`(?:more than|over|über|mehr als|plus de)\\s+(${NUM})`, 'i').exec(size);
  if (plus) {
    const min = parseCount(plus[1]!);
    if (min !== undefined) return { size, sizeMin: min };
  }
  const one = new RegExp(`(${NUM})\\s*([kK])?`).exec(size);
  if (one) {
    const n = parseCount(one[1]! + (one[2] ?? ''));
    if (n !== undefined) return { size, sizeMin: n, sizeMax: n };
  }
  return { size };
}

/** `https://www.linkedin.com/company/acme-robotics/about/?trk=x` → `https://www.linkedin.com/company/acme-robotics/`. */
export function linkedinCompanyUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (!/(^|\.)linkedin\.com$/i.test(u.hostname)) return undefined;
    // "/companies/acme": an old address LinkedIn still redirects to "/company/acme".
    const m = /^\/(company|companies|school|showcase)\/([^/?#]+)/i.exec(u.pathname);
    const kind = m?.[1]!.toLowerCase() === 'companies' ? 'company' : m?.[1]!.toLowerCase();
    return m ? withinUrlLimit(`https://www.linkedin.com/${kind}/${slugPart(m[2]!)}/`) : undefined;
  } catch {
    return undefined;
  }
}

/** A path segment lowercased and escaped as a browser shows it: `founders-&-coders` keeps its `&`. */
function slugPart(raw: string): string {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A stray "%" stays as written.
  }
  return encodeURI(decoded.toLowerCase()).replace(/[?#]/g, encodeURIComponent);
}

/** `https://de.linkedin.com/in/Jane-Doe-123/details/` → `https://www.linkedin.com/in/jane-doe-123/`. */
export function linkedinProfileUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (!/(^|\.)linkedin\.com$/i.test(u.hostname)) return undefined;
    const m = /^\/in\/([^/?#]+)/i.exec(u.pathname);
    return m ? withinUrlLimit(`https://www.linkedin.com/in/${encodeURIComponent(decodeURIComponent(m[1]!).toLowerCase())}/`) : undefined;
  } catch {
    return undefined;
  }
}

/** Re-encoding can lengthen an address past what a stored URL may be: such an address is no identity. */
function withinUrlLimit(url: string): string | undefined {
  return url.length <= LIMITS.url ? url : undefined;
}
