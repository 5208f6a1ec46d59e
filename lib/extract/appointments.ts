import type { PersonMention } from '../schema/page-extraction';
import { cleanLine } from './clean';
import { looksLikeName } from './person-name';

/**
 * The people a company announces in a new role, as its own post or release words it: "Experience
 * is thrilled to have Junior Gaspard, long time ExpApper, as our new President and CEO", "Acme
 * has appointed Jane Roe as Chief Financial Officer", "Jane Roe has been named Head of Sales",
 * "Acme ernennt Jana Roe zur Geschäftsführerin", "Acme nomme Anne Roe directrice générale",
 * "Jan Roe benoemd tot directeur", and a headline "Introducing Jane Roe, New CEO at Acme". Only
 * a phrase that holds a job title's word: "welcome John Doe as a guest" names no role.
 */
const NAME = String.raw`((?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+(?:\s(?:(?:van|von|de|der|den|da|di|le|la)\s)*\p{Lu}\.?[\p{L}'’-]*){1,3})`;
/** What may stand between a name and "as": ", long time ExpApper,", ", formerly of Initech,". */
const ASIDE = String.raw`(?:,[^,.;:]{2,60},)?`;
/** A title up to the end of its phrase: a full stop, a comma, "effective", "starting", "to lead", "where", "and will". */
const TITLE = String.raw`([^.;:!?()“”"]{2,80}?)(?=\s*(?:[.;:!?]\s|[.;:!?]?$|,|\s+(?:effective|starting|beginning|from|on|where|who|and will|to lead|to succeed|succeeding|replacing|mit Wirkung|ab dem|à compter|per)\b))`;

const PATTERNS: readonly RegExp[] = [
  // "to have / to welcome / appointed / named / hired / promoted Jane Roe(, …,) as (our) new CEO"
  new RegExp(
    String.raw`\b(?:have|has|had|welcome[sd]?|welcoming|appoint(?:s|ed|ing)?|name[sd]?|naming|hire[sd]?|hiring|promote[sd]?|promoting|announce[sd]?|added|adds|brings?|brought|the appointment of|the promotion of)\s+${NAME}${ASIDE}\s+as\s+${TITLE}`,
    'gu',
  ),
  // "Jane Roe has been appointed / was named / joins as / steps up as CEO"
  new RegExp(
    String.raw`${NAME}${ASIDE}\s+(?:has been|have been|was|is|will be|is being)\s+(?:appointed|named|promoted to|elected|hired as|confirmed as)(?:\s+as)?\s+${TITLE}`,
    'gu',
  ),
  new RegExp(
    String.raw`${NAME}${ASIDE}\s+(?:joins|joined|steps up as|takes over as|returns as)\s+(?:\p{Lu}[\p{L}&.-]*\s+)?as\s+${TITLE}`,
    'gu',
  ),
  // German: "ernennt Jana Roe zur Geschäftsführerin", "Jana Roe ist neue Geschäftsführerin", "Jana Roe wird Vorstand".
  new RegExp(String.raw`\b(?:ernennt|ernannte|beruft|berief|bestellt|bestellte)\s+${NAME}\s+(?:zum|zur|als)\s+${TITLE}`, 'gu'),
  new RegExp(String.raw`${NAME}${ASIDE}\s+(?:ist|wird)\s+(?:neuer?|neues)\s+${TITLE}`, 'gu'),
  // French: "nomme Anne Roe (au poste de) directrice générale", "Anne Roe est nommée directrice".
  new RegExp(String.raw`\b(?:nomme|a nommé|accueille)\s+${NAME}\s+(?:au poste de\s+|en tant que\s+|comme\s+)?${TITLE}`, 'gu'),
  new RegExp(String.raw`${NAME}${ASIDE}\s+(?:est|a été)\s+nommée?\s+(?:au poste de\s+)?${TITLE}`, 'gu'),
  // Dutch: "Jan Roe benoemd tot directeur", "benoemt Jan Roe tot directeur".
  new RegExp(String.raw`${NAME}${ASIDE}\s+(?:is\s+)?benoemd\s+(?:tot|als)\s+${TITLE}`, 'gu'),
  new RegExp(String.raw`\bbenoemt\s+${NAME}\s+(?:tot|als)\s+${TITLE}`, 'gu'),
];

/** "Introducing Jane Roe, New CEO at Acme", "Jane Roe Named Chief Technology Officer", "Jane Roe appointed CFO". */
const HEADLINE = [
  new RegExp(
    String.raw`^(?:Introducing|Meet|Welcome|Welcoming|Say hello to)\s+${NAME},\s+(?:(?:our|the|\p{Lu}[\p{L}&.-]*['’]s)\s+)?(?:[Nn]ew\s+)?${TITLE}`,
    'u',
  ),
  new RegExp(String.raw`^${NAME}\s+(?:[Nn]amed|[Aa]ppointed|[Pp]romoted to|[Jj]oins as)(?:\s+as)?\s+${TITLE}`, 'u'),
];

/** A word a job title holds (lowercase or capitalised): the phrase after "as" must be a role. */
const ROLE =
  /\b(?:ceo|cto|cfo|coo|cmo|cio|cpo|cro|vp|svp|evp|chief|officer|president|chair(?:man|woman|person)?|director|head|lead|leader|manager|founder|co-?founder|partner|principal|general counsel|counsel|secretary|treasurer|controller|executive|geschäftsführer(?:in)?|vorstand(?:svorsitzende[rn]?)?|vorsitzende[rn]?|leiter(?:in)?|prokurist(?:in)?|direct(?:eur|rice)|président(?:e)?|gérant(?:e)?|responsable|directeur|voorzitter|bestuurder|manager)\b/i;
/** "as a guest", "as our partner in Spain": an article or possessive before a role word that is not one's job. */
const NOT_A_ROLE = /^(?:an?|one of|part of|partners?|our partners?|the (?:company|firm))\b/i;

export function appointedPeople(paragraphs: readonly string[], headline?: string): PersonMention[] {
  const out: PersonMention[] = [];
  const add = (rawName: string | undefined, rawTitle: string | undefined) => {
    const name = cleanLine(rawName);
    const title = roleOf(rawTitle);
    if (!name || !title || !looksLikeName(name) || out.some((p) => p.name === name)) return;
    out.push({ name, title });
  };
  for (const p of paragraphs.slice(0, 30)) {
    const text = p.slice(0, 2_000);
    for (const re of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(text), n = 0; m && n < 5; m = re.exec(text), n++) add(m[1], m[2]);
    }
  }
  // The headline last: "New CEO" there is often "President and CEO" in the text.
  if (headline)
    for (const re of HEADLINE) {
      const m = re.exec(headline);
      if (m) add(m[1], m[2]);
    }
  return out.slice(0, 10);
}

/** "our new President and CEO" → "President and CEO"; "Chief Technology Officer at Acme" → "Chief Technology Officer". */
function roleOf(raw: string | undefined): string | undefined {
  const title = (raw ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(?:the company['’]s|its|our|their|the|unsere[rn]?|notre|onze|de|het)\s+/i, '')
    .replace(/^(?:new|newly appointed|incoming|first|neue[rn]?|nouvel(?:le)?|nouveau|nieuwe)\s+/i, '')
    .replace(/\s+(?:at|bei|chez|bij)\s+(?:the\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*)*\s*$/u, '');
  if (!ROLE.test(title) || NOT_A_ROLE.test(title) || title.split(' ').length > 8) return undefined;
  return cleanLine(title);
}
