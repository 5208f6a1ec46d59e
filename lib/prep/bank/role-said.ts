import { article } from '../clean';
import { roleLevel } from '../roles';
import { roleInSentence } from '../../text/role-words';

/** A single post, said with "the": the head of something, the founder, the host of a show. */
const ONE_HOLDER =
  /^(?:head|chief|founder|co-?founder|owner|host|presenter|editor-in-chief|managing director|MD|CEO|CTO|CFO|COO|CMO|president|chair\w*)\b/i;

/** A title in the page's own language ("Fondateur", "Geschäftsführer") reads wrong inside an English question: not said. */
const FOREIGN_ROLE =
  /\b(?:fondat|fundad|gründer|geschäftsführ|inhaber|leiter|directeur|directrice|gérant|ingénieur|responsable|oprichter|eigenaar|medewerker|berater|sócio|socio|dirett|amministrat|prezes|kierownik)\w*/i;

/**
 * A title of one foreign word that has one English word for it: a French legal notice's "Président"
 * (8DIGRIZ: "How did you come to be a président at 8DIGRIZ" read as neither language) is the
 * president, a "Gründer" the founder, an "Inhaber" the owner.
 */
const IN_ENGLISH: ReadonlyArray<[RegExp, string]> = [
  [/^pr[ée]sident[ea]?$/i, 'President'],
  [/^(?:fondat(?:eur|rice|ore)|fundador[a]?|gr[üu]nder(?:in)?|oprichter)$/i, 'Founder'],
  [/^(?:inhaber(?:in)?|eigenaa?r|propri[ée]taire)$/i, 'Owner'],
];
function inEnglish(title: string | undefined): string | undefined {
  return (title && IN_ENGLISH.find(([foreign]) => foreign.test(title))?.[1]) || title;
}

/**
 * A title as a sentence says it after "to be": "Director, Advanced Analytics" → "the director of
 * advanced analytics"; "Breast Surgeon" → "a breast surgeon"; "MD" → "the MD". A title that is more
 * than a role (a list, a long line, one with "and" or "&": two jobs at once) is not said at all.
 */
export function roleSaid(title: string | undefined): string | undefined {
  const t = inEnglish(title?.replace(/\s+/g, ' ').trim());
  if (!t || t.length > 50 || /[|/•·;&(]|\band\b|\d/.test(t) || t.split(',').length > 2 || FOREIGN_ROLE.test(t)) return undefined;
  const [head, qualifier] = t.split(/\s*,\s*/);
  // "Director, Advanced Analytics": the qualifier says of what.
  const whole = qualifier ? `${head} of ${qualifier}` : head!;
  const said = roleInSentence(whole);
  const level = roleLevel(t);
  const single = ONE_HOLDER.test(whole) || (!!qualifier && (level === 'director' || level === 'executive'));
  return `${single ? 'the' : article(said)} ${said}`;
}
