import type { EventKind } from './event-patterns';
import { objectOf } from './event-objects';
import { mentions } from './company-names';

/**
 * The tests a sentence passes before a deed read in it counts as a company event (lib/prep/events.ts):
 * what is sensitive, what hedges or alleges, what names no product or company.
 */

export const SENSITIVE = new Set<EventKind>(['layoffs', 'lawsuit', 'ruling', 'setback']);
/** Legal trouble: a dispute, an investigation, a court's ruling. */
export const LEGAL = new Set<EventKind>(['lawsuit', 'ruling']);
/**
 * A court speaks in the sentence or the headline: "liable" alone is a contract's word, not a ruling;
 * and "rules" is a regulation's word too ("Under the new rules, Acme will be liable …").
 */
export const COURT =
  /(?<![\p{L}])(?:courts?|judges?|jur(?:y|ies)|tribunals?|rul(?:ing|ings|ed)|verdicts?|appell?ate|appeals?|Gericht\p{L}*|Urteil\p{L}*|cour|jugement)(?![\p{L}])/iu;
/** "the product", "its items": a thing no one named is no launch. */
export const UNNAMED_THING = /^(?:the|a|an|its|their|this|that)\s+(?:products?|items?|goods|device|thing)$/i;
/** What a deal buys when it is not named: a company of some kind ("a London start-up", "the rival's chip unit"). */
export const ACQUIRED_KIND =
  /\b(?:start-?ups?|compan(?:y|ies)|firms?|business(?:es)?|makers?|developers?|rivals?|competitors?|providers?|platforms?|apps?|studios?|agenc(?:y|ies)|units?|divisions?|groups?|banks?|retailers?|chains?|brands?|stakes?|operators?|carriers?|networks?|labs?)\b/i;

// The object of a deed: a name (capitalised words, numbers, quotes) or "a/its new <noun phrase>".

/**
 * Words by which a story tells its claim as a report or a rumour, in English and in the languages
 * the foreign-story reader knows (foreign-news.ts): one list for both readers.
 */
const REPORT_WORDS = String.raw`rumou?r\p{L}*|reportedly|angeblich\p{L}*|mutmaßlich\p{L}*|gerücht\p{L}*|podobno|rzekomo|naar verluidt|angivelig\p{L}*|påstått|enligt uppgifter|prétendu\p{L}*|supuestamente`;
/** A report or a rumour, not a fact ("Apple arbeitet angeblich an eigenen Akkus"). */
export const REPORTED = new RegExp(String.raw`(?<![\p{L}])(?:${REPORT_WORDS})(?![\p{L}])`, 'iu');
/** Words that turn a statement into a guess or a plan: such sentences say nothing happened. */
export const HEDGED = new RegExp(
  String.raw`(?<![\p{L}])(${REPORT_WORDS}|is said to|are said to|could|may|might|would|expected to|in talks|considering|speculat\p{L}*|plans? to|planning to|wants? to|wanted to|hopes? to|hoped to|tried to|aims? to|intends? to|believes?|predicts?|forecasts?|likely|set to|will|would|soll|sollen|könnte|wird|pourrait|envisage)(?![\p{L}])|\?`,
  'iu',
);
/** A sentence that reports a charge, not a fact. */
export const ALLEGED =
  /(?<![\p{L}])(allegations?|alleged(ly)?|alleges?|accus(?:ed|es|ing|ation)|conspir(?:acy|ed|ing)|indict(?:ed|ment)|prosecutors?|plaintiffs?|vorgeworfen|Vorwurf|accusé\p{L}*)(?![\p{L}])/iu;
/** Words that make a launch the answer to a failure. */
export const TROUBLE = /\b(flaw(?:ed|s)?|defect(?:ive|s)?|faulty|recall(?:s|ed)?|repair program(?:me)?)\b/i;

/** "many products", "several features": a count, not something named. */
export const COUNTED =
  /^(?:the\s+)?(?:many|several|some|various|other|more|new|numerous|\d+)\s+(?:new\s+)?(?:products|features|services|devices|apps|tools)\b/i;
export const NOT_A_PRODUCT =
  /(?:^|\s)(investigation|probe|inquiry|review|attack|lawsuit|appeal|bid|offensive|campaign against|statement|results|earnings|report|plan to|effort to|search for|challenge|complaint|strike|protest|industry|category|movement|era|revolution|trend|career|business)\b/i;

/**
 * A conflict started is no product, said in lower case ("launch a war with cable providers", "a price
 * war"): blind-12 apple-cook-tv-peer asked "Who decided what went into the war?". A name keeps its
 * capital ("Gears of War 5", "Battle.net").
 */
export const CONFLICT = /^(?:(?:a|an|the|its|their)\s+)?(?:\p{Ll}+\s+)?(?:war|battle|fight|feud|crusade)s?$/u;

/** What describes a release is no release: "released notes", "published the details". */
export const DOCUMENTATION =
  /^(?:the\s+|its\s+|their\s+)?(?:(?:official|full|release)\s+)*(?:notes|documentation|docs|details|changelog|FAQ|release notes)$/i;

/** Most words of the line open on a capital: a headline in title case, where a capital says nothing. */
export const titleCase = (line: string) => {
  const w = line.split(/\s+/).filter((x) => /^\p{L}/u.test(x) && x.length > 3);
  return w.length > 0 && w.filter((x) => /^\p{Lu}/u.test(x)).length / w.length > 0.6;
};

/**
 * A sentence of a story about the company that does not name it still speaks of it when it points at
 * it ("its shares fell", "the company was fined", "the search giant recalled"). One that points at
 * nobody ("Overall, 90% of crashes are caused by a single type of error") is a general claim the
 * story makes, not the company's bad news: no setback to handle with care.
 */
export function pointsAtCompany(sentence: string): boolean {
  // "the combination", "the merged company": a merger's story speaks of the company it made.
  return /\b(?:its|itself|the (?:(?:combined|merged|new) )?(?:company|firm|group|business|start-?up|maker|giant|[\p{L}-]+ giant|carrier|retailer|bank|airline|manufacturer|combination))\b/iu.test(
    sentence,
  );
}

/** The words between the company and a setback name someone else whom a relative clause describes (", a private equity firm that …"). */
export function aboutAnother(between: string, names: string[]): boolean {
  const clause = /,\s+(?:a|an|the)\s+[^,]{0,60}?\s(?:that|which|who)\s[^,]*$/iu.exec(between);
  return !!clause && mentions(clause[0], names) < 0;
}

/** Of a merger's two sides, the one that is not the company; undefined when neither is. */
export function mergerSides(before: string, after: string, names: string[]): string | undefined {
  // "the big newspaper chains Gannett": the name that ends the words before "and"; the one that opens those after it.
  const a = objectOf('merger', before, true);
  const b = objectOf('merger', after);
  if (!a || !b) return undefined;
  if (mentions(a, names) >= 0 && mentions(b, names) < 0) return b;
  if (mentions(b, names) >= 0 && mentions(a, names) < 0) return a;
  return undefined;
}
