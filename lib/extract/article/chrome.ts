/**
 * Page furniture around a story: menus, sidebars, footers, related-story lists, cookie banners.
 * A heading, a date or a byline in there belongs to something else. Tags and roles first; then
 * class and id words ("related-posts", "cookie_banner"), matched as words, not substrings, so a
 * `<body class="no_sidebar_border">` does not make the whole page furniture. `tagsOnly` for
 * headlines: sites put their `h1` in a "breadcrumbs" or "sidebar" cell of their layout grid.
 */
// Not FORM: ASP.NET sites wrap the whole page in one. A caption's text belongs to its picture.
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'DIALOG', 'FIGCAPTION']);
/** Furniture words, as any part of a class ("c-related-posts", "cookieBanner"). */
const CHROME_PARTS =
  /^(related|teaser|teasers|sidebar|cookie|cookies|consent|gdpr|newsletter|promo|recommended|recirculation|recirculator|recirc|outbrain|taboola|breadcrumb|breadcrumbs|mostread)$/i;
/** Words too common inside article markup to match as parts: only a whole class word counts. */
const CHROME_WORDS = /^(share|sharing|social|comments?|popular|trending|most-read|sr-only|visually-hidden|twitter-tweet|instagram-media)$/i;
/** First words of layout classes: a page "with a sidebar" is not a sidebar. */
const LAYOUT = /^(l|layout|has|with|without|no|show|hide|is|grid|col|page|template|body|site)$/i;
const MAX_DEPTH = 30;
/** The part before "list" that says the list holds the story's authors ("author-list"). */
const OWNER_PART = /^(authors?|byline|bylines|writers?|autor(?:en)?|auteurs?)$/i;

/** Whether one element, by itself (not its ancestors), is furniture. */
export function isFurniture(node: Element, extraWords: RegExp | undefined, tagsOnly: boolean): boolean {
  // (A "caption" holding the page's h1 is a hero block over the story, not a picture's caption.)
  if (CHROME_TAGS.has(node.tagName)) return !(node.tagName === 'FIGCAPTION' && node.querySelector('h1'));
  const role = node.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden'))
    return true;
  if (tagsOnly) return false;
  const words = `${node.getAttribute('class') ?? ''} ${node.id}`;
  if (!words.trim()) return false;
  for (const w of words.split(/\s+/)) {
    if (CHROME_WORDS.test(w)) return true;
    const parts = w.split(/[-_]+|(?<=[a-z])(?=[A-Z])/);
    // "l-sidebar-fixed", "has-sidebar", "no_sidebar_border" describe a layout, not furniture.
    if (LAYOUT.test(parts[0]!) && parts.length > 1) continue;
    for (let i = 0; i < parts.length; i++) {
      if (CHROME_PARTS.test(parts[i]!)) return true;
      // "metaInfoAuthorList", "byline-list": the list of the story's authors, not a widget ("author-bio" still is).
      if (extraWords?.test(parts[i]!) && !(i > 0 && /^lists?$/i.test(parts[i]!) && OWNER_PART.test(parts[i - 1]!))) return true;
    }
  }
  return false;
}

/**
 * Furniture between an element and the story's headline: the ancestors up to (not including) the
 * first one that holds the headline too. A page that sets its whole story in a "frame-type-list"
 * block is not a list for the byline in it; a related-posts box beside the story still is.
 */
export function furnitureBelow(el: Element, headlineEl: Element, extraWords?: RegExp): boolean {
  for (let n: Element | null = el, depth = 0; n && depth < MAX_DEPTH && !n.contains(headlineEl); n = n.parentElement, depth++)
    if (isFurniture(n, extraWords, false)) return true;
  return false;
}

export function inChrome(el: Element, extraWords?: RegExp, tagsOnly = false): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    if (node.tagName === 'BODY' || node.tagName === 'HTML') return false;
    if (isFurniture(node, extraWords, tagsOnly)) return true;
  }
  return false;
}

/**
 * `inChrome` for many elements of one page at once: each ancestor is judged once, so checking
 * every paragraph of a long page stays linear. Lives for one extraction (the page may change
 * before the next click).
 */
export function chromeTester(extraWords?: RegExp): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const test = (el: Element | null, depth: number): boolean => {
    if (!el || depth >= MAX_DEPTH || el.tagName === 'BODY' || el.tagName === 'HTML') return false;
    const known = memo.get(el);
    if (known !== undefined) return known;
    const result = isFurniture(el, extraWords, false) || test(el.parentElement, depth + 1);
    memo.set(el, result);
    return result;
  };
  return (el) => test(el, 0);
}
