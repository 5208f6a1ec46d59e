/** A text as a regular expression that matches it literally: a name with "." or "+" in it ("Acme Inc.", "Notepad++") matches only itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `new RegExp(source, flags)` made once per source: patterns written around a company's names are
 * built in loops over every clip and sentence of a sheet (hundreds of times each for a company of
 * 600 clips). Only for flags without `g` or `y`, whose matching keeps no state between calls.
 */
export function regExpOnce(source: string, flags: string): RegExp {
  if (/[gy]/.test(flags)) throw new Error(`regExpOnce keeps no lastIndex: flags "${flags}"`);
  const key = `${flags}/${source}`;
  let re = made.get(key);
  if (!re) {
    // A bound keeps a long-lived page from keeping every name it ever read.
    if (made.size >= 2_000) made.clear();
    made.set(key, (re = new RegExp(source, flags)));
  }
  return re;
}
const made = new Map<string, RegExp>();
