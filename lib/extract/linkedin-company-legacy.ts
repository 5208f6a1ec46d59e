import type { CompanyExtraction } from '../schema/page-extraction';
import { cleanLine, httpUrlOf } from './clean';
import { parseSize } from './facts';
import { prune } from '../objects';

/**
 * LinkedIn's signed-out company page of 2015–2017 ("biz-company-public") renders its facts from
 * JSON kept in HTML comments inside `<code id="stream-…-embed-id-content">` blocks: companyName,
 * website, industry, size ("10,001+ employees"), yearFounded, specialties[], description and
 * headquarters {street1, street2, city, state, zip, country}. The visible page shows little.
 */
export function legacyCompanyJson(doc: Document): Record<string, unknown> | undefined {
  const blocks = Array.from(doc.querySelectorAll('code[id$="-embed-id-content"]'));
  // The about section's block first: every block repeats the company, the about one most fully.
  blocks.sort((a, b) => Number(b.id.includes('about')) - Number(a.id.includes('about')));
  for (const code of blocks.slice(0, 4)) {
    const comment = Array.from(code.childNodes).find((n) => n.nodeType === 8);
    const raw = comment?.nodeValue ?? '';
    if (raw.length > 2_000_000 || !raw.includes('"companyName"')) continue;
    try {
      const data = JSON.parse(raw) as unknown;
      if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
    } catch {
      continue;
    }
  }
  return undefined;
}

export function isLegacyCompanyPage(doc: Document): boolean {
  return !!doc.querySelector('code[id^="stream-"][id$="-embed-id-content"]');
}

const s = (v: unknown, max = 300) => (typeof v === 'string' || typeof v === 'number' ? cleanLine(v, max) : undefined);

export function legacyCompany(doc: Document): CompanyExtraction | undefined {
  const d = legacyCompanyJson(doc);
  if (!d) return undefined;
  const hq = (d.headquarters && typeof d.headquarters === 'object' ? d.headquarters : {}) as Record<string, unknown>;
  const street = [s(hq.street1), s(hq.street2)].filter(Boolean).join(', ');
  const cityLine = [s(hq.city), [s(hq.state), s(hq.zip)].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const year = typeof d.yearFounded === 'number' ? d.yearFounded : Number(s(d.yearFounded));
  const size = s(d.size);
  return prune({
    name: s(d.companyName),
    website: httpUrlOf(s(d.website, 2_000)),
    description: s(d.description, 10_000),
    industry: s(d.industry),
    ...(size ? parseSize(size) : {}),
    headquarters: cleanLine([s(hq.city), s(hq.state), s(hq.country)].filter(Boolean).join(', ')),
    address: street ? cleanLine(`${street}, ${cityLine}`) : undefined,
    founded: Number.isInteger(year) && year > 1500 ? year : undefined,
    specialties: Array.isArray(d.specialties) ? d.specialties.map((x) => s(x)).filter((x): x is string => !!x) : undefined,
  });
}
