import { sentences } from '../text/sentences';
import { plain } from './clean';

/**
 * Trouble at the company told in the words of the story's own language: a strike, job cuts, a
 * mediator between management and unions, a court case. An English reader's headline words
 * (headline.ts) miss a French story headed "Grève à Radio France" whose body says "réduction nette
 * d'effectifs, de 250 à 330 équivalents temps plein" (blind-10's Le Monde story): those inside
 * lived it, so it goes under "handle with care", named in English by what it is, with the figure
 * that survives translation.
 */
export type TroubleTopic = 'strike' | 'job-cuts' | 'mediation' | 'court';

// Whole words in any script: \b knows only ASCII letters ("grève", "départs").
const w = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'iu');

const TOPICS: Array<[TroubleTopic, RegExp]> = [
  [
    'strike',
    w(
      'strikes?|striking workers|walk-?outs?|grèves?|grévistes|Streiks?|Warnstreiks?|streiken|Arbeitskampf|huelgas?|huelguistas|stakingen|staking|staken|scioperi|sciopero|scioperano',
    ),
  ],
  [
    'mediation',
    w('mediators?|mediation|médiateurs?|médiation|Schlichter|Schlichtung|mediador|mediación|bemiddelaar|bemiddeling|mediatore'),
  ],
  [
    'job-cuts',
    w(
      "job cuts|lay-?offs?|laid off|redundancies|suppressions? (?:de|d['’]) ?(?:postes|emplois)|réductions? (?:nette )?d['’]effectifs|plan social|plan de départs|départs volontaires|licenciements?|Stellenabbau|Stellen (?:streichen|abbauen)|(?:baut|bauen|streicht|streichen) (?:rund |etwa |bis zu )?[\\d.]+ (?:Stellen|Jobs|Arbeitsplätze)|Entlassungen|Kündigungswelle|despidos|recortes? de (?:plantilla|empleo)|expediente de regulación|ontslagen|ontslaggolf|banen (?:schrappen|verdwijnen)|licenziamenti|esuberi",
    ),
  ],
  ['court', w('lawsuits?|sued|procès|plainte|poursuites judiciaires|Klage|verklagt|rechtszaak|aangeklaagd|demandó|querella')],
];

/** Job figures near a cut: "de 250 à 330 équivalents temps plein" → "250 to 330 jobs". */
const JOBS =
  /(?<![\p{L}\p{N}.,])(\d[\d\s.,]*\d|\d)(?:\s*(?:à|to|bis|a|tot|e|–|-)\s*(\d[\d\s.,]*\d|\d))?\s+(?:équivalents? temps plein|postes|emplois|salariés|Stellen|Arbeitsplätze|Mitarbeitende|Mitarbeiter(?:innen)?|empleos|puestos(?: de trabajo)?|trabajadores|banen|arbeidsplaatsen|medewerkers|posti(?: di lavoro)?|dipendenti|jobs|employees|staff|positions|workers)(?![\p{L}])/u;

/** Trouble that weighs on the staff's own work (a strike, job cuts), as opposed to a court case. */
export const STAFF_TROUBLE: ReadonlySet<TroubleTopic> = new Set(['strike', 'job-cuts']);

export interface Trouble {
  /** What the story tells, in the order a reader would say it: the strike, the mediation, the cuts, a court case. */
  topics: TroubleTopic[];
  /** The job figure of the cuts, said in English ("250 to 330 jobs"). */
  cut?: string;
  /** The story's sentence that holds the figure of the cuts (or the first sentence of trouble). */
  evidence?: string;
}

const number = (n: string) => n.replace(/[\s.,](?=\d{3}(?!\d))/g, ',').trim();

/**
 * The trouble a story tells: its headline names it, or two sentences of its body do (one mention
 * in passing is background, not the story). Nothing when it tells none.
 */
export function troubleIn(headline: string, lines: string[]): Trouble | undefined {
  const body = sentences(plain(lines.join(' ')));
  const inHead = TOPICS.filter(([, re]) => re.test(headline)).map(([t]) => t);
  const told = body.filter((s) => TOPICS.some(([t, re]) => t !== 'mediation' && re.test(s)));
  if (!inHead.some((t) => t !== 'mediation') && told.length < 2) return undefined;
  const topics = TOPICS.filter(([t, re]) => inHead.includes(t) || body.some((s) => re.test(s))).map(([t]) => t);
  const jobs = TOPICS.find(([t]) => t === 'job-cuts')![1];
  for (const s of body) {
    if (!jobs.test(s)) continue;
    const m = JOBS.exec(s);
    if (!m) continue;
    return { topics, cut: `${number(m[1]!)}${m[2] ? ` to ${number(m[2])}` : ''} jobs`, evidence: s.trim() };
  }
  return { topics, evidence: told[0]?.trim() };
}

/** The trouble in English words: "the strike, the mediation and a plan to cut 250 to 330 jobs". */
export function troubleWords(t: Trouble, company?: string): string {
  const said = t.topics.map((k) =>
    k === 'strike'
      ? `the strike${company ? ` at ${company}` : ''}`
      : k === 'job-cuts'
        ? t.cut
          ? `a plan to cut ${t.cut}`
          : 'the job cuts'
        : k === 'mediation'
          ? 'the mediation'
          : 'the court case',
  );
  return said.length > 1 ? `${said.slice(0, -1).join(', ')} and ${said[said.length - 1]}` : (said[0] ?? '');
}
