import type { PersonMention } from '../schema/page-extraction';
import { cleanLine } from './clean';
import { looksLikeName, ROLE_WORD } from './person-name';

/**
 * The company's leaders an About text names in its sentences rather than on cards: its founder
 * ("founded by Jane Roe", "von Michele Tancredi gegründet", "fondée par Robin Maume", "opgericht
 * door …") and a leader in apposition ("The Director of Abbey Road, Dr. Arthur Kian, …", "Our
 * CEO, Jane Roe, …"). Only in a sentence that speaks of the company itself (its name, or "we",
 * "the company"): a founder of someone else's charity is not this company's.
 */
const NAME = String.raw`((?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+(?:\s(?:\p{Lu}\.|(?:van|von|de|der|da|di|le|la)\s)?\s?\p{Lu}[\p{L}'’-]+){1,2})`;
// Without the /i flag (under /iu, \p{Lu} would match lowercase letters): each word carries its capital.
const TITLE_WORDS = String.raw`(?:[Cc]o-?[Ff]ounder|[Ff]ounder|[Oo]wner|[Pp]resident|[Mm]anaging [Dd]irector|[Ee]xecutive [Dd]irector|[Dd]irector|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|CEO|[Mm]anaging [Pp]artner|[Pp]rincipal|[Cc]hair(?:man|woman)?)`;

const PATTERNS: Array<{ re: RegExp; title: string | ((m: RegExpExecArray) => string) }> = [
  {
    re: new RegExp(String.raw`\b([Cc]o-?)?[Ff]ounded\b[^.!?\n]{0,40}?\bby\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s)?${NAME}`, 'gu'),
    title: (m) => (m[1] ? 'Co-founder' : 'Founder'),
  },
  { re: new RegExp(String.raw`\bvon\s+(?:(?:Dr|Prof)\.\s)?${NAME}\s+(?:\p{Ll}+\s){0,2}?gegründet`, 'gu'), title: 'Gründer' },
  { re: new RegExp(String.raw`\b[Gg]egründet\s+(?:\d{4}\s+)?von\s+(?:(?:Dr|Prof)\.\s)?${NAME}`, 'gu'), title: 'Gründer' },
  { re: new RegExp(String.raw`\b(?:[Ff]ondée?|[Cc]réée?)\s+(?:en\s+\d{4}\s+)?par\s+${NAME}`, 'gu'), title: 'Fondateur' },
  { re: new RegExp(String.raw`\b[Oo]pgericht\s+(?:in\s+\d{4}\s+)?door\s+${NAME}`, 'gu'), title: 'Oprichter' },
  {
    re: new RegExp(String.raw`\b(?:The|Our)\s+(${TITLE_WORDS})(?:\s+of\s+[^,.]{2,60})?,\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s)?${NAME},`, 'gu'),
    title: (m) => m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1),
  },
];

const AND_NAME = new RegExp(String.raw`^\s+(?:and|und|et|en|&)\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s)?${NAME}`, 'u');

const SELF =
  /\b(we|our|us|the company|the firm|the agency|wir|unser|das unternehmen|nous|notre|l['’]entreprise|la société|wij|ons|het bedrijf)\b/i;
const ANOTHER = /\b(?:a|an|une?|eine[nm]?|ein|een)\s+[^,.;:]{0,40}$/i;
const LEGAL = /^(inc|llc|ltd|gmbh|and|und|the|die|der|les|des|sas|sarl|co|corp|group|company)$/i;

export function prosePeople(text: string | undefined, companyName: string | undefined): PersonMention[] {
  if (!text) return [];
  const sample = text.slice(0, 20_000);
  const words = (companyName ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !LEGAL.test(w));
  const out: PersonMention[] = [];
  for (const { re, title } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sample), n = 0; m && n < 10; m = re.exec(sample), n++) {
      const name = cleanLine(m[m.length - 1]);
      if (!name || !looksLikeName(name) || out.some((p) => p.name === name)) continue;
      // The line the name sits in, from at most 250 characters before (a sentence's full stops
      // are not reliable bounds: "GmbH & Co. KG" holds one), up to the match's end.
      const start = Math.max(sample.lastIndexOf('\n', m.index), m.index - 250, 0);
      const sentence = sample.slice(start, m.index + m[0].length).toLowerCase();
      if (!SELF.test(sentence) && !words.some((w) => sentence.includes(w))) continue;
      // "a local charity founded by …", "une association fondée par …": someone else's organisation.
      if (ANOTHER.test(sample.slice(Math.max(0, m.index - 40), m.index))) continue;
      // Never the company itself ("founded by Acme Holdings"); a founder may share its name ("Roe & Partners", Jane Roe).
      if (words.includes(name.toLowerCase().split(/\s+/)[0]!)) continue;
      const role = typeof title === 'string' ? title : title(m);
      out.push({ name, title: role });
      // "founded by Jane Roe and John Poe": the second founder too.
      const second = AND_NAME.exec(sample.slice(m.index + m[0].length, m.index + m[0].length + 80));
      const other = cleanLine(second?.[1]);
      if (other && looksLikeName(other) && !out.some((p) => p.name === other) && !words.includes(other.toLowerCase().split(/\s+/)[0]!))
        out.push({ name: other, title: role });
    }
  }
  for (const p of [...activeFounders(sample, words), ...titledLeaders(sample, words), ...appositiveLeaders(sample, words)])
    if (!out.some((o) => o.name === p.name)) out.push(p);
  return out.slice(0, 10);
}

const HONORIFIC = String.raw`(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s)?`;

/**
 * "Sylvanus Nkemakolam and Ayomi Dare-Isaac founded Remat Technologies", "Jane Roe gründete die
 * Acme GmbH": people who open a sentence and founded the company the page names right after the verb.
 */
function activeFounders(sample: string, words: string[]): PersonMention[] {
  const first = words[0];
  if (!first) return [];
  const re = new RegExp(
    String.raw`(?:^|[.!?]\s+|\n)${HONORIFIC}${NAME}(?:,?\s+(?:and|und|et|en|&)\s+${HONORIFIC}${NAME})?\s+(?:(co-?)?founded|(?:mit)?gründete[n]?|(?:a|ont) (?:co-?)?fondé|richtte[n]?)\s+(?:the\s+|die\s+|das\s+|la\s+|le\s+|l['’]|het\s+)?(\p{L}+)`,
    'gu',
  );
  const out: PersonMention[] = [];
  for (let m = re.exec(sample), n = 0; m && n < 5; m = re.exec(sample), n++) {
    if (m[4]!.toLowerCase() !== first) continue;
    const title = m[3] ? 'Co-founder' : 'Founder';
    for (const raw of [m[1], m[2]]) {
      const name = cleanLine(raw);
      if (name && looksLikeName(name) && !words.includes(name.toLowerCase().split(/\s+/)[0]!)) out.push({ name, title });
    }
  }
  return out;
}

/**
 * "President Jeff Pierce is a licensed Roofing Contractor …" (a Management paragraph), "founding
 * CEO Dave Rosevelt and current CEO Larry English sit down …": a leader's title written before
 * the name, opening a sentence (or after its section's heading, which the page's text glues to
 * the paragraph: "Management President Jeff Pierce is …", fresh7-peakviewroofing) or after "our",
 * "founding", "current", the name followed by what the person is or does. "Founding" stays in the
 * title; "our" and "current" do not.
 */
const TITLED = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n|\b(?:[Oo]ur|[Cc]urrent|Management|Leadership)\s+|\b([Ff]ounding)\s+)(${TITLE_WORDS})\s+${HONORIFIC}${NAME}(?=,\s|\s+(?:and|is|has|was|brings|joined|leads|founded|started|sits?|says|said)\s)`,
  'gu',
);

function titledLeaders(sample: string, words: string[]): PersonMention[] {
  const out: PersonMention[] = [];
  TITLED.lastIndex = 0;
  for (let m = TITLED.exec(sample), n = 0; m && n < 10; m = TITLED.exec(sample), n++) {
    const name = cleanLine(m[3]);
    if (!name || !looksLikeName(name) || words.includes(name.toLowerCase().split(/\s+/)[0]!)) continue;
    const title = m[1] ? `Founding ${m[2]}` : m[2]!.charAt(0).toUpperCase() + m[2]!.slice(1);
    out.push({ name, title });
  }
  return out;
}

/** Letters after a name: "MS, RN", "PA-C", "GNP-C, MSN". */
const CREDENTIALS = String.raw`(?:,?\s+[A-Z]{2,5}(?:-[A-Z]{1,2})?\b)*`;
/** "Clinical Supervisor, Marissa Abdo, MS, RN, is a Master’s-level nurse …": the role, then the name. */
const ROLE_FIRST = new RegExp(
  String.raw`^(\p{Lu}[\p{L}&' -]{2,50}?),\s+${HONORIFIC}${NAME}${CREDENTIALS},?\s+(?:is|was|has|received|joined|brings|holds|earned|an?)\s`,
  'u',
);
/** "Dr. Behrooz A. Torkian is a Facial Plastic and Reconstructive Surgeon dual board certified …": the name, then the role. */
const NAME_FIRST = new RegExp(
  String.raw`^${HONORIFIC}${NAME}${CREDENTIALS},?\s+is\s+(?:an?|the|our)\s+((?:\p{Lu}[\p{L}’'-]*(?:\s+(?:and|&|of)\s+|\s+)){0,5}\p{Lu}[\p{L}’'-]*)`,
  'u',
);

/**
 * Staff biographies that open with the person and their role, one paragraph each (a team or
 * About page without cards): "Clinical Director, Lovely C. Laban GNP-C, MSN received …", "Dr. Jo
 * Ng is a Board Certified Dermatologist …". Both the name's form and a role word must agree, and
 * the page must hold two such paragraphs at least.
 */
export function biographyPeople(text: string | undefined): PersonMention[] {
  const out: PersonMention[] = [];
  for (const para of (text ?? '').split('\n').slice(0, 2_000)) {
    if (para.length < 80) continue;
    const a = ROLE_FIRST.exec(para);
    const b = a ? null : NAME_FIRST.exec(para);
    const name = cleanLine((a?.[2] ?? b?.[1])?.replace(/(?:\s+[A-Z]{2,5}(?:-[A-Z]{1,2})?)+$/, ''));
    // "President and Founder of Dan Goldie Financial Services": the role ends at its last role word.
    const words = (a?.[1] ?? b?.[2] ?? '').split(/\s+/);
    const last = words.map((w) => ROLE_WORD.test(w)).lastIndexOf(true);
    const title = cleanLine(words.slice(0, last + 1).join(' '));
    if (!name || !title || !looksLikeName(name) || out.some((p) => p.name === name)) continue;
    out.push({ name, title });
  }
  // One such paragraph may be a founder's story told once; two or more are the page's staff.
  return out.length >= 2 ? out.slice(0, 30) : [];
}

/**
 * "Ilona Shtark, the founder of Shtark Law PC, is here for you …" (fresh16-shtarklaw), "Jane Roe,
 * our CEO, …": the name, then its title in apposition. Only the company's own leader: "our", or
 * the organisation after "of"/"at" sharing a word with the company's name ("John Poe, the founder
 * of Habitat for Humanity, visited us" is someone else's).
 */
const APPOSITIVE = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)${HONORIFIC}${NAME},\s+(?:(our)|the)\s+(${TITLE_WORDS})(?:\s+(?:and|&)\s+${TITLE_WORDS})?(?:\s+(?:of|at)\s+([^,.;\n]{2,60}))?,`,
  'gu',
);

function appositiveLeaders(sample: string, words: string[]): PersonMention[] {
  const out: PersonMention[] = [];
  APPOSITIVE.lastIndex = 0;
  for (let m = APPOSITIVE.exec(sample), n = 0; m && n < 10; m = APPOSITIVE.exec(sample), n++) {
    const name = cleanLine(m[1]);
    const org = (m[4] ?? '').toLowerCase();
    const own = m[4] ? words.some((w) => org.includes(w)) : !!m[2];
    if (!own || !name || !looksLikeName(name) || words.includes(name.toLowerCase().split(/\s+/)[0]!)) continue;
    out.push({ name, title: m[3]!.charAt(0).toUpperCase() + m[3]!.slice(1) });
  }
  return out;
}
