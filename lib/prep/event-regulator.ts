import { escapeRegExp } from '../text/regexp';
import { isTitleCase } from '../text/title-case';
import { article } from './clean';

// A regulator's act on the company's product, read from a story (lib/prep/events.ts): "An expert
// advisory panel to the U.S. Food and Drug Administration voted narrowly Thursday to recommend
// changing tough safety restrictions on the diabetes drug Avandia". The company is rarely the
// subject of such a sentence, so three cues must agree: a regulator is the subject, it acts (votes,
// approves, clears, rejects, lifts), and what it acts on is the company's — named with it
// ("GlaxoSmithKline's Avandia"), or a product of a kind the story says the company makes ("The
// drug's maker, GlaxoSmithKline"). A regulator acting on someone else's product gives nothing.

/** Regulators by their full names and the short names a coach would use. */
const AGENCIES: Array<[RegExp, string]> = [
  [/\b(?:U\.S\.\s+)?Food and Drug Administration\b|\bFDA\b/, 'FDA'],
  [/\bEuropean Medicines Agency\b|\bEMA\b/, 'EMA'],
  [/\bMHRA\b|\bMedicines and Healthcare products Regulatory Agency\b/, 'MHRA'],
  [/\bFederal Aviation Administration\b|\bFAA\b/, 'FAA'],
  [/\bEuropean Union Aviation Safety Agency\b|\bEASA\b/, 'EASA'],
  [/\bFederal Communications Commission\b|\bFCC\b/, 'FCC'],
  [/\bNational Highway Traffic Safety Administration\b|\bNHTSA\b/, 'NHTSA'],
  [/\bHealth Canada\b/, 'Health Canada'],
];
/** The body that acts, when it is not the agency itself: "an expert advisory panel to the FDA". */
const BODY =
  /\b(?:(?:expert\s+)?advisory\s+(?:panel|committee|board)|panel\s+of\s+(?:outside\s+)?(?:experts|advisers|advisors)|regulators?)\b/i;
/** The act, and what it is done to (to the end of its clause). */
const ACT =
  /\b(?<verb>voted\s+(?:\p{L}+\s+){0,2}?to\s+(?:recommend\s+)?(?:\p{L}+ing\s+|\p{L}+\s+)|approved|cleared|rejected|granted|lifted|eased|recommended|authori[sz]ed|banned|restricted|suspended)(?<object>[^,;:.!?]{4,120})/iu;
/** What a product is called before its name ("the diabetes drug Avandia"). */
const KIND =
  /\b(drug|medicine|treatment|therapy|vaccine|device|implant|aircraft|jet|plane|vehicle|car|phone|handset)\s+(\p{Lu}[\p{L}\p{N}-]+)/u;
/** Words that put the act out of the story's present: a guess, a plan. */
const HEDGED = /\b(?:could|may|might|would|will|expected to|is set to|plans? to|if)\s+$/i;

/** What the story says befell the product before ("which was all but banned nearly two years ago because of reported links to heart problems"). */
const PAST_TROUBLE =
  /,?\s+which\s+(?:was|were|had been|has been)\s+(?:all but\s+|largely\s+|effectively\s+|later\s+)?(?:banned|pulled|withdrawn|recalled|restricted|suspended|grounded)\b[^.;]{0,120}/i;

export interface RegulatorAct {
  /** "an FDA advisory panel voted to recommend changing tough safety restrictions on Avandia" */
  act: string;
  /** "the FDA advisory panel’s vote on Avandia" */
  phrase: string;
  /** "Avandia" */
  product: string;
  evidence: string;
  /** What befell the product before, as the sentence tells it: a topic to handle with care. */
  trouble?: string;
}

/** The company's own word for a product of this kind, said with its name in some sentence ("The drug's maker, GlaxoSmithKline"). */
function makesKind(kind: string, product: string, lines: string[], names: string[]): boolean {
  const co = names.map(escapeRegExp).join('|');
  if (!co) return false;
  const own = new RegExp(
    `(?:${co})['’]s\\s+(?:\\p{L}+\\s+){0,2}${escapeRegExp(product)}\\b|\\b${escapeRegExp(product)}\\s+(?:maker|manufacturer|developer)\\s+(?:${co})\\b|\\b${kind}['’]s\\s+(?:maker|manufacturer|developer),?\\s+(?:${co})\\b|\\b(?:maker|manufacturer|developer)\\s+of\\s+(?:the\\s+)?${kind},?\\s+(?:${co})\\b`,
    'iu',
  );
  return lines.some((l) => own.test(l));
}

/** The first regulator act on the company's product that a story's lines report. */
export function regulatorAct(lines: string[], names: string[]): RegulatorAct | undefined {
  for (const line of lines) {
    // A headline ("FDA Panel Votes to Change Tight Restrictions"): its sentence in the body says it better.
    if (isTitleCase(line, 4)) continue;
    const agency = AGENCIES.find(([re]) => re.test(line));
    if (!agency) continue;
    const m = ACT.exec(line);
    if (!m || m.index === undefined) continue;
    const before = line.slice(0, m.index);
    // The regulator (or its panel) is the subject: named before the verb, in the same clause.
    const body = BODY.exec(before);
    const at = Math.max(agency[0].exec(before)?.index ?? -1, body?.index ?? -1);
    if (at < 0 || /[;]/.test(before.slice(at)) || HEDGED.test(before)) continue;
    const object = m.groups!.object!.split(/\s+(?:which|that|because|after|since|but|while)\s+/i)[0]!.trim();
    const kind = KIND.exec(object);
    const product = kind?.[2];
    if (!kind || !product || !makesKind(kind[1]!, product, lines, names)) continue;
    const group = body?.[0].toLowerCase().replace(/^expert\s+/, '');
    const who = !group
      ? `the ${agency[1]}`
      : /^regulators?$/.test(group)
        ? `${agency[1]} ${group}`
        : `${article(agency[1])} ${agency[1]} ${group}`;
    // "voted narrowly Thursday to recommend changing" → "voted to recommend changing"; "the diabetes drug Avandia" → "Avandia".
    const verb = m.groups!.verb!.replace(/^voted\s+(?:\p{L}+\s+){0,2}?to\s+/iu, 'voted to ').trim();
    const what = object.replace(new RegExp(`(?:the\\s+)?(?:[\\p{L}-]+\\s+)?${kind[1]}\\s+${escapeRegExp(product)}`, 'iu'), product);
    const vote = /^voted/i.test(verb) ? 'vote' : 'decision';
    return {
      act: `${who} ${verb} ${what}`.replace(/\s+/g, ' '),
      phrase: `the ${who.replace(/^(?:an?|the)\s+/, '')}’${/s$/.test(who) ? '' : 's'} ${vote} on ${product}`,
      product,
      evidence: line,
      trouble: PAST_TROUBLE.exec(line.slice(m.index))?.[0].replace(/^,?\s+/, `${product}, `),
    };
  }
  return undefined;
}
