import type { Clip, Company } from '../schema/dossier';
import { fold } from '../text/fold';
import { escapeRegExp } from '../text/regexp';
import { sentences } from '../text/sentences';
import { plain } from './clean';
import { dateInText, isRecent } from './dates';
import { companyNames, type NamedCompany } from './events';
import { clippedEvidence, sourceOf } from './event-record';
import { badNews, cleanHeadline, SENSITIVE_NEWS } from './headline';
import { onOwnSite } from './news';
import { isEnglish } from './story-clauses';

/**
 * The points a coach underlines in the BODY of a clipped story about the company (an article, the
 * company's own blog post, a press release, a report), beyond its headline: what shipped and what
 * it does, the figures, the study and the rank, the partners named. Each sentence of the story is
 * weighed by how specific it is (a product with its version, figures with their units, named
 * organisations) and how much it is the company's (it names the company, or "we" on its own page),
 * with a word of shipping, measuring or ranking; the best two or three, on different anchors,
 * become points. From a story not in English only what survives translation is kept (a product and
 * its version, names written as names): the point is named by them and by the story's language,
 * never by a sentence the user cannot read.
 */
export interface StoryPoint {
  /** What the point is about: "ship" (a release, a feature), "measure" (figures, a benchmark), "rank" (a study, a ranking), "decide" (a price cut, a move), "other". */
  kind: 'ship' | 'measure' | 'rank' | 'decide' | 'partner' | 'other';
  /** For an English sentence: the company's deed as a short clause ("Nethermind developed a new benchmarking framework"). */
  clause?: string;
  /** The company's own sentence in the first person ("We are continuing to reduce … by up to 39%"), quoted as said on its own post. */
  quote?: string;
  /** What survives translation: products with versions, figures with units, named organisations. */
  anchors: string[];
  /** The product and version the story is about, when it names one ("Vivaldi 3.2 for Android"). */
  product?: string;
  /** The story's sentence, as evidence under the hook (never pasted into an English question when not English). */
  evidence: string;
  /** The story's language in English ("German"), when it is not English. */
  language?: string;
  /** The company's own post or release: asked as "your post". */
  own: boolean;
  headline: string;
  clipId: string;
  url: string;
  source: string;
  date?: string;
  recent: boolean;
}

/** Where a story's body ends and the site's furniture begins (related posts, newsletters, comments, downloads). */
const CHROME_LINE =
  /^(?:subscribe\b|popular (?:posts|stories)|trending|related (?:posts|stories|articles)|read (?:more|next)|more from|recommended|share this|comments?\b|kommentare|downloads?$|newsletter|tags?:|about the author|weitere artikel|à lire aussi|lees ook)/i;
/** A sentence about the story's own documentation or the site, not about the company's work. */
const ABOUT_THE_PAGE =
  /\b(?:release notes|more (?:information|details)|further details|details (?:on|about|zu)|learn more|read more|click|sign up|subscribe|newsletter|cookies?|download(?:s|ed)? (?:it )?(?:here|from|below)|informationen|weitere details|plus d['’]informations|photo credit|getty images)\b|\b(?:image|bild|photo|foto|source|quelle):/i;
/** The company's boilerplate ("is headquartered in …, employs around 1,300 people"): known facts, never a point. */
const BOILERPLATE =
  /\b(?:is headquartered|headquarters? (?:is|are) in|employs (?:around|about|over|more than|some)?|was founded|founded in|is a (?:leading|global)|has (?:subsidiaries|offices) in|for more information|about (?:the company|us)\b)/i;
/** A site named only by what it is ("Research Blog", "Newsroom"): it names no other owner than its address does. */
const GENERIC_SITE =
  /^(?:the\s+)?(?:official\s+)?(?:(?:research|engineering|developers?|open source|company|corporate|tech(?:nology)?|product|AI)\s+)?(?:blog|news|newsroom|press(?:\s+(?:room|releases))?)$/i;
/** An encyclopedia's entry is no story: its dates are the company's history. */
const ENCYCLOPEDIA = /(?:^|\.)(?:wikipedia\.org|britannica\.com|wikiwand\.com)$/i;
const HEDGED =
  /\b(?:people (?:with knowledge of|familiar with)|sources? (?:said|say|close to)|expected|poised|reportedly|rumou?r\w*|could|might|may|would|likely|plans? to|will|tomorrow|tonight|next (?:week|month|year)|upcoming)\b|\?/i;
const SETBACK =
  /\b(?:struggl\w*|bankrupt\w*|glitch\w*|outages?|crash\w*|fail\w*|lay-?offs?|laid off|job cuts|lawsuits?|sued|su(?:es|ing)|investigat\w*|fined|fines|scandal\w*|losses|police|polici\w*|criminal|charged with|pressed charges|fraud\w*|complaints?|allegation\w*|accus\w*|shelter\w*|evasion|evad\w*|loopholes?|avoid(?:ing)? (?:the )?(?:IRS|tax\w*)|ordered\s+\S+\s+to\s+pay|back taxes|tax avoidance|Klage|Anklage|Ermittlung\w*|plainte|enquête)\b/iu;

const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** "Vivaldi 3.2 für Android" → "Vivaldi 3.2 for Android": a product with its version (a platform after it keeps its English preposition). */
const VERSIONED =
  /(?<![\p{L}\p{N}.])(\p{Lu}[\p{L}\p{N}+-]*(?:\s+\p{Lu}[\p{L}\p{N}+-]*){0,2})\s+v?(\d+(?:\.\d+){1,2})(?![\p{N}.]\d)(?:\s+(?:for|für|pour|voor|para|per|za)\s+(Android|iOS|iPhone|iPad|Windows|macOS|Mac|Linux|Chrome(?:OS)?|Web))?/gu;
/** A figure with what it counts: "697 MGas/s", "2–10x", "734 out of a possible 1,000 points", "80%", "$2.2 billion", "8,200 business and leisure travelers". */
const FIGURE =
  /(?<![\p{L}\p{N}.,])(?:[$€£]\s?)?\d[\d.,]*(?:\s?[–-]\s?\d[\d.,]*)?(?:\s?(?:%|x\b|percent\b|per cent\b|(?:[KMGT](?:B|Gas|Hz)|GGas|MGas)(?:\/s)?(?![\p{L}\p{N}]))|\s+(?:out of (?:a possible )?[\d.,]+\s+)?(?:million|billion|thousand|points?|minutes?|hours?|seconds?|days?|times|customers|users|clients|travell?ers|people|employees|countries|cities|companies|teams|blocks|transactions|requests|downloads|branches|stores|offices|locations|sites|products|features|games|partners|markets|languages|engineers|[\p{Lu}][\p{L}]*\/s|[KMGT](?:B|Gas|Hz)\b|GGas|MGas)(?:\s+(?:per|a)\s+\p{L}+)?)/gu;
/** A name as written mid-sentence: capitalised words ("J.D. Power", "EasyList Germany", "Grafana", "K6"). */
const NAME = /(?<=\s)(?:\p{Lu}[\p{L}\p{N}.&+'’-]*)(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}\p{N}.&+'’-]*){0,3}/gu;

const VERB = {
  ship: /\b(?:launch\w*|releas\w*|introduc\w*|ship\w*|rolled out|rolls out|unveil\w*|add(?:s|ed)|support\w*|brings?|built|buil(?:d|ds)|develop\w*|open[- ]sourc\w*|now (?:available|offers?|lets?|supports?)|new)\b/i,
  measure:
    /\b(?:benchmark\w*|measur\w*|test(?:s|ed|ing)?|throughput|performance|faster|slower|higher|lower|sustain\w*|averag\w*|grew|growth|increase\w*|reduc\w*|saved?)\b/i,
  decide:
    /\b(?:reduc\w*|cut(?:s|ting)?|pric\w*|decid\w*|decision|trade-?offs?|chose|chosen|switch\w*|mov(?:e|ed|ing) (?:to|from|away)|deprecat\w*|retir\w*|free of charge|at no cost|no longer)\b/i,
  rank: /\b(?:rank\w*|top spot|first place|second place|study|survey|award\w*|score[sd]?|rating|leads?|led|satisfaction|named (?:the|a|an))\b/i,
};

/** "Version 3.2", "Build 1967.41", "Figure 2": a word that counts versions or pages is no product's name. */
const GENERIC_PRODUCT = /^(?:Version|Versión|Release|Build|Update|Patch|Figure|Abbildung|Table|Step|Chapter|Section|Kapitel|Seite|Page)$/i;

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** The language of a page, named in English ("de" → "German"); nothing for English or an unknown tag. */
export function languageName(lang: string | undefined): string | undefined {
  const tag = lang?.toLowerCase().split(/[-_]/)[0];
  if (!tag || tag === 'en') return undefined;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The anchors of one sentence: products with versions, figures with units, names that are not the company's. */
export function anchorsOf(sentence: string, names: string[], english: boolean): { products: string[]; figures: string[]; named: string[] } {
  const products = [...sentence.matchAll(VERSIONED)]
    .filter((m) => !MONTH.test(m[1]!.split(/\s+/).pop()!) && !GENERIC_PRODUCT.test(m[1]!.split(/\s+/).pop()!))
    .map((m) => {
      // "Mit Vivaldi 3.2": the product's name starts at the company's name when it holds it.
      const at = names
        .map((n) => m[1]!.indexOf(n))
        .filter((i) => i > 0)
        .sort((x, y) => x - y)[0];
      return `${at ? m[1]!.slice(at) : m[1]} ${m[2]}${m[3] ? ` for ${m[3]}` : ''}`;
    });
  const inProduct = (t: string) => products.some((p) => p.includes(t));
  const figures = english
    ? [...sentence.matchAll(FIGURE)]
        .map((m) => m[0].trim().replace(/[.,]$/, ''))
        .filter(
          (f) =>
            !/^(?:19|20)\d{2}$/.test(f) &&
            !inProduct(f) &&
            /\D/.test(f.replace(/[\d.,\s]/g, '') || 'x') &&
            f.replace(/[^\d]/g, '').length > 0,
        )
    : [];
  const company = names.map(fold);
  const named = [...sentence.matchAll(NAME)]
    .map((m) => m[0].replace(/[.,;:’']+$/, '').replace(/[’']s$/, ''))
    .filter((n) => {
      if (
        MONTH.test(n) ||
        inProduct(n) ||
        figures.some((f) => f.includes(n)) ||
        company.some((c) => fold(n).includes(c) || c.includes(fold(n)))
      )
        return false;
      // In a language that capitalises its nouns, only what is written as a name: an inner capital or a digit ("EasyList", "K6").
      if (!english) return /\p{Ll}\p{Lu}|\p{L}\d|\d\p{L}/u.test(n);
      return (
        n.length >= 2 &&
        !/^(?:I|We|Our|It|Its|They|This|That|These|Those|The|A|An|But|And|Or|If|When|While|With|For|In|On|At|As|By|To|From|After|Before|Since|Both|Each|Every|All|Some|Many|Most|Such|However|Instead)$/.test(
          n,
        )
      );
    });
  return { products, figures, named: [...new Set(named)] };
}

/** Deeds whose past is no "-ed": "began", "built", "won". */
const IRREGULAR =
  'began|begun|built|made|won|run|took|taken|brought|grew|grown|led|sold|set|put|got|gave|given|chose|chosen|became|become|ran|rose|spent|struck|drew|drawn|wrote|written|hit|beat|held|kept|found|sent|shown|saw|seen|began';

/** Words that open a clause or a phrase, never a description of the company ("When Acme …", "Shares of Acme …"). */
const NOT_A_DESCRIPTION =
  /\b(?:When|If|While|After|Before|Although|Though|Because|Unless|Until|Since|As|Once|Where|And|But|Or|So|Then|of|in|on|for|to|at|by|with|from|and|or|the|a|an|that|this|its|their|than|said|says)\b/;

/**
 * The sentence with the company as a plain subject, as news writes it dressed: "Book publishing giant
 * Macmillan announced …" (a description before the name) and "GlaxoSmithKline, the drug company that
 * makes Avandia, published …" (an apposition after it) both say "<company> <verb>".
 */
export function plainSubject(sentence: string, co: string): string {
  const before = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?:[\s-]+\p{Ll}[\p{L}-]*){0,3})\s+(?=(?:${co})\s)`, 'u').exec(sentence);
  const s = before && !NOT_A_DESCRIPTION.test(before[1]!) ? sentence.slice(before[0].length) : sentence;
  return s.replace(
    new RegExp(String.raw`((?:^|,\s+)(?:${co})),\s+(?:the|a|an|which|who|whose)\s+[^,;:()]{3,80},\s+(?=\p{Ll})`, 'u'),
    '$1 ',
  );
}

/** A deed of the company as a short clause: "At Nethermind, we developed a new benchmarking framework that …" → "Nethermind developed a new benchmarking framework". */
export function companyClause(sentence: string, names: string[], own: boolean, spoken: string): string | undefined {
  const co = names.map(escapeRegExp).join('|');
  // The company's product or a part of it is the company's too: "The Acme Android app now lets …";
  // on its own post, "The benchmark supports …", "This mode replays …" (said as "Acme's benchmark").
  const product = String.raw`(?:[Tt]he\s+|[Aa]ll\s+)?(?:${co})(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2}(?:\s+${PART})?`;
  const part = own ? String.raw`|(?:[Tt]he|[Tt]his|[Oo]ur|[Ii]ts)\s+(?:new\s+)?(?:\p{L}[\p{L}-]*\s+)?${PART}` : '';
  const re = new RegExp(
    String.raw`(?:^|,\s+|^At\s+(?:${co}),\s+)(?<subj>(?:the\s+)?(?:${co})(?:['’]s(?:\s+(?:for|of|and|&)?\s*\p{Lu}[\p{L}-]*){1,6}|\s+(?:Inc\.?|Ltd\.?))?|${product}${part}${own ? '|[Ww]e' : ''})\s+(?<adv>(?:now|also|already|still|automatically)\s+)?(?<verb>(?:has|have|had)\s+(?:\p{Ll}+ed|${IRREGULAR})(?:\s+(?:out|up|off))?|${IRREGULAR}|\p{Ll}+(?:ed|s)(?:\s+(?:out|up|off)(?=\s))?)\s+(?<rest>[^]*)$`,
    'u',
  );
  const m = re.exec(plainSubject(sentence, co).replace(/[.!]+$/, ''));
  if (!m) return undefined;
  const verb = m.groups!.verb!;
  if (/^(?:is|was|has|says|said|told|explained|notes|noted|believes|thinks)$/.test(verb)) return undefined;
  // "added that …" is speech; "added 40 branches" is a deed.
  if (verb === 'added' && !/^(?:\d|a\s|an\s|the\s|its\s|new\s|\p{Lu})/u.test(m.groups!.rest!)) return undefined;
  // "wanted to launch", "plans to …": an intention, not a deed.
  if (
    /^(?:wanted|wants|planned|plans|hoped|hopes|intended|intends|aimed|aims|tried|tries|expected|expects|needed|needs|sought|seeks|promised|promises)$/.test(
      verb,
    ) &&
    /^to\s/.test(m.groups!.rest!)
  )
    return undefined;
  // "announced … on Thursday": the story's own day is no day to the listener.
  // The clause ends where the sentence turns: a comma, a dash, a "which", "as reported by", "by replacing …".
  let rest = m
    .groups!.rest!.replace(/\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday)\b/g, '')
    .split(
      /\s*(?:[,;:(]|\s[–—-]\s|\s(?:that|which|who|as reported|according to|by\s+\p{Ll}+ing|while|whereas|where|when|because|so that)\b)/u,
    )[0]!
    .trim();
  const w = rest.split(/\s+/);
  if (w.length < 2) return undefined;
  if (w.length > 16) {
    // Too long to say aloud: cut before the last phrase that fits, or give up.
    const cut = w
      .slice(0, 16)
      .join(' ')
      .replace(/\s+(?:that|to|of|in|on|for|with|and|the|a|an|from|by|at)\s+\S*$/i, '');
    if (words(cut) < 4) return undefined;
    rest = cut;
  }
  const subj = m.groups!.subj!;
  const subject = /^[Ww]e$/.test(subj)
    ? spoken
    : /^(?:[Tt]he|[Tt]his|[Oo]ur|[Ii]ts)\s/.test(subj) && !names.some((n) => subj.includes(n))
      ? `${spoken}’s ${subj.replace(/^\S+\s+/, '')}`
      : subj.replace(/^the\s+/i, '');
  // Their "we" and "our" inside the clause are the company, said from outside.
  if (own) rest = rest.replace(/\bour\b/g, `${spoken}’s`).replace(/\bwe\b/g, spoken);
  const head = `${subject} ${m.groups!.adv ?? ''}${verb}`.replace(/\s+/g, ' ');
  return sayable(`${head} ${rest}`.replace(/\s+/g, ' ').replace(/\.+$/, ''), words(head) + 2);
}

/**
 * The first part of the company's own sentence, when it says the point alone: cut at the sentence's
 * turn (", and our …", ", which …", a dash), 5 to SAYABLE_WORDS words, keeping an anchor; "our" and "we" said as the company.
 */
export function firstPart(sentence: string, anchors: string[], spoken: string): string | undefined {
  const head = sentence
    .split(/,\s+(?:and|which|while|but|so|as)\s+|;\s+|\s[–—-]\s/)[0]!
    .replace(/[.!]+$/, '')
    .trim();
  if (head === sentence.replace(/[.!]+$/, '').trim() || /^(?:Since|When|While|After|Before|If|As|With|In|On|At|By|From)\b/.test(head))
    return undefined;
  const n = spokenWords(head);
  if (n < 5 || n > SAYABLE_WORDS || !anchors.some((x) => head.includes(x))) return undefined;
  return head.replace(/\bour\b/gi, `${spoken}’s`).replace(/\b[Ww]e\b/g, spoken);
}

/** "Block replay and load generation are handled with K6, with results visualized in Grafana": the work done with a named tool. */
const DONE_WITH =
  /^(?<work>\p{Lu}[\p{Ll}\s-]{3,60}?)\s+(?:is|are)\s+(?:handled|done|run|built|written|managed|generated|tested|measured|automated|orchestrated|deployed)\s+(?:with|using|in|on|through)\s+(?<tool>\p{Lu}[\p{L}\p{N}.-]*)/u;

/** The company's choice of a tool, said actively: "Acme uses K6 for block replay and load generation". Only a tool the sentence names. */
export function toolClause(sentence: string, named: string[], spoken: string): string | undefined {
  const m = DONE_WITH.exec(sentence);
  if (!m || !named.includes(m.groups!.tool!)) return undefined;
  const work = m.groups!.work!.trim();
  return `${spoken} uses ${m.groups!.tool} for ${work.charAt(0).toLowerCase()}${work.slice(1)}`;
}

/** What a product's part is called: a subject that is the company's own work ("the Android app", "the benchmark"). */
const PART =
  '(?:app|apps|benchmark|mode|feature|features|framework|tool|release|update|platform|service|client|engine|system|architecture|API|SDK|library|runners?|jobs|report|study|browser|extension|model)';

/** Words a listener hears, as the rubric counts them: "Rent-A-Car" is three. */
const spokenWords = (t: string) => t.split(/[^\p{L}\p{N}$€£%]+/u).filter(Boolean).length;
/** Past this many words a clause said back is the story's sentence pasted, not the fact in one's own words. */
export const SAYABLE_WORDS = 11;

/** A word a phrase starts with: where a clause too long to say may be cut. */
const PHRASE_START = /^(?:in|on|at|for|with|by|from|to|of|and|as|after|before|since|across|over|under|into|through|during|than|via)$/i;

/**
 * A clause short enough to say aloud: the story's words in a row, past SAYABLE_WORDS, are its sentence
 * pasted. "has claimed" is said "claimed"; a clause still too long is cut before the phrase that
 * overflows, never inside a name ("the J.D. Power 2025 North America …") nor before the verb's object. Nothing
 * when too little is left.
 */
export function sayable(clause: string, least = 4): string | undefined {
  let c = clause.replace(/\b(?:has|have)\s+(?=\p{Ll}+ed\s)/u, '');
  if (spokenWords(c) <= SAYABLE_WORDS) return c;
  const w = c.split(/\s+/);
  // Never cut into the subject and its verb: the deed keeps at least `least` words (its object).
  for (let n = w.length - 1; n >= Math.max(4, least); n--) {
    const head = w.slice(0, n);
    // Cut only where a phrase starts (before "in", "with", "for" …), never inside a name or a noun phrase.
    if (!PHRASE_START.test(w[n]!)) continue;
    if (/^(?:that|to|of|in|on|for|with|and|or|the|a|an|from|by|at|as|its|their|his|her)$/i.test(head[n - 1]!)) continue;
    // "print and digital books": an "and" between two plain words joins them; only ", and" turns the sentence.
    if (/^(?:and|or)$/i.test(w[n]!) && !/,$/.test(head[n - 1]!) && /^\p{Ll}/u.test(w[n + 1] ?? '') && !PHRASE_START.test(w[n + 1]!))
      continue;
    if (spokenWords(head.join(' ')) <= SAYABLE_WORDS) {
      c = head.join(' ').replace(/[,;:]$/, '');
      return spokenWords(c) >= 4 ? c : undefined;
    }
  }
  return undefined;
}

const TOP = /\b(?:top spot|first place|ranked (?:first|highest|No\.?\s?1|#1)|topped|tops the|number one|No\.\s?1|#1)\b/i;
const STUDY = /\b(study|survey|ranking|index|report|list)\b/i;

/**
 * A rank in one's own words when the story's sentence is too long to say: "Acme came top in J.D.
 * Power’s 2025 study" from "Acme Rent has claimed the top spot in the J.D. Power 2025 North America
 * Rental Car Satisfaction Study". Only a first place in a study named by who made it.
 */
export function rankClause(sentence: string, named: string[], spoken: string): string | undefined {
  const study = STUDY.exec(sentence);
  const by = named.find((n) => sentence.indexOf(n) < (study?.index ?? -1));
  if (!study || !by || !TOP.test(sentence)) return undefined;
  const year = new RegExp(`${escapeRegExp(by)}[’']?s?\\s+((?:19|20)\\d{2})\\b`).exec(sentence)?.[1];
  return `${spoken} came top in ${by}’s ${year ? `${year} ` : ''}${study[1]!.toLowerCase()}`;
}

/** Working with others: "jointly with", "in conjunction with", "partnered with". */
const WITH_OTHERS =
  /\b(?:jointly|in conjunction with|in partnership with|partner(?:s|ed|ing)? with|together with|collaborat\w* with|joined (?:forces )?with|teamed up with)\b/i;

/** The partners a sentence names, said as a clause: "Acme is working with Gilead Sciences, Regeneron and Sanofi". Two names at least. */
export function partnerClause(sentence: string, named: string[], spoken: string): string | undefined {
  if (!WITH_OTHERS.test(sentence) || named.length < 2) return undefined;
  const list = named.slice(0, 3);
  return `${spoken} is working with ${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** Words after "Acme's" that are no part of the company: a title, an adjective. */
const NOT_A_PART =
  /^(?:Chief|President|CEO|CTO|CFO|Head|Director|Senior|Vice|New|Global|Annual|First|Latest|Former|Founder|Co-?founder|Own|Main|Largest|Biggest)$/;

/** A part of the company named as the company's ("Acme Health's Feinstein Institutes …" → "Feinstein"): the story says the company by it after. */
export function partsNamed(text: string, names: string[]): string[] {
  const co = names.map(escapeRegExp).join('|');
  const re = new RegExp(String.raw`(?:${co})['’]s\s+(\p{Lu}\p{Ll}{4,})\s+\p{Lu}`, 'gu');
  return [...new Set([...text.matchAll(re)].map((m) => m[1]!).filter((w) => !NOT_A_PART.test(w) && !names.includes(w)))];
}

/** A headline that presents a new thing by its name: "Announcing Guetzli: A New Open Source JPEG Encoder" → "Guetzli". */
const PRESENTING =
  /^(?:Announcing|Introducing)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}+-]*(?:\s+\p{Lu}[\p{L}\p{N}+-]*){0,2})\s*(?:[:!?–—]|\s-\s|,|$)/u;

/** The name a headline presents as new, when it is not the company's own name. */
export function announcedIn(headline: string, names: string[]): string | undefined {
  const m = PRESENTING.exec(headline.trim());
  if (!m || names.some((n) => fold(n) === fold(m[1]!))) return undefined;
  return m[1];
}

/** "we’re excited to announce": the company presenting its own work in the first person. */
const WE_ANNOUNCE =
  /\bwe(?:['’]re|\s+are)\s+(?:(?:very|so)\s+)?(?:excited|happy|pleased|proud|thrilled|delighted)\s+to\s+(?:announce|introduce|present|unveil|share)\s+(?<what>\p{Lu}[^,;:]*?)(?<desc>,\s+(?:a|an|our)\s+[^,;:]+?)?(?=\s+(?:that|which|who|to|for|with)\b|[,;:.]|$)/u;

/** The company's own announcement said from outside: "Google announced Guetzli, a new open source algorithm". Only a thing the story names. */
export function announceClause(sentence: string, products: string[], spoken: string): string | undefined {
  const m = WE_ANNOUNCE.exec(sentence);
  const what = m?.groups!.what!.trim();
  if (!what || !products.some((p) => what.includes(p) || p.includes(what))) return undefined;
  const desc = (m!.groups!.desc ?? '').replace(/\bour\b/g, `${spoken}’s`);
  const clause = `${spoken} announced ${what}${desc}`;
  return spokenWords(clause) <= SAYABLE_WORDS ? clause : `${spoken} announced ${what}`;
}

/**
 * The company's own name with a release number, said again and again through the story: "windream 6"
 * (a name written in lower case, a major version without a point, which a product's pattern would not
 * read alone). Two mentions at least: once may be a count ("Acme 40 branches"), twice is a name.
 */
export function repeatedRelease(lines: string[], names: string[]): string | undefined {
  const co = names.map(escapeRegExp).join('|');
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}-])(${co})\s+v?(\d{1,2}(?:\.\d+){0,2})(?![\p{N}%]|[.,]\d|\s?(?:%|x\b|percent\b))`, 'giu');
  const counts = new Map<string, number>();
  for (const m of lines.join('\n').matchAll(re)) {
    const key = `${m[1]} ${m[2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The kind of point a sentence makes, by its words and anchors. */
function kindOf(sentence: string, figures: number): StoryPoint['kind'] {
  if (VERB.rank.test(sentence) && (figures > 0 || /\b(?:study|survey|rank\w*|top spot)\b/i.test(sentence))) return 'rank';
  if (VERB.decide.test(sentence) && !/\b(?:benchmark\w*|measur\w*|throughput)\b/i.test(sentence)) return 'decide';
  if (figures >= 1 && VERB.measure.test(sentence)) return 'measure';
  // "… which handles 71 million jobs per day (over 3x …)": two figures are what the sentence says.
  if (figures >= 2) return 'measure';
  if (VERB.ship.test(sentence)) return 'ship';
  return figures >= 2 ? 'measure' : 'other';
}

/** "Enterprise Rent-A-Car" is "Enterprise" in its stories: the first word of a long name, when it is a word of its own. */
function withShortName(names: string[]): string[] {
  const first = names[0]?.split(/\s+/);
  return first && first.length > 1 && first[0]!.length >= 5 && /^\p{Lu}\p{Ll}+$/u.test(first[0]!) && !names.includes(first[0]!)
    ? [...names, first[0]!]
    : names;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** A story about the company: an article, or a page elsewhere than its own site that names it again and again (a news page read as a company page). */
function aboutCompany(clip: Clip, names: string[], own: boolean): boolean {
  if (clip.kind === 'person-profile') return false;
  if (clip.kind === 'article') return true;
  if (own) return false;
  const text = fold(plain((clip.text ?? '').slice(0, 6000)));
  const count = names.reduce((n, name) => n + (fold(name).length >= 3 ? text.split(fold(name)).length - 1 : 0), 0);
  return count >= 4;
}

/** A story about the company as its points and its care read it: the names it goes by, its headline and the lines of its body. */
export interface StoryFrame {
  names: string[];
  own: boolean;
  headline: string;
  english: boolean;
  lines: string[];
}

/** The frame of a clip that is a story about the company (not its encyclopedia entry, not its own page); nothing otherwise. */
export function storyFrame(clip: Clip, company: NamedCompany & Pick<Company, 'domains'>): StoryFrame | undefined {
  const names = withShortName(companyNames(company));
  // The site is the company's when its address and its name agree: a news site saved as the
  // company's page ("travelnoire.com" for Enterprise) is still somebody else's story.
  const site = clip.siteName ?? clip.extraction.article?.siteName;
  const own =
    onOwnSite(clip.url, company.domains, names) &&
    (!site || GENERIC_SITE.test(site.trim()) || names.some((n) => fold(site).includes(fold(n)) || fold(n).includes(fold(site))));
  if (!aboutCompany(clip, names, own) || ENCYCLOPEDIA.test(hostOf(clip.url))) return undefined;
  const headline =
    cleanHeadline(clip.extraction.article?.title ?? clip.title, clip.siteName ?? clip.extraction.article?.siteName) ?? clip.title;
  const english = !clip.extraction.lang || clip.extraction.lang.toLowerCase().startsWith('en');
  const lines: string[] = [];
  for (const line of (clip.text ?? '').slice(0, 12_000).split(/\n+/)) {
    if (CHROME_LINE.test(line.trim())) break;
    lines.push(line);
  }
  return { names, own, headline, english, lines };
}

/** A story whose news is trouble: its headline says so, or it is told through two sentences of charges, accusations, losses. */
export function troubled(frame: StoryFrame): boolean {
  if (badNews(frame.headline, frame.names) || SENSITIVE_NEWS.test(frame.headline)) return true;
  return sentences(plain(frame.lines.join(' '))).filter((x) => SETBACK.test(x)).length >= 2;
}

/** The points of one story, best first: at most `max`, each on anchors the others do not use. */
export function pointsInStory(clip: Clip, company: NamedCompany & Pick<Company, 'domains'>, meetingAt: number, max = 2): StoryPoint[] {
  const frame = storyFrame(clip, company);
  // A story of trouble (a charge, a suit) goes under "handle with care", never into a question.
  if (!frame || troubled(frame)) return [];
  const { names, own, headline, english, lines } = frame;
  const spoken = names[1] ?? names[0]!;
  const parts = english ? partsNamed(plain(lines.join(' ')), names) : [];
  const headProduct = anchorsOf(headline, names, english).products[0] ?? announcedIn(headline, names) ?? repeatedRelease(lines, names);
  const scored: Array<{ s: string; score: number; point: Omit<StoryPoint, 'headline' | 'clipId' | 'url' | 'source' | 'date' | 'recent'> }> =
    [];
  let index = 0;
  for (const line of lines)
    // "by between 2x and 10x. While …": a figure's unit letter is no initial, whatever the splitter thinks.
    for (const raw of sentences(plain(line)).flatMap((x) => x.split(/(?<=\d(?:x|%))\.\s+(?=\p{Lu})/u))) {
      const s = raw.trim();
      index++;
      const n = words(s);
      if (n < 7 || n > 50 || /^[“"‘'«„]/.test(s) || /[“”"„«»]/.test(s) || ABOUT_THE_PAGE.test(s) || SETBACK.test(s) || BOILERPLATE.test(s))
        continue;
      if (english && (HEDGED.test(s) || !isEnglish(s))) continue;
      // On its own post, a sentence whose subject is a part of its work ("The benchmark supports …") is its own too.
      const mine =
        [...names, ...parts].some((name) => fold(s).includes(fold(name))) ||
        (own && (/\b(?:we|our)\b/i.test(s) || (english && (!!companyClause(s, names, own, names[1] ?? names[0]!) || DONE_WITH.test(s)))));
      if (!mine) continue;
      const a = anchorsOf(s, names, english);
      // What survives translation is a product and its version, or a name written as one: without them, nothing to say.
      if (!english && !a.products.length && !a.named.length) continue;
      // A sentence of the story without the product's name is still about the product its headline names.
      if (!a.products.length && headProduct) a.products.push(headProduct);
      const figures = Math.min(a.figures.length, 3);
      let kind = kindOf(s, figures);
      // A clause that keeps none of the sentence's anchors ("Nethermind used modest hardware") names nothing specific.
      const said = english ? companyClause(s, names, own, spoken) : undefined;
      let clause =
        said && [...a.products, ...a.figures, ...a.named].some((x) => said.includes(x))
          ? said
          : kind === 'rank' && english
            ? rankClause(s, a.named, spoken)
            : english
              ? partnerClause(
                  s,
                  a.named.filter((x) => !parts.some((p) => x.includes(p))),
                  spoken,
                )
              : undefined;
      if (clause && !said && WITH_OTHERS.test(s)) kind = 'partner';
      // "That's why we're excited to announce Guetzli, a new open source algorithm …" on its own post.
      if (!clause && own && english) {
        const announced = announceClause(s, a.products, spoken);
        if (announced) [clause, kind] = [announced, 'ship'];
      }
      // On its own post, the tools its work is done with are its choice: "Load tests are run with K6" → "Acme uses K6 for load tests".
      if (!clause && own && english) {
        const tool = toolClause(s, a.named, spoken);
        if (tool) [clause, kind] = [tool, 'decide'];
      }
      // Their own words in the first person read as a quote of their post; a reporter's sentence never does.
      const firstPerson =
        !clause && english && own && /\b(?:we|our)\b/i.test(s) && n <= 32 && !/^(?:But|And|Or|So|This|That|It|These|Those)\b/.test(s);
      // Said shorter when its first part carries the point ("Every image includes an SBOM and VEX data, and our …").
      const short = firstPerson ? firstPart(s, [...a.products, ...a.figures, ...a.named], spoken) : undefined;
      const quote = firstPerson && !short ? s : undefined;
      if (short) clause = short;
      const score =
        4 * Math.min(a.products.length, 1) +
        1.5 * figures +
        Math.min(a.named.length, 3) +
        (kind === 'other' ? 0 : 1.5) +
        (clause ? 1.5 : quote ? 1 : 0) -
        // News puts its point early.
        Math.min(index, 30) * 0.03;
      if (score < 3) continue;
      scored.push({
        s,
        score,
        point: {
          kind,
          clause,
          quote,
          anchors: [...a.products, ...a.figures.slice(0, 3), ...a.named.slice(0, 3)],
          product: a.products[0],
          evidence: clippedEvidence(s),
          language: english ? undefined : (languageName(clip.extraction.lang) ?? 'another language'),
          own,
        },
      });
    }
  scored.sort((a, b) => b.score - a.score);
  const out: StoryPoint[] = [];
  const used = new Set<string>();
  // A news page read as another kind keeps its date in its byline ("Faith Katunga•Oct 20, 2025").
  const date = clip.publishedAt ?? clip.extraction.article?.publishedAt ?? dateInText(plain((clip.text ?? '').slice(0, 600)));
  for (const c of scored) {
    if (out.length >= max) break;
    // Each point on anchors of its own: two sentences about the same figure are one point.
    const fresh = c.point.anchors.filter((x) => !used.has(fold(x)) && !(c.point.product && x === c.point.product && out.length));
    // Their own words with no anchor of their own still count when they state a choice or a measure ("a worthy tradeoff").
    if (!fresh.length && !c.point.clause && !(c.point.quote && c.point.kind !== 'other')) continue;
    // A point is said by the company's clause or named by its product: a bare list of names says nothing.
    if (!c.point.clause && !c.point.product && !c.point.quote) continue;
    // Their own post is never "a story that covered" its product: it is said in their words or not at all.
    if (c.point.own && !c.point.language && !c.point.clause && !c.point.quote) continue;
    if (out.some((o) => o.kind === c.point.kind && !c.point.clause)) continue;
    // Named only by its product, a second point on the same product asks the same thing again.
    if (!c.point.clause && !c.point.quote && out.some((o) => !o.clause && !o.quote && o.product === c.point.product)) continue;
    for (const x of c.point.anchors) used.add(fold(x));
    out.push({
      ...c.point,
      headline,
      clipId: clip.id,
      url: clip.url,
      source: sourceOf(clip),
      date,
      recent: isRecent(date, meetingAt),
    });
  }
  return out;
}

/** The points of every story about the company, newest story first, at most three. */
export function storyPoints(
  clips: Clip[],
  company: (NamedCompany & Pick<Company, 'domains'> & { id?: string }) | undefined,
  meetingAt: number,
): StoryPoint[] {
  if (!company) return [];
  return clips
    .filter((c) => !(company.id && c.companyId && c.companyId !== company.id))
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
    .flatMap((c) => pointsInStory(c, company, meetingAt))
    .slice(0, 3);
}

/** A point as a hook's line: the company's clause, or the product and its names with the story's language. */
export function storyPointHook(p: StoryPoint): string {
  if (p.clause) return p.clause.charAt(0).toUpperCase() + p.clause.slice(1);
  if (p.quote) return `The company’s post: “${p.quote}”`;
  const named = p.anchors.filter((a) => a !== p.product).slice(0, 3);
  return `${p.product ?? p.headline}${named.length ? `: ${named.join(', ')}` : ''}${p.language ? ` (a story in ${p.language})` : ''}`;
}
