import { parseSize } from '../extract/facts';
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

const companyField = (
  key: 'name' | 'industry' | 'size' | 'headquarters' | 'founded' | 'description',
  label: string,
  extra: Partial<EditableField> = {},
): EditableField => ({
  path: `company.${key}`,
  label,
  max: key === 'description' ? 5_000 : 300,
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
  companyField('industry', 'Industry'),
  companyField('size', 'Size'),
  companyField('headquarters', 'Headquarters'),
  companyField('founded', 'Founded (year)', { numeric: true }),
  companyField('description', 'What it does', { multiline: true }),
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

/** The extraction with one field corrected by the user, its source marked as theirs. */
export function withEdit(x: PageExtraction, field: EditableField, value: string): PageExtraction {
  const next = field.set(x, value);
  return { ...next, sources: { ...next.sources, [field.path]: 'user' } };
}
