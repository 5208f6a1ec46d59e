import { cleanLine } from '../clean';
import { inChrome } from './chrome';
import { similarity } from '../../text/similarity';
import { namesSite, stripSiteName } from './site-title';

export interface Headline {
  text: string;
  /** The element the reader sees it in, when the page shows it. */
  el?: Element;
}

/**
 * The story's headline as the reader sees it. Metadata headlines are often an SEO or social
 * rewrite ("Disney+ glitches blamed on heavy demand" for the visible "‘We had some issues,’ exec
 * says on Disney+ glitches"), so the visible `h1` wins when it is the same story: it resembles
 * one of the metadata titles, or it is the one headline of an `article`. Without such an `h1`,
 * a heading at the top of the article (some sites keep their `h1` for a sticky bar), and else
 * the metadata, with the site's name cut from its end ("… - Golem.de").
 */
export function headline(
  doc: Document,
  metaTitles: Array<string | undefined>,
  ldHeadline: string | undefined,
  siteNames: Array<string | undefined>,
  hostname: string,
): Headline | undefined {
  const titles = metaTitles.map((t) => stripSiteName(t, siteNames, hostname)).filter((t): t is string => !!t);
  const h1s = headings(doc.querySelectorAll('h1'), siteNames, hostname);
  const pick =
    bestMatch(h1s, titles) ??
    loneArticleHeading(h1s) ??
    bestMatch(headings(doc.querySelectorAll('article header h2, article h2:first-of-type, main header h2'), siteNames, hostname), titles);
  if (!pick) return titles[0] ? { text: titles[0] } : undefined;
  // The same headline with a kicker or a "Live" badge around it: the article's own headline
  // (JSON-LD) says which words are the headline.
  const own = ldHeadline ? stripSiteName(ldHeadline, siteNames, hostname) : undefined;
  if (own && own !== pick.text && folded(pick.text).includes(folded(own))) return { text: own, el: pick.el };
  return pick;
}

const folded = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function headings(list: NodeListOf<Element>, siteNames: Array<string | undefined>, hostname: string): Headline[] {
  const out: Headline[] = [];
  for (const el of Array.from(list).slice(0, 20)) {
    if (inChrome(el, undefined, true)) continue;
    const text = headingText(el);
    if (!text || text.length < 6 || namesSite(text, siteNames, hostname)) continue;
    out.push({ text, el });
  }
  return out;
}

/**
 * A heading's text. A kicker set as its own line inside the heading ("Kollaps der Silicon Valley
 * Bank" above "US-Notenbank räumt …") reads as "Kicker: Headline", as the page shows it.
 */
function headingText(el: Element): string | undefined {
  const parts = Array.from(el.children)
    .filter((c) => !isHidden(c))
    .map((c) => cleanLine(c.textContent, 1_000))
    .filter((t): t is string => !!t);
  const loose = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.nodeValue?.trim());
  if (parts.length === 2 && !loose && parts[0]!.length < parts[1]!.length && !/[:.!?]$/.test(parts[0]!))
    return cleanLine(`${parts[0]}: ${parts[1]}`, 2_000);
  return cleanLine(visibleText(el), 2_000);
}

const isHidden = (el: Element) =>
  el.getAttribute('aria-hidden') === 'true' || /visually-hidden|sr-only/.test(el.getAttribute('class') ?? '');

/** Text a reader sees: a "Live" badge marked aria-hidden is not part of the headline. */
function visibleText(el: Element): string {
  let out = '';
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1 && !isHidden(n as Element)) out += visibleText(n as Element);
  }
  return out;
}

/** The heading most like a metadata title, if it is like one at all. */
function bestMatch(candidates: Headline[], titles: string[]): Headline | undefined {
  let best: Headline | undefined;
  let score = 0.5;
  for (const c of candidates)
    for (const t of titles) {
      const s = similarity(c.text, t);
      if (s > score) [best, score] = [c, s];
    }
  return best;
}

/** A story rewritten for search and social can share few words with its page: one h1 in an article still is its headline. */
function loneArticleHeading(h1s: Headline[]): Headline | undefined {
  const inStory = h1s.filter((h) => h.el?.closest('article, main, [role="main"]'));
  const only = inStory.length === 1 ? inStory[0]! : undefined;
  return only && only.text.split(/\s+/).length >= 3 ? only : undefined;
}
