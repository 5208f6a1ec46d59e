import { type Page, type Statement, companySentences, onPage, quoted, speaksForCompany, words } from './statement-page';

// What a company counts on its own page ("over $10B in cross-border transactions", "500+ Happy
// Clients", "93 Projekte abgeschlossen"), read by lib/prep/statements.ts: a figure is a
// number with a noun that says what was counted — the people it serves, the work it has done, the
// places it works in, the volume it handles. A number with no such noun (a price, a phone number, a
// guarantee's years, a percentage, a headcount the size fact tells) gives nothing.

/** What a figure may count, by what a coach would ask about it; each in English, German, French, Dutch and Spanish. */
export type Counted = 'served' | 'work' | 'places' | 'volume';

const NOUNS: Array<[Counted, RegExp]> = [
  [
    'volume',
    /^(?:transactions?|payments?|loans?|assets?|shipments?|tonnes?|tons|litres?|liters?|Transaktionen|Zahlungen|Kredite|Darlehen|paiements|prêts|transacties|betalingen|leningen|transacciones|pagos|préstamos|créditos)$/iu,
  ],
  [
    'served',
    /^(?:clients?|customers?|users?|members?|patients?|students?|learners?|charities|schools?|businesses|companies|teams|brands|makers|artisans|artists|organi[sz]ations?|institutions?|households?|families|homeowners|partners?|Kunden|Mitglieder|Patienten|Schüler|Partner|Familien|Haushalte|entreprises|partenaires|familles|klanten|leden|bedrijven|gezinnen|clientes|familias|empresas|socios|usuarios)$/iu,
  ],
  [
    'work',
    /^(?:projects?|installations?|buildings?|homes|inspections|Projekte|Baustellen|Anlagen|Installationen|Aufträge|Objekte|projets|chantiers|interventions|réalisations|projecten|opdrachten|proyectos|instalaciones|obras)$/iu,
  ],
  [
    'places',
    /^(?:countries|cities|locations|offices|markets|states|regions|Ländern?|Standorte[n]?|Städten?|Filialen|pays|villes|agences|landen|steden|vestigingen|países|ciudades|sedes|oficinas)$/iu,
  ],
];

/** A headcount is the size fact's ("46,000+ employees", "25 tradespeople"): already known, never a hook of its own. */
const WORKFORCE =
  /^(?:employees|staff|people|team|tradespeople|engineers|experts|specialists|consultants|Mitarbeiter\p{L}*|Beschäftigte|Fachkräfte|salariés|collaborateurs|employés|medewerkers|werknemers|empleados|colaboradores)$/iu;

/** A sentence about what the company means to do, not what it has done ("We aim to secure $100 million"). */
const ASPIRATION =
  /(?<![\p{L}])(?:aim|aims|strive|strives|goal|target|envision|plan|plans|will|would|hope|ambition|want|Ziel\p{L}*|wollen|möchten|objectif\p{L}*|visons|souhaitons|doel\p{L}*|willen|meta|queremos|buscamos)(?![\p{L}])/iu;

/** A number as pages write one, with "more than" before it and a magnitude or a "+" after. */
const QUALIFIER = String.raw`(?:(?:over|more than|nearly|almost|about|around|some|upwards of|mehr als|über|rund|knapp|plus de|près de|environ|meer dan|ruim|bijna|más de|cerca de)\s+)?`;
const MAGNITUDE = String.raw`(?:\s?(?:k|K|M|B|bn|million|billion|trillion|thousand|crore|lakh|Mio\.?|Mrd\.?|Millionen|Milliarden|Tausend|millions?|milliards?|miljoen|miljard|millones|mil millones))?`;
const NUMBER = String.raw`([$€£₹]\s?)?(\d{1,3}(?:[.,\s]\d{3})+|\d+(?:[.,]\d+)?)(${MAGNITUDE})(\s?\+)?`;
/** The figure, then up to three words (a modifier, "in", "worth of"), then the counted noun. */
const FIGURE = new RegExp(String.raw`(?<![\p{L}\p{N}.,/:-])${QUALIFIER}${NUMBER}((?:\s+[\p{L}-]+){1,4})`, 'giu');
interface Counting {
  /** "over $10B in cross-border transactions": the figure with what it counts. */
  said: string;
  counted: Counted;
  noun: string;
}

/** Words between a figure and what it counts that make it no count of the company's record. */
const NOT_A_COUNT =
  /^(?:per|pro|par|por|each|je|percent|per cent|Prozent|procent|years?|Jahre\p{L}*|ans|jaar|años|months?|hours?|days?|minutes?)$/iu;

/** The first figure of a text that counts something a coach could ask about, if any. */
export function countedIn(text: string): Counting | undefined {
  for (const m of text.matchAll(FIGURE)) {
    const [all, currency, digits, magnitude, , tail] = m;
    const value = Number(digits!.replace(/[.,\s]/g, ''));
    // "0+" is a counter that never ran, "04" a numbered heading, "3.0" a version; a year alone is a date ("in 2019 projects").
    if (/^0\d/.test(digits!) || (/^\d+[.,]\d{1,2}$/.test(digits!) && !magnitude?.trim())) continue;
    if (!value || (/^(?:19|20)\d\d$/.test(digits!) && !/\+/.test(all.slice(0, all.length - tail!.length)) && !magnitude?.trim())) continue;
    const ws = tail!.trim().split(/\s+/);
    let counted: Counted | undefined;
    let end = -1;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!.replace(/[^\p{L}-]+$/u, '');
      if (WORKFORCE.test(w) || NOT_A_COUNT.test(w)) break;
      const hit = NOUNS.find(([, re]) => re.test(w));
      if (hit) {
        counted = hit[0];
        end = i;
        break;
      }
      // Only a word or two may stand between ("happy clients", "in cross-border transactions"); a clause's end stops the search.
      if (i >= 2 || /[.,;:!?]$/.test(ws[i]!)) break;
    }
    if (!counted) continue;
    // Money counts only a volume ("$10B in transactions"), never a price ("€99 per customer").
    if (currency && (counted !== 'volume' || !magnitude?.trim())) continue;
    const lead = all.slice(0, all.length - tail!.length);
    const said = `${lead} ${ws.slice(0, end + 1).join(' ')}`
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.,;:!?]+$/, '');
    return { said, counted, noun: ws[end]!.replace(/[^\p{L}-]+$/u, '') };
  }
  return undefined;
}

/** A tile of a landing page: a figure with its magnitude ("100M", "1.4M+", "2 billion"), "over" before it, then its label. */
const TILE = /^(?:(?:Over|More than|Nearly|Almost|Upwards of)\s+)?[$€£₹]?\s?\d[\d.,]*\s?(?:[KMB]|bn|million|billion)\+?\s+\p{L}/u;

/** A counter widget: a number on its own line ("500", "+"), then its label ("Happy Clients"). */
function counters(page: Page): Array<Counting & { evidence: string }> {
  const out: Array<Counting & { evidence: string }> = [];
  page.lines.forEach((line, i) => {
    // A counter set on one line, its "+" and its label beside it ("93+ Projekte abgeschlossen"), or a
    // landing page's tile with its magnitude ("Over 100M users worldwide", "1.4M+ community members").
    if ((/^[$€£₹]?\s?\d[\d.,]*\s?\+\s+\p{L}/u.test(line) || TILE.test(line)) && words(line) <= 5 && !/[.!?]$/.test(line)) {
      const c = countedIn(line);
      if (c)
        out.push({
          ...c,
          said: page.english ? line.replace(/(?<=\s)(\p{Lu})(\p{Ll}+)/gu, (_w, a: string, b: string) => a.toLowerCase() + b) : line,
          evidence: line,
        });
      return;
    }
    if (!/^[$€£₹]?\s?\d[\d.,]*\s*\+?$/.test(line)) return;
    let j = i + 1;
    let unit = '';
    // "+" or "crore +" on a line of its own, between the number and the label.
    if (/^(?:\+|[\p{L}.]{1,12}\s*\+)$/u.test(page.lines[j] ?? '')) unit = page.lines[j++]!;
    const label = page.lines[j];
    if (!label || words(label) > 5 || /[.!?]$/.test(label)) return;
    const text = `${line}${unit.startsWith('+') ? unit : unit ? ` ${unit}` : ''} ${label}`.replace(/\s+\+/, '+');
    const c = countedIn(text);
    // A counter's label is set in title case ("Happy Clients"): said in a sentence, it is lower case.
    if (c)
      out.push({
        ...c,
        said: page.english ? text.replace(/(?<=\s)(\p{Lu})(\p{Ll}+)/gu, (_w, a: string, b: string) => a.toLowerCase() + b) : text,
        evidence: text,
      });
  });
  return out;
}

const STRENGTH: Record<Counted, number> = { volume: 8, work: 7, served: 7, places: 6 };

/**
 * The figure a company states about its own record, the strongest one: in a sentence in which the
 * company speaks (its name, "we"), or in its counters. Said in English as the page says it; in
 * another language, quoted.
 */
export function figures(page: Page, names: string[]): Statement[] {
  const found: Array<Counting & { evidence: string }> = [];
  for (const s of companySentences(page, names)) {
    // A customer's words in quotation marks, a question, a plan: no record of the company's.
    if (/^[“"„«]/.test(s.text) || /\?$/.test(s.text) || ASPIRATION.test(s.text) || !speaksForCompany(s.text, names)) continue;
    const c = countedIn(s.text);
    if (c) found.push({ ...c, evidence: s.text });
  }
  found.push(...counters(page));
  const best = found.sort((a, b) => STRENGTH[b.counted] - STRENGTH[a.counted])[0];
  if (!best) return [];
  // "More than 50,000 organizations", a sentence's start, is said mid-sentence: "counts more than 50,000 organizations".
  const said = page.english
    ? best.said.replace(/^(?:More|Over|Nearly|Almost|About|Around|Some|Upwards)\b/, (w) => w.toLowerCase())
    : quoted(best.said);
  return [
    {
      kind: 'figure',
      text: `By its own count: ${said}`,
      phrase: said,
      names: [best.noun],
      evidence: best.evidence,
      ...onPage(page),
      counted: best.counted,
      strength: STRENGTH[best.counted],
    },
  ];
}
