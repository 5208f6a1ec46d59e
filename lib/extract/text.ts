import { cleanBlock } from './clean';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'SELECT', 'BUTTON']);
const CHROME = new Set(['NAV', 'FOOTER', 'ASIDE', 'HEADER', 'FORM', 'DIALOG']);
const BLOCK = /^(P|DIV|SECTION|ARTICLE|MAIN|LI|UL|OL|DL|DT|DD|H[1-6]|TR|TABLE|BR|BLOCKQUOTE|PRE|FIGURE|FIGCAPTION|ADDRESS)$/;

/**
 * The readable text of a page without Readability's cost: the text under `main` (or `article`,
 * else `body`), skipping scripts, navigation and other page furniture, with block breaks kept.
 * One pass over the elements, no clone, no layout. A form that is the body's child is not a form
 * but the page (ASP.NET wraps every page in one).
 */
export function pageText(doc: Document, max = 200_000, opts: { root?: Element | null; skip?: string } = {}): string | undefined {
  const root = opts.root ?? doc.querySelector('main, [role="main"]') ?? doc.querySelector('article') ?? doc.body;
  const skip = `.sr-only, .visually-hidden${opts.skip ? `, ${opts.skip}` : ''}`;
  if (!root) return undefined;
  const parts: string[] = [];
  let length = 0;
  // `null` on the stack marks the end of a block element: a line break.
  const stack: Array<Node | null> = [root];
  while (stack.length && length < max) {
    const node = stack.pop()!;
    if (node === null) {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (t.trim()) {
        parts.push(t);
        length += t.length;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (
      SKIP.has(tag) ||
      (CHROME.has(tag) && el !== root && !(tag === 'FORM' && el.parentElement === el.ownerDocument.body)) ||
      el.getAttribute('aria-hidden') === 'true' ||
      el.hasAttribute('hidden') ||
      el.matches(skip)
    )
      continue;
    // A block starts and ends a line: "<strong>The role</strong><ul><li>Design…" is two lines.
    if (BLOCK.test(tag)) {
      parts.push('\n');
      stack.push(null);
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  // Text nodes join as the browser renders them: an inline element adds no space ("Kamprad<sup>[3]</sup>, and").
  return cleanBlock(parts.join('').replace(/ ?\n ?/g, '\n'), max);
}
