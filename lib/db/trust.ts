import { linkedinProfileUrl } from '../extract/facts';
import { type Person, type PersonPageField, STRENGTHS, type Strength } from '../schema/dossier';
import type { PageExtraction } from '../schema/page-extraction';

/**
 * Whose word Rapport takes for what. An identity — a LinkedIn profile or company page, a domain —
 * is trusted only from the site that owns it: a LinkedIn address from a page on linkedin.com, a
 * domain from a page on that domain. Anywhere else it is a claim, offered to the user as a hint
 * in the popup and never matched on. Values carry the strength of their source (STRENGTHS,
 * weakest first) and a stored value is never replaced by a weaker one.
 */
export { STRENGTHS };

/** May a value of strength `incoming` replace one of strength `existing`? Only if it is at least as strong. */
export function atLeast(incoming: Strength, existing: Strength | undefined): boolean {
  return STRENGTHS.indexOf(incoming) >= STRENGTHS.indexOf(existing ?? 'other');
}

export function onLinkedIn(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return /(^|\.)linkedin\.com$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** The LinkedIn profile a page IS, when LinkedIn itself serves it; never one a page merely names. */
export function ownProfileUrl(x: Pick<PageExtraction, 'url'>): string | undefined {
  return onLinkedIn(x.url) ? linkedinProfileUrl(x.url) : undefined;
}

/** The strength of one field of an extraction: the user's, if they corrected it in the popup; else the page's. */
export function fieldStrength(x: Pick<PageExtraction, 'sources'>, path: string, page: Strength): Strength {
  return x.sources[path] === 'user' ? 'user' : page;
}

/**
 * The strength of a person's stored field. Records saved before strengths were kept say nothing:
 * one with a LinkedIn profile came from LinkedIn (the owner); any other from some page.
 */
export function storedStrength(p: Person, field: PersonPageField): Strength {
  return p.fieldStrengths?.[field] ?? (linkedinProfileUrl(p.profileUrl) ? 'owner' : 'other');
}
