import { escapeRegExp } from '../text/regexp';
import { type Clause, PRONOUN, SMALL_START } from './clause';

/**
 * What a story reports the company decided ("Komen canceled its 3-Day walk in seven cities") or
 * requires ("participants must raise at least $2,300"), as clauses for story facts
 * (lib/prep/story-clauses.ts). Kept apart: the verbs of a decision, their present and base forms,
 * and the shape of a rule are their own vocabulary.
 */

/** A time said relative to the story ("next year", "last week") reads wrong on the day of the meeting: it goes. */
const RELATIVE_TIME = /\s+(?:next|this|last)\s+(?:year|month|week|season|spring|summer|fall|autumn|winter)$/i;
/** What a decision names must be concrete: a figure, a number word or a name after its first word. */
const CONCRETE = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|half|dozen)\b|\s\p{Lu}/u;

/**
 * "The Susan G. Komen foundation canceled its signature 3-Day walk in Washington and six other
 * cities next year, slashing …" → "Komen canceled its signature 3-Day walk in Washington and six
 * other cities": a decision the company itself took (cut, closed, opened, moved, priced, required),
 * the company named as the subject of the verb, and what it names concrete (a figure, a place, a
 * name). The clause ends where the sentence turns (a comma); a decision named by nothing concrete
 * ("closed the deal") is none.
 */
/** The present tense of a headline or a lede ("Komen cancels …") names the same decision. */
const PRESENT: Record<string, string> = {
  cancels: 'cancel',
  cuts: 'cut',
  closes: 'close',
  opens: 'open',
  moves: 'move',
  relocates: 'relocate',
  raises: 'raise',
  lowers: 'lower',
  reduces: 'reduce',
  doubles: 'double',
  halves: 'halve',
  drops: 'drop',
  extends: 'extend',
  expands: 'expand',
  shifts: 'shift',
  consolidates: 'consolidate',
  caps: 'cap',
  limits: 'limit',
  bans: 'ban',
  'phases out': 'phase out',
};
const DECIDED = String.raw`canceled|cancelled|cut|closed|opened|moved|relocated|raised|lowered|reduced|doubled|halved|dropped|added|extended|expanded|shifted|consolidated|merged|restructured|reorganized|reorganised|priced|capped|limited|banned|phased out|pulled|${Object.keys(PRESENT).join('|')}`;
/**
 * Not a decision to ask about: people let go (job cuts go under "handle with care"), and money
 * raised or a deal closed (its event asks it already).
 */
const NOT_DECIDED =
  /\b(?:jobs?|employees|workers|staff|positions|roles|people|workforce|headcount|round|funding|financing|investment|deal|acquisition|sale|IPO|guidance|forecast|outlook)\b|^[$€£]|\b(?:million|billion)\b/i;

/** The verb of a decision as "the decision to …" names it ("canceled" → "cancel"). */
const BASE: Record<string, string> = {
  canceled: 'cancel',
  cancelled: 'cancel',
  cut: 'cut',
  closed: 'close',
  opened: 'open',
  moved: 'move',
  relocated: 'relocate',
  raised: 'raise',
  lowered: 'lower',
  reduced: 'reduce',
  doubled: 'double',
  halved: 'halve',
  dropped: 'drop',
  added: 'add',
  extended: 'extend',
  expanded: 'expand',
  shifted: 'shift',
  consolidated: 'consolidate',
  merged: 'merge',
  restructured: 'restructure',
  reorganized: 'reorganize',
  reorganised: 'reorganise',
  priced: 'price',
  capped: 'cap',
  limited: 'limit',
  banned: 'ban',
  'phased out': 'phase out',
  pulled: 'pull',
};

export function decision(sentence: string, company: string[]): Clause | undefined {
  const co = company.map(escapeRegExp).join('|');
  if (!co) return undefined;
  const m = new RegExp(
    String.raw`(?:^|[^\p{L}])(?:(?:[Tt]he\s+)?(?<co>${co})(?:\s+(?:foundation|company|group|charity|firm|organi[sz]ation|chain|retailer))?|^(?<the>The\s+(?:company|firm|group|charity|foundation|organi[sz]ation|chain|retailer|carrier|airline|bank|automaker|carmaker|maker)))\s+(?:has\s+|have\s+|had\s+)?(?<verb>${DECIDED})\s+(?<what>(?:its|their|the|a|an|\d|\p{Lu})(?:[^,;:]|,(?=\d)){4,90})`,
    'u',
  ).exec(sentence);
  if (!m) return undefined;
  const what = m
    .groups!.what!.trim()
    .replace(/[.!]+$/, '')
    .replace(RELATIVE_TIME, '');
  if (NOT_DECIDED.test(what)) return undefined;
  if (!CONCRETE.test(` ${what.split(/\s+/).slice(1).join(' ')}`) && !/^\d/.test(what)) return undefined;
  // The shortest of the company's names reads as people say it ("Komen", not "Susan G. Komen").
  // A sentence that opens on "The company" in a story about the company (its title names it) means the company.
  const said = m.groups!.co ?? company[0]!;
  const name = [...company].sort((a, b) => a.length - b.length).find((c) => new RegExp(escapeRegExp(c), 'u').test(said)) ?? said;
  const verb = m.groups!.verb!;
  return {
    kind: 'decision',
    text: `${name} ${verb} ${what}`,
    named: `${name}’s decision to ${BASE[verb] ?? PRESENT[verb] ?? verb} ${what}`,
  };
}

/** The words of a story's title that name something of its own ("3-Day" in "Komen cancels 3-Day walk …"). */
function titleWords(title: string | undefined, company: string[]): string[] {
  const names = company.join(' ').toLowerCase();
  return (title ?? '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length >= 3 && (/\d/.test(w) || /^\p{Lu}/u.test(w)) && !names.includes(w.toLowerCase()))
    .map((w) => w.toLowerCase());
}

/**
 * "Since Costco suppliers are required to have the ability to trace all their product ingredients,
 * …" → "Costco suppliers are required to have the ability to trace all their product ingredients";
 * "The 3-Day events, which require participants to raise at least $2,300, are …" → "the 3-Day
 * events require participants to raise at least $2,300": a rule the company sets. Its subject is
 * the company's own: it names the company, or a word of the story's title (which names the company).
 */
export function rule(sentence: string, company: string[], title?: string): Clause | undefined {
  const m =
    /(?:^|,\s+|(?:^|\s)(?:[Ss]ince|[Bb]ecause|[Aa]s|[Ww]hile)\s+)(?<subj>(?:[Tt]he\s+|[Aa]ll\s+)?[\p{L}\p{N}&'’-]+(?:\s+[\p{L}\p{N}&'’-]+){0,3})(?:\s+(?<passive>are|is)\s+required\s+to|\s*,\s*which\s+(?<active>requires?)\s+(?<who>\p{Ll}+s)\s+to)\s+(?<vp>\p{Ll}(?:[^,;:]|,(?=\d)){4,90})/u.exec(
      sentence,
    );
  if (!m) return undefined;
  const subj = m.groups!.subj!.replace(/^(?:Since|Because|As|While)\s+/i, '');
  if (PRONOUN.test(subj) || SMALL_START.test(subj.toLowerCase())) return undefined;
  // What a court or a regulator orders ("required to pay", "to notify customers") is a sanction, not a rule the company sets.
  if (/\b(?:pay|repay|refund|compensate|settle|stop|cease|recall|notify|disclose|appear|testify)\b/i.test(m.groups!.vp!)) return undefined;
  const own = titleWords(title, company);
  const named = company.some((c) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(c)}(?![\\p{L}])`, 'u').test(subj));
  if (!named && !subj.split(/\s+/).some((w) => own.includes(w.toLowerCase()))) return undefined;
  // Said as a rule is said: "must" ("participants must raise at least $2,300 for the 3-Day events").
  const vp = m.groups!.vp!.trim().replace(/\s+(?:according to|said|says)\b.*$/i, '');
  const text = m.groups!.passive ? `${subj} must ${vp}` : `${m.groups!.who} must ${vp} for ${subj.replace(/^The\s/, 'the ')}`;
  return { kind: 'rule', text };
}
