import { fold } from '../text/fold';
import { escapeRegExp, regExpOnce } from '../text/regexp';
import { isTitleCase } from '../text/title-case';
import { plain } from './clean';

/**
 * A story's headline read as what happened, in a short clause a person could say ("Northwell’s
 * research branch rolled out three clinical trials to combat coronavirus spread"), for news no
 * event reader recognises (lib/prep/news.ts). Refuses whenever the headline is not a plain
 * statement of a deed: a question, a teaser, an exclamation, a list, a guess, a market report,
 * no verb it knows. No clause beats a wrong one.
 */

/**
 * The deeds headlines report, by stem: regular verbs take -ed; the irregular ones are below. Deeds of
 * bad news (reject, block, cancel, cut, close, withdraw) are left out: a setback is never asked as news.
 */
const REGULAR =
  'launch unveil introduce release open reopen expand approve acquire agree sign name appoint hire add raise file settle partner join start complete report post announce debut ship deliver receive secure enter move invest commit pledge donate award clear back fund select extend renew upgrade update redesign rebrand relocate merge list test trial pilot adopt integrate automate certify accredit honor honour recognize recognise celebrate mark host organize organise sponsor return restructure reorganize reorganise consolidate outsource license licence patent publish develop design create establish form ramp scale double triple boost increase lift hike authorize authorise implement switch replace resume unlock open-source roll team spin step opt deploy achieve attain obtain gain earn top surpass pass finish enroll enrol recruit train offer provide power help bring-back showcase demonstrate demo present premiere preview reveal detail outline share broaden widen deepen strengthen renovate modernize modernise digitize digitise transform transition convert migrate pivot purchase order commission contract'.split(
    ' ',
  );
const IRREGULAR: Record<string, string> = {
  begin: 'began',
  win: 'won',
  sell: 'sold',
  buy: 'bought',
  take: 'took',
  make: 'made',
  bring: 'brought',
  lead: 'led',
  get: 'got',
  hit: 'hit',
  set: 'set',
  put: 'put',
  build: 'built',
  pay: 'paid',
  break: 'broke',
  choose: 'chose',
  give: 'gave',
  go: 'went',
  grow: 'grew',
  hold: 'held',
  keep: 'kept',
  leave: 'left',
  spend: 'spent',
  split: 'split',
  strike: 'struck',
  send: 'sent',
  seek: 'sought',
  find: 'found',
  become: 'became',
  rebuild: 'rebuilt',
  undertake: 'undertook',
};
/** Verbs whose final consonant doubles: "drop" → "dropped". */
const DOUBLES = new Set(['drop', 'scrap', 'ship', 'plan', 'step', 'trim', 'slash', 'top', 'opt', 'spin', 'ban', 'tap', 'pin', 'stop']);
const STEMS = new Set([...REGULAR, ...Object.keys(IRREGULAR)]);
/** A particle that belongs to its verb: "rolls out", "teams up with", "spins off". */
const PARTICLE = /^(?:out|up|off|on|in|down|back|over)$/i;

export function pastOf(stem: string): string {
  const s = stem.toLowerCase();
  if (IRREGULAR[s]) return IRREGULAR[s]!;
  if (DOUBLES.has(s)) return `${s}${s.slice(-1)}ed`;
  if (s.endsWith('e')) return `${s}d`;
  if (/[^aeiou]y$/.test(s)) return `${s.slice(0, -1)}ied`;
  return `${s}ed`;
}

/** The stem of a verb form a headline uses, when it is a deed the lexicon knows: "Expands" → "expand", "Open-sourcing" → "open-source". */
export function verbStem(word: string, form: 'present' | 'gerund' | 'past'): string | undefined {
  const w = word.toLowerCase();
  const known = (x: string) => (STEMS.has(x) ? x : undefined);
  if (form === 'present') {
    if (!w.endsWith('s') || w.endsWith('ss')) return undefined;
    const base = w.slice(0, -1);
    return (
      known(base) ??
      (w.endsWith('ies') ? known(`${w.slice(0, -3)}y`) : undefined) ??
      (/(?:ch|sh|x|z|o)es$/.test(w) ? known(w.slice(0, -2)) : undefined)
    );
  }
  if (form === 'gerund') {
    if (!w.endsWith('ing')) return undefined;
    const base = w.slice(0, -3);
    return known(`${base}e`) ?? known(base) ?? (/(.)\1$/.test(base) ? known(base.slice(0, -1)) : undefined);
  }
  return STEM_OF_PAST.get(w);
}

/**
 * Past form → stem: the first stem of the lexicon that makes it, as searching STEMS in order
 * found. Built once: every word of every headline of a sheet is looked up (the search was the
 * sheet's costliest reader on the bench's 625 clips).
 */
const STEM_OF_PAST = new Map<string, string>();
for (const x of STEMS) if (!STEM_OF_PAST.has(pastOf(x))) STEM_OF_PAST.set(pastOf(x), x);

/** Sections of a page title that name the site or the page, not the story ("Press Info", "Newsroom", "TechCrunch"). */
const SITE_PART = /^(?:press(?: info| releases?| room| centre| center)?|news(?:room)?|blog|home|media|stories|insights|updates?)$/i;
/** A headline's kicker ("Press release:", "Exclusive:", "UPDATE 2-"). */
const KICKER =
  /^(?:press release|pressemitteilung|communiqué de presse|exclusive|update\s*\d*|breaking(?: news)?|watch|opinion|analysis|report|news|photos?|video|sponsored)\s*[:\-–—]\s*/i;
/** Not a statement of a deed: a question, a teaser, advice, a list. */
const NOT_NEWS =
  /\?|!|^(?:why|how|what|when|where|who|which|is|are|can|could|should|will|would|do|does|here['’]?s|here (?:are|is)|meet|inside|behind)\b|\b\d+\s+(?:things|ways|reasons|tips|lessons|takeaways)\b/i;
/** A guess, a plan, a rumour, a preview ("launches tomorrow"): nothing happened yet. */
const HEDGED =
  /\b(?:rumou?r\w*|reportedly|could|may|might|would|expected|plans?|planning|considers?|considering|weighs|eyes|mulls|in talks|set to|to (?:buy|acquire|launch|sell|cut)|tomorrow|tonight|next (?:week|month|year)|upcoming|coming soon)\b/i;
/** Market chatter: a share price or a results call is no deed to ask someone inside about. */
const MARKETS =
  /\b(?:stocks?|shares?|earnings|profits?|revenues?|sales|quarter(?:ly)?|results|analysts?|investors?|wall street|price target|premarket|trading|downgrade[sd]?|upgrade[sd]? to|valuation|ipo filing)\b/i;
/** Bad news: handled with care elsewhere, never opened on. */
export const SENSITIVE_NEWS =
  /\b(?:sue[sd]?|suing|lawsuits?|fine[sd]|penalt\w*|layoffs?|lays? off|job cuts|cuts? (?:\d[\d,]*\s+)?jobs|recall\w*|probe\w*|investigat\w*|charge[sd]|accus\w*|breach\w*|hack\w*|outage|crash\w*|deaths?|dies|died|killed|bankrupt\w*|strike|scandal|fraud|cancel\w*|closes? (?:stores|plants|offices)|shut(?:s|ting)? down)\b/i;

/** Words of a market's bad day: a fall, a miss, a cut. */
const DOWN = /\b(?:fall\w*|fell|plung\w*|drop\w*|miss\w*|slump\w*|slid\w*|sink\w*|sank|tumbl\w*|cuts?|lower\w*|loss\w*|down)\b/i;

/**
 * A headline of bad news about the company (a lawsuit, job cuts, a cancellation, shares plunging
 * on a miss): no clause to ask about, but a topic to handle with care. The company must be named.
 */
export function badNews(headline: string, names: string[]): boolean {
  const named = names.some((n) => n.length >= 2 && regExpOnce(`(?:^|[^\\p{L}])${escapeRegExp(n)}(?:$|[^\\p{L}])`, 'iu').test(headline));
  return named && !HEDGED.test(headline) && (SENSITIVE_NEWS.test(headline) || (MARKETS.test(headline) && DOWN.test(headline)));
}

/** The title's story part: the site's name and sections go, then its kicker and a second sentence. */
export function cleanHeadline(title: string, site?: string): string | undefined {
  const parts = plain(title)
    .split(/\s+[-–—|·•]\s+|\s*::\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const siteKey = fold(site ?? '');
  const kept = parts.filter((p) => !SITE_PART.test(p) && (!siteKey || (fold(p) !== siteKey && !siteKey.includes(fold(p)))));
  const story = kept.sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length)[0];
  if (!story) return undefined;
  const first = story
    .replace(KICKER, '')
    .split(/(?<=\p{Ll}{2}[.!?])\s+(?=\p{Lu})/u)[0]!
    .replace(/\s*\([^()]{1,40}\)/g, '')
    .replace(/[.]+$/, '')
    .trim();
  // Four words make a headline; a hyphen joins two ("Hardware-Attested Nix Builds", blind-14 garnix's own post).
  return first.split(/\s+|(?<=\p{L})-(?=\p{L})/u).length >= 4 ? first : undefined;
}

/**
 * A headline in title case written as a sentence: a word stays capitalised when the story's own
 * text writes it so in mid-sentence and never in small letters (a name: "Fycompa", "Open Community
 * License"), or when it is an acronym, holds a digit or a capital inside ("CAD", "iPhone", "787").
 */
export function sentenceCase(headline: string, body: string, keep: string[] = []): string {
  if (!isTitleCase(headline, 2)) return headline;
  // The page repeats its headline in title case: only the rest of its text is evidence.
  const text = body.split(headline).join(' . ');
  const lower = new Set((text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’]*/gu) ?? []).map((w) => w.toLowerCase()));
  const capital = new Set(text.match(/(?<=[\p{Ll}\p{N},;)]\s+)\p{Lu}[\p{L}'’]*/gu) ?? []);
  const kept = new Set(keep.flatMap((k) => k.split(/\s+/)));
  const tokens = headline.match(/[\p{L}\p{N}'’.-]+|[^\p{L}\p{N}'’.-]+/gu) ?? [];
  const wordAt = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < tokens.length; j += step) if (/[\p{L}\p{N}]/u.test(tokens[j]!)) return tokens[j];
    return undefined;
  };
  let seen = false;
  return tokens
    .map((w, i) => {
      if (!/[\p{L}\p{N}]/u.test(w)) return w;
      const first = !seen;
      seen = true;
      if (first || kept.has(w) || /\d/.test(w) || /\p{Ll}\p{Lu}/u.test(w) || /^\p{Lu}{2,}/u.test(w)) return w;
      const bare = w.replace(/['’]s$/, '');
      // A name the text writes with the word beside it ("CORE One", "Open Community License"), though "one" and "open" are words too.
      const [before, after] = [wordAt(i, -1), wordAt(i, 1)];
      // A pair the text also writes in small letters ("a new open source algorithm") is a phrase, not a name.
      const pair = (a: string, b: string) => text.includes(`${a} ${b}`) && !text.includes(`${a.toLowerCase()} ${b.toLowerCase()}`);
      const inName = (before && pair(before, w)) || (after && /^\p{Lu}/u.test(after) && pair(w, after));
      if (kept.has(bare) || inName || (capital.has(bare) && !lower.has(bare.toLowerCase()))) return w;
      return w.toLowerCase().replace(/^(\p{Ll})(?=\.)/u, (c) => c.toUpperCase());
    })
    .join('');
}

export interface Clause {
  /** "Northwell’s research branch rolled out three clinical trials to combat coronavirus spread". */
  text: string;
  /** The company did it (its name, or "we" on its own page), not someone to it (a regulator, a buyer). */
  byCompany: boolean;
  /** The verb's stem ("roll"): what kind of deed, for the question. */
  verb: string;
  /** Said as work under way ("is testing", from a story not in English that tells it in the present): asked forward, not "what did it take". */
  underWay?: boolean;
}

/** Verbs too general to say what was done when a title opens on them ("Getting …", "Making …"). */
const WEAK_GERUND = new Set(['get', 'make', 'go', 'take', 'keep', 'bring', 'set', 'put', 'help', 'provide', 'offer', 'power', 'become']);

/** Regulators a headline names by their letters: "the FDA approved …". */
const AGENCY = /^(?:U\.?S\.?\s+)?(?:FDA|SEC|FTC|EPA|EMA|DOJ|FCC|NHTSA|CMA|FAA|EU|CHMP)$/;
/** Who may act on a company in a headline, besides a regulator by its letters. */
const INSTITUTION =
  /\b(?:court|judge|regulators?|government|commission|agency|authority|ministry|administration|panel|council|parliament|senate|congress)$/i;
/** Where a long clause may be cut without losing its deed: before a trailing phrase. */
const TRAILING =
  /\s+(?:to|as|amid|after|despite|following|in|under|with|for|on|at|from|by|through|over)\s+(?!.*\s(?:to|as|amid|after|despite|following|in|under|with|for|on|at|from|by|through|over)\s)[^]*$/i;
const MAX_WORDS = 14;
/** Words that already open a noun phrase (no "its" before them). */
const DETERMINER =
  /^(?:a|an|the|its|their|our|his|her|new|more|all|some|any|every|each|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|several|many|\p{N})\b/iu;

/**
 * What happened, from a cleaned headline in sentence case: a subject of at most seven words, a
 * deed the lexicon knows (present, past, "has …ed", "is …ing"), and what it was done to. The
 * company must be named in it (its name, or its own page's voice for a headline that opens on
 * the deed: "Open-sourcing CORE One CAD files …"). The deed goes into the past; a long clause
 * loses its trailing phrases, down to fourteen words.
 */
export function headlineClause(headline: string, names: string[], own: { name: string } | undefined): Clause | undefined {
  if (
    /,\s*but\b/i.test(headline) ||
    NOT_NEWS.test(headline) ||
    HEDGED.test(headline) ||
    MARKETS.test(headline) ||
    SENSITIVE_NEWS.test(headline)
  )
    return undefined;
  const words = headline.split(/\s+/);
  const named = (t: string) =>
    names.some((n) => n.length >= 2 && regExpOnce(`(?:^|[^\\p{L}])${escapeRegExp(n)}(?:$|[^\\p{L}])`, 'iu').test(t));
  let subject: string | undefined;
  let verb: string | undefined;
  let rest = '';
  let past = '';
  const gerund = verbStem(words[0]!, 'gerund');
  // "Getting Ethereum ready …", "Making …": a blog's title for work under way, no deed done.
  if (gerund && own && WEAK_GERUND.has(gerund)) return undefined;
  if (gerund && own) {
    subject = own.name;
    verb = gerund;
    past = pastOf(gerund);
    rest = words.slice(1).join(' ');
  } else
    for (let i = 1; i <= Math.min(7, words.length - 2); i++) {
      const w = words[i]!.replace(/[,:;]$/, '');
      // "has launched" is done; "is announcing" is a teaser of what is to come, not news.
      const aux = /^(?:has|have)$/i.test(w) ? verbStem(words[i + 1]!, 'past') : undefined;
      const bare = verbStem(w, 'past');
      // A bare past form is a deed only when its doer is the company ("Acme launched …"); after
      // another noun it is a description ("gadgets powered by …"), and "set", "put" may be anything.
      const stem =
        aux ?? verbStem(w, 'present') ?? (bare && pastOf(bare) !== bare && named(words.slice(0, i).join(' ')) ? bare : undefined);
      if (!stem) continue;
      // A subject ends on a noun or a name, not on a word that needs more ("of", "and", "the").
      if (/^(?:of|and|&|the|a|an|to|for|with|in|on|at|by)$/i.test(words[i - 1]!)) continue;
      subject = words.slice(0, i).join(' ');
      verb = stem;
      past = pastOf(stem);
      rest = words.slice(i + (aux ? 2 : 1)).join(' ');
      break;
    }
  if (!subject || !verb || !rest) return undefined;
  // The doer is the company, a part of it ("Northwell’s research branch"), or a regulator or court acting on it;
  // a person or another firm doing something is their news, or an event another reader knows.
  if (!named(subject) && !(own && subject === own.name) && !AGENCY.test(subject) && !INSTITUTION.test(subject)) return undefined;
  // A particle belongs to its verb ("rolled out"); what follows is the object.
  const [first, ...after] = rest.split(/\s+/);
  const particle = PARTICLE.test(first!) && after.length ? `${first!.toLowerCase()} ` : '';
  let object = particle ? after.join(' ') : rest;
  // Done by the company itself (its name as the subject, not "Northwell’s research branch"), or said on its own page.
  const byCompany = (named(subject) && !/['’]s\b/.test(subject)) || (!!own && subject === own.name);
  // Headline-speak drops the article before the company's own thing: "Apple expands capital return program to …" → "its capital return program".
  if (
    byCompany &&
    /^\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+(?:to|for|in|at|with|on|by|across)\b/u.test(object) &&
    !DETERMINER.test(object)
  )
    object = `its ${object}`;
  // "launches new report" → "launched a new report".
  else if (/^new\s+\p{Ll}[\p{L}-]*[^s\s](?:\s|$)/u.test(object)) object = `a ${object}`;
  let text = `${AGENCY.test(subject) ? 'the ' : ''}${subject} ${past} ${particle}${object}`;
  while (text.split(/\s+/).length > MAX_WORDS && TRAILING.test(text)) text = text.replace(TRAILING, '');
  if (text.split(/\s+/).length > MAX_WORDS + 2) return undefined;
  // What happened must be the company's: named in the clause, or said on its own page.
  if (!named(text) && !(own && text.startsWith(own.name))) return undefined;
  return { text: text.replace(/[,;:]$/, ''), byCompany, verb };
}
