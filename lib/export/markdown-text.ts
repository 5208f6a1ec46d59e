/**
 * Text from pages and from the user, written into Markdown. Markup characters are escaped so a
 * title cannot turn into a link or a heading — but an address in the text (a meeting link in
 * "Where", a website fact) is written as an autolink `<…>`, where CommonMark takes every
 * character literally: escaping it would leave `meeting\_very…` in a copied URL (the lead's
 * review of a real prep sheet), since backslash escapes do not work inside autolinks.
 */
export function md(text: string): string {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(ADDRESS)) {
    const url = trimTrailing(m[0]);
    out.push(escape(text.slice(last, m.index)), `<${autolinkSafe(url)}>`);
    last = m.index + url.length;
  }
  out.push(escape(text.slice(last)));
  return out.join('');
}

/** An absolute http(s) address, up to the next space or angle bracket (they end an autolink). */
const ADDRESS = /\bhttps?:\/\/[^\s<>"]+/gi;

function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\n+/g, ' ');
}

/**
 * Prose punctuation after an address ("join at https://x.example/abc.") is not part of it; a
 * closing bracket is, when the address opened it (Wikipedia's `Mercury_(planet)`).
 */
function trimTrailing(url: string): string {
  let end = url.length;
  for (;;) {
    const c = url[end - 1];
    if (c && ".,;:!?'’”*_".includes(c)) end--;
    else if (c === ')' && count(url.slice(0, end), '(') < count(url.slice(0, end), ')')) end--;
    else if (c === ']' && count(url.slice(0, end), '[') < count(url.slice(0, end), ']')) end--;
    else break;
  }
  return url.slice(0, end);
}

const count = (s: string, c: string) => s.split(c).length - 1;

/** Lone surrogates cannot be percent-encoded; the rest of an autolink is taken as written. */
function autolinkSafe(url: string): string {
  return url.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '%EF%BF%BD');
}
