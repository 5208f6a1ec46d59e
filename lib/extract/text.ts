import { cleanBlock } from './clean';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'SELECT', 'BUTTON']);
const CHROME = new Set(['NAV', 'FOOTER', 'ASIDE', 'HEADER', 'FORM', 'DIALOG']);
const BLOCK =
  /^(P|DIV|SECTION|ARTICLE|MAIN|LI|UL|OL|DL|DT|DD|H[1-6]|TR|TABLE|BR|BLOCKQUOTE|PRE|FIGURE|FIGCAPTION|ADDRESS|HEADER|FOOTER|NAV|ASIDE|HR)$/;
/** Formatting inside a line: no space of their own ("<strong>Jefferies</strong> analyst", "Boeing<a>'s</a>"). */
const INLINE = new Set([
  'A',
  'SPAN',
  'STRONG',
  'B',
  'EM',
  'I',
  'U',
  'S',
  'SUP',
  'SUB',
  'SMALL',
  'MARK',
  'ABBR',
  'TIME',
  'CODE',
  'CITE',
  'Q',
  'DEL',
  'INS',
  'FONT',
  'BDI',
  'BDO',
  'DATA',
  'VAR',
  'KBD',
  'DFN',
  'WBR',
  'NOBR',
]);

/**
 * The readable text of a page without Readability's cost: the text under `main` (or `article`,
 * else `body`), skipping scripts, navigation and other page furniture, with block breaks kept.
 * One pass over the elements, no clone, no layout. A form that is the body's child is not a form
 * but the page (ASP.NET wraps every page in one), nor is one that holds paragraphs of text (a
 * newsroom's statement, quoted whole inside a story, in its own ASP.NET form).
 */
export function pageText(
  doc: Document,
  max = 200_000,
  opts: { root?: Element | null; skip?: string; skipEl?: (el: Element) => boolean; hiddenParagraphs?: boolean } = {},
): string | undefined {
  const root = opts.root ?? doc.querySelector('main, [role="main"]') ?? doc.querySelector('article') ?? doc.body;
  const skip = `.sr-only, .visually-hidden${opts.skip ? `, ${opts.skip}` : ''}`;
  if (!root) return undefined;
  const parts: string[] = [];
  let length = 0;
  // Separators ride on the stack with the nodes: a block starts and ends a line; an element
  // that is neither a block nor inline formatting (a table cell, a label, an image) is a space
  // apart. Inline formatting adds nothing, so "<a>Boeing</a>'s" reads "Boeing's".
  const stack: Array<Node | string> = [root];
  while (stack.length && length < max) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    if (node.nodeType === 3) {
      // A line break in the HTML source is a space on screen: only blocks break lines (pre aside).
      const raw = node.nodeValue ?? '';
      const t = node.parentElement?.closest('pre') ? raw : raw.replace(/\s+/g, ' ');
      if (t) {
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
      (CHROME.has(tag) && el !== root && !(tag === 'FORM' && pageForm(el))) ||
      (el.getAttribute('aria-hidden') === 'true' && !(opts.hiddenParagraphs && tag === 'P')) ||
      el.hasAttribute('hidden') ||
      el.matches(skip) ||
      (el !== root && opts.skipEl?.(el))
    )
      continue;
    const separator = BLOCK.test(tag) ? '\n' : INLINE.has(tag) ? '' : ' ';
    if (separator) stack.push(separator);
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (separator) stack.push(separator);
  }
  return cleanBlock(parts.join('').replace(/ ?\n ?/g, '\n'), max);
}

/** A form that wraps the page or a text, not fields to fill: the body's child, or one holding a paragraph of some length. */
function pageForm(el: Element): boolean {
  if (el.parentElement === el.ownerDocument.body) return true;
  return Array.from(el.getElementsByTagName('p')).some((p) => (p.textContent ?? '').trim().length >= 200);
}
