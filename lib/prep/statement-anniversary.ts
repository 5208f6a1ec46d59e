import { escapeRegExp } from '../text/regexp';
import { type Page, type Statement, onPage } from './statement-page';

/**
 * The company's own page announcing its anniversary: "2 september: 20 jaar Penninx Schoenen"
 * (blind-16 penninx-thin), "celebrating our 20th anniversary", "feiert 25-jähriges Jubiläum".
 * Twenty years of a small firm is a fact a coach raises: what kept it going, what changed. The date
 * before a colon, when the line gives one, says when it is. "For more than 65 years", "seit 25
 * Jahren" are the stock line of every trade's page, and how long it has been in business is known,
 * never a question (blind-16 comfortflow: it displaced the commercial-work question): no anniversary.
 */
const ORDINAL = String.raw`(\d{1,3})(?:st|nd|rd|th|e|ste|\.|-?jährige[sn]?|-?jarig(?:e)?|ème|e)?`;
const JUBILEE = String.raw`(?:anniversary|jubilee|jubileum|bestaansjubileum|Jubiläum|Firmenjubiläum|anniversaire|birthday|verjaardag|Geburtstag)`;
const DAY = String.raw`(\d{1,2}\.?\s+\p{L}+|\p{L}+\s+\d{1,2})`;

export function anniversary(page: Page, names: string[]): Statement[] {
  const name = names.map(escapeRegExp).join('|');
  if (!name) return [];
  const forms = [
    // "20 jaar Penninx Schoenen", "25 years of Acme", "25 Jahre Müller GmbH".
    new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,3})\s+(?:jaar|years|Jahre|ans)\s+(?:of\s+|de\s+|van\s+)?(?:${name})(?![\p{L}])`, 'iu'),
    // "our 20th anniversary", "25-jähriges Jubiläum", "20-jarig jubileum".
    new RegExp(String.raw`(?<![\p{L}\p{N}])${ORDINAL}\s*${JUBILEE}(?![\p{L}])`, 'iu'),
    // "celebrates 20 years", "feiert 25 Jahre", "viert 20 jaar".
    new RegExp(
      String.raw`\b(?:celebrat\p{L}*|feiert|feiern|viert|vieren|fête)\s+(?:its\s+|our\s+|sein\p{L}*\s+|ihr\p{L}*\s+|ons\s+|zijn\s+)?(\d{1,3})(?:st|nd|rd|th)?\s+(?:years?|Jahre|jaar|ans)\b`,
      'iu',
    ),
  ];
  for (const line of page.lines) {
    let years: string | undefined;
    let said: string | undefined;
    for (const re of forms) {
      const m = re.exec(line);
      if (m) {
        years = m[1];
        said = m[0];
        break;
      }
    }
    const n = Number(years);
    // A round age a firm celebrates, not "3 years" of a warranty.
    if (!years || n < 5 || n > 200) continue;
    // "2 september": a month written in English capitalises its name.
    const day = new RegExp(String.raw`^\s*${DAY}\s*:`, 'u')
      .exec(line)?.[1]
      ?.replace(/\p{L}+/u, (w) => w.charAt(0).toUpperCase() + w.slice(1));
    // A page in another language keeps its own words in quotation marks, never translated (statement-page.ts).
    const phrase = page.english || !said ? `turns ${n}${day ? ` on ${day}` : ''}` : `marks “${said.trim()}”${day ? ` on ${day}` : ''}`;
    return [
      {
        kind: 'anniversary',
        text: `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`,
        phrase,
        names: [`${n}`],
        evidence: line,
        ...onPage(page),
        strength: 7,
      },
    ];
  }
  return [];
}
