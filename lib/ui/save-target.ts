import { companyNameKey } from '../db/names';
import type { PageExtraction } from '../schema/page-extraction';
import { companyFieldOf } from './review';

/**
 * What "Save to company" offers first, as the popup's picker shows it: the company the preview
 * found, or, once the user typed the page's company in "Correct before saving", that company — the
 * dossier's of the same name, else a new one. A company page the dossier knows by its own site stays
 * with that company whatever its name is corrected to (the site decides, lib/db/trust.ts).
 */
export function saveTargetLabel(
  found: { id?: string; name: string } | undefined,
  extraction: PageExtraction | undefined,
  companies: Array<{ id: string; name: string }>,
): string {
  const typed = extraction && typedCompany(extraction);
  if (typed && !(found?.id && extraction.kind !== 'article')) {
    const known = companies.find((c) => companyNameKey(c.name) === companyNameKey(typed));
    return known ? known.name : `${typed} (new)`;
  }
  if (!found) return 'No company';
  return `${found.name}${found.id ? '' : ' (new)'}`;
}

/** The company name the user typed for this page, if they corrected it. */
export function typedCompany(x: PageExtraction): string | undefined {
  const field = companyFieldOf(x.kind);
  return field && x.sources[field.path] === 'user' ? field.get(x)?.trim() || undefined : undefined;
}
