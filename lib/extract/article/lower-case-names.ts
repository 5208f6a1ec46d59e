import type { NameRun } from './names';

/**
 * "creditshelf kooperiert mit finleap und plant Akquisition der Valendo GmbH": some companies
 * write their name in lower case, and a reader who spots names by their capitals sees only
 * Valendo. The editor's own tags name them ("creditshelf", "FinLeap"): a tag of one word that the
 * headline writes in lower case, and that the story never writes with a capital, is such a name
 * (a common word the story tags — "blockchain" — still has to be used as a company to count).
 */
export function lowerCaseNames(keywords: readonly string[], title: string, texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of keywords) {
    const word = tag.toLowerCase();
    if (!/^\p{Ll}[\p{Ll}\p{N}]{3,}$/u.test(word) || out.includes(word)) continue;
    const inTitle = wordAt(title, word);
    if (!inTitle.length || inTitle.some((at) => title.slice(at, at + word.length) !== word)) continue;
    if (texts.some((t) => wordAt(t, word).some((at) => t.slice(at, at + word.length) !== word))) continue;
    out.push(word);
  }
  return out;
}

/** Each use of those names in one text, with the context `nameRuns` gives a capitalised name. */
export function lowerCaseRuns(text: string, names: readonly string[]): NameRun[] {
  return names
    .flatMap((name) =>
      wordAt(text, name)
        .filter((at) => text.slice(at, at + name.length) === name)
        .map((index) => ({
          name,
          index,
          before: text.slice(Math.max(0, index - 40), index),
          after: text.slice(index + name.length, index + name.length + 170),
        })),
    )
    .sort((a, b) => a.index - b.index);
}

/** Where the word stands on its own (any case): not inside a longer word. */
function wordAt(text: string, word: string): number[] {
  const lower = text.toLowerCase();
  const out: number[] = [];
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    const before = lower[at - 1] ?? ' ';
    const after = lower[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(at);
  }
  return out;
}
