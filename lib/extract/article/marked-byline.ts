import { isAuthorName, splitAuthors } from '../byline';
import { cleanLine } from '../clean';
import { inChrome } from './chrome';

/*
 * Bylines the clipper's reading (lib/extract/byline.ts, in the clipper's bundle, which has no room
 * left) passes over, read by the article script when nothing near the headline named the writer:
 * the page's byline must still beat a CMS's `author` meta (often the editor who filed the story)
 * and Readability's guess (often a teaser's byline further down).
 */

/** "By", "Von", "Par" … at the start of a byline line. */
const BY_START = /^(?:(?:written|posted)\s+by|by|von|par|door|por)\s*:?\s+\p{Lu}/iu;
/** A class word that names the byline as its first part: "author-date-comments", "byline_meta", "postAuthorDate". */
const OWNER_FIRST = /^(?:post[-_]?)?(?:author|authors|byline|bylines|writer)(?:[-_A-Z]|$)/;
/** … together with the post's date or its comment count: the post's own line of facts, not an author card. */
const WITH_DATE = /(?:^|[-_])(?:date|time|comments?|meta|info)(?:[-_]|$)|(?<=[a-z])(?:Date|Time|Comments?|Meta|Info)(?:[A-Z_-]|$)/;

/**
 * The line of facts a blog template sets just under its headline, by a class that names it after
 * the author and the date or the comment count ("<div class="author-date-comments">By <a>Chris
 * Cameron</a> / August 18, 2010 / 6 Comments"): the class's "comments" reads as a comment widget
 * to the clipper's byline reader, yet it is the post's own byline.
 */
export function metaLineByline(headlineEl: Element | undefined, siteNames: readonly (string | undefined)[], hostname: string): string[] {
  const doc = headlineEl?.ownerDocument;
  if (!doc) return [];
  let after = 0;
  for (const el of Array.from(doc.querySelectorAll('[class]')).slice(0, 4_000)) {
    if (!(headlineEl.compareDocumentPosition(el) & 4) || headlineEl.contains(el)) continue;
    // Only just under the headline: further down, a teaser's byline is another story's.
    if (++after > 40) break;
    const words = (el.getAttribute('class') ?? '').split(/\s+/);
    // (Or a class that names the author's line in the page's language: "<p class="autorenzeile
    // small">Von A, B und C, NDR</p>" on tagesschau.de, which the clipper's English class words miss.)
    if (!words.some((w) => (OWNER_FIRST.test(w) && WITH_DATE.test(w)) || /^(?:autor|auteur)/i.test(w))) continue;
    const text = cleanLine(el.textContent ?? '', 300);
    if (!text || text.length > 200 || !BY_START.test(text)) continue;
    // "By A / August 18, 2010 / 6 Comments", "By A | May 2": the names are the first piece; full
    // names, not the desk after them ("…, NDR").
    const names = splitAuthors(text.split(/\s+[/|•·—–]\s+|\s+-\s+/)[0]).filter((n) => /\s/.test(n) && isAuthorName(n, siteNames, hostname));
    if (names.length) return names.slice(0, 5);
  }
  return [];
}

/** Items that carry an author of their own: a comment's, a review's. */
const OTHER_ITEMS = /Comment|Review|Answer|Question|Recipe|CreativeWork$/;

/**
 * The author a page marks in schema.org microdata ("<span itemprop="author" itemscope
 * itemtype="http://schema.org/Person"><a rel="author">Gabriel Sherman</a><meta itemprop="name"
 * …>"), read when the page has no JSON-LD author: a magazine's feature header may sit outside the
 * block its headline is in, where no byline near the headline is looked for. Only the first
 * author the page marks outside page furniture and outside comments and reviews; it is the page's
 * own structured data, as JSON-LD is.
 */
export function microdataAuthor(doc: Document, siteNames: readonly (string | undefined)[], hostname: string): string[] {
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="author"]')).slice(0, 20)) {
    const owner = el.parentElement?.closest('[itemscope]');
    if (owner && OTHER_ITEMS.test(owner.getAttribute('itemtype') ?? '')) continue;
    if (inChrome(el)) continue;
    const nameEl = el.hasAttribute('itemscope') ? el.querySelector('[itemprop~="name"]') : null;
    const raw = nameEl ? (nameEl.getAttribute('content') ?? nameEl.textContent) : (el.getAttribute('content') ?? el.textContent);
    const names = splitAuthors(cleanLine(raw ?? '', 200)).filter((n) => isAuthorName(n, siteNames, hostname));
    if (names.length) return names.slice(0, 5);
  }
  return [];
}
