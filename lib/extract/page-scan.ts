/**
 * One pass over a page for the team reader: which elements carry text and how much, which sit in
 * page furniture (navigation, header, footer, forms) or in a testimonial.
 */

const TESTIMONIAL = /(^|[-_])(testimonials?|reviews?|customer-?stories)([-_]|$)/i;

/**
 * One pass over the page: which elements carry text, how much, and which sit in page furniture
 * or a testimonial. Parents come before children in document order, so text is summed from the
 * end and furniture inherited from the start: no element's text is read twice.
 */
export interface PageScan {
  leaves: Element[];
  textLength: Map<Element, number>;
  testimonial: Set<Element>;
}

const SKIP_TAGS = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|IFRAME|OBJECT|HEAD)$/;
const MAX_ELEMENTS = 40_000;

export function scanPage(root: Element): PageScan {
  const order: Element[] = [];
  const furniture = new Set<Element>();
  const testimonial = new Set<Element>();
  const stack: Element[] = [root];
  while (stack.length && order.length < MAX_ELEMENTS) {
    const el = stack.pop()!;
    if (SKIP_TAGS.test(el.tagName.toUpperCase())) continue;
    order.push(el);
    const parent = el.parentElement;
    if ((parent && furniture.has(parent)) || selfChrome(el)) furniture.add(el);
    if ((parent && testimonial.has(parent)) || (el.getAttribute('class') ?? '').split(/\s+/).some((t) => TESTIMONIAL.test(t)))
      testimonial.add(el);
    // Sibling pointers, not `children[i]`: indexing a live collection is slow in some DOMs.
    const kids: Element[] = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  const textLength = new Map<Element, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    let n = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c.nodeValue ?? '').trim().length;
      else if (c.nodeType === 1) n += textLength.get(c as Element) ?? 0;
    }
    if (n) textLength.set(el, n);
  }
  const leaves: Element[] = [];
  for (const el of order) {
    if (furniture.has(el) || !textLength.has(el) || el === root) continue;
    if (hasTextChild(el, textLength) && !inlineLine(el, textLength)) continue;
    leaves.push(el);
    if (leaves.length >= 6_000) break;
  }
  return { leaves, textLength, testimonial };
}

const CHROME_TAG = /^(NAV|HEADER|FOOTER|FORM|SELECT|OPTION|BUTTON|SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;
const CHROME_WORD =
  'nav|navbar|navigation|menu|menus|mainmenu|megamenu|dropdown|submenu|breadcrumbs?|footer|sitemap|cookies?|pagination|sorter';
/** A class or id token that names page furniture: "menu-item", "site-footer", "nav__panel", "global-nav-card", "mainNav". */
const CHROME_TOKEN = new RegExp(
  String.raw`^(?:(?:${CHROME_WORD})(?:[-_].*)?|.*[-_](?:${CHROME_WORD})(?:[-_].*)?|header|site-header|page-header|global-header|masthead|top-bar)$`,
);

/** Page furniture itself: navigation, a menu, the header or the footer (by tag, class or id), or a form. */
function selfChrome(e: Element): boolean {
  const tag = e.tagName.toUpperCase();
  // The page itself is no furniture, whatever its classes say of its menus ("menu-type-dropdownmenu").
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN') return false;
  // ASP.NET wraps the whole page in a form: that form is the page, not a form. A CMS wraps its
  // list views in one too (Joomla's "adminForm" around a table of contacts, each linked to its
  // page): a form whose table links three entries or more is content.
  if (tag === 'FORM') return !(e.parentElement?.tagName === 'BODY' || e.querySelectorAll('table a[href]').length >= 3);
  if (CHROME_TAG.test(tag)) return true;
  if (e.getAttribute('role') === 'navigation' || e.getAttribute('aria-hidden') === 'true') return true;
  const tokens = `${e.getAttribute('class') ?? ''} ${e.id}`
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/\s+/);
  return tokens.some((t) => t && CHROME_TOKEN.test(t));
}

/** An element whose text is its own: no child element carries text. */
export function isLeaf(el: Element, scan: PageScan): boolean {
  return scan.textLength.has(el) && !hasTextChild(el, scan.textLength);
}

const INLINE = /^(EM|I|B|STRONG|SMALL|SPAN|FONT|U|A|ABBR)$/;

/**
 * A short line of its own text with one inline part, no line break: "Pete Baughman -
 * <em>Project Manager</em>", "Jane Roe, <i>CEO</i>". Read whole, as a leaf, besides its part.
 */
function inlineLine(el: Element, textLength: Map<Element, number>): boolean {
  if ((textLength.get(el) ?? 0) > 150) return false;
  let own = false;
  let parts = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) own ||= !!(c.nodeValue ?? '').trim();
    else if (c.nodeType !== 1) continue;
    else if ((c as Element).tagName.toUpperCase() === 'BR') return false;
    else if (textLength.has(c as Element) && (!INLINE.test((c as Element).tagName.toUpperCase()) || ++parts > 1)) return false;
  }
  return own;
}

function hasTextChild(el: Element, textLength: Map<Element, number>): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (textLength.has(c)) return true;
  return false;
}
