/**
 * A price shown as its own element just under the page's headline ("$449.00", "2,640円",
 * "19,90 €"): the page sells what its headline names — a course, a book, a product — whatever
 * og:type or a date beside it (a book's publication date) say. A story quotes prices inside its
 * sentences, never as a line of its own before its text begins.
 */
const PRICE =
  /^(?:(?:from|ab|à partir de|vanaf|desde)\s+)?(?:[$€£¥₩]\s?\d[\d.,' ]*|\d[\d.,' ]*\s?(?:[$€£¥円₩]|EUR|USD|GBP|CHF|SEK|NOK|DKK|zł|PLN|kr)|(?:EUR|USD|GBP|CHF|US\$|CA\$|A\$)\s?\d[\d.,' ]*)(?:\s*(?:\*|incl\.?.*|inkl\.?.*|excl\.?.*|zzgl\.?.*|\+\s?(?:VAT|MwSt|BTW|TVA).*|(?:per|\/)\s*\w+))?$/i;

/** How much text after the headline the price must come within: a product's header block, not the story below. */
const REACH = 700;

export function pricedHeadline(head: Element | undefined): boolean {
  if (!head) return false;
  const doc = head.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 0x1 /* SHOW_ELEMENT */);
  let seen = 0;
  // Skip the headline's own subtree.
  let el: Node | null = nextOutside(walker, head);
  while (el && seen < REACH) {
    const e = el as Element;
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/i.test(e.tagName)) {
      el = nextOutside(walker, e);
      continue;
    }
    if (e.childElementCount === 0) {
      const text = (e.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && PRICE.test(text) && /\d/.test(text)) return true;
      seen += text.length;
    }
    el = walker.nextNode();
  }
  return false;
}

function nextOutside(walker: TreeWalker, el: Element): Node | null {
  walker.currentNode = el;
  const sibling = walker.nextSibling();
  if (sibling) return sibling;
  for (let p = el.parentElement; p; p = p.parentElement) {
    walker.currentNode = p;
    const next = walker.nextSibling();
    if (next) return next;
  }
  return null;
}
