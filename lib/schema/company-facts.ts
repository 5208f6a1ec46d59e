/**
 * The one catalogue of company facts (Zotero's idea: describe each field once). The stored
 * schema, the company view, the popup's review and summary, the prep sheet, its "already known"
 * list, the Markdown export and the prep evaluation all read this list: adding a fact is adding
 * one entry here (and filling it in an extractor).
 */
export type FactFormat =
  /** A short statement, shown whole. */
  | 'line'
  /** A paragraph, clamped in lists. */
  | 'paragraph'
  /** Several short values, shown comma-separated. */
  | 'list'
  /** A year. */
  | 'year'
  /** One web address, shown as a link. */
  | 'link'
  /** Several web addresses, shown as links. */
  | 'links';

export interface CompanyFactSpec {
  key: string;
  /** What every view calls it. */
  label: string;
  format: FactFormat;
  /** On the prep sheet's "company at a glance" and the popup's summary of a page. */
  glance: boolean;
  /** The user may correct it in the popup before saving. */
  editable: boolean;
  /**
   * The basic question this fact answers, by its wording ("what does X do?"): when the dossier
   * knows the fact, the question is not asked and the fact is listed as already known.
   */
  answers?: RegExp;
}

export const COMPANY_FACTS = [
  { key: 'summary', label: 'What it does', format: 'line', glance: true, editable: true, answers: /\bwhat (does|do) .{1,60} do\b/i },
  { key: 'description', label: 'About', format: 'paragraph', glance: false, editable: true },
  { key: 'industry', label: 'Industry', format: 'line', glance: true, editable: true, answers: /\bwhich industry\b/i },
  { key: 'size', label: 'Size', format: 'line', glance: true, editable: true, answers: /\bhow (many (people|employees)|big is)\b/i },
  {
    key: 'headquarters',
    label: 'Headquarters',
    format: 'line',
    glance: true,
    editable: true,
    answers: /\bwhere (is|are) .{1,60} (based|headquartered|located)\b/i,
  },
  { key: 'address', label: 'Address', format: 'line', glance: false, editable: false },
  {
    key: 'founded',
    label: 'Founded',
    format: 'year',
    glance: true,
    editable: true,
    answers: /\bwhen (was|were) .{1,60} (founded|started)\b/i,
  },
  { key: 'mission', label: 'Mission', format: 'paragraph', glance: true, editable: false },
  { key: 'products', label: 'Products', format: 'list', glance: true, editable: false },
  { key: 'specialties', label: 'Specialties', format: 'list', glance: false, editable: false },
  { key: 'website', label: 'Website', format: 'link', glance: true, editable: false },
  { key: 'linkedinUrl', label: 'LinkedIn', format: 'link', glance: false, editable: false },
  { key: 'socials', label: 'Elsewhere', format: 'links', glance: false, editable: false },
] as const satisfies readonly CompanyFactSpec[];

export type CompanyFactKey = (typeof COMPANY_FACTS)[number]['key'];
export const COMPANY_FACT_KEYS = COMPANY_FACTS.map((f) => f.key) as [CompanyFactKey, ...CompanyFactKey[]];

const BY_KEY = new Map<string, CompanyFactSpec>(COMPANY_FACTS.map((f) => [f.key, f]));

export function factSpec(key: CompanyFactKey): CompanyFactSpec {
  return BY_KEY.get(key)!;
}

export const factLabel = (key: CompanyFactKey): string => factSpec(key).label;
