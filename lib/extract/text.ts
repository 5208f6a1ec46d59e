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
  const root = opts.root ?? doc.querySelector('main, [role="main"]') ?? pageArticle(doc) ?? doc.body;
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
      // Data a widget keeps in the page as text (a map's '{"latLong":…, "mapType":"ROADMAP"}'): no one reads it.
      if (JSON_TEXT.test(raw)) continue;
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
    const counted = counterValue(el);
    if (counted) {
      parts.push(separator, counted, separator);
      length += counted.length;
      continue;
    }
    if (separator) stack.push(separator);
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (separator) stack.push(separator);
  }
  return cleanBlock(parts.join('').replace(/ ?\n ?/g, '\n'), max);
}

/**
 * The page's one `article`, when it is the page's content: not when the page holds several (a
 * blog's list, a company's cards), nor when it is a card holding less than half the page's text
 * (a company page's "about us" box beside its figures and values).
 */
function pageArticle(doc: Document): Element | undefined {
  const all = doc.getElementsByTagName('article');
  if (all.length !== 1) return undefined;
  const article = all[0]!;
  const inBody = (doc.body?.textContent ?? '').replace(/\s+/g, '').length;
  return (article.textContent ?? '').replace(/\s+/g, '').length * 2 >= inBody ? article : undefined;
}

/** A form that wraps the page or a text, not fields to fill: the body's child, or one holding a paragraph of some length. */
function pageForm(el: Element): boolean {
  if (el.parentElement === el.ownerDocument.body) return true;
  return Array.from(el.getElementsByTagName('p')).some((p) => (p.textContent ?? '').trim().length >= 200);
}

/** A text node that is a JSON object or array ('{"latLong":"51.48,3.95", …'). */
const JSON_TEXT = /^\s*[{[]\s*"[^"\n]{1,60}"\s*:/;

/** Where counting animations keep the figure they count up to. */
const COUNT_TO = ['data-target', 'data-count', 'data-to', 'data-purecounter-end', 'data-end', 'data-number', 'data-count-to', 'data-value'];

/**
 * The figure an animated counter shows once it has run ("93+"), for a counter saved before it ran:
 * its text is still "0+", its end value in an attribute (`data-target="93"`). A counter that ran
 * shows its own text.
 */
function counterValue(el: Element): string | undefined {
  if (el.childElementCount) return undefined;
  const shown = (el.textContent ?? '').trim();
  if (!/^0(?:[.,]0+)?\s*[+%]?$/.test(shown)) return undefined;
  for (const name of COUNT_TO) {
    const v = el.getAttribute(name)?.trim();
    if (v && /^\d[\d.,]*$/.test(v) && Number(v.replace(/,/g, '')) > 0)
      return `${v}${/[+%]$/.exec(shown)?.[0] ?? el.getAttribute('data-suffix')?.trim() ?? ''}`;
  }
  return undefined;
}
