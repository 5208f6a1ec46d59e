import type { CompanyExtraction } from '../schema/page-extraction';
import { cleanLine } from './clean';
import { parseSize } from './facts';
import { prune } from '../objects';

/**
 * Facts an About page states in sentences: "Founded in 2012", "headquartered in Berlin",
 * "more than 400 people", "Our mission is to …". English, German and French phrasings. Only
 * the first statement of each counts; a sentence about customers or turbines never gives a size.
 */
// "Ryan started with the company in 2011" is a person's start, not the company's: "started",
// "launched" and "created" count only when the company (or "we") is their subject, and "since
// 1979" only opening a sentence or said of the company ("in business since", "wir sind seit",
// "family-owned since"); "since its founding in 1981" is a founding. Older English says the
// company "was begun" or "commenced" ("Our company was commenced in 1985 by …", fresh14-austim;
// "MDP Woodworks & Design was begun in 1976 as …", fresh19-mdpwoodworks).
const FOUNDED =
  /\bformed\s+(?:(?:\d{1,3}|[a-z]+) years ago\s+)?(?:in\s+)?(1[89]\d\d|20\d\d)\b|\b(?:founded|founding|established|incorporated|gegründet|fondée?|créée?|opgericht)\b[^.!?\n]{0,60}?\b(1[89]\d\d|20\d\d)\b|\b(?:(?:company|firm|business|we|it|was|were)\s+(?:was\s+|were\s+)?(?:started|launched|created|begun|commenced)|our (?:launch|founding|start))\b[^.!?\n]{0,40}?\b(1[89]\d\d|20\d\d)\b|(?:^|[.!?]\s+|\n|\b(?:business|company|firm|organi[sz]ation|agency|practice|we|wir|unternehmen|nous|entreprise|wij|bedrijf|owned|operated)\b[^.!?\n]{0,50}?)(?:since|seit|depuis|sinds)\s+(1[89]\d\d|20\d\d)\b/i;
// "Created in 2005, Bluedogink.com represents …", "Launched in 1999, the firm …": a participle
// opening the sentence has the sentence's subject, the company, as its own.
const FOUNDED_OPENING = /(?:^|[.!?]\s+|\n)(?:created|launched|started|opened)\s+in\s+(1[89]\d\d|20\d\d)\s*,/i;
// "Die X GmbH wurde 2008 als „Y GmbH & Co. KG" von Z gegründet": German puts the year first.
const FOUNDED_DE = /\bwurde\s+(?:im\s+Jahre?\s+)?(1[89]\d\d|20\d\d)\b[^!?\n]{0,100}?\bgegründet\b/;
// The year before the founding: "Il décide en 2010 de fonder Noël Élagage", "In 2010 she founded
// Acme", a timeline's "2010 Création de Noël Élagage" / "2010: Gründung der …", and the passive "The
// German entity was set up in 2024".
const FOUNDED_YEAR_FIRST =
  /\b(?:en|in|im)\s+(1[89]\d\d|20\d\d)\b,?[^.!?\n]{0,30}?\b(?:de fonder|fonde|a fondé|founded|co-founded|gründete)\b|\b(1[89]\d\d|20\d\d)\s*[:–—-]?\s*(?:création|gründung|oprichting|founding|foundation)\s+(?:de|d'|der|des|van|of)\b|\b(?:was|were)\s+set\s+up\s+in\s+(1[89]\d\d|20\d\d)\b/i;
// A word of a place's name: "O'Fallon", "L'Isle" keep their apostrophe, but a possessive ends the
// place ("Chatswood on Sydney's North Shore" is Chatswood).
const PLACE_WORD = String.raw`\p{Lu}(?:[\p{L}.-]|['’](?!s(?![\p{L}])))+(?![\p{L}'’])`;
const PLACE = String.raw`(${PLACE_WORD}(?:[ -](?:am|an der|de|del|la|le|sur|upon|on)?\s?${PLACE_WORD}){0,3}(?:,\s*${PLACE_WORD}(?:\s${PLACE_WORD}){0,2})?)`;
// The place must start with a capital letter, so the keywords carry their own case variants
// instead of the /i flag (under /iu, \p{Lu} would match lowercase letters too).
const anyCase = (words: string[]) => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`).join('|');
const HQ_WORDS = anyCase([
  'headquartered in',
  'headquarters (?:is |are )?in',
  'head office (?:is )?in',
  'based in',
  'hauptsitz in',
  'sitz in',
  'mit Sitz in',
  'Sitz des Unternehmens ist',
  'Sitz der Gesellschaft ist',
  'Unternehmenssitz ist',
  'siège (?:social )?(?:est )?(?:à|a)',
  'basée? à',
]);
// The place on the same line: "based in" at a line's end, a button below it ("LEARN MORE") is no place.
const HQ = new RegExp(String.raw`(?:^|[^\p{L}])(?:${HQ_WORDS}|HQ (?:is )?in)[^\S\n]+${PLACE}`, 'u');
// A town and its region or country ("Ogden, UT"): a lone word after "a contractor in" may be a whole state.
const PLACE_PAIR = String.raw`(${PLACE_WORD}(?:[ -](?:am|an der|de|del|la|le|sur|upon|on)?\s?${PLACE_WORD}){0,3},\s*${PLACE_WORD}(?:\s${PLACE_WORD}){0,2})`;
// What the company is, then where: "Acme is a … Agency in Blackpool, Lancashire", "As a home
// inspection company in the Ogden, UT area", "A&Js' Bike Locks … is located in Orland Park",
// "Ihr Fachbetrieb aus dem Raum Köln". A kind of business (or "is located") must come before the
// place, so "clients in Boston" or "projects in Paris" never count.
const BUSINESS_WORDS = `(?:${anyCase(['company', 'agency', 'firm', 'studio', 'business', 'consultancy', 'practice', 'provider', 'manufacturer', 'contractor', 'shop', 'store', 'Fachbetrieb', 'Meisterbetrieb', 'Familienunternehmen', 'Unternehmen', 'entreprise', 'société', 'agence', 'cabinet', 'bedrijf', 'bureau', 'onderneming'])})`;
const HQ_KIND = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:[Aa]s an?|is an?)\s[^.!?\n]{0,60}?\b${BUSINESS_WORDS}\s+(?:in|based in|located in) (?:the )?${PLACE_PAIR}(?: area\b|[,.]|\s*$)|(?:is|are) located in ${PLACE}|${BUSINESS_WORDS} aus (?:dem Raum |der Region )${PLACE}|(?:[Aa]s an?|is an?)\s[^.!?\n]{0,60}?\b${BUSINESS_WORDS}\s+in (?:the )?(${PLACE_WORD}(?: ${PLACE_WORD})?) [Aa]rea\b|\bist (?:ein|eine)\s[^.!?\n]{0,60}?${BUSINESS_WORDS}(?:\s+in der \p{L}+ Generation)?\s+aus ${PLACE})`,
  'mu',
);
// "Mister Plumber is a … contractor in Toronto Area", "Die Acme KG ist ein … Meisterbetrieb in der zweiten
// Generation aus Rietberg" (fresh26-kueckmann) are matched above too: a metro area named after its
// town, and the German "aus" of a firm's home town.
// "Erin Clark and Jerry Dever are a Dallas - based website design … team" (fresh19-erinclark).
const PLACE_BASED = new RegExp(String.raw`(?:^|[^\p{L}])(?:is|are) an? (${PLACE_WORD}(?: ${PLACE_WORD})?)\s?-\s?based\b`, 'u');
// "Chicago – National Headquarters" (fresh10-imprint-zebra): a line naming the head office's town, as an office list heads it.
const HQ_LINE = new RegExp(
  String.raw`(?:^|\n)[^\S\n]*(${PLACE_WORD}(?: ${PLACE_WORD}){0,2})\s*[–—-]\s*(?:${anyCase(['national ', 'world ', 'global ', 'corporate '])})?(?:${anyCase(['headquarters', 'head office'])}|HQ)[^\S\n]*(?:\n|$)`,
  'u',
);
// The seat of someone else: the reader's ("whether your new business will be based in …",
// fresh20-smallbusinessattorneynyc), a parent group's ("a member of the … Group which has its
// headquarters in Ense", fresh20-heicodirect).
const NOT_OWN = /\b(?:you|your|you['’]d|member of|part of|subsidiary of|division of|owned by|parent)\b/i;
// "Based in Chicago, IL, Rish leads business intelligence …" (fresh5-protiviti): a person's base, on a team card.
const PERSON_AFTER = /^,\s*(\p{Lu}\p{Ll}+)\s+\p{Ll}/u;
const NOT_A_PERSON = /^(?:we|our|the|this|it|its|they|their|wir|unser|unsere|nous|notre|nos)$/i;

/** The first "headquartered in …"/"based in …" that states the company's own seat. */
function ownSeat(text: string, name: string | undefined): RegExpExecArray | null {
  const re = new RegExp(HQ.source, 'gu');
  const own = (name ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u);
  for (let m = re.exec(text), n = 0; m && n < 20; m = re.exec(text), n++) {
    const start = Math.max(text.lastIndexOf('\n', m.index), ...['.', '!', '?'].map((c) => text.lastIndexOf(`${c} `, m!.index))) + 1;
    if (NOT_OWN.test(text.slice(start, m.index + m[0].length))) continue;
    const after = PERSON_AFTER.exec(text.slice(m.index + m[0].length));
    const opens = /^\W*based in/i.test(text.slice(start, m.index + m[0].length).trim());
    // Only with the company's name to tell them apart: "Based in London, UK, Visiongain produces …" is the company.
    if (name && opens && after && !NOT_A_PERSON.test(after[1]!) && !own.includes(after[1]!.toLowerCase())) continue;
    return m;
  }
  return null;
}

// "basée au Tampon": "au" is "à le", so the town is "Le Tampon" ("aux Abymes": "Les Abymes").
const HQ_AU = new RegExp(String.raw`(?:^|[^\p{L}])[Bb]asée? (au|aux) ${PLACE}`, 'u');
// "Formed 1926 in Farmington, New Mexico", "Founded in 1998 in Lyon": where the company began,
// its seat when the page names no other.
const FOUNDED_IN = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${anyCase(['formed', 'founded', 'established', 'started'])})\s+(?:in\s+)?(?:1[89]\d\d|20\d\d)\s+in\s+${PLACE}`,
  'u',
);
const PEOPLE_WORDS = String.raw`(?:people|employees|professionals|professionnels|staff|team members|colleagues|engineers and|specialists|experts|Mitarbeiter(?:innen|:innen)?|Spezialist(?:inn)?en(?: und Spezialisten)?|Expert(?:inn)?en|Fachleute|Beschäftigte|collaborateurs|collaboratrices|salariés|employés)`;
const SIZE = new RegExp(
  // A letter-aware start: \b does not see "Ü" of "Über 15 Spezialisten" as a letter.
  String.raw`(?<![\p{L}\p{N}])((?:more than|over|nearly|almost|about|around|approximately|roughly|some|mehr als|über|rund|etwa|plus de|près de|environ)\s+)?(\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+|\d+)(\+)?\s+${PEOPLE_WORDS}`,
  'iu',
);
const MISSION =
  /(?:^|[.!?]\s+|\n)((?:Our|The company'?s|Its)(?: (?:specific|core|primary|overall|main|stated|ultimate|simple))? mission is\b[^\n]*?[.!?](?=\s|$)|(?:Nuestra|Su) misión es\b[^\n]*?[.!?](?=\s|$)|Onze missie is\b[^\n]*?[.!?](?=\s|$)|[^.!?\n]{0,300}\bcon la misión de\b[^\n]*?[.!?](?=\s|$)|(?:Unsere|Die) Mission (?:ist|lautet)\b[^\n]*?[.!?](?=\s|$)|Notre mission(?: est| :)[^\n]*?[.!?](?=\s|$)|[^.!?\n]{0,300}\b(?:our|its) mission (?:of|to)\b[^\n]*?[.!?](?=\s|$))/i;

/** "Up to 3 team members" is a pricing plan's limit, not the company's size. */
const PRICING = /\b(up to|bis zu|jusqu['’]à|tot|per (?:month|seat|user)|\/mo\b|plan|pricing)|[$€£]/i;

function firstSize(text: string): RegExpExecArray | null {
  const re = new RegExp(SIZE.source, 'giu');
  for (let m = re.exec(text), n = 0; m && n < 20; m = re.exec(text), n++) {
    // The line, and the lines just before it: a pricing card names its price above its limits.
    const lineEnd = text.indexOf('\n', m.index);
    const context = text.slice(Math.max(0, m.index - 300), lineEnd < 0 ? undefined : lineEnd);
    if (!PRICING.test(context)) return m;
  }
  return null;
}

function frenchAu(m: RegExpExecArray | null): string[] | null {
  return m ? [m[0], `${m[1] === 'aux' ? 'Les' : 'Le'} ${m[2]}`] : null;
}

const YEAR = String.raw`(1[89]\d\d|20\d\d)`;
const SENTENCE_START = String.raw`(?:^|[.!?]\s+|\n)`;
// A timeline: a year on a line of its own, and under it the company's founding ("2017" ›
// "Remat Technologies founded with a mission to …", "1998" › "Gründung der Acme GmbH").
const TIMELINE_FOUNDING = new RegExp(
  String.raw`(?:^|\n)[^\S\n]*${YEAR}[^\S\n]*\n\s*[^\n]{0,80}?\b(?:founded|established|incorporated|gegründet|Gründung|fondée?|création|opgericht|oprichting)\b`,
  'i',
);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_A_NAME_WORD = /^(?:the|der|die|das|le|la|les|de|het|een|our|my|a|an)$/i;

/**
 * The year the company began, where the sentence names it: a founding verb right before the
 * company's name ("Upon graduating in 1993, he started Stearns Design Build", "he decided in 2002 …
 * by creating Upward Construction") with a year in the same sentence, or the name opening a
 * sentence that ends "since 1989". The name is the cue that the sentence is the company's, not a
 * person's career ("Ryan started with the company in 2011").
 */
function namedFounding(text: string, name: string | undefined): number | undefined {
  const first = name?.split(/[\s,-]+/)[0];
  if (!first || first.length < 3 || NOT_A_NAME_WORD.test(first) || !/^\p{Lu}/u.test(first)) return undefined;
  const n = escapeRe(first);
  const verb = new RegExp(
    String.raw`${SENTENCE_START}([^.!?\n]{0,200}?)\b(?:started|founded|co-founded|created|creating|establishing|established|opened|launched|set up|built|gründete|fonde|a fondé|richtte)\s+${n}\b([^.!?\n]{0,120})`,
    'u',
  );
  const m = verb.exec(text);
  const year = m && new RegExp(`\\b${YEAR}\\b`).exec(`${m[1]} ${m[2]}`);
  if (year) return Number(year[1]);
  const since = new RegExp(
    String.raw`${SENTENCE_START}${n}\b(?:[^.!?\n]|\.(?=\S)){0,160}?\b(?:since|seit|depuis|sinds)\s+${YEAR}\b`,
    'u',
  ).exec(text);
  return since ? Number(since[1]) : undefined;
}

/** `name`: the company's name as the page gives it, which lets a sentence about it be told from one about a person. */
export function proseFacts(text: string | undefined, name?: string): CompanyExtraction {
  if (!text) return {};
  const sample = text.slice(0, 30_000);
  // The first statement on the page, whichever word order it takes.
  const founded = [FOUNDED_DE.exec(sample), FOUNDED_YEAR_FIRST.exec(sample), FOUNDED.exec(sample), FOUNDED_OPENING.exec(sample)]
    .filter((m): m is RegExpExecArray => !!m)
    .sort((a, b) => a.index - b.index)[0];
  const hq =
    HQ_LINE.exec(sample) ??
    ownSeat(sample, name) ??
    frenchAu(HQ_AU.exec(sample)) ??
    FOUNDED_IN.exec(sample) ??
    HQ_KIND.exec(sample) ??
    PLACE_BASED.exec(sample);
  const size = firstSize(sample);
  const mission = MISSION.exec(sample);
  const sizeText = cleanLine(size?.[0], 120);
  return prune({
    founded: founded
      ? Number(founded[1] ?? founded[2] ?? founded[3] ?? founded[4])
      : (namedFounding(sample, name) ?? timelineFounding(sample)),
    // "headquarters in Auburn, California. If you …": the place ends with its sentence.
    headquarters: cleanLine((hq ? hq.slice(1).find(Boolean) : undefined)?.replace(/\.\s.*$/, '').replace(/[,.]$/, '')),
    ...(sizeText ? parseSize(sizeText) : {}),
    mission: cleanLine(mission?.[1], 2_000),
  });
}

function timelineFounding(text: string): number | undefined {
  const m = TIMELINE_FOUNDING.exec(text);
  return m ? Number(m[1]) : undefined;
}
