import { listing } from './clean';
import { type Page, type Statement, onPage } from './statement-page';

/**
 * The ways an agency or a consultancy says it works with its clients: "three interaction models …
 * Time and Materials. … Dedicated Team. … Extended Team (Outstaff)." (blind-16 appsolutions-inrole),
 * fixed price beside hourly, staff augmentation. Which of them the work mostly runs on decides a
 * developer's or a consultant's days (one client for a year, or five projects at once), and the
 * page never says that. Two named models at least: one is how it bills, two are a choice it offers.
 */
const MODELS: ReadonlyArray<[RegExp, string]> = [
  [/\btime\s*(?:and|&)\s*materials?\b|\bT&M\b/i, 'time and materials'],
  [/\bfixed[- ]price\b|\bFestpreis/i, 'fixed price'],
  // Not "Our dedicated team of licensed plumbers": every kind of firm's praise of its staff.
  [/(?<!\bour\s)\bdedicated (?:development )?teams?\b/i, 'a dedicated team'],
  [/\bextended teams?\b|\bteam extension\b/i, 'an extended team'],
  [/\bstaff augmentation\b|\bout-?staff(?:ing)?\b/i, 'staff augmentation'],
  // A billing retainer, not an orthodontist's ("treatment and retainers for all ages").
  [/\b(?:on|monthly|annual)\s+retainers?\b|\bretainer\s+(?:basis|model|agreements?|fees?|contracts?)\b/i, 'a retainer'],
  [/\bbody ?leasing\b/i, 'body leasing'],
];
/** The page offers them as ways of working: "interaction models", "billing models", "how we work". */
const OFFERED =
  // ("Billing" alone is a menu entry or a footer's "Billing questions?" on any firm's page.)
  /\b(?:interaction|engagement|cooperation|collaboration|pricing|delivery|billing|business)\s+models?\b|\bhow we work\b|\bways? (?:to|of) work/i;

export function engagement(page: Page): Statement[] {
  if (!page.english || !page.lines.some((l) => OFFERED.test(l))) return [];
  const found: Array<{ said: string; line: string }> = [];
  for (const line of page.lines) {
    for (const [re, said] of MODELS)
      if (re.test(line) && !found.some((f) => f.said === said)) found.push({ said, line: line.slice(0, 160) });
  }
  if (found.length < 2) return [];
  const said = found.slice(0, 3).map((f) => f.said);
  return [
    {
      kind: 'engagement',
      text: `Ways it works with clients: ${listing(said)}`,
      phrase: `offers its clients ${listing(said, 'or')}`,
      names: said,
      evidence: found
        .slice(0, 3)
        .map((f) => f.line)
        .join(' · '),
      ...onPage(page),
      strength: 6,
    },
  ];
}
