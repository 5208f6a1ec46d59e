import { cleanLine } from '../clean';
import { inChrome } from './chrome';
import { similarity } from '../../text/similarity';
import { namesSite, stripSiteName, titleParts } from './site-title';
import { folded, isCut, uncut, withoutPageMarker, withUncut } from './title-forms';

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
  // A title cut short ("…Forecast 2020-2030...") is read in the whole form another source gives.
  const titles = withUncut(metaTitles.map((t) => withoutLabel(stripSiteName(t, siteNames, hostname))).filter((t): t is string => !!t)).map(
    withoutPageMarker,
  );
  const found = pickHeadline(doc, titles, ldHeadline, siteNames, hostname);
  if (!found) return undefined;
  // The heading itself cut short, or carrying the page of a paged story ("（1/2 ページ）").
  const text = withoutPageMarker(uncut(found.text, titles) ?? found.text);
  return text === found.text ? found : { ...found, text };
}

function pickHeadline(
  doc: Document,
  titles: string[],
  ldHeadline: string | undefined,
  siteNames: Array<string | undefined>,
  hostname: string,
): Headline | undefined {
  const all = headings(doc.querySelectorAll('h1'), siteNames, hostname);
  // "breadcrumb__headline": an h1 that is, by its own class, the breadcrumb trail's last item (a
  // search title in small print) yields to the heading the story is set under; so does an h1 set
  // as an item of the trail (stuttgarter-zeitung.de: the story's title as the last crumb, above it).
  const h1s = all.filter(
    (h) => !BREADCRUMB.test(h.el?.getAttribute('class') ?? '') && !h.el?.closest('[itemtype$=BreadcrumbList] li,[class*=breadcrumb i] li'),
  );
  const h2s = () =>
    headings(
      // (A theme's post title in an h3, by its class: "sa-post-title", "entry-title".)
      doc.querySelectorAll(
        '[itemprop="headline"], article header h2, main h2, [role="main"] h2, article h2, [class*="post-title" i], [class*="entry-title" i]',
      ),
      siteNames,
      hostname,
    ).slice(0, 6);
  const pick =
    bestMatch(h1s, titles) ??
    loneArticleHeading(h1s, titles) ??
    // Pages without a headline `h1` (a blog set in `h2`s, a breadcrumb's h1): the main block's first headings.
    bestMatch(h2s(), titles) ??
    bestMatch(all, titles) ??
    // A page that sets its headline in an h2 outside its main block (an old portal's "Health
    // Center" h1 above it): an h2 much like the title.
    bestMatch(headings(doc.querySelectorAll('h2'), siteNames, hostname).slice(0, 10), titles, 0.7) ??
    // No heading is like the title (an `h1` that is a widget's label): the title as the page shows it.
    (titles[0] ? titleShownIn(doc, titles[0], doc.title) : undefined) ??
    // "标题_智能_好奇心日报": a title whose site name was not recognised still opens with the headline.
    firstPartShown(doc, titles);
  if (!pick) return titles[0] ? { text: titles[0] } : undefined;
  // The same headline with a kicker or a "Live" badge around it: the article's own headline
  // (JSON-LD, else the social title) says which words are the headline.
  // (A cut one — "…2020-2030..." — is no headline's own words: the heading is the whole.)
  const stated = ldHeadline ? stripSiteName(ldHeadline, siteNames, hostname) : undefined;
  const own = stated && !isCut(stated) ? stated : undefined;
  if (own && own !== pick.text && folded(pick.text).includes(folded(own))) return { text: own, el: pick.el };
  // A kicker the metadata leaves out ("European Payments Initiative" over "Statt Paypal & Co.: …"):
  // the social title that is the heading's own last words is the headline.
  const heading = folded(pick.text);
  // Unless another metadata title is the whole heading ("'Ends recession debate': economists weigh
  // in …" as og:title and h1, the `<title>` without the quote): then the words before are the headline's.
  if (titles.some((t) => folded(t) === heading)) return pick;
  const tail = titles.find((t) => {
    const f = folded(t);
    return f.length >= 12 && f.length < heading.length && heading.endsWith(' ' + f) && setApart(pick.el, heading.slice(0, -f.length), f);
  });
  return tail ? { text: tail, el: pick.el } : pick;
}

/**
 * A kicker is set apart from the headline it stands over: in an element of its own ("<span
 * class=kicker>"), or by a colon or a dash. "California Woman Sues Costco …" under a social title
 * "Woman Sues Costco …" is one sentence: its first word is no kicker.
 */
function setApart(el: Element | undefined, head: string, tail: string): boolean {
  if (/[:|–—-]\s*$/u.test(head.trim()) || /[:|–—]/u.test(head)) return true;
  if (!el) return false;
  const parts = Array.from(el.querySelectorAll('*'), (e) => folded(e.textContent ?? ''));
  return parts.some((p) => p === head.trim() || p === tail);
}

const BREADCRUMB = /(^|[\s_-])breadcrumbs?($|[\s_-])/i;

/**
 * "[News] Keyboard launch": a site's section label before its titles (old corporate pages put
 * "[News]", "[Press Release]" in every `<title>`). A label of up to three words in square brackets.
 */
function withoutLabel(title: string | undefined): string | undefined {
  return title?.replace(/^\[[\p{L}\s&-]{2,30}\]\s*(?=\S)/u, '') || undefined;
}

/**
 * Pages set in tables or plain blocks show their headline in no heading at all (a bold line over
 * a Japanese release): the element whose text is the title, the first one in the page's order.
 * Looked for only when no heading is like the title; the walk stops at a few thousand elements.
 */
function titleShownIn(doc: Document, title: string, tabTitle: string): Headline | undefined {
  const want = folded(title);
  if (want.length < 12) return undefined;
  // The whole tab title, site name and all, shown in a bar (an archive's banner) is not a headline.
  const tab = folded(tabTitle);
  const all = doc.body?.getElementsByTagName('*');
  if (!all) return undefined;
  const limit = Math.min(all.length, 4_000);
  for (let i = 0; i < limit; i++) {
    const el = all[i]!;
    if (/^(SCRIPT|STYLE|TITLE|HEAD|NOSCRIPT|TEMPLATE|SVG)$/i.test(el.tagName) || el.childElementCount > 12) continue;
    // Table layouts indent their markup: the text's length counts words, not the indentation.
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < want.length * 0.8 || text.length > want.length * 1.6 + 20) continue;
    if (tab !== want && folded(text) === tab) continue;
    if (similarity(folded(text).replace(/\s+/g, ''), want.replace(/\s+/g, '')) < 0.85) continue;
    // The deepest element that still holds the whole title: its children each hold a part.
    const inner = Array.from(el.children).find(
      (c) => similarity(folded(c.textContent ?? '').replace(/\s+/g, ''), want.replace(/\s+/g, '')) >= 0.85,
    );
    if (inner) continue;
    if (inChrome(el, undefined, true)) continue;
    return { text: title, el };
  }
  return undefined;
}

function firstPartShown(doc: Document, titles: string[]): Headline | undefined {
  const parts = titles.map(titleParts).find((p) => p.length >= 2);
  const first = parts?.[0];
  return first && first.length >= 10 ? titleShownIn(doc, first, doc.title) : undefined;
}

function headings(list: NodeListOf<Element>, siteNames: Array<string | undefined>, hostname: string): Headline[] {
  const out: Headline[] = [];
  for (const el of Array.from(list).slice(0, 20)) {
    if (inChrome(el, undefined, true) || linksAway(el, hostname) || homeLogo(el)) continue;
    const text = headingText(el);
    if (!text || text.length < 6 || namesSite(text, siteNames, hostname) || COMMENTS_HEADING.test(text)) continue;
    out.push({ text, el });
  }
  return out;
}

/**
 * The heading over a post's comments ("15 Replies to “Open-sourcing …”", "3 thoughts on …"): it
 * quotes the headline whole, so it resembles the title more than any other heading does.
 */
const COMMENTS_HEADING =
  /^\s*(?:\d+|one|two|three|four|five)\s+(?:replies|responses|comments|thoughts|reactions|kommentare|commentaires|comentarios|reacties)\s+(?:to|on|zu|sur|en|a|op)\b/i;

/**
 * An `h1` inside the link to the site's home page ("<a href="/" class="logo"><h1>好奇心日报</h1>"):
 * old templates set the logo's text as the page's top heading.
 */
function homeLogo(el: Element): boolean {
  const a = el.closest('a[href]');
  const href = a?.getAttribute('href')?.trim();
  if (!href) return false;
  try {
    const base = el.ownerDocument.URL && /^https?:/.test(el.ownerDocument.URL) ? el.ownerDocument.URL : 'https://x.invalid/';
    const u = new URL(href, base);
    return (u.pathname === '/' || u.pathname === '') && !u.search && (href.startsWith('/') || u.origin === new URL(base).origin);
  } catch {
    return false;
  }
}

/**
 * A heading that is a link to another site ("Why Don't You Go Fight For The Reindeer?" on an
 * aggregator, pointing at the story it recommends): another story's teaser, not this one's headline.
 */
function linksAway(el: Element, hostname: string): boolean {
  const a = el.closest('a[href]') ?? (el.querySelectorAll('a[href]').length === 1 ? el.querySelector('a[href]') : null);
  if (!a || !hostname) return false;
  const text = (el.textContent ?? '').trim();
  if ((a.textContent ?? '').trim().length < text.length * 0.8) return false;
  try {
    const host = new URL(a.getAttribute('href') ?? '', `https://${hostname}/`).hostname.replace(/^www\./, '');
    const own = hostname.replace(/^www\./, '');
    return host !== own && !host.endsWith('.' + own) && !own.endsWith('.' + host);
  } catch {
    return false;
  }
}

/**
 * A heading's text. A kicker set as its own line inside the heading ("Kollaps der Silicon Valley
 * Bank" above "US-Notenbank räumt …") reads as "Kicker: Headline", as the page shows it.
 */
function headingText(el: Element): string | undefined {
  const parts = Array.from(el.children)
    .filter((c, i) => !isHidden(c) && !(i > 0 && isSubordinate(c)))
    .map((c) => cleanLine(c.textContent, 1_000))
    .filter((t): t is string => !!t);
  const loose = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.nodeValue?.trim());
  if (parts.length === 2 && !loose && parts[0]!.length < parts[1]!.length && !/[:.!?]$/.test(parts[0]!))
    return cleanLine(`${parts[0]}: ${parts[1]}`, 2_000);
  return cleanLine(visibleText(el).replace(TRAILING_SEPARATOR, ''), 2_000);
}

/**
 * A part of the heading its markup sets below the headline: a subtitle ("<i
 * class=title__subtitle>" after "<span class=title__maintext>"), the page of a paged story
 * ("title__pagenumber"). Only after the headline's own words: a "subtitle" before them is a kicker.
 */
const SUBORDINATE = /(?:^|[\s_-])(?:sub-?title|sub-?headline|page-?number|pagenum)(?:$|[\s_-])/i;
const isSubordinate = (el: Element) => SUBORDINATE.test(el.getAttribute('class') ?? '');
/** The separator left before a subtitle dropped: "Intel NUCで…してみた：". */
const TRAILING_SEPARATOR = /[\s:：|｜–—-]+$/u;

const isHidden = (el: Element) =>
  el.getAttribute('aria-hidden') === 'true' || /visually-hidden|sr-only/.test(el.getAttribute('class') ?? '');

/**
 * Text a reader sees: a "Live" badge marked aria-hidden is not part of the headline. A separator
 * kept for screen readers ("<span class=visually-hidden>: </span>" between kicker and headline)
 * is, and lines set in blocks of their own are words apart ("Stuttgart hat's drauf" over
 * "Stadt der Superlative" never reads as "draufStadt").
 */
function visibleText(el: Element): string {
  let out = '';
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType !== 1) continue;
    else if (isSubordinate(n as Element) && /[\p{L}\p{N}]/u.test(out)) continue;
    else if (!isHidden(n as Element))
      out += BLOCK.test((n as Element).tagName) ? ` ${visibleText(n as Element)} ` : visibleText(n as Element);
    else if (SEPARATOR.test(n.textContent ?? '') && (n as Element).getAttribute('aria-hidden') !== 'true')
      out = out.trimEnd() + n.textContent; // closes up to the block before it: "drauf: Stadt"
  }
  return out;
}

const BLOCK = /^(DIV|P|BR|LI|H[1-6]|HEADER|SECTION)$/i;
const SEPARATOR = /^\s*[:|–—-]\s*$/;

/** The heading most like a metadata title, if it is like one at all. */
function bestMatch(candidates: Headline[], titles: string[], min = 0.5): Headline | undefined {
  let best: Headline | undefined;
  let score = min;
  for (const c of candidates)
    for (const t of titles) {
      const s = similarity(c.text, t);
      if (s > score) [best, score] = [c, s];
    }
  return best;
}

/**
 * A story rewritten for search and social can share few words with its page: one h1 in an article
 * still is its headline. Few, not none: an h1 that shares no word with any title is a box's label
 * ("A message from John Furrier, co-founder of SiliconANGLE:" below the story).
 */
function loneArticleHeading(h1s: Headline[], titles: string[]): Headline | undefined {
  const inStory = h1s.filter((h) => h.el?.closest('article, main, [role="main"]'));
  const only = inStory.length === 1 ? inStory[0]! : undefined;
  if (!only || only.text.split(/\s+/).length < 3) return undefined;
  const words = new Set(folded(only.text).split(' '));
  // (Words are spaces apart: Chinese, Japanese and Korean headlines are not judged so.)
  const shares =
    !titles.length ||
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(only.text) ||
    titles.some((t) =>
      folded(t)
        .split(' ')
        .some((w) => w.length >= 4 && words.has(w)),
    );
  return shares ? only : undefined;
}
