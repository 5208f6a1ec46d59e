/**
 * Schema.org JSON-LD, read the way real pages write it: one block or many, a single node, an
 * array or an `@graph`, `@id` references between nodes, and blocks broken by comments, trailing
 * commas or CDATA wrappers. A block that cannot be read is skipped; the others still count.
 */
export type LdNode = Record<string, unknown>;

/** Larger blocks are skipped: no real page needs them, and parsing them would stall the clip. */
const MAX_BLOCK_CHARS = 1_000_000;
const MAX_DEPTH = 12;
const MAX_NODES = 2_000;

export interface JsonLd {
  nodes: LdNode[];
  byId: Map<string, LdNode>;
  skipped: number;
}

export function readJsonLd(doc: Document): JsonLd {
  const nodes: LdNode[] = [];
  const byId = new Map<string, LdNode>();
  let skipped = 0;
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/^\s*application\/ld\+json\s*(;.*)?$/i.test(script.getAttribute('type') ?? '')) continue;
    const raw = script.textContent ?? '';
    if (raw.length > MAX_BLOCK_CHARS) {
      skipped++;
      continue;
    }
    const parsed = parseLenient(raw);
    if (parsed === undefined) {
      skipped++;
      continue;
    }
    collect(parsed, nodes, byId);
  }
  return { nodes, byId, skipped };
}

/** JSON.parse, then a second try with the common hand-written mistakes repaired. */
export function parseLenient(raw: string): unknown {
  const text = raw
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .replace(/^<!--|-->$/g, '')
    .trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(repair(text));
    } catch {
      return undefined;
    }
  }
}

/**
 * Outside strings: drop comments and trailing commas, and quote a value written bare where a
 * string belongs (`"@author": Daniel Czyżewski,` on energetyka24.com: a CMS template that leaves
 * out the quotes; not a number, true, false, null, object or array). Inside strings: escape raw
 * newlines. One pass of one pattern, strings first, so nothing inside a string is touched.
 */
function repair(text: string): string {
  return text.replace(
    /("(?:[^"\\]|\\[^])*")|\/\/[^\n]*|\/\*[^]*?(?:\*\/|$)|,(?=\s*[}\]])|:\s*((?!(?:true|false|null)\b)[^\s"{[\d.+-][^,}\]\n]*)/g,
    (_, str?: string, bare?: string) =>
      str !== undefined ? str.replace(/\n/g, '\\n').replace(/\r/g, '') : bare ? ':' + JSON.stringify(bare.trim()) : '',
  );
}

/** Walk the parsed value without recursion limits of our own making: depth and count are capped. */
function collect(root: unknown, nodes: LdNode[], byId: Map<string, LdNode>): void {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  while (stack.length && nodes.length < MAX_NODES) {
    const { value, depth } = stack.pop()!;
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1 });
      continue;
    }
    const node = value as LdNode;
    if (Array.isArray(node['@graph'])) stack.push({ value: node['@graph'], depth: depth + 1 });
    if (node['@type'] !== undefined) {
      nodes.push(node);
      if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
    }
  }
}

/** The node's types, without `schema:` or `https://schema.org/` prefixes. */
export function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

export function isType(node: LdNode, types: ReadonlySet<string>): boolean {
  return typesOf(node).some((t) => types.has(t));
}

/** A property's values as an array, with `@id` references resolved. */
export function values(ld: JsonLd, node: LdNode | undefined, key: string): unknown[] {
  if (!node) return [];
  const v = node[key];
  const list = v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
  return list.map((item) => {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const ref = (item as LdNode)['@id'];
      if (typeof ref === 'string' && Object.keys(item).length === 1) return ld.byId.get(ref) ?? item;
    }
    return item;
  });
}

/** The first textual value of a property: a string, a number, `{@value}` or `{name}`. */
export function textOf(ld: JsonLd, node: LdNode | undefined, key: string): string | undefined {
  for (const v of values(ld, node, key)) {
    const s = scalar(v);
    if (s !== undefined) return s;
  }
  return undefined;
}

export function scalar(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as LdNode;
    if (typeof o['@value'] === 'string' || typeof o['@value'] === 'number') return String(o['@value']);
    if (typeof o.name === 'string') return o.name;
  }
  return undefined;
}

export function objectsOf(ld: JsonLd, node: LdNode | undefined, key: string): LdNode[] {
  return values(ld, node, key).filter((v): v is LdNode => !!v && typeof v === 'object' && !Array.isArray(v));
}

export const ORGANIZATION_TYPES = new Set([
  'Organization',
  'Corporation',
  'LocalBusiness',
  'NGO',
  'OnlineBusiness',
  'OnlineStore',
  'GovernmentOrganization',
  'NewsMediaOrganization',
  'EducationalOrganization',
  'CollegeOrUniversity',
  'ResearchOrganization',
  'MedicalOrganization',
  'SportsOrganization',
  'PerformingGroup',
  'Airline',
  'Consortium',
  'FundingScheme',
  'LibrarySystem',
  'WorkersUnion',
  'ProfessionalService',
  'Store',
  'FinancialService',
  'Restaurant',
]);

export const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'PressRelease',
]);

export const PERSON_TYPES = new Set(['Person']);
