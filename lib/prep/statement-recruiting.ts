import { type Page, type Statement, onPage, quoted, words } from './statement-page';

// A company page that recruits: "Are you looking for a career in Real Estate or an experienced
// REALTOR® seeking a change? Contact us today to Join Our Team". Read by lib/prep/statements.ts.
// A footer's "Join our team" link says nothing; two cues must agree in one sentence — it speaks to
// the reader ("you", "Sie", "vous", "je"), and it invites them to join or to a career — and it is a
// sentence, not a menu's line.

const TO_READER = /(?<![\p{L}])(?:you|your|Sie|Ihr|Ihre|du|dein\p{L}*|vous|votre|tu|je|jij|jouw|u)(?![\p{L}])/u;
const INVITES =
  /(?<![\p{L}])(?:join (?:our|the) team|career (?:in|as)|(?:we(?:['’]re| are)|now) (?:hiring|recruiting)|werde(?:n Sie)? Teil (?:unseres|des) Teams|verstärke\p{L}* (?:unser|das) Team|Karriere (?:bei|als|in)|rejoign\p{L}* (?:notre équipe|-nous)|nous recrutons|carrière (?:dans|chez|en)|kom (?:bij ons|ons team)|versterk\p{L}* (?:ons|het) team|carrière (?:in|bij))(?![\p{L}])/iu;
/** "a career in Real Estate": the field it recruits into, when it names one. */
const FIELD = /\bcareer\s+(?:in|as)\s+(?:an?\s+)?([\p{L}][\p{L} &-]{2,30}?)(?=\s+(?:or|and|with|at)\b|[?.!,]|$)/iu;

export function recruiting(page: Page): Statement[] {
  for (const line of page.lines) {
    for (const text of line.split(/(?<=[?.!])\s+/)) {
      if (words(text) < 6 || words(text) > 30 || !TO_READER.test(text) || !INVITES.test(text)) continue;
      const field = FIELD.exec(text)?.[1]?.trim();
      const said = quoted(text.replace(/[®™]/g, ''));
      return [
        {
          kind: 'recruiting',
          text: `Recruits on its own page: ${said}`,
          phrase: said,
          names: field ? [field] : [],
          evidence: text,
          ...onPage(page),
          strength: 7,
        },
      ];
    }
  }
  return [];
}
