import type { PageExtraction } from '../../lib/schema/page-extraction';

/**
 * How a golden file states the page's text: not all of it (it is long and changes with
 * Readability), but how it starts, what it must hold and what must never be in it.
 */
export interface TextSpec {
  startsWith?: string;
  includes?: string[];
  excludes?: string[];
}

export type Golden = Omit<PageExtraction, 'text'> & { text?: TextSpec };

/** An extraction in golden form: the text replaced by a spec drawn from it. */
export function toGolden(x: PageExtraction): Golden {
  const { text, ...rest } = x;
  return text ? { ...rest, text: { startsWith: text.slice(0, 80) } } : rest;
}

export function textProblems(text: string | undefined, spec: TextSpec | undefined): string[] {
  if (!spec) return text ? [] : [];
  const problems: string[] = [];
  if (!text) return ['no text extracted'];
  if (spec.startsWith && !text.startsWith(spec.startsWith)) problems.push(`text does not start with ${JSON.stringify(spec.startsWith)}`);
  for (const s of spec.includes ?? []) if (!text.includes(s)) problems.push(`text lacks ${JSON.stringify(s)}`);
  for (const s of spec.excludes ?? []) if (text.includes(s)) problems.push(`text holds ${JSON.stringify(s)}`);
  return problems;
}
