import { companyNameKey } from '../../db/names';
import { article } from '../clean';
import { roleLevel } from '../roles';
import { roleInSentence } from '../../text/role-words';

/** A single post, said with "the": the head of something, the founder, the host of a show. */
const ONE_HOLDER =
  /^(?:head|chief|founder|co-?founder|owner|host|presenter|editor-in-chief|managing director|MD|CEO|CTO|CFO|COO|CMO|president|chair\w*|secretary general)\b/i;

/**
 * A title in the page's own language ("Fondateur", "Geschäftsführer", a German compound such as
 * "Personalleiter" or "Vertriebsleiterin", a Norwegian "Sponsorsjef" or "Markedsleder") reads wrong inside an
 * English question ("How did you come to be a sponsorsjef at TINE": blind tine-syversen-student): not said.
 */
const FOREIGN_ROLE =
  /\b(?:fondat|fundad|gründer|geschäftsführ|inhaber|leiter|directeur|directrice|gérant|ingénieur|responsable|oprichter|eigenaar|medewerker|berater|sócio|socio|dirett|amministrat|prezes|kierownik)\w*|\p{L}(?:leiter|führer|berater|referent|mitarbeiter|sachbearbeiter|beauftragte)(?:in|r)?\b|\p{L}(?:sjef|leder|ansvarlig|ansvarig|rådgiver|rådgivare)\b|\b(?:daglig leder|sjef|verkställande direktör)\b/iu;

/**
 * A title of one foreign word that has one English word for it: a French legal notice's "Président"
 * (8DIGRIZ: "How did you come to be a président at 8DIGRIZ" read as neither language) is the
 * president, a "Gründer" the founder, an "Inhaber" the owner.
 */
const IN_ENGLISH: ReadonlyArray<[RegExp, string]> = [
  [/^pr[ée]sident[ea]?$|^präsident(?:in)?$/i, 'President'],
  [/^(?:fondat(?:eur|rice|ore)|fundador[a]?|gr[üu]nder(?:in)?|oprichter)$/i, 'Founder'],
  [/^(?:inhaber(?:in)?|eigenaa?r|propri[ée]taire)$/i, 'Owner'],
  // German trade press: "Krahmer wird neuer EBAA-Generalsekretär", "sagte Tim Thabe, Geschäftsführer".
  [/^generalsekret[äa]r(?:in)?$|^secr[ée]taire g[ée]n[ée]ral[e]?$/i, 'Secretary General'],
  [/^gesch[äa]ftsf[üu]hrer(?:in)?$/i, 'Managing Director'],
  [/^vorstands(?:chef(?:in)?|vorsitzende[r]?)$/i, 'CEO'],
  [/^(?:vorsitzende[r]?|aufsichtsratschef(?:in)?)$/i, 'Chair'],
];
/** A title's short forms, written out. */
const SHORT_FORMS: Record<string, string> = { Sr: 'Senior', Jr: 'Junior', Asst: 'Assistant', Mgr: 'Manager' };

function inEnglish(title: string | undefined): string | undefined {
  return (title && IN_ENGLISH.find(([foreign]) => foreign.test(title))?.[1]) || title;
}

/**
 * The company said once: a story's "CEO von creditshelf" or "Crocs-CEO" / "EBAA-Generalsekretär" (a
 * German compound with the company or its acronym in front) is the CEO, the secretary general, and
 * the question names the company itself ("the CEO of creditshelf of creditshelf" read it twice).
 * After such a prefix a German "-Chef" is the head of it, not a cook.
 */
function withoutCompany(title: string, company: string | undefined): string {
  const key = company ? companyNameKey(company) : '';
  const names = (s: string) => !!key && (companyNameKey(s) === key || key.split(' ').includes(companyNameKey(s)));
  const trailing = /^(.+?)\s+(?:of|at|for|von|bei|der|des|chez|de|du|van|bij)\s+(.+)$/i.exec(title);
  if (trailing && names(trailing[2]!)) return trailing[1]!;
  const compound = /^([\p{L}\p{N}&.]+)-(\p{Lu}[\p{L}]+)$/u.exec(title);
  if (compound && (names(compound[1]!) || /^\p{Lu}{2,6}$/u.test(compound[1]!)))
    return /^chef(?:in)?$/i.test(compound[2]!) ? 'Head' : compound[2]!;
  return title;
}

/**
 * A title as a sentence says it after "to be": "Director, Advanced Analytics" → "the director of
 * advanced analytics"; "Breast Surgeon" → "a breast surgeon"; "MD" → "the MD"; the company the
 * question names is not said again ("CEO von creditshelf" → "the CEO"). A title that is more
 * than a role (a list, a long line, one with "and" or "&": two jobs at once) is not said at all.
 */
export function roleSaid(title: string | undefined, company?: string): string | undefined {
  const plain = title?.replace(/\s+/g, ' ').trim();
  const t = inEnglish(plain && withoutCompany(plain, company));
  if (!t || t.length > 50 || /[|/•·;(]|\d/.test(t) || t.split(',').length > 2 || FOREIGN_ROLE.test(t)) return undefined;
  const [head, named] = t.split(/\s*,\s*/);
  // "Enterprise Sales Executive, Zalaris UK and I": a qualifier naming the company is where they sit,
  // not what they run ("an enterprise sales executive of zalaris UK and i at Zalaris"): the question names the company.
  const key = company ? companyNameKey(company).split(' ')[0] : undefined;
  const qualifier = named && key && companyNameKey(named).split(' ').includes(key) ? undefined : named;
  // "Head of Sales, Marketing and Events" is a list after its "of", not a qualifier ("the head of sales of marketing").
  if (qualifier && /\bof\s/i.test(head!)) return undefined;
  // "And" joins two jobs ("Founder & CEO", "Master electrician and instructor"), except inside what
  // one job is of: "Director of Sales and Marketing", "Director, Marketing & Business Development"
  // are one post (blind sheets lost their opener to it), unless a title follows ("Head of Sales and Co-founder").
  const scope = qualifier ?? /\bof\s+(.+)$/i.exec(head!)?.[1];
  const joined = (x: string) => /&|\b(?:and|und|et)\b/i.test(x);
  const split = scope?.split(/\s*(?:&|\band\b)\s*/i);
  const oneScope = !!split && split.length === 2 && !split.some((w) => !w || ONE_HOLDER.test(w) || roleLevel(w) !== 'individual');
  if (joined(scope ? t.replace(scope, '') : qualifier === named ? t : head!) || (scope && joined(scope) && !oneScope)) return undefined;
  // "Director, Advanced Analytics": the qualifier says of what.
  const whole = qualifier ? `${head} of ${qualifier}` : head!;
  // A card's short forms read as a person says them: "Sr. Developer" is "a senior developer"
  // (Blennd, dossiers-blind-20: "How did you come to be a sr. developer at Blennd").
  const said = roleInSentence(
    whole.replace(/\s*&\s*/g, ' and ').replace(/\b(Sr|Jr|Asst|Mgr)\.?(?=\s|$)/g, (_, w: string) => SHORT_FORMS[w]!),
  );
  const level = roleLevel(t);
  const single = ONE_HOLDER.test(whole) || (!!qualifier && (level === 'director' || level === 'executive'));
  return `${single ? 'the' : article(said)} ${said}`;
}
