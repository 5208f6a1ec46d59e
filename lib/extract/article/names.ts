import { STOP_WORDS } from '../../text/stop-words';

/**
 * Proper names in running text, the way a reader spots them: runs of capitalised words ("Home
 * Depot", "Silicon Valley Bank", "PG&E", "Bank of America", "my6sense"), katakana names in
 * Japanese ("インテル", "イオン銀行", "サンワサプライ株式会社"). A capital at a sentence's start
 * proves nothing, so a first word the text also writes in lower case ("Shares", "Kein") is not
 * part of the name. Possessives go ("Apple’s" → "Apple").
 */
export interface NameRun {
  name: string;
  /** Where it starts in the text it was found in. */
  index: number;
  /** The few characters before and after: how the name is used ("said", "CEO", "(NYSE: HD)"). */
  before: string;
  after: string;
}

/**
 * A letter of an alphabet: Japanese and Chinese are written without spaces, so a Latin name ends
 * where their script begins ("Appleは日本でも" is Apple, "のAppleに" holds Apple).
 */
const L = String.raw`[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]`;
const TOKEN = String.raw`(?:\p{Lu}(?:${L}|[\p{N}&'’.+-])*|\p{Ll}{1,3}[\p{Lu}\p{N}](?:${L}|\p{N})*|\d+${L}(?:${L}|\p{N})*)`;
const RUN = new RegExp(String.raw`(?<!${L}|\p{N})${TOKEN}(?:(?:\s+|\s+(?:of|&)\s+)${TOKEN})*`, 'gu');
const KANA_RUN =
  /[\p{Script=Katakana}ー・]{2,}(?:銀行|証券|自動車|電機|電気|製作所|工業|商事|物産|化学|製薬|食品|建設|不動産|航空|鉄道|新聞|放送|通信|電力|生命|保険)?(?:株式会社)?|株式会社[\p{Script=Katakana}\p{Script=Han}ー・]{2,12}/gu;

/** Function words that start a capitalised run but are not part of the name. */
const LEADING = new Set([
  ...STOP_WORDS,
  'mr',
  'mrs',
  'ms',
  'dr',
  'herr',
  'frau',
  'm.',
  'mme',
  'wie',
  'was',
  'wer',
  'warum',
  'wann',
  'kein',
  'keine',
  'auch',
  'doch',
  'nun',
  'zwar',
  'dass',
  'sie',
  'er',
  'es',
  'wir',
  'ich',
  'ihr',
  'unsere',
  'dieser',
  'diese',
  'dieses',
  'jetzt',
  'heute',
  'after',
  'before',
  'while',
  'since',
  'although',
  'because',
  'yes',
  'still',
  'even',
  'now',
  'today',
  'yesterday',
  'last',
  'next',
  'according',
  'image',
  'photo',
  'credit',
  'read',
  'related',
  'column',
  'opinion',
  'analysis',
  'update',
  'exclusive',
  'breaking',
  'watch',
  'video',
  'laut',
  'bei',
  'beim',
  'nach',
  'seit',
  'trotz',
  'selon',
  'chez',
]);

/** Acronyms of the trade, written in capitals like a company's name ("KI": German for AI). */
const ACRONYMS =
  /^(CEO|CFO|COO|CTO|CMO|CIO|CSO|EVP|SVP|VP|AI|KI|IPO|ESG|ETF|GDP|PC|TV|EV|EVS|SUV|API|APIS|FAQ|USB|SSD|HDD|LTE|5G|4G|LED|OLED|NAND|QLC|CPU|GPU|RAM|AR|VR|IT|HR|PR|B2B|B2C|SaaS|ID|OK|PDF|COVID-19|COVID|NFT|GPS|SMS|NYSE|NASDAQ|DAX|FTSE|S&P|ET|PT|CET|CST|EST|PST|UTC|GMT|AM|PM|Q&A|FY|YoY)$/i;

/** Words written with a full stop that does not end a sentence. */
const ABBREVIATION =
  /^(?:Inc|Co|Corp|Ltd|Bros|Jr|Sr|St|Dr|Mr|Mrs|Ms|Prof|Gov|Sen|Rep|Gen|Lt|Col|Capt|Mt|Ft|No|Nr|Vol|Dept|Univ|Ave|Blvd|Rd)\.$/;

/** German compounds naming what a company is: "Freenet-Tochter", "Mobilfunk-Discounter", "Telekom-Konzern". */
// "Musk-Firma xAI", "Benko-Firma Signa": the firm of a person, named by them, is the name after it.
const DESCRIPTOR_COMPOUND =
  /^[\p{L}\p{N}]+-(?:Tochter|Tochterfirma|Konzern|Marke|Hersteller|Anbieter|Discounter|Händler|Provider|Mobilfunker|Unternehmen|Start-up|Startup|Gruppe|Plattform|Firma)$/u;

/**
 * German writes a person's office and the company it is at as one compound before their name:
 * "Tesla-CEO Elon Musk", "Volkswagen-Chef Herbert Diess", "VW-Betriebsratschefin Daniela
 * Cavallo", "EBAA-Generalsekretär Holger Krahmer". The compound parts two names: the company
 * (its first part) and the person (the words after it).
 */
export const OFFICE_COMPOUND =
  /^([\p{Lu}\p{N}][\p{L}\p{N}&.]*)-((?:CEO|CFO|CTO|COO|Boss)|\p{Lu}\p{Ll}*(?:chef|chefin|gründer|gründerin|sprecher|sprecherin|vorstand|vorständin|vorsitzender|vorsitzende|präsident|präsidentin|geschäftsführer|geschäftsführerin|direktor|direktorin|manager|managerin|sekretär|sekretärin|eigentümer|eigentümerin|inhaber|inhaberin)|Chef|Chefin)$/u;

/** German nouns (alone or as a compound's head) naming what a company or a person is. */
const GERMAN_ROLE_TAIL =
  /^\p{Ll}*(?:konzern|unternehmen|firma|hersteller|anbieter|händler|investor|investors|zulieferer|zulieferers|betrieb|versorger|autobauer|geldhaus|discounter|milliardär|milliardärs|unternehmer|unternehmers|journalistin|journalist|expertin|experte|analystin|ministerin|chefin|gründerin|sprecherin|vorsitzende|vorsitzender|präsidentin|geschäftsführerin|managerin|direktorin)$/u;
const isGermanRoleNoun = (token: string) => /^\p{Lu}\p{Ll}/u.test(token) && GERMAN_ROLE_TAIL.test(token.toLowerCase());

/** Titles inside a run of capitals part two names: "Apple CEO Tim Cook" is Apple and Tim Cook. */
const TITLE_TOKEN =
  /^(CEO|CFO|COO|CTO|CMO|Chief|Chairman|Chairwoman|President|Founder|Co-founder|Director|Analyst|Minister|Senator|Governor|Secretary|Spokesperson|Spokesman|Spokeswoman|Chef|Vorstandschef|Konzernchef|Präsident|Präsidentin|Gründer|Sprecher|Sprecherin|Geschäftsführer|PDG|Président|Executive|EVP|SVP|VP|Head|Manager|Vice)$/;

/** The names in one text (a title, a paragraph), with a little context each. */
export function nameRuns(text: string, lowerWords: ReadonlySet<string>): NameRun[] {
  const out: NameRun[] = [];
  for (const m of text.matchAll(RUN)) {
    // Tokens with their offsets, split into segments at titles.
    const segments: Array<Array<{ t: string; at: number }>> = [[]];
    for (const t of m[0].matchAll(/\S+/g)) {
      const office = OFFICE_COMPOUND.exec(t[0]);
      const last = t.index + t[0].length >= m[0].length;
      if (TITLE_TOKEN.test(t[0])) segments.push([]);
      // "Rene Benko-Firma Signa": a person's name the descriptor closes is theirs, the firm's follows.
      else if (!last && DESCRIPTOR_COMPOUND.test(t[0]) && segments[segments.length - 1]!.length) {
        segments[segments.length - 1]!.push({ t: t[0].slice(0, t[0].indexOf('-')), at: m.index + t.index });
        segments.push([]);
      } else if (office && !last) {
        segments[segments.length - 1]!.push({ t: office[1]!, at: m.index + t.index });
        segments.push([]);
      } else segments[segments.length - 1]!.push({ t: t[0], at: m.index + t.index });
      // "Boeing’s Max": the owner is one name, what it owns another.
      if (/\p{L}['’]s$/u.test(t[0])) segments.push([]);
      // "… d'AMD. Quoi qu'il en soit": a full stop after a word (not "Inc.", "St.", "U.S.") ends
      // the sentence, and the name with it.
      else if (/^[\p{L}\p{N}&'’-]{2,}\.$/u.test(t[0]) && !ABBREVIATION.test(t[0])) segments.push([]);
    }
    for (const seg of segments) {
      let tokens = seg;
      // "GAMES CONSOLE SHIFTER Microsoft has …", "SAN FRANCISCO Apple …": a kicker or a dateline
      // set in capitals before a name is not part of it (a name of capitals alone stays whole).
      const kicker = tokens.findIndex((x) => !/^\p{Lu}{3,}[:,]?$/u.test(x.t));
      if (kicker >= 2 && /\p{Ll}/u.test(tokens[kicker]!.t)) tokens = tokens.slice(kicker);
      // "der Freenet-Tochter Klarmobil", "dem Mobilfunk-Discounter Klarmobil": a German compound
      // that says what the next name is stands before it, and is no part of it.
      if (tokens.length >= 2 && DESCRIPTOR_COMPOUND.test(tokens[0]!.t)) tokens = tokens.slice(1);
      // "the Dallas-based Susan G. Komen Foundation": where a company is based is said before its name, not in it.
      if (tokens.length >= 2 && /^\p{Lu}[\p{L}.]*-based$/u.test(tokens[0]!.t)) tokens = tokens.slice(1);
      // Drop a leading function word, and a sentence's first word that is an ordinary word.
      while (tokens.length) {
        const first = tokens[0]!;
        const atStart = /(^|[.!?:;»«"“”„(–—]\s*|\n\s*)$/.test(text.slice(Math.max(0, first.at - 3), first.at));
        // "Deutsche Bank" at a sentence's start stays whole: an ordinary first word goes only
        // when no capitalised word follows it ("Shares of Apple" → "Apple").
        const ordinaryStart =
          atStart &&
          (isOrdinary(first.t, lowerWords) || introductoryAdverb(first.t, text[first.at + first.t.length])) &&
          !/^\p{Lu}/u.test(tokens[1]?.t ?? '');
        if (!(LEADING.has(clean(first.t).toLowerCase()) || ordinaryStart || first.t === 'of' || first.t === '&')) break;
        tokens = tokens.slice(1);
      }
      // "dem Investor Signa", "die Firma Signa Development", "der Luftfahrtzulieferer FACC",
      // "des Immobilieninvestors Rene Benko": German capitalises the noun that says what the name
      // is, and it stands before the name, no part of it.
      while (tokens.length >= 2 && isGermanRoleNoun(tokens[0]!.t) && /^\p{Lu}/u.test(tokens[1]!.t)) tokens = tokens.slice(1);
      while (tokens.length && (tokens[tokens.length - 1]!.t === 'of' || tokens[tokens.length - 1]!.t === '&')) tokens = tokens.slice(0, -1);
      if (!tokens.length) continue;
      const name = clean(tokens.map((x) => x.t).join(' '));
      // "I’ve", "I’ll": a pronoun, not a name.
      if (!name || ACRONYMS.test(name) || /^\d/.test(name) || name.length < 2 || /^I['’]|['’](ve|ll|re|m|d)$|n['’]t$/.test(name)) continue;
      const start = tokens[0]!.at;
      const last = tokens[tokens.length - 1]!;
      const end = last.at + last.t.length;
      out.push({
        name,
        index: start,
        before: text.slice(Math.max(0, start - 40), start),
        after: text.slice(end - (last.t.length - clean(last.t).length), end + 170),
      });
    }
  }
  for (const m of text.matchAll(KANA_RUN)) {
    const name = m[0];
    out.push({
      name,
      index: m.index,
      before: text.slice(Math.max(0, m.index - 12), m.index),
      after: text.slice(m.index + name.length, m.index + name.length + 70),
    });
  }
  out.push(...koreanCompanies(text));
  return out;
}

/**
 * Korean names a company by its legal mark: "㈜디지털이엠씨", "(주)한빛", "주식회사 한빛", "한빛(주)".
 * Hangul has no capitals, so only the mark says a run of it is a company's name. A particle may
 * cling to the name ("㈜한빛의", "㈜한빛이"): it goes when the story also writes the name without it.
 */
const HANGUL_MARKED = /(?:㈜|\(주\)|주식회사\s?)(\p{Script=Hangul}{2,20})|(\p{Script=Hangul}{2,20})(?:㈜|\(주\))/gu;
const PARTICLE = /(?:의|는|은|이|가|를|을|에|와|과|다|도|로|와의|에서)$/u;
function koreanCompanies(text: string): NameRun[] {
  const found = Array.from(text.matchAll(HANGUL_MARKED), (m) => ({ run: (m[1] ?? m[2])!, index: m.index, length: m[0].length }));
  const bare = new Set(found.map((f) => f.run));
  return found.map(({ run, index, length }) => {
    const stripped = run.replace(PARTICLE, '');
    const name = stripped !== run && stripped.length >= 2 && bare.has(stripped) ? stripped : run;
    return {
      name,
      index,
      before: text.slice(Math.max(0, index - 12), index + length - run.length),
      after: text.slice(index + length, index + length + 70),
    };
  });
}

/**
 * "Basically, this business entity is …", "Currently, there are …": an English adverb that opens
 * its sentence, set off by a comma, is a capitalised ordinary word, whatever the rest of the text.
 */
const introductoryAdverb = (token: string, next: string | undefined) => next === ',' && /^\p{Lu}\p{Ll}{3,}ly$/u.test(token);

/** A word the text also writes in lower case is a sentence's capitalised ordinary word. */
function isOrdinary(token: string, lowerWords: ReadonlySet<string>): boolean {
  const t = clean(token).toLowerCase();
  // "Scientists" opening a sentence, where the text says "scientist" elsewhere.
  return lowerWords.has(t) || STOP_WORDS.has(t) || (t.endsWith('s') && lowerWords.has(t.slice(0, -1)));
}

/** "Apple’s" → "Apple", "Inc.," → "Inc.", a closing dot that is no abbreviation goes. */
function clean(name: string): string {
  let s = name.replace(/['’]s?$/, '').replace(/[-+]+$/, (m) => (m === '+' ? '' : ''));
  if (/\.$/.test(s) && !/(?:^|\s)(?:Inc|Co|Corp|Ltd|Bros|Jr|Sr|St|U\.S|U\.K|N\.V|S\.A|L\.P)\.$/.test(s) && !/(?:\p{L}\.){2,}$/u.test(s))
    s = s.slice(0, -1);
  return s.trim();
}

/** Every word the texts write starting in lower case: the ordinary words of this story. */
export function lowerWordsOf(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  // Not a web address's name ("Visit lunacal.ai", "@acme"): a company writes its own name that way.
  for (const t of texts)
    for (const m of t.matchAll(/(?<![\p{L}\p{N}@/.])\p{Ll}[\p{L}'’-]*(?![\p{L}'’-]|\.\p{Ll}{2,}|@)/gu)) out.add(m[0].replace(/['’]s$/, ''));
  return out;
}

/** Legal forms at a name's end: "Apple Inc." is Apple, and says it is a company. */
// The legal form lives in its own file: the clipper needs it (a release's dateline) without the rest of this one.
export { withoutLegalForm } from './legal-form';
