import type { CompanyExtraction } from '../schema/page-extraction';
import { cleanLine } from './clean';
import { parseSize } from './facts';
import { prune } from '../objects';

/**
 * Facts a company page states as a label and a value: a "Company facts" table (Founded | 1949,
 * World Headquarters | Minneapolis, Minnesota, Employees | 46,000) or a definition list. Read
 * before the prose, which says the same more loosely ("46,000+ employees").
 */
const LABELS: Array<[keyof CompanyExtraction, RegExp]> = [
  ['founded', /^(founded|year founded|established|gegründet|gründung|gründungsjahr|fondée?|création|date de création|opgericht)$/i],
  [
    'headquarters',
    /^((world |global |corporate )?headquarters|head ?office|hq|hauptsitz|firmensitz|sitz|siège(?: social)?|hoofdkantoor|hoofdvestiging)$/i,
  ],
  [
    'size',
    /^(employees|number of employees|staff|team size|company size|mitarbeiter(?:innen)?|beschäftigte|effectifs?|salariés|collaborateurs|medewerkers)$/i,
  ],
  ['industry', /^(industry|sector|branche|secteur|industrie)$/i],
];

export function labelledFacts(doc: Document): CompanyExtraction {
  const out: CompanyExtraction = {};
  const pairs: Array<[string, Element]> = [];
  for (const row of Array.from(doc.querySelectorAll('tr')).slice(0, 400)) {
    const cells = Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    if (cells.length === 2) pairs.push([cells[0]!.textContent ?? '', cells[1]!]);
  }
  for (const dt of Array.from(doc.querySelectorAll('dt')).slice(0, 200)) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') pairs.push([dt.textContent ?? '', dd]);
  }
  for (const [rawLabel, valueEl] of pairs) {
    const label = cleanLine(rawLabel)?.replace(/[:\s]+$/, '');
    const value = cleanLine(valueEl.textContent, 120);
    if (!label || !value || label.length > 40) continue;
    for (const [key, re] of LABELS) {
      if (!re.test(label) || out[key] !== undefined) continue;
      if (key === 'founded') out.founded = yearIn(value);
      else if (key === 'size') Object.assign(out, /\d/.test(value) ? parseSize(value) : {});
      else if (value.length <= 80) (out as Record<string, unknown>)[key] = value;
    }
  }
  return prune(out);
}

/**
 * The year a "Founded" cell gives ("1949", "March 2005", "05.03.2005"): its four digits. Read
 * here rather than with the date parser, whose month names in every language the company-details
 * script would otherwise carry for this one cell.
 */
function yearIn(value: string): number | undefined {
  const m = /\b(1[6-9]\d\d|2[01]\d\d)\b/.exec(value);
  return m ? +m[1]! : undefined;
}
