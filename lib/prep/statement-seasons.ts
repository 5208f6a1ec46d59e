import { listing } from './clean';
import { type Page, type Statement, onPage, quoted } from './statement-page';

/**
 * Work bound to a season that a firm's own page lists ("Snow Removal", "Spring and fall cleanups"
 * in a landscaper's menu: blind-16 alonso-landscaping-peer; "Winterdienst" beside "Gartenpflege"):
 * how the year is filled, and how the crew changes from one season to the next, is what running or
 * joining such a firm is made of, and no page says it. Two of them at least: one alone is a line of
 * the menu, two say the business is built around the year.
 */
const SEASONAL =
  /(?<![\p{L}])(?:snow\s+(?:removal|plowing|ploughing|clearing|management)|snow\s?plow\w*|ice\s+(?:removal|management|control)|de-?icing|spring\s+(?:and|&)\s+(?:fall|autumn)\s+clean-?\s?ups?|(?:spring|fall|autumn)\s+clean-?\s?ups?|leaf\s+(?:removal|clean-?\s?up|collection)|leaves\s+removal|winteri[sz]ation|holiday\s+light(?:s|ing)|christmas\s+lights?|pool\s+(?:opening|closing)s?|Winterdienst\p{L}*|Schneeräum\p{L}*|Räum-\s+und\s+Streudienst|Laubentfernung|Laubbeseitigung|sneeuwruim\p{L}*|gladheidsbestrijding|bladruimen|déneigement|ramassage\s+des\s+feuilles)(?![\p{L}])/giu;

/** One season's work however it is spelled ("Spring and fall cleanups", "fall cleanup"): its words, folded. */
const key = (item: string) =>
  item
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .replace(/s$/, '');

export function seasons(page: Page): Statement[] {
  const found = new Map<string, { item: string; line: string }>();
  for (const line of page.lines) {
    for (const m of line.matchAll(SEASONAL)) {
      const item = m[0].replace(/\s+/g, ' ');
      const k = key(item);
      // "Spring and fall cleanups" holds "fall cleanup": one season's work, said once.
      if ([...found.keys()].some((x) => x.includes(k) || k.includes(x))) continue;
      found.set(k, { item, line });
    }
  }
  const items = [...found.values()].slice(0, 3);
  if (items.length < 2) return [];
  const said = items.map((x) => (page.english ? x.item.toLowerCase() : quoted(x.item)));
  return [
    {
      kind: 'seasons',
      text: `Work bound to the seasons: ${listing(said)}`,
      phrase: `lists ${said[0]} beside ${listing(said.slice(1))}`,
      names: items.map((x) => x.item),
      evidence: items.map((x) => x.line).join(' · '),
      ...onPage(page),
      strength: 7,
    },
  ];
}
