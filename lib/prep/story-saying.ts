import { fold } from '../text/fold';
import { escapeRegExp } from '../text/regexp';
import { wordCount } from '../text/word-count';

/**
 * How a story's point is said back in a question: the company's deed as a short clause a person
 * would say (its subject plain, cut where the sentence turns, at most SAYABLE_WORDS words), or the
 * kind of clause the point calls for — a rank, partners, a tool chosen, a product announced.
 * Read by story-points.ts.
 */

export const words = wordCount;

/** Deeds whose past is no "-ed": "began", "built", "won". */
export const IRREGULAR =
  'began|begun|built|made|won|run|took|taken|brought|grew|grown|led|sold|set|put|got|gave|given|chose|chosen|became|become|ran|rose|spent|struck|drew|drawn|wrote|written|hit|beat|held|kept|found|sent|shown|saw|seen|began';

/** Words that open a clause or a phrase, never a description of the company ("When Acme …", "Shares of Acme …"). */
export const NOT_A_DESCRIPTION =
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
export const DONE_WITH =
  /^(?<work>\p{Lu}[\p{Ll}\s-]{3,60}?)\s+(?:is|are)\s+(?:handled|done|run|built|written|managed|generated|tested|measured|automated|orchestrated|deployed)\s+(?:with|using|in|on|through)\s+(?<tool>\p{Lu}[\p{L}\p{N}.-]*)/u;

/**
 * "Our developers use Visual Studio Live Share for joint debugging sessions", "We’ve found it helpful
 * to use Live Share for technical interviews": the tool its people work with, said in the first person
 * on its own post (blind-11 microsoft-remote-peer: the post's substance was left unasked).
 */
const USED_FOR =
  /^(?:Our\s+(?<who>\p{Ll}[\p{Ll}\s-]{2,30}?)\s+|We(?:['’]ve|\s+have)?\s+(?:(?:found it (?:helpful|useful) to|also|now|always)\s+)?)(?:use|rely on)\s+(?<tool>\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*){0,3})\s+for\s+(?<work>[^,.;:]{4,80})/u;

/** The company's choice of a tool, said actively: "Acme uses K6 for block replay and load generation". Only a tool the sentence names. */
export function toolClause(sentence: string, named: string[], spoken: string): string | undefined {
  const used = USED_FOR.exec(sentence);
  if (used && named.includes(used.groups!.tool!)) {
    const who = used.groups!.who?.trim();
    const said = (work: string) => `${spoken}${who ? `’s ${who} use` : ' uses'} ${used.groups!.tool} for ${work.trim()}`;
    // "for joint debugging sessions and peer learning": the first of two uses, when both are too long to say.
    const whole = said(used.groups!.work!);
    // A possessive ("Microsoft’s developers") is heard as one word.
    const fits = (x: string) => (spokenWords(x.replace(/’s\b/, '')) <= SAYABLE_WORDS ? x : undefined);
    const first = said(used.groups!.work!.split(/\s+and\s+/)[0]!);
    return fits(whole) ?? fits(first) ?? sayable(first, 5);
  }
  const m = DONE_WITH.exec(sentence);
  if (!m || !named.includes(m.groups!.tool!)) return undefined;
  const work = m.groups!.work!.trim();
  return `${spoken} uses ${m.groups!.tool} for ${work.charAt(0).toLowerCase()}${work.slice(1)}`;
}

/** What a product's part is called: a subject that is the company's own work ("the Android app", "the benchmark"). */
export const PART =
  '(?:app|apps|benchmark|mode|feature|features|framework|tool|release|update|platform|service|client|engine|system|architecture|API|SDK|library|runners?|jobs|report|study|browser|extension|model)';

/** Words a listener hears, as the rubric counts them: "Rent-A-Car" is three. */
export const spokenWords = (t: string) => t.split(/[^\p{L}\p{N}$€£%]+/u).filter(Boolean).length;
/** Past this many words a clause said back is the story's sentence pasted, not the fact in one's own words. */
export const SAYABLE_WORDS = 11;

/** A word a phrase starts with: where a clause too long to say may be cut. */
export const PHRASE_START =
  /^(?:in|on|at|for|with|by|from|to|of|and|as|after|before|since|across|over|under|into|through|during|than|via)$/i;

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
    // "more than 47 percent": a comparison is cut whole or not at all.
    if (/^than$/i.test(w[n]!)) continue;
    // "47 percent of all web traffic": a share is nothing without what it is a share of.
    if (/^of$/i.test(w[n]!) && /(?:%|\bpercent|\bper cent|\bshare|\bhalf|\bthird|\bquarter)$/i.test(head.join(' '))) continue;
    // "all U.S. and Canadian web traffic": an "and" between two capitalised words joins names, too.
    if (
      /^(?:and|or)$/i.test(w[n]!) &&
      !/,$/.test(head[n - 1]!) &&
      ((/^\p{Ll}/u.test(w[n + 1] ?? '') && !PHRASE_START.test(w[n + 1]!)) ||
        (/^\p{Lu}/u.test(w[n + 1] ?? '') && /^\p{Lu}/u.test(head[n - 1]!)))
    )
      continue;
    if (spokenWords(head.join(' ')) <= SAYABLE_WORDS) {
      c = head.join(' ').replace(/[,;:]$/, '');
      return spokenWords(c) >= 4 ? c : undefined;
    }
  }
  return undefined;
}

export const TOP = /\b(?:top spot|first place|ranked (?:first|highest|No\.?\s?1|#1)|topped|tops the|number one|No\.\s?1|#1)\b/i;
export const STUDY = /\b(study|survey|ranking|index|report|list)\b/i;

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

/** Working with others: "jointly with", "in conjunction with", "partnered with" (global: `matchAll` reads every cue). */
const WITH_OTHERS =
  /\b(?:jointly|in conjunction with|in partnership with|partner(?:s|ed|ing)? with|together with|collaborat\w* with|joined (?:forces )?with|teamed up with)\b/gi;

/**
 * Whether a sentence tells of working with others. "Together with" joins things as often as firms
 * ("attest the tuple … together with the VM boot measurements", garnix's post read as a partnership
 * with "Merkle-tree and VM"): it counts only when a name follows it at once ("together with Sanofi").
 */
export function withOthers(sentence: string): boolean {
  for (const m of sentence.matchAll(WITH_OTHERS)) {
    if (!/^together with$/i.test(m[0])) return true;
    const next = sentence
      .slice(m.index + m[0].length)
      .trimStart()
      .charAt(0);
    if (next && next !== next.toLowerCase()) return true;
  }
  return false;
}

/** The partners a sentence names, said as a clause: "Acme is working with Gilead Sciences, Regeneron and Sanofi". Two names at least. */
export function partnerClause(sentence: string, named: string[], spoken: string): string | undefined {
  if (!withOthers(sentence) || named.length < 2) return undefined;
  const list = named.slice(0, 3);
  return `${spoken} is working with ${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** Words after "Acme's" that are no part of the company: a title, an adjective. */
export const NOT_A_PART =
  /^(?:Chief|President|CEO|CTO|CFO|Head|Director|Senior|Vice|New|Global|Annual|First|Latest|Former|Founder|Co-?founder|Own|Main|Largest|Biggest)$/;

/** A part of the company named as the company's ("Acme Health's Feinstein Institutes …" → "Feinstein"): the story says the company by it after. */
export function partsNamed(text: string, names: string[]): string[] {
  const co = names.map(escapeRegExp).join('|');
  const re = new RegExp(String.raw`(?:${co})['’]s\s+(\p{Lu}\p{Ll}{4,})\s+\p{Lu}`, 'gu');
  return [...new Set([...text.matchAll(re)].map((m) => m[1]!).filter((w) => !NOT_A_PART.test(w) && !names.includes(w)))];
}

/** A headline that presents a new thing by its name: "Announcing Guetzli: A New Open Source JPEG Encoder" → "Guetzli". */
export const PRESENTING =
  /^(?:Announcing|Introducing)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}+-]*(?:\s+\p{Lu}[\p{L}\p{N}+-]*){0,2})\s*(?:[:!?–—]|\s-\s|,|$)/u;

/** The name a headline presents as new, when it is not the company's own name. */
export function announcedIn(headline: string, names: string[]): string | undefined {
  const m = PRESENTING.exec(headline.trim());
  if (!m || names.some((n) => fold(n) === fold(m[1]!))) return undefined;
  return m[1];
}

/** "we’re excited to announce": the company presenting its own work in the first person. */
export const WE_ANNOUNCE =
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
