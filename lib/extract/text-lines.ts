// The page's text as lines, for the address, prose and people readers (one pass over the DOM).

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'SELECT', 'OPTION', 'BUTTON']);
const BLOCK =
  /^(P|DIV|SECTION|ARTICLE|MAIN|HEADER|FOOTER|NAV|ASIDE|LI|UL|OL|DL|DT|DD|H[1-6]|TR|TD|TH|TABLE|BR|ADDRESS|FIGURE|FIGCAPTION|FORM)$/;
/** A vCard's postal code or country ends its line even when the parts are spans. */
const VCARD_END = /\b(postal-code|country-name)\b/i;

/**
 * The page's text as lines: breaks at blocks and `<br>`, and at the bars and bullets that old
 * footers put between the parts of an address ("1190 Kennestone Circle | Suite 120 | …").
 * One pass over the elements; stops after `max` characters.
 */
export function textLines(root: Element | null | undefined, max = 300_000): string[] {
  if (!root) return [];
  const parts: string[] = [];
  let length = 0;
  const stack: Array<Node | null> = [root];
  while (stack.length && length < max) {
    const node = stack.pop()!;
    if (node === null) {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      // A new line in the page's source is a space on screen; only blocks and <br> break lines.
      const t = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      parts.push(t);
      length += t.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (SKIP.has(el.tagName.toUpperCase()) || el.getAttribute('aria-hidden') === 'true') continue;
    if (BLOCK.test(el.tagName.toUpperCase())) {
      parts.push('\n');
      stack.push(null);
    } else if (VCARD_END.test(el.getAttribute('class') ?? '')) stack.push(null);
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts
    .join('')
    .split(/\n|\s[|•·]\s/)
    .map((l) =>
      l
        .replace(/\s+/g, ' ')
        .replace(/\uFFFD/g, '')
        .trim(),
    )
    .filter(Boolean);
}
