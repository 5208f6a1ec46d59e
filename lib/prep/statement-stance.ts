import { type Page, type Statement, companySentences, onPage, quoted, speaksForCompany, words } from './statement-page';

// The stance a company takes on its own page, read by lib/prep/statements.ts: the values it lists
// under their own heading ("Kernwaarden": "Kwaliteit boven kwantiteit", "Eerlijke communicatie"),
// a line of work it refuses in so many words ("keine Umzüge, keine Kompromisse"), a pledge ("we’ll
// never sell out to the highest bidder") or a choice it says it made on purpose ("Door bewust
// kleinschalig te werken …"). What a stance costs, and when it was last tested, is what only
// someone inside can tell; the page's words are quoted, never translated.

/** A heading over the company's values, in English, German, French, Dutch and Spanish. */
export const VALUES_HEADING =
  /^(?:(?:our|core|company)\s+values|what we (?:believe(?:\s+in)?|stand for)|our principles|kernwaarden|onze (?:kern)?waarden|(?:unsere\s+)?(?:werte|grundsätze|unternehmenswerte)|(?:nos\s+)?valeurs|(?:nuestros\s+)?valores)$/iu;

/** Two refusals side by side, each one word ("keine Umzüge, keine Kompromisse"): "Kein Callcenter, keine wechselnden Ansprechpartner" is a promise of whom you talk to. */
const REFUSALS =
  /(?<![\p{L}])(keine|kein|no|geen|pas de|sans|sin)\s+([\p{L}-]{3,30})\s*[,;–—-]\s*(?:\1|keine|kein|no|geen|pas de|sans|sin)\s+([\p{L}-]{3,30})(?=\s*(?:[.,;!–—]|$))/iu;

/** A pledge: "we’ll never", "we will always", "wir werden nie", "nous ne … jamais", "wij zullen nooit". */
const PLEDGE =
  /(?<![\p{L}])(?:we(?:['’]ll| will)\s+(?:never|always)|we\s+never|we\s+(?:do not|don['’]t|won['’]t|will not)\s+(?:ever\s+)?(?:sell|share|charge|take|accept|outsource|compromise)|wir\s+(?:werden\s+)?(?:niemals|nie)|wij\s+(?:zullen\s+)?nooit)(?![\p{L}])/iu;

/** A privacy notice, a slogan of service: said by every site, telling nothing of this one. */
const BOILERPLATE =
  /(?<![\p{L}])(?:privacy|personal (?:information|data)|your (?:name|data|information|e-?mail)|cookies?|spam|newsletter|third part(?:y|ies)|extra mile|above and beyond|Datenschutz|données personnelles|persoonsgegevens)(?![\p{L}])/iu;

/** A choice made on purpose: "bewust kleinschalig", "deliberately small", "ganz bewusst", "by choice". */
const ON_PURPOSE = /(?<![\p{L}])(?:bewust|bewusst|deliberately|by choice|on purpose|délibérément|volontairement)(?![\p{L}])/iu;

/** A list of values under their heading: two to three short titles, each followed by a line telling it. */
function values(page: Page): Statement[] {
  const start = page.lines.findIndex((l) => words(l) <= 4 && VALUES_HEADING.test(l.trim()));
  if (start < 0) return [];
  const items: string[] = [];
  for (let i = start + 1; i < Math.min(page.lines.length - 1, start + 16); i += 1) {
    const l = page.lines[i]!.trim();
    const next = page.lines[i + 1]!.trim();
    // An item: a title of one to five words, no full stop, then a line of three words or more telling it.
    // A figure or a rating is a boast, not a value ("18+ years Experience", "A+ Rated by BBB").
    if (words(l) > 5 || /[.!?:]$/.test(l) || /\d|\+|\brated\b|\bcertified\b/i.test(l) || words(next) < 3) continue;
    items.push(l);
    i += 1;
    if (items.length === 4) break;
  }
  if (items.length < 2) return [];
  // Said aloud, two short values at most ("Kwaliteit boven kwantiteit" and "Eerlijke communicatie"), in the page's
  // order among those of three words or fewer; values of a sentence each are read out one, not three.
  const short = items.filter((x) => words(x) <= 3);
  const shown = short.length >= 2 && words(short[0]!) + words(short[1]!) <= 6 ? short.slice(0, 2) : [short[0] ?? items[0]!];
  const said = shown.map(quoted);
  const list = said.join(' and ');
  return [
    {
      kind: 'stance',
      form: 'values',
      text: `Its values, in its own words: ${list}`,
      phrase: `names ${list} among its values`,
      names: shown,
      evidence: items.join(', '),
      ...onPage(page),
      strength: 7,
    },
  ];
}

/** A refusal, a pledge or a choice on purpose, said by the company in one sentence of at most 28 words. */
function said(page: Page, names: string[]): Statement[] {
  for (const s of companySentences(page, names)) {
    if (words(s.text) > 28) continue;
    const refusal = REFUSALS.exec(s.text);
    // A refusal is the company's wherever its page says it (a tagline speaks for it); a pledge or a choice needs "we" or its name.
    // What it does with the reader's data is its privacy notice, and "the extra mile" a slogan: neither is a stance.
    if (BOILERPLATE.test(s.text)) continue;
    const form = refusal ? 'refusal' : PLEDGE.test(s.text) ? 'pledge' : ON_PURPOSE.test(s.text) ? 'choice' : undefined;
    // A pledge needs "we" or its name in the sentence; a choice, in its paragraph ("SEM Automotive is ontstaan … Geen doorsnee voorraad, maar auto’s die bewust zijn gekozen.").
    if (!form || (form === 'pledge' && !speaksForCompany(s.text, names))) continue;
    if (form === 'choice' && !s.all.some((t) => speaksForCompany(t, names))) continue;
    // A refusal is quoted as the two refusals alone; a pledge or a choice as its sentence.
    // Quoted from where the stance starts: "Rest assured that", "This is also why" lead into it.
    const what = refusal
      ? refusal[0]
      : s.text.replace(/^(?:rest assured(?:,)?\s+(?:that\s+)?|(?:this|that) is (?:also |exactly )?why\s+|that['’]s why\s+)/i, '');
    const phrase = quoted(what.charAt(0).toUpperCase() + what.slice(1));
    return [
      {
        kind: 'stance',
        form,
        text: `${form === 'refusal' ? 'What it refuses' : form === 'pledge' ? 'Its pledge' : 'A choice it made on purpose'}, in its own words: ${phrase}`,
        phrase,
        names: refusal ? [refusal[2]!, refusal[3]!] : [what],
        evidence: s.text,
        ...onPage(page),
        strength: form === 'pledge' ? 8 : form === 'refusal' ? 7 : 6,
      },
    ];
  }
  return [];
}

/** The stance the company takes on its own page, strongest first: a pledge, its values, a refusal, a choice. */
export function stance(page: Page, names: string[]): Statement[] {
  const found = [...said(page, names), ...values(page)];
  return found.sort((a, b) => b.strength - a.strength).slice(0, 1);
}
