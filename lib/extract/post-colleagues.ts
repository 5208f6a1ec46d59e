import { cleanLine } from './clean';

/**
 * The people a post's author names as working beside them: a tagged profile whose name opens a
 * list that ends with the author ("Michael Kim, Haakam Aujla, and I have shared everything"), or
 * follows "my co-founder(s)", "my colleague(s)", "my teammate(s)", "our team". A name the post
 * only mentions (someone they met, someone whose post they quote) is no colleague: the text must
 * say so. Read from the whole post, before its text is cut for the dossier.
 */
const MAX = 4;
/** A person's name as a tag shows it: two to four words, each opening with a capital. */
const NAME = /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3}$/u;
/** After the name: more names, then "and I" / "& I" / "und ich" / "e io" / "et moi" / "y yo". */
const WITH_ME =
  /^(?:\s*(?:,|\band\b|&|\bund\b|\be\b|\bet\b|\by\b)\s*[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})*\s*,?\s*(?:\band|&|\bund|\be|\bet|\by)\s+(?:I|ich|io|moi|yo)\b/u;
/** Before the name: "my co-founders", "my colleague", "our team", possibly with other names between. */
const MY_PEOPLE =
  /\b(?:my|our)\s+(?:\w+\s+)?(?:co-?founders?|cofounders?|colleagues?|teammates?|team(?:\s+members?)?|partners? in crime)\b[\s:,]*(?:[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s*(?:,|\band\b|&)\s*)*$/iu;

export function postColleagues(body: Element, author: string | undefined): string[] | undefined {
  const text = (body.textContent ?? '').replace(/\s+/g, ' ');
  const own = (author ?? '').toLowerCase();
  const out: string[] = [];
  for (const a of Array.from(body.querySelectorAll('a[href*="/in/"]'))) {
    const name = cleanLine(a.textContent)?.replace(/^@/, '');
    if (!name || !NAME.test(name) || name.toLowerCase() === own || out.includes(name)) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const after = text.slice(at + name.length, at + name.length + 120);
      const before = text.slice(Math.max(0, at - 120), at);
      if (WITH_ME.test(after) || MY_PEOPLE.test(before)) {
        out.push(name);
        break;
      }
    }
    if (out.length >= MAX) break;
  }
  return out.length ? out : undefined;
}
