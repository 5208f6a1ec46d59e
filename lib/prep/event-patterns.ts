/**
 * The sentence patterns of company events (lib/prep/events.ts reads clipped text with them): a
 * deed's verb and what it names, in English, German, French and Japanese press style.
 */

export type EventKind =
  | 'funding'
  | 'launch'
  | 'acquisition'
  | 'acquired'
  | 'merger'
  | 'partnership'
  | 'deal'
  | 'leadership'
  | 'approval'
  | 'report'
  | 'fix'
  | 'layoffs'
  | 'hiring'
  | 'lawsuit'
  | 'ruling'
  | 'setback';

const NAME = String.raw`(?:[‘“"«][^’”"»]{2,40}[’”"»](?:\s+\p{Ll}+){0,2}|[«"“‘'„「]?[\p{Lu}\p{N}][\p{L}\p{N}&.'’+-]*(?:\s+(?:of|for|and|de|du|la|the|&)?\s*[\p{Lu}\p{N}][\p{L}\p{N}&.'’+-]*){0,5}[»"”’'“」]?)`;
const PHRASE = String.raw`(?:(?:a|an|its|their|our|the)\s+(?:new\s+|first\s+|second\s+)?[\p{L}\p{N}'’$€£%-]+(?:\s+[\p{L}\p{N}'’$€£%-]+){0,5})`;
// A description ending in what a company ships: "integrated clinical alarm management solution".
const PRODUCT_NOUN = String.raw`(?:solution|platform|service|app|application|product|feature|tier|plan|system|tool|device|model|version|line|range|offering|programme|program|edition|kit|engine|api|sdk|phone|laptop|chip|store|marketplace|subscription|membership)s?`;
export const PRODUCT = String.raw`(?:[\p{L}\p{N}'’-]+\s+){0,5}${PRODUCT_NOUN}`;
const MONEY = String.raw`(?:(?:US)?[$€£¥]\s?\d[\d.,]*\s?(?:million|billion|bn|mn|m|k|b)?\b|\d[\d.,]*\s?(?:million|billion|bn|mn|Mio\.?|Mrd\.?|millions?|milliards?)\s?(?:dollars?|euros?|pounds?|US-Dollar|Euro|d[’']euros|de dollars)?)`;

export interface Pattern {
  kind: EventKind;
  /** Named groups: `what` (the object). The company must be the subject unless `passive`. Made on first read. */
  readonly re: RegExp;
  /** The company is named after the verb ("was acquired by X", "lawsuit against X"). */
  companyAfter?: boolean;
  /** The name comes before the words that identify the deed ("Jane Doe was appointed"): it is the capitalised run that ends there. */
  nameEnds?: boolean; /** The company is the target, named after the keyword ("an investigation into X"), never before it. */
  targetAfter?: boolean;
  /**
   * Words the pattern cannot match without, tested first: a pattern that opens on a name tries
   * every capitalised word of every sentence, and most sentences hold none of its verbs.
   */
  cue?: RegExp;
}

// JavaScript's \\b sees only ASCII letters ("übernimmt" has no \\b before it): edges that see every script.
const EDGE = String.raw`(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))`;
/**
 * A pattern whose expression is made when first asked for: a sentence must hold its cue first, and
 * most dossiers hold the words of a few of the thirty-seven (the bench's 625-clip meeting: making
 * them all was ~70 ms of a cold sheet's ~440 ms CPU in a Node profile, before any ran). The same
 * expression is returned on every later read, so a match is what it was.
 */
const P = (kind: EventKind, body: string, companyAfter = false, nameEnds = false, targetAfter = false, cue?: RegExp): Pattern => {
  let re: RegExp | undefined;
  return {
    kind,
    get re() {
      return (re ??= new RegExp(body.replaceAll(String.raw`\b`, EDGE), 'iu'));
    },
    companyAfter,
    nameEnds,
    targetAfter,
    cue: cue ?? verbCue(body),
  };
};

/**
 * The words a pattern cannot match without, read off its body: its first group that must match
 * ("(?:raise[sd]?|raising|…)" after optional ones), when that group is plain words (no \p class).
 * Compiling a pattern costs far more than running it (its \p{L} classes, under /iu): a side panel
 * opening compiled all thirty on every sheet (~80 ms of CPU on the bench's dossier). With the cue
 * tested first, a pattern whose words no sentence holds is never compiled. A match of the pattern
 * is a match of the group, so the cue never turns away a sentence the pattern would match.
 */
export function verbCue(body: string): RegExp | undefined {
  // "A|B": a match of B needs nothing of A.
  if (closing(`(${body})`, 0) !== body.length + 1 || hasTopLevelBar(body)) return undefined;
  let i = 0;
  while (i < body.length) {
    if (body.startsWith(String.raw`\b`, i)) {
      i += 2;
      continue;
    }
    const named = /^\(\?<[a-z]+>/i.exec(body.slice(i))?.[0];
    if (!body.startsWith('(?:', i) && !named) return undefined;
    const end = closing(body, i);
    const after = body.slice(end + 1);
    const group = body.slice(i, end + 1);
    if (!/^[?*{]/.test(after)) {
      // A named group that must match: the cue is read off what it holds ("(?<what>(?:layoffs|…))").
      if (named) return verbCue(body.slice(i + named.length, end));
      // Plain words only: an inner \b is an edge that sees every script in the pattern (EDGE), not here.
      return /\\[pPkbB\d]|\(\?<|\(\?[=!]/.test(group) ? undefined : new RegExp(group, 'iu');
    }
    // An optional group is skipped with its quantifier ("(?:to\s+)?"); any other quantifier ends the search.
    if (!/^\?(?!\?)/.test(after)) return undefined;
    i = end + 2;
  }
  return undefined;
}

/** Where the group opening at `open` closes (escapes and classes skipped), or -1. */
function closing(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** An alternation at the top level of `src` (outside groups and classes). */
function hasTopLevelBar(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * The patterns, made on first use (a sheet's first sentence), not when the module loads: every
 * view of the side panel loads this module (the company view reads open roles through lib/prep),
 * and making thirty patterns and reading their cues cost the company view's opening ~7 ms of a
 * Chromium profile under load. Made once per page after that.
 */
export function eventPatterns(): readonly Pattern[] {
  return (patterns ??= makePatterns());
}
let patterns: readonly Pattern[] | undefined;

/**
 * Whether any pattern's cue is in the sentence: one test for all (the cues joined, by their flags)
 * before thirty, as most sentences hold none of the words. True exactly when some cue matches.
 */
export function anyCue(sentence: string): boolean {
  return (cueUnions ??= unionsOf(eventPatterns())).some((u) => u.test(sentence));
}
let cueUnions: RegExp[] | undefined;

function unionsOf(ps: readonly Pattern[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const p of ps) if (p.cue) byFlags.set(p.cue.flags, [...(byFlags.get(p.cue.flags) ?? []), `(?:${p.cue.source})`]);
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
}

const makePatterns = (): Pattern[] => [
  // Funding: a raise verb and an amount, or an announced round.
  P(
    'funding',
    String.raw`\b(?:raise[sd]?|raising|secure[sd]?|securing|land(?:s|ed)?|bag(?:s|ged)?)\s+(?:a|an|its|their)?\s*(?:new\s+)?(?<what>${MONEY}(?:\s+(?:in\s+)?(?:a\s+|its\s+)?(?:new\s+)?(?:Series\s+[A-H]\d?|seed|growth|venture|funding|financing|investment)(?:\s+(?:round|funding|financing))?)?)`,
  ),
  P(
    'funding',
    String.raw`\b(?:announce[sd]?|complete[sd]?|close[sd]?|closing)\s+(?:a|an|its|their)?\s*(?:new\s+)?(?<what>(?:${MONEY}\s+)?(?:Series\s+[A-H]\d?|seed|growth|venture|funding|financing|investment)\s+(?:round|funding|financing)(?:\s+of\s+${MONEY})?)`,
  ),
  P('funding', String.raw`\b(?:sammelt|erhält|lève|a levé|levée de)\s+(?<what>${MONEY})`),
  // Acquisitions the company makes.
  P(
    'acquisition',
    String.raw`\b(?:has\s+|have\s+)?(?:acquired|acquires|acquiring|agreed to (?:acquire|buy)|completed (?:its|the) acquisition of|announced (?:its|the) acquisition of|closes? (?:its|the) acquisition of|buys|bought|snapped up|übernimmt|übernahm|rachète|a racheté|a acquis)\s+(?<what>${NAME}|${PHRASE})`,
  ),
  // Two companies combined: "Gannett is merging with GateHouse", "the merger of Gannett and GateHouse
  // Media", "the Gannett/GateHouse merger". A merger announced or planned is hedged ("proposed",
  // "talks") and stays a pending deal (pending.ts); either side may be the company (events.ts).
  // Never what is its own or nobody's ("Combined with our fast service, satisfaction guarantee …":
  // blind-17 allseasons-pest-changer asked "Since the merger with our fast service, what has changed").
  P(
    'merger',
    String.raw`\b(?:is\s+|has\s+|have\s+|had\s+)?(?:merg(?:es|ed|ing)|combin(?:es|ed|ing))\s+with\s+(?!(?:our|your|its|their|his|her|my|a|an|some|other)\s)(?<what>${NAME})`,
  ),
  P(
    'merger',
    String.raw`(?<!(?:proposed|planned|possible|potential|rumou?red|failed|blocked)\s+)\bmerger\s+(?:of|between)\s+(?:[\p{L}-]+\s+){0,4}?(?<co>${NAME})\s+and\s+(?<what>${NAME})`,
    true,
    false,
    false,
    /merger/i,
  ),
  P('merger', String.raw`(?<co>${NAME})\s*[/–-]\s*(?<what>${NAME})\s+merger\b`, true, false, false, /merger/i),
  // The company is bought.
  P('acquired', String.raw`\b(?:was|has been|is being|will be|were)\s+acquired\s+by\s+(?<what>${NAME})`),
  // Launches: a launch verb and a named product or "a new …".
  P(
    'launch',
    String.raw`\b(?:launch(?:es|ed)?(?:\s+of)?|unveil(?:s|ed)?|introduc(?:e|es|ed)|debut(?:s|ed)?|roll(?:s|ed)?\s+out|releas(?:e|es|ed)|ship(?:s|ped)|start(?:s|ed)\s+selling|began\s+selling|announce[sd]?\s+(?:the\s+)?(?:launch|availability|release)\s+of|stellt|präsentiert|lance|a lancé|dévoile)\s+(?!by\b)(?<what>${NAME}|${PHRASE}|${PRODUCT})`,
  ),
  // Offering what rivals offer: "said it’s joining AT&T and T-Mobile in providing an installment plan for its phones".
  P(
    'launch',
    String.raw`\b(?:joins|joined|joining|follows|followed|following)\s+[^,.;]{2,50}?\s+in\s+(?:providing|offering|selling|introducing)\s+(?<what>${PHRASE})`,
  ),
  // A product named before the verb, as headlines do: "2020 Audi e-tron Sportback revealed as electric coupe".
  // Followed by an object ("Steve Jobs unveiled many products") the name before the verb is its subject.
  P(
    'launch',
    String.raw`(?<what>${NAME})\s+(?:is\s+|was\s+|has\s+been\s+)?(?:revealed|unveiled|launched|debuts|debuted|arrives|goes on sale)(?=\s+(?:as|at|in|on|with|today|this|for|to)\b|\s*[,.:;—–-]|\s*$)`,
    false,
    true,
    false,
    /revealed|unveiled|launched|debut|arrives|goes on sale/i,
  ),
  // A product shown at its launch ("… next to the Surface Studio during its launch event").
  P(
    'launch',
    String.raw`(?<what>${NAME})\s+(?:during|at)\s+(?:its|the)\s+(?:launch|unveiling|debut)\b`,
    false,
    true,
    false,
    /launch|unveiling|debut/i,
  ),
  // Japanese press releases: the product in 「」 and 発売 (goes on sale) or 開始 (starts).
  P('launch', String.raw`(?<what>「[^」]{2,60}」).{0,30}(?:を)?(?:発売|稼働開始|提供開始|リリース)`),
  // Orders and contracts won: the company on either side of the sentence ("Emirates inks $9 billion order for Boeing jets").
  P(
    'deal',
    String.raw`\b(?:wins?|won|lands?|landed|secures?|secured|signs?|signed|inks?|inked|finali[sz]e[sd]?|places?|placed|awarded)\s+(?:a|an|its|the)?\s*(?:new\s+)?(?<what>(?:${MONEY}\s+)?(?:order|contract|deal)(?:\s+(?:for|from|with)\s+[^,.;]{2,50})?)`,
    true,
  ),
  // Partnerships with a named partner.
  P(
    'partnership',
    String.raw`\b(?:announce[sd]?|sign(?:s|ed)?|form(?:s|ed)?|enter(?:s|ed)?\s+into|strikes?|struck)\s+(?:a|an|its|the)?\s*(?:new\s+)?(?:strategic\s+|global\s+|exclusive\s+|distribution\s+|technology\s+)*(?:partnership|alliance|collaboration|distribution agreement)\s+with\s+(?<what>${NAME})`,
  ),
  P('partnership', String.raw`\b(?:partners?|partnered|teams? up|teamed up)\s+with\s+(?<what>${NAME})`),
  // A gift of money to a named body (a museum, a school, a hospital): patronage a coach would raise
  // (blind-15 lvmh-louvre: "LVMH Gives the Louvre a $16M Boost to Acquire a Chardin Masterpiece" gave no hook).
  P(
    'partnership',
    String.raw`\b(?:gives?|gave|donates?|donated|pledges?|pledged|grants?|granted)\s+(?:the\s+)?(?<what>${NAME})\s+(?:a|an)\s+(?<amount>${MONEY})`,
  ),
  P(
    'partnership',
    String.raw`\b(?:gives?|gave|donates?|donated|pledges?|pledged|contributes?|contributed|spendet|spendete)\s+(?<amount>${MONEY})\s+(?:to|towards|an|für)\s+(?:the\s+|den\s+|die\s+|das\s+)?(?<what>${NAME})`,
  ),
  // A regulator's clearance or approval of a product ("Ascom's Unite Connect … recently received FDA clearance").
  P(
    'approval',
    String.raw`\b(?:recently\s+)?(?:received|receives|has received|obtained|was granted|has been granted|won|secured|gained)\s+(?<what>(?:FDA|CE|EMA|MHRA|Health Canada|regulatory)\s+(?:510\(k\)\s+)?(?:clearance|approval|mark|certification))`,
  ),
  // A report the company publishes from its own data ("Parse.ly releases first report on traffic drivers"):
  // what it found is what its people know best. A financial report is results, not research.
  P(
    'report',
    String.raw`\b(?:releas(?:e|es|ed)|publish(?:es|ed)?|issue[sd]?|puts?\s+out|unveil(?:s|ed)?)\s+(?:its|a|an|the|their)?\s*(?<what>(?:(?:first|new|latest|inaugural|annual|monthly|quarterly|second|third)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:report|study|survey|index|white\s?paper|benchmark|analysis)(?:\s+(?:on|about|of|into)\s+[^,.;:!?]{3,50})?)`,
    false,
    false,
    false,
    /report|study|survey|index|white\s?paper|benchmark|analysis/i,
  ),
  // Leadership changes.
  P(
    'leadership',
    String.raw`\b(?:appoint(?:s|ed)?|name[sd]?|promote[sd]?|hire[sd]?|nominier\w*|ernennt|ernannt|beruft|nomme|a nommé)\s+(?<what>${NAME}(?:,?\s+(?:as|to be|to|zum|zur|comme)\s+(?:its\s+|the\s+|new\s+|neuen?\s+)*(?:CEO|CFO|CTO|COO|CMO|chief\s+\w+(?:\s+officer)?|president|chair\w*|head of [\p{L} ]+|vice president[\p{L} ,]*|VP[\p{L} ,]*|managing director|Vorstand\w*|Aufsichtsrat\w*|Chef\w*|directeur général|PDG)))`,
  ),
  P(
    'leadership',
    String.raw`(?<what>${NAME}),?\s+(?:(?:has been|was|is|will be)\s+)?(?:appointed|named|promoted|nominated)\s+(?:as\s+)?(?:the\s+|its\s+|new\s+)*(?<role>CEO|CFO|CTO|COO|CMO|chief\s+\w+(?:\s+officer)?|president|chair\w*|head of [\p{L}]+|managing director)`,
    false,
    true,
    false,
    /appointed|named|promoted|nominated/i,
  ),
  P(
    'leadership',
    String.raw`(?<what>${NAME}),?\s+(?:will\s+|has\s+|is\s+)?(?<left>step(?:s|ped|ping)?\s+down|resign(?:s|ed)?|retir(?:es|ed|ing)|depart(?:s|ed)?|leaves|left)\s+(?:as|from)\s+(?:its\s+|the\s+)?(?<role>CEO|CFO|CTO|COO|chief\s+\w+(?:\s+officer)?|president|chair\w*|head of [\p{L}]+)`,
    false,
    true,
    false,
    /step|resign|retir|depart|leaves|left/i,
  ),
  // "Salazar, who left Epic Games to join Strava as chief product officer", "Jane Doe joins Acme as CTO":
  // the company joined is checked against the dossier's (events.ts), not merely named in the sentence.
  P(
    'leadership',
    String.raw`(?<what>${NAME}),?\s+(?:who\s+)?(?:(?:left|quit)\s+[^,.;]{2,40}?\s+to\s+)?(?:join(?:s|ed)?|has\s+joined|is\s+joining)\s+(?<co>${NAME})\s+as\s+(?:its\s+|the\s+|a\s+|new\s+)*(?<role>CEO|CFO|CTO|COO|CMO|CPO|chief\s+\w+\s+officer|president|head of [\p{L}]+|vice president(?: of)? [\p{L}]+|VP(?: of)? [\p{L}]+|managing director|general manager)`,
    true,
    true,
    false,
    /\bjoin/i,
  ),
  P(
    'leadership',
    String.raw`\b(?<what>(?:new|neuer?|nouveau|nouvelle|first)\s+(?:CEO|CFO|CTO|COO|CMO|chief\s+\w+\s+officer|president|managing director|Chef|Vorstandschef|Aufsichtsratschef|PDG|président)(?:\s+${NAME})?)`,
  ),
  P(
    'leadership',
    String.raw`(?<what>(?:CEO|CFO|CTO|Chef|Aufsichtsratschef|Vorstandschef)\s+(?:${NAME}\s+)?(?:für\s+(?:eine\s+)?zweite\s+Amtszeit|entlassen|abgesetzt|zurückgetreten))`,
  ),
  P('leadership', String.raw`(?<what>(?:社長|会長|CEO)[^。]{0,10}(?:解任|辞任|就任|退任))`),
  // Layoffs: a cut and a number of jobs, or the words for it.
  P(
    'layoffs',
    String.raw`\b(?:lay(?:s|ing)?\s+off|laid\s+off|cut(?:s|ting)?|eliminat(?:es|ed|ing)|slash(?:es|ed|ing)?|shed(?:s|ding)?)\s+(?<what>(?:about|around|roughly|nearly|some|more than|up to|over)?\s*[\d,.]+\s*(?:%|percent|per cent)?\s*(?:of\s+(?:its|their|the)\s+)?(?:jobs|employees|workers|staff|positions|roles|people|workforce))`,
  ),
  P(
    'layoffs',
    String.raw`\b(?<what>(?:round of\s+)?(?:layoffs|job cuts|redundancies|Stellenabbau|Entlassungen|licenciements|plan social))\b`,
  ),
  // "how many non-technical staff … might lose their jobs": job losses in view, said or feared.
  P(
    'layoffs',
    String.raw`\b(?<what>(?:(?:non-)?[\p{L}-]+\s+)?(?:staff|employees|workers)\b[^.;]{0,60}?\b(?:lose|losing|lost)\s+their\s+jobs)`,
  ),
  // "without more shrinkage in the workforce", "a reduction in headcount": job cuts said in other words.
  P(
    'layoffs',
    String.raw`\b(?<what>(?:more\s+)?(?:shrinkage|shrinking|reductions?|cuts?)\s+(?:in|of|to)\s+(?:the\s+|its\s+|their\s+)?(?:work\s?force|headcount|staff|payroll))`,
    // Said of the company as often as by it ("… from the combination, but that may be hard to do without more shrinkage in the workforce").
    true,
  ),
  P('layoffs', String.raw`\b(?:streicht|abbau von|supprime)\s+(?<what>[\d.,]+\s+(?:Stellen|Arbeitsplätze|Jobs|postes|emplois))`),
  // Hiring and expansion with a number.
  P(
    'hiring',
    String.raw`\b(?:to\s+)?(?:hire|hiring|create|add(?:ing)?)\s+(?<what>(?:about|around|up to|more than|over)?\s*[\d,.]+\s+(?:new\s+)?(?:jobs|employees|engineers|people|staff|positions))`,
  ),
  // Lawsuits and investigations, with the company on either side. Charged only "with" something:
  // "how much you will be charged" is a price.
  P(
    'lawsuit',
    String.raw`\b(?<what>(?:is\s+|was\s+|were\s+)?(?:sued|suing|sues|fined|investigat(?:ed|ing|es)|under investigation|charged\s+with|indicted|verklagt|Patentklage|Klage|condamn\w+|poursuivi\w*))\b`,
    true,
  ),
  P(
    'lawsuit',
    String.raw`\b(?<what>(?:lawsuit|class action|antitrust (?:case|probe|suit)|(?:price[- ]fixing|antitrust|patent|fraud|criminal) (?:trial|case)|testif(?:y|ies|ied|ying)|investigation|probe|complaint|Klage|Patentklage|enquête))\s+(?:against|into|of|gegen|contre)\b`,
    true,
    false,
    true,
  ),
  // A court's ruling on the company ("Amazon Liable for Defective Third-Party Products Rules CA
  // Appellate Court", blind-16 amazon-aplenty): its own kind, handled with care, never a launch. The
  // sentence must speak of a court (events.ts), so "you are liable for returns" is no ruling. The
  // French word is a job title too ("responsable des achats"): a ruling only as a court's finding.
  P(
    'ruling',
    String.raw`\b(?<what>(?:(?:be|been|is|was|were)\s+)?(?:(?:held|found|ruled|deemed|declared)\s+(?:to\s+be\s+)?)?(?:liable|guilty|negligent|haftbar|schuldig|(?<=(?:jugée?s?|reconnue?s?|déclarée?s?)\s+)responsable)(?:\s+for\s+[^,.;]{3,60})?)`,
    true,
    false,
    false,
    /liable|guilty|negligent|haftbar|schuldig|responsable/i,
  ),
  // Setbacks: a failure, a recall, a shutdown, an explosion.
  P(
    'setback',
    String.raw`\b(?<what>(?:explo(?:ded|sion)|crash(?:es|ed)?|flaw(?:ed|s)?|defect(?:ive|s)?|glitch(?:es)?|outages?|recall(?:s|ed)?|discontinu(?:es|ed)|shut(?:s|ting)?\s+down|scrapp(?:ed|ing)|(?:was|were|been|is|are|remain(?:s|ed)?)\s+grounded|grounding\s+of|bankrupt\w*|insolven\w+|collaps(?:e|ed)|Kollaps|Insolvenz|Pleite|faillite)\b[^.,;]{0,40})`,
    true,
  ),
];
