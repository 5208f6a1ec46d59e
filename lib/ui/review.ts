import { parseSize } from '../extract/facts';
import { COMPANY_FACTS } from '../schema/company-facts';
import type { PageExtraction, PageKind } from '../schema/page-extraction';

/** One field the user may correct in the popup before saving. */
export interface EditableField {
  path: string;
  label: string;
  multiline?: boolean;
  numeric?: boolean;
  date?: boolean;
  max: number;
  get(x: PageExtraction): string | undefined;
  set(x: PageExtraction, value: string): PageExtraction;
}

type EditableCompanyKey = 'name' | Extract<(typeof COMPANY_FACTS)[number], { editable: true }>['key'];

const companyField = (key: EditableCompanyKey, label: string, extra: Partial<EditableField> = {}): EditableField => ({
  path: `company.${key}`,
  label,
  max: key === 'description' ? 5_000 : key === 'summary' ? 2_000 : 300,
  get: (x) => (x.company?.[key] === undefined ? undefined : String(x.company[key])),
  set: (x, value) => {
    const company = { ...x.company };
    if (key === 'founded') {
      const year = Number.parseInt(value, 10);
      company.founded = Number.isFinite(year) ? year : undefined;
    } else if (key === 'size') {
      delete company.sizeMin;
      delete company.sizeMax;
      Object.assign(company, value.trim() ? parseSize(value) : { size: undefined });
    } else company[key] = value || undefined;
    return { ...x, company };
  },
  ...extra,
});

const personField = (key: 'name' | 'headline' | 'currentTitle' | 'currentCompany' | 'location', label: string): EditableField => ({
  path: `person.${key}`,
  label,
  max: key === 'headline' ? 2_000 : 300,
  get: (x) => x.person?.[key],
  set: (x, value) => ({ ...x, person: { ...x.person, [key]: value || undefined } }),
});

const articleField = (key: 'title' | 'publishedAt' | 'aboutCompany', label: string): EditableField => ({
  path: `article.${key}`,
  label,
  max: key === 'title' ? 2_000 : 300,
  get: (x) => x.article?.[key],
  set: (x, value) => ({ ...x, article: { ...x.article, [key]: value || undefined } }),
});

const COMPANY = [
  companyField('name', 'Company name'),
  ...COMPANY_FACTS.filter((f): f is Extract<(typeof COMPANY_FACTS)[number], { editable: true }> => f.editable).map((f) =>
    companyField(f.key, f.format === 'year' ? `${f.label} (year)` : f.label, {
      numeric: f.format === 'year',
      multiline: f.format === 'paragraph' || f.key === 'summary',
    }),
  ),
];
const PERSON = [
  personField('name', 'Name'),
  personField('headline', 'Headline'),
  personField('currentTitle', 'Current title'),
  personField('currentCompany', 'Current company'),
  personField('location', 'Location'),
];
const ARTICLE = [
  articleField('title', 'Headline'),
  { ...articleField('publishedAt', 'Published'), date: true },
  articleField('aboutCompany', 'About which company'),
];

export function editableFields(kind: PageKind): EditableField[] {
  if (kind === 'person-profile') return PERSON;
  if (kind === 'article') return ARTICLE;
  return COMPANY;
}

/** The field that names the company a page belongs to, as the popup corrects it; none on a person's profile. */
export function companyFieldOf(kind: PageKind): EditableField | undefined {
  if (kind === 'person-profile') return undefined;
  const path = kind === 'article' ? 'article.aboutCompany' : 'company.name';
  return editableFields(kind).find((f) => f.path === path);
}

/** The extraction with one field corrected by the user, its source marked as theirs. */
export function withEdit(x: PageExtraction, field: EditableField, value: string): PageExtraction {
  const next = field.set(x, value);
  return { ...next, sources: { ...next.sources, [field.path]: 'user' } };
}
