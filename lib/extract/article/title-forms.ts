/*
 * A headline reaches the page in several forms (the `h1`, `og:title`, JSON-LD `headline`, the tab
 * title), and some of them are damaged: an SEO plugin or a CMS cuts one at a length and adds
 * "..." ("Visiongain publishes … Market Forecast 2020-2030..."), a paged story adds its page
 * ("（1/2 ページ）", "- Page 2 of 3"). The damage is told by its form, not by the site: the
 * uncut form is the one another source writes whole, and a page marker is no word of the headline.
 */

/** Lower case, letters and digits only, single spaces: how two forms of a headline are compared. */
export const folded = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const ELLIPSIS_END = /\s*(?:\.{3}|…|\[\s*(?:\.{3}|…)\s*\])\s*$/u;

/** Does the title end in an ellipsis ("…", "...", "[…]")? */
export function isCut(title: string): boolean {
  return ELLIPSIS_END.test(title) && folded(title.replace(ELLIPSIS_END, '')).length >= 10;
}

/**
 * The whole form of a cut title: another form that opens with every word the cut one kept, and
 * goes on. Undefined when the title is not cut or no other form is longer (a headline that ends
 * in "..." on purpose stays as written).
 */
export function uncut(title: string, others: readonly string[]): string | undefined {
  if (!isCut(title)) return undefined;
  const kept = folded(title.replace(ELLIPSIS_END, ''));
  // The last kept word may itself be cut ("Forecast 2020-20..."): compare up to it, and let it be a prefix.
  const at = kept.lastIndexOf(' ');
  const whole = at > 0 ? kept.slice(0, at) : kept;
  const tail = at > 0 ? kept.slice(at + 1) : '';
  return others.find((o) => {
    if (o === title || isCut(o)) return false;
    const f = folded(o);
    if (f.length <= kept.length) return false;
    if (f.startsWith(kept + ' ')) return true;
    return f.startsWith(whole + ' ') && f.slice(whole.length + 1).startsWith(tail);
  });
}

/** Each cut title replaced by its whole form where another title gives it. */
export function withUncut(titles: readonly string[]): string[] {
  return titles.map((t) => uncut(t, titles) ?? t);
}

/**
 * A page marker at the end of a paged story's title: "（1/2 ページ）", "(2/3)", "- Page 2",
 * "| Seite 2 von 3", "(página 2)". Between brackets, or after a separator: "The Last Page 2" keeps
 * its words.
 */
const PAGE_WORD = String.raw`(?:page|seite|página|pagina|ページ|페이지|страница)`;
const PAGE_MARKERS = [
  new RegExp(String.raw`\s*[(（［\[]\s*\d{1,3}\s*[/／]\s*\d{1,3}\s*${PAGE_WORD}?\s*[)）］\]]\s*$`, 'iu'),
  new RegExp(
    String.raw`(?:\s+[-–—|:·,]\s*|\s*[(（［\[]\s*)${PAGE_WORD}\s*\d{1,3}(?:\s*(?:of|von|de|di|sur|/)\s*\d{1,3})?\s*[)）］\]]?\s*$`,
    'iu',
  ),
  new RegExp(String.raw`\s*[(（［\[]\s*(?:第\s*)?\d{1,3}\s*${PAGE_WORD}(?:目)?\s*[)）］\]]\s*$`, 'iu'),
];

/** The title without a page marker at its end, when enough of a headline is left. */
export function withoutPageMarker(title: string): string {
  for (const re of PAGE_MARKERS) {
    const rest = title.replace(re, '').trim();
    if (rest !== title.trim() && folded(rest).length >= 8) return rest;
  }
  return title;
}
