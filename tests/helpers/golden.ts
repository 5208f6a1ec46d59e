import type { PageExtraction } from '../../lib/schema/page-extraction';

/** The parts of an extraction a golden file states (see tests/fixtures/README.md). */
export const CHECKED_GROUPS = ['company', 'person', 'people', 'article', 'jobs', 'job'] as const;

/**
 * How a golden file states the page's text: not all of it (it is long and changes with
 * Readability), but what it must hold and what must never be in it.
 */
export interface TextSpec {
  includes?: string[];
  excludes?: string[];
}

export type Golden = Pick<PageExtraction, 'kind' | 'url' | (typeof CHECKED_GROUPS)[number]> & { text?: TextSpec };

/** An extraction in golden form, for writing a first draft of an expected file to review. */
export function toGolden(x: PageExtraction): Golden {
  const out: Record<string, unknown> = { kind: x.kind, url: x.url };
  for (const g of CHECKED_GROUPS) if (x[g] !== undefined) out[g] = x[g];
  return out as Golden;
}

export function textProblems(text: string | undefined, spec: TextSpec | undefined): string[] {
  if (!spec) return [];
  if (!text) return ['no text extracted'];
  const problems: string[] = [];
  for (const s of spec.includes ?? []) if (!text.includes(s)) problems.push(`text lacks ${JSON.stringify(s)}`);
  for (const s of spec.excludes ?? []) if (text.includes(s)) problems.push(`text holds ${JSON.stringify(s)}`);
  return problems;
}
