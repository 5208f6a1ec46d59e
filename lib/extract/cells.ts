import { cleanLine } from './clean';

/** Page furniture inside a value: footnote markers, edit links, hidden helpers, styles. */
const NOISE =
  'sup.reference, sup[class*="reference"], .reference, .mw-ref, .noprint, .mw-editsection, style, script, [style*="display:none"], [style*="display: none"], .sortkey, .visually-hidden, .sr-only';

/**
 * The lines of a table cell or block as a reader sees them: footnotes and hidden helpers
 * removed, one line per list item or `<br>`, and the text itself cleaned. Works on a clone;
 * the page is never changed.
 */
export function cellLines(el: Element): string[] {
  const clone = el.cloneNode(true) as Element;
  for (const n of Array.from(clone.querySelectorAll(NOISE))) n.remove();
  const doc = clone.ownerDocument;
  for (const br of Array.from(clone.querySelectorAll('br'))) br.replaceWith(doc.createTextNode('\n'));
  for (const li of Array.from(clone.querySelectorAll('li, p, div, dd, tr'))) li.append(doc.createTextNode('\n'));
  return (clone.textContent ?? '')
    .split('\n')
    .map((line) => cleanLine(stripFootnotes(line), 5_000))
    .filter((line): line is string => !!line);
}

export function cellText(el: Element, joiner = ', '): string | undefined {
  return cleanLine(cellLines(el).join(joiner), 2_000);
}

/** "[1]", "[a]", "[note 2]", "[citation needed]" left in text. */
export function stripFootnotes(text: string): string {
  return text.replace(/\[(?:\d+|[a-z]|note \d+|citation needed|Anm\. \d+|réf\. nécessaire|N \d+)\]/gi, '');
}
