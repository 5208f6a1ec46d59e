import { escapeRegExp } from '../text/regexp';
import { type Clause, PRONOUN, SMALL_START } from './clause';
import { decision, rule } from './story-decisions';
import { wordCount } from '../text/word-count';

export type { Clause, ClauseKind } from './clause';

/**
 * A fact of a story said in a short English clause, the way a coach jots it in a margin ("the
 * acquisitions of Marvel Entertainment, Lucasfilm and BamTech", "the commitment of 777x jets is down
 * by 30 to 126"): built from the parts of the sentence that carry the fact (names, figures, the
 * markets compared), never the story's sentence pasted whole. A sentence whose parts do not fall
 * into place yields nothing: no question beats a garbled one.
 */

/** A clause longer than this is a sentence retold, not a fact named. */
export const MAX_CLAUSE_WORDS = 15;

const words = wordCount;

// One proper name ("Marvel Entertainment", "BamTech", "3M", "Procter & Gamble"), and a list of them.
const NAME = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*(?:\.[\p{L}]+)*(?:\s+(?:of\s+|&\s+|de\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*){0,3}`;
const NAMES = String.raw`${NAME}(?:,\s+${NAME})*(?:,?\s+and\s+${NAME})?`;
/** Capitalised words that are no name: a sentence's or a date's first word. */
const NOT_NAME =
  /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|In|On|At|For|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const namesOk = (names: string) => names.split(/,\s+|\s+and\s+/).every((n) => !NOT_NAME.test(n.split(/\s+/)[0]!) && !/^\d[\d.,]*$/.test(n));

/**
 * Whether a sentence is English: the small words of English outnumber those of German and of
 * French. A German sentence pasted into an English question reads as a bug, whatever it says.
 */
const SMALL = {
  en: new Set('the of and to in is was for that with on by from are has have will its at as'.split(' ')),
  de: new Set('der die das und ist mit von den dem des für nicht ein eine auf zu im wird hat sich bei nach'.split(' ')),
  fr: new Set('le la les et est des une du pour dans qui sur au aux avec ses son sa par pas'.split(' ')),
};
export function isEnglish(sentence: string): boolean {
  const tokens = sentence.toLowerCase().split(/[^\p{L}]+/u);
  const count = (set: Set<string>) => tokens.filter((t) => set.has(t)).length;
  const en = count(SMALL.en);
  return en > 0 && en > count(SMALL.de) && en > count(SMALL.fr);
}

/** "the acquisitions of Marvel Entertainment, Lucasfilm and BamTech": deals a story names, by their names. */
const ACQUISITIONS = new RegExp(String.raw`\b(?<noun>acquisitions?|takeovers?)\s*,?\s+(?:including|of|such as)\s+(?<names>${NAMES})`, 'u');

function deal(sentence: string, company: string[]): Clause | undefined {
  const m = ACQUISITIONS.exec(sentence);
  if (m && namesOk(m.groups!.names!) && !company.some((c) => m.groups!.names! === c)) {
    const many = /,|\band\b/.test(m.groups!.names!) || /s$/.test(m.groups!.noun!);
    return { kind: 'deal', text: `the ${many ? 'acquisitions' : 'acquisition'} of ${m.groups!.names!}` };
  }
  // "Acme bought Widgets Inc": the company itself is the buyer, named as the subject.
  const co = company.map(escapeRegExp).join('|');
  const bought = new RegExp(
    String.raw`(?:^|[^\p{L}])(?:${co})\s+(?:has\s+|had\s+)?(?:acquired|bought|acquires|buys|purchased|took over|agreed to (?:buy|acquire))\s+(?:the\s+)?(?<names>${NAMES})`,
    'u',
  ).exec(sentence);
  if (co && bought && namesOk(bought.groups!.names!))
    return {
      kind: 'deal',
      text: `the ${/,|\band\b/.test(bought.groups!.names!) ? 'acquisitions' : 'acquisition'} of ${bought.groups!.names!}`,
    };
  return undefined;
}

/** Markets a product is sold in, as a question names them. */
const MARKETS: Array<[string, RegExp]> = [
  ['Europe', /\b(?:Europe|European|Euro|EU)\b/],
  ['the US', /\b(?:US|U\.S\.|United States|North America\w*|American)\b/],
  ['China', /\b(?:China|Chinese)\b/],
  ['Japan', /\b(?:Japan|Japanese)\b/],
  ['the UK', /\b(?:UK|U\.K\.|Britain|British)\b/],
  ['India', /\bIndia\b/],
];
const CONTRAST = /\b(?:whereas|while|however|though|unlike|but)\b/i;
const SMALL_WORD = new Set([
  ...SMALL.en,
  'a',
  'an',
  'also',
  'will',
  'come',
  'comes',
  'get',
  'gets',
  'be',
  'been',
  'done',
  'car',
  'one',
  'ones',
]);

/**
 * "Euro testing was done with the virtual side mirrors, whereas the US car will come with standard
 * side mirrors" → "virtual side mirrors in Europe and standard ones in the US": a market on each
 * side of a word of contrast, and the same thing on both sides told apart by one word.
 */
function markets(sentence: string): Clause | undefined {
  const cut = CONTRAST.exec(sentence);
  if (!cut) return undefined;
  const [left, right] = [sentence.slice(0, cut.index), sentence.slice(cut.index + cut[0].length)];
  const a = MARKETS.find(([, re]) => re.test(left))?.[0];
  const b = MARKETS.find(([name, re]) => name !== a && re.test(right))?.[0];
  if (!a || !b || MARKETS.some(([name, re]) => name === b && re.test(left))) return undefined;
  const tok = (t: string) => t.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const [l, r] = [tok(left), tok(right)];
  // The longest run of words (one or two) that both sides end a phrase with, told apart by the word before it.
  for (const n of [2, 1])
    for (let j = r.length - n; j >= 1; j--) {
      const head = r.slice(j, j + n);
      if (head.some((w) => SMALL_WORD.has(w.toLowerCase()) || w.length < 4)) continue;
      for (let i = l.length - n; i >= 1; i--) {
        if (
          l
            .slice(i, i + n)
            .join(' ')
            .toLowerCase() !== head.join(' ').toLowerCase()
        )
          continue;
        const [ma, mb] = [l[i - 1]!, r[j - 1]!];
        if ([ma, mb].some((w) => SMALL_WORD.has(w.toLowerCase()) || !/^\p{Ll}/u.test(w)) || ma === mb) continue;
        return { kind: 'markets', text: `${ma} ${head.join(' ')} in ${a} and ${mb} ones in ${b}` };
      }
    }
  return undefined;
}

/** A number that moved: "down by 30 to 126", "rose 3.5 percent to $27.2 billion". */
const MOVED =
  /\b(?<verb>up|down|cut|raised|lowered|reduced|increased|rose|fell|grew|dropped|climbed)\s+(?:by\s+)?(?:more than\s+|about\s+)?\$?\d[\d.,]*\s*(?:%|percent|per cent)?\s+to\s+(?:more than\s+|about\s+)?[$€£]?\d[\d.,]*(?:\s*(?:million|billion|bn|m)\b)?/i;

/** A sentence's clauses: a comma, a semicolon, a dash or a joining word ends one. */
const chunks = (sentence: string) =>
  sentence
    .split(/\s*(?:;|\s[—–]\s|,\s+(?:and|but|as|while|whereas|which|who)\s+|,\s+)\s*/)
    .map((c) => c.trim())
    .filter(Boolean);

/** A clause that stands alone: it opens on a name, a figure or "the …", never on a pronoun or a joining word. */
const OPENS_WELL = /^(?:[\p{Lu}\p{N}$€£]|(?:the|a|an)\s)/u;
// A colon is a label or a link's lead ("Read more: …"), not a clause.
const standsAlone = (c: string) =>
  OPENS_WELL.test(c) && !PRONOUN.test(c) && !c.includes(':') && words(c) >= 4 && words(c) <= MAX_CLAUSE_WORDS;

/** A rise that made up for a fall, in one sentence: "the 52.5 per cent increase in X, which partially offset the 12.6 per cent drop in Y". */
const SHIFT =
  /\b(\d[\d.,]*)\s*(?:%|percent|per cent)\s+(?:increase|rise|growth|jump|gain)\s+in\s+((?:[\p{L}-]+\s+){0,5}[\p{L}-]+),?\s+(?:which\s+)?(?:partially\s+|partly\s+)?(?:offset|offsetting|made up for|making up for)\s+(?:the\s+|a\s+)?(\d[\d.,]*)\s*(?:%|percent|per cent)\s+(?:drop|decline|fall|decrease)\s+in\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/iu;

/**
 * The one shift a results story tells beside its losses (blind-17 sph-results-peer: "Circulation held
 * steady due to the 52.5 per cent increase in daily average newspaper digital sales, which partially
 * offset the 12.6 per cent drop in print copies"): what grew against what shrank is the work the
 * people inside are doing, and no loss of the quarter takes it back.
 */
function shift(sentence: string): Clause | undefined {
  const m = SHIFT.exec(sentence);
  if (!m) return undefined;
  return { kind: 'change', text: `a ${m[1]}% rise in ${m[2]} against a ${m[3]}% drop in ${m[4]}`, shift: true };
}

function change(sentence: string): Clause | undefined {
  for (const c of chunks(sentence)) {
    const m = MOVED.exec(c);
    if (!m) continue;
    const moved = c.slice(m.index, m.index + m[0].length);
    // "…, down by 30 to 126": the clause names no subject; the thing counted is "<noun> of <name>" just before it.
    if (m.index === 0 && /^(?:up|down)$/i.test(m.groups!.verb!)) {
      const before = sentence.slice(0, sentence.indexOf(c));
      const of = [...before.matchAll(/\b(\p{Ll}{4,})\s+(of|for)\s+([\p{Lu}\p{N}][\p{L}\p{N}-]*(?:\s+\p{Ll}{3,})?)\b/gu)].pop();
      if (!of) continue;
      return { kind: 'change', text: `the ${of[1]} ${of[2]} ${of[3]} is ${moved}` };
    }
    // "…, as revenue rose 3.5 percent to $27.2 billion": a subject of a few plain words is enough.
    const clause = c.slice(0, m.index + m[0].length);
    const subject = c.slice(0, m.index).trim();
    if (standsAlone(clause) || (/^\p{Ll}+(?:\s+\p{Ll}+){0,2}$/u.test(subject) && !PRONOUN.test(subject) && !SMALL_START.test(subject)))
      return { kind: 'change', text: clause };
  }
  return undefined;
}

/** A figure about the business: its customers, users, sales; not a car's range or a year. */
const FIGURE =
  /\b(?:every|all)\s+Fortune\s+\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:out\s+)?of\s+(?:ten|10|every)\b|[$€£]\s?\d[\d.,]*\s*(?:million|billion|bn|m)\b|\b\d[\d.,]*\s*(?:million|billion)\s+(?:customers|users|subscribers|clients|companies|businesses|people|members|accounts)\b|\b\d[\d.,]*\s*(?:%|percent)\s+of\s+(?:its\s+)?(?:customers|users|revenue|sales|companies|businesses)\b/i;

/**
 * "The race raised $5 million in 2011, $2 million last year and about $1.5 million this year": a
 * series of one measure over time is a trend, and any one of its figures cut out alone misleads.
 */
const SERIES = /[$€£]\s?\d[\d.,]*\s*(?:million|billion|bn|m)?\b/gi;

function figure(sentence: string): Clause | undefined {
  if ((sentence.match(SERIES) ?? []).length >= 3) return undefined;
  const c = chunks(sentence).find((x) => FIGURE.test(x));
  // "A significant art collector with an estimated net worth of $186.3 billion, the LVMH CEO …": a
  // sentence opening on "a …" up to its first comma describes the subject; it says nothing alone.
  if (c && /^an?\s/i.test(c) && sentence.trimStart().startsWith(`${c},`)) return undefined;
  return c && standsAlone(c) ? { kind: 'figure', text: c } : undefined;
}

/**
 * A share of the money the company offers others ("Developers … can earn up to 15 percent of Box's
 * per-user license fee"): who gets it and how much, the middle of the sentence left out.
 */
const SHARE =
  /^(?<who>\p{Lu}\p{Ll}+(?:\s+(?!(?:in|of|on|at|for|with|from|to|who|that|which|and|can|will|may)\b)\p{Ll}+)?)\b[^.;]*?\b(?<verb>(?:can|will|may)\s+(?:earn|get|receive|keep)|earn|earns|get|gets|receive|receives|keep|keeps)\s+(?<amount>(?:up to\s+)?\d[\d.,]*\s*(?:%|percent|per cent)\s+of\s+[^,.;]{3,50})/u;

function share(sentence: string): Clause | undefined {
  const m = SHARE.exec(sentence);
  if (!m || PRONOUN.test(m.groups!.who!)) return undefined;
  // "of Box's per-user license fee" is "of the per-user license fee": the company is named around it already.
  const amount = m.groups!.amount!.trim().replace(/\bof\s+\p{Lu}[\p{L}\p{N}$.&-]*['’]s\s+/u, 'of the ');
  const text = `${m.groups!.who!.toLowerCase()} ${m.groups!.verb!} ${amount}`;
  return words(text) <= MAX_CLAUSE_WORDS ? { kind: 'share', text } : undefined;
}

/** "Acme expands into Brazil": a new market the company enters. */
function expansion(sentence: string, company: string[]): Clause | undefined {
  const co = company.map(escapeRegExp).join('|');
  if (!co) return undefined;
  const m = new RegExp(
    String.raw`(?:^|[^\p{L}])(?:${co})\s+(?:is\s+expanding|expands|expanded|will\s+expand|has\s+expanded)\s+(?:its\s+\p{Ll}+\s+)?(?:into|to|in)\s+(?<where>${NAMES})`,
    'u',
  ).exec(sentence);
  return m && namesOk(m.groups!.where!) ? { kind: 'expansion', text: `the expansion into ${m.groups!.where!}` } : undefined;
}

/**
 * "Apple followed up with a sustained marketing campaign, advertising discounts schemes and monthly
 * instalment options for customers in India" → "the sustained marketing campaign with discounts
 * schemes and monthly instalment options": a campaign or programme the company itself ran, and
 * what it offered, cut where the sentence turns to whom and where.
 */
function campaign(sentence: string, company: string[]): Clause | undefined {
  const co = company.map(escapeRegExp).join('|');
  if (!co) return undefined;
  const m = new RegExp(
    String.raw`(?:^|[^\p{L}])(?:${co})\s+(?:has\s+|had\s+)?(?:followed up with|launched|ran|started|rolled out|began|kicked off|introduced|unveiled)\s+(?:a|an|its)\s+(?<adj>(?:\p{Ll}[\p{Ll}-]*\s+){0,3})(?<noun>campaign|programme|program|scheme|initiative)\b(?:,?\s+(?:advertising|offering|featuring|with)\s+(?<what>[^,.;]{5,90}))?`,
    'u',
  ).exec(sentence);
  if (!m) return undefined;
  const adj = m.groups!.adj ?? '';
  // "a new scheme": a campaign needs a word that says what kind it is, or what it offered.
  const what = m.groups!.what?.split(/\s+(?:for|to|in|across|where|which|that|who|after|before|since)\s+/)[0]!.trim();
  if (!what && !adj.trim()) return undefined;
  return { kind: 'campaign', text: `the ${adj}${m.groups!.noun}${what ? ` with ${what}` : ''}` };
}

// German and French: the few facts whose English is made of names and figures alone.
const DE_RESULTS: Array<[RegExp, string]> = [
  [/\bNettogewinn\b/, 'net profit'],
  [/\b(?:Betriebsgewinn|operative[nr]? Gewinn)\b/, 'operating profit'],
  [/\bGewinn\b/, 'profit'],
  [/\bUmsatz\b/, 'revenue'],
];
const FR_RESULTS: Array<[RegExp, string]> = [
  [/\bbénéfice net\b/i, 'net profit'],
  [/\bbénéfice d['’]exploitation\b/i, 'operating profit'],
  [/\bbénéfice\b/i, 'profit'],
  [/\bchiffre d['’]affaires\b/i, 'revenue'],
];

/**
 * "Acme steigert den Umsatz um 12 Prozent" → "Acme’s revenue rose 12%"; "Acme s'étend au Brésil" is
 * left alone (the country's English name is not in the sentence). The company must be named in the
 * sentence: a figure of the market or of a rival is not the company's.
 */
function foreign(sentence: string, company: string[]): Clause | undefined {
  const co = company.find((c) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(c)}(?![\\p{L}])`, 'u').test(sentence));
  if (!co) return undefined;
  const pct = /(?:um|de)\s+(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:Prozent|%|pour cent)/i.exec(sentence);
  if (!pct) return undefined;
  const up =
    /\b(?:stieg|steigt|gestiegen|steigert\w*|wuchs|wächst|gewachsen|legte|zugelegt|en hausse|progress\w*|augment\w*|hausse|croissance)\b/i;
  const down = /\b(?:sank|sinkt|gesunken|fiel|fällt|gefallen|ging|zurück|en baisse|recul\w*|baiss\w*|chut\w*|diminu\w*)\b/i;
  const dir = up.test(sentence) && !down.test(sentence) ? 'rose' : down.test(sentence) && !up.test(sentence) ? 'fell' : undefined;
  const what = [...DE_RESULTS, ...FR_RESULTS].find(([re]) => re.test(sentence))?.[1];
  if (!dir || !what) return undefined;
  return { kind: 'change', text: `${co}’s ${what} ${dir} ${pct[1]!.replace(',', '.')}%` };
}

/** The fact of one sentence as a short English clause, of the first kind that reads; else nothing. */
export function clauseOf(sentence: string, company: string[], title?: string): Clause | undefined {
  if (!isEnglish(sentence)) return foreign(sentence, company);
  const c =
    deal(sentence, company) ??
    decision(sentence, company) ??
    rule(sentence, company, title) ??
    markets(sentence) ??
    expansion(sentence, company) ??
    campaign(sentence, company) ??
    shift(sentence) ??
    change(sentence) ??
    share(sentence) ??
    figure(sentence);
  // A shift names two things and their figures: a few words over a clause, said as one.
  return c && words(c.text) <= MAX_CLAUSE_WORDS + (c.shift ? 6 : 0) && !/[“”"«»„]/.test(c.text) ? c : undefined;
}
