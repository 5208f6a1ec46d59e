import type { PersonMention } from '../../schema/page-extraction';
import { escapeRegExp } from '../../text/regexp';

/*
 * A release names its issuer's head in a label beside the issuer's name, as a register would:
 * "Acme Co., Ltd. (Headquarters: Tokyo, CEO: Jane Roe, "Acme") announced …", "アクメ株式会社（本社：
 * 岡山市、代表取締役社長 山田太郎）は、…", "Acme GmbH (Geschäftsführer: Jana Roe) …". Only the
 * parenthesis right after the subject's own name is read: a label elsewhere may be anyone's.
 */

/** The head's title as a register writes it, in the languages of the releases read. */
const LABEL =
  /^(?:President and CEO|President & CEO|CEO|President|Chairman|Chairwoman|Managing Director|Representative Director(?: and President)?|Geschäftsführer(?:in)?|Vorstand(?:svorsitzende[r]?)?|Inhaber(?:in)?|PDG|Président(?:e)?|Directeur général|Directrice générale|Directeur|Algemeen directeur|Prezes(?: [Zz]arządu)?|代表取締役(?:社長|会長)?(?:\s*(?:CEO|兼\s*CEO))?|取締役社長|社長|代表者|대표이사|대표)\s*(?:[:：]\s*|\s+|(?=\p{Script=Han}))(.+)$/u;
/** A person's name: two to four capitalised words, or two to six Han characters (with a space between family and given name). */
const PERSON = /^(?:\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]*){1,3}|\p{Script=Han}{1,3}\s?\p{Script=Han}{1,4}|\p{Script=Hangul}{2,4})$/u;

export function labelledHeads(paragraphs: readonly string[], subject: string): PersonMention[] {
  const out: PersonMention[] = [];
  // The subject's name, a legal form perhaps ("Co., Ltd.", "GmbH"), then the parenthesis.
  const after = new RegExp(`${escapeRegExp(subject)}[\\p{L}.,&\\s]{0,16}?\\s*[(（]([^()（）]{4,200})[)）]`, 'gu');
  for (const p of paragraphs.slice(0, 4))
    for (const m of p.matchAll(after))
      for (const part of m[1]!.split(/\s*[,，、;；]\s*/u)) {
        const label = LABEL.exec(part.trim());
        const name = label?.[1]!.trim();
        if (label && name && PERSON.test(name) && !out.some((o) => o.name === name))
          out.push({
            name,
            title: part
              .trim()
              .slice(0, part.trim().length - label[1]!.length)
              .replace(/[\s:：]+$/u, ''),
          });
      }
  return out;
}
