import { cleanLine, cleanList } from './clean';
import { looksLikeName } from './team';

const BYLINE_NAMES =
  '[itemprop="author"] [itemprop="name"], [rel="author"], .byline__name, [class*="author-name" i], [class*="author__name" i], [class*="byline" i] a[href*="/author"], [class*="byline" i] a[href*="/staff"], [class*="byline" i] a[href*="/autor"], [class*="byline" i] a[href*="/auteur"]';
const NOT_BYLINE = 'aside, footer, nav, [class*="comment" i], [class*="related" i], [class*="bio" i], [class*="newsletter" i]';

/** Split "A and B", "A, B & C", "Von A und B", "Par A et B" into names. */
export function splitAuthors(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .replace(/^\s*(by|von|par|door|di|por)\s+/i, '')
    .split(/\s*,\s*|\s+(?:and|und|et|&|y|e)\s+/i)
    .map((s) => cleanLine(s))
    .filter((s): s is string => !!s && looksLikeName(s));
}

/** The article's authors from its byline in the page, else from meta or Readability's byline. */
export function bylineAuthors(doc: Document, metaAuthor: string | undefined, readabilityByline: string | undefined): string[] | undefined {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const fromDom = Array.from(root?.querySelectorAll(BYLINE_NAMES) ?? [])
    .filter((el) => !el.closest(NOT_BYLINE))
    .map((el) => cleanLine(el.textContent))
    .filter((s): s is string => !!s && looksLikeName(s));
  if (fromDom.length) return cleanList(fromDom, 20);
  const fromMeta = splitAuthors(metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : undefined);
  if (fromMeta.length) return cleanList(fromMeta, 20);
  return cleanList(splitAuthors(readabilityByline), 20);
}
