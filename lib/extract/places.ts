import { cleanLine } from './clean';

// Where a job is: one place, or a list of countries. Apart from the job-posting extractor, so
// that the company-details script can read a careers page without carrying that extractor.

const regions = new Intl.DisplayNames(['en'], { type: 'region' });
let countries: Set<string> | undefined;
/** Every country's English name, lowercased (built once, on first use). */
export function isCountry(name: string): boolean {
  if (!countries) {
    countries = new Set(['usa', 'uk']);
    const A = 65;
    for (let i = 0; i < 26; i++)
      for (let j = 0; j < 26; j++) {
        const code = String.fromCharCode(A + i, A + j);
        try {
          const n = regions.of(code);
          if (n && n !== code) countries.add(n.toLowerCase());
        } catch {
          // Not a region code.
        }
      }
  }
  return countries.has(name.toLowerCase());
}

/** "United States, Canada" → "United States; Canada": a list of countries, not one place. */
export function placesList(raw: string | undefined): string | undefined {
  const t = cleanLine(raw);
  if (!t) return undefined;
  const parts = t.split(/\s*[,;]\s*/);
  return parts.length > 1 && parts.every((p) => isCountry(p) || /^remote$/i.test(p))
    ? // "United States, United States": a list that names one country twice names it once.
      [...new Set(parts.filter((p) => !/^remote$/i.test(p)))].join('; ')
    : t;
}
