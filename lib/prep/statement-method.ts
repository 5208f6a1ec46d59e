import { type Page, type Statement, companySentences, onPage, quoted, speaksForCompany, words } from './statement-page';

// How the company says it works, read by lib/prep/statements.ts: a method it names by its steps
// ("Onze unieke 6-stappen methode waarbij u als leider afdaalt naar de basis …"), or the steps of
// its process set out under their own heading ("How we work": "Free consultation", "Site survey",
// "Installation"). Which step goes off script, and who steps in, is what only someone inside can
// tell; the page's words are quoted, never translated.

const COUNT = String.raw`(?:\d{1,2}|two|three|four|five|six|seven|eight|zwei|drei|vier|fünf|sechs|sieben|acht|deux|trois|quatre|cinq|six|sept|huit|twee|drie|vijf|zes|zeven|acht)`;
/** "a 6-step method", "unsere 4-Phasen-Methode", "en 5 étapes", "6-stappen methode", "in three steps". */
const STEPS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${COUNT}[-\s](?:steps?|stages?|phases?|stappen|stap|fasen|Schritte?n?|Stufen|Phasen?|étapes?)(?![\p{L}])`,
  'iu',
);
/** A word that says the steps are a way of working, not a count of anything else ("3 steps from the station"). */
const WAY =
  /(?<![\p{L}])(?:method\w*|méthode|Methode|process|proces|Prozess\w*|processus|approach|aanpak|Ansatz|approche|programme?|traject|plan|model|framework)(?![\p{L}])/iu;

/** A heading over the steps of its process. */
export const PROCESS_HEADING =
  /^(?:how (?:we|it) works?|our (?:process|approach|method)|the process|so (?:arbeiten|funktioniert) (?:wir|es)|unser (?:vorgehen|ablauf|prozess)|ablauf|notre (?:méthode|démarche|approche|processus)|comment (?:ça marche|nous travaillons)|onze (?:werkwijze|aanpak)|werkwijze|hoe (?:wij werken|het werkt))$/iu;

/** A menu word or a link's verb opening a line: the page's chrome, not a step of its work. */
const NOT_A_STEP =
  /^(?:faq|contact|about|home|blog|pricing|login|log in|references?|referenzen|download|watch|learn|see|get|try|start|book|view|read|explore|request)\b/i;

/** The words naming the method: the count of steps and the word for a way of working, at most two words apart ("6-stappen methode", "process in three steps"). */
function methodName(text: string): string | undefined {
  const m = new RegExp(
    String.raw`${STEPS.source}(?:\s+[\p{L}-]+){0,2}?\s+${WAY.source}|${WAY.source}(?:\s+[\p{L}-]+){0,2}?\s+${STEPS.source}`,
    'iu',
  ).exec(text);
  return m?.[0];
}

/** A method the company names by its steps, in one sentence of its own (at most 30 words). */
function named(page: Page, names: string[]): Statement[] {
  for (const s of companySentences(page, names)) {
    if (words(s.text) > 30 || !STEPS.test(s.text) || !WAY.test(s.text)) continue;
    if (!s.all.some((t) => speaksForCompany(t, names))) continue;
    // Said aloud, the method's own name ("6-stappen methode", "a 4-step process"), not its whole sentence.
    const phrase = quoted(methodName(s.text) ?? STEPS.exec(s.text)![0]);
    return [
      {
        kind: 'method',
        form: 'named',
        text: `Its method, in its own words: ${phrase}`,
        phrase,
        names: [STEPS.exec(s.text)![0]],
        evidence: s.text,
        ...onPage(page),
        strength: 7,
      },
    ];
  }
  return [];
}

/** The steps of its process under their heading: three or more short lines, each a step's name (an ordinal or a number before it is dropped). */
function steps(page: Page): Statement[] {
  const start = page.lines.findIndex((l) => words(l) <= 5 && PROCESS_HEADING.test(l.trim()));
  if (start < 0) return [];
  const items: string[] = [];
  for (let i = start + 1; i < Math.min(page.lines.length, start + 20) && items.length < 6; i += 1) {
    const l = page.lines[i]!.trim().replace(/^(?:step\s+)?\d{1,2}[.):]?\s+/i, '');
    // A step's name: one to five words, no full stop; the lines telling it (longer) are passed over.
    // A step's number alone on its line ("Schritt 01", "2") is the step's label, not its name.
    if (!l || /^(?:(?:step|schritt|étape|stap|phase|fase)\s*)?\d{1,2}$/i.test(l)) continue;
    // A step is told by the line after it (five words or more); a link ("Download Plate Templates"), a price or a menu word is no step.
    const next = (page.lines[i + 1] ?? '').trim();
    if (words(l) <= 5 && !/[.!?:,()$€£%]/.test(l) && !NOT_A_STEP.test(l) && words(next) >= 5) {
      items.push(l);
      i += 1;
    } else if (words(l) < 6) break;
  }
  if (items.length < 3) return [];
  const shown = items.slice(0, 4).map(quoted);
  const list = `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
  return [
    {
      kind: 'method',
      form: 'steps',
      text: `How it works, in its own words: ${list}`,
      phrase: `sets out its process: ${list}`,
      names: items.slice(0, 4),
      evidence: items.join(' / '),
      ...onPage(page),
      strength: 7,
    },
  ];
}

const NUMBER = String.raw`(?:\d{1,2}(?:[-–]\d{1,2})?|one|two|three|four|five|six|eight|ten|twelve|zwei|drei|vier|fünf|sechs|deux|trois|quatre|cinq|twee|drie|vier|vijf|zes)`;
/** The time a piece of the company's work takes, as a page says it: "it takes 4 weeks to fill a role", "dauert in der Regel zwei Wochen". */
const PACE = new RegExp(
  String.raw`(?<![\p{L}])(?:takes?|lasts|dauer(?:t|n)|dure(?:nt)?|prend|duurt|duren)\s+(?:[\p{L},]+\s+){0,5}?${NUMBER}[-\s](days?|weeks?|months?|Tagen?|Wochen|Monaten?|jours|semaines|mois|dagen|weken|maanden)(?![\p{L}])`,
  'iu',
);
const UNIT: Array<[RegExp, 'days' | 'weeks' | 'months']> = [
  [/^(?:days?|tag|jours|dagen)/i, 'days'],
  [/^(?:weeks?|wochen|semaines|weken)/i, 'weeks'],
  [/^(?:months?|monat|mois|maanden)/i, 'months'],
];
// "lasts", never "last": "Uptime (Last 90 days)" is a window, not a length of work.
/** A shop's delivery or a reply's delay is logistics, not the work: "delivery takes 3–5 days". */
const NOT_WORK =
  /(?<![\p{L}])(?:deliver(?:y|ies)|shipping|dispatch|Lieferung\w*|Versand|livraison|levering|verzending|refund\w*|return\w*|reply|respond\w*|Antwort)(?![\p{L}])/iu;

/** The time its work takes, in one short sentence of its own (at most 16 words), quoted whole: the shortest such sentence. */
function pace(page: Page, names: string[]): Statement[] {
  const found = companySentences(page, names)
    .filter((s) => words(s.text) <= 16 && PACE.test(s.text) && !NOT_WORK.test(s.text) && !s.text.includes('?'))
    .sort((a, b) => words(a.text) - words(b.text))[0];
  if (!found) return [];
  const unit = UNIT.find(([re]) => re.test(PACE.exec(found.text)![1]!))?.[1];
  const phrase = `“${found.text.replace(/[.!]+$/, '').trim()}”`;
  return [
    {
      kind: 'method',
      form: 'pace',
      text: `How long its work takes, in its own words: ${phrase}`,
      phrase,
      names: [PACE.exec(found.text)![0]],
      evidence: found.text,
      unit,
      ...onPage(page),
      strength: 6,
    },
  ];
}

/** How the company says it works: a method named by its steps, else the steps of its process, else the time its work takes. */
export function method(page: Page, names: string[]): Statement[] {
  return [...named(page, names), ...steps(page), ...pace(page, names)].slice(0, 1);
}
