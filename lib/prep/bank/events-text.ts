import type { CompanyEvent } from '../events';
import { readableDate } from '../dates';
import { escapeRegExp } from '../../text/regexp';
import { FAMILY_PEOPLE, FAMILY_WORDS } from '../roles';
import type { RoleFamily } from '../roles';
import type { Signals } from '../signals';
import { the } from './helpers';

const ENGLISH = (e: CompanyEvent) => !e.lang || e.lang.startsWith('en');

/** An event as a coach mentions it: "the $25 million Series B", "Surface Studio". */
export function eventPhrase(e: CompanyEvent): string {
  switch (e.kind) {
    case 'funding': {
      if (!ENGLISH(e)) return 'the new funding';
      const amount =
        /(?:US)?[$€£¥]\s?\d[\d.,]*\s?(?:million|billion|bn|mn|m|k|b)?|\d[\d.,]*\s?(?:million|billion)(?:\s+(?:dollars|euros|pounds))?/i.exec(
          e.what,
        )?.[0];
      const round = /Series\s+[A-H]\d?|seed/i.exec(e.what)?.[0];
      return amount && round ? `the ${amount} ${round}` : round ? `the ${round} round` : `the ${amount ?? 'new'} raise`;
    }
    case 'acquisition':
      return ENGLISH(e) ? `the acquisition of ${e.what.replace(/^(a|an|the)\s+/i, 'the ')}` : 'the acquisition';
    case 'acquired':
      return `the sale to ${e.what}`;
    case 'merger':
      return `the merger with ${e.what}`;
    case 'leadership':
      if (!ENGLISH(e)) return leadershipInEnglish(e) ?? 'the news about its leadership';
      if (/stepping down/.test(e.what)) return e.what;
      return / as /.test(e.what) ? `the appointment of ${e.what}` : `the leadership change (${e.what})`;
    case 'hiring':
      return `the plan to add ${e.what}`;
    case 'approval':
      if (e.act) return e.act;
      return e.product ? `the ${e.what} for ${e.product}` : `the ${e.what}`;
    case 'partnership':
      return e.gift ? `the ${e.gift} gift to ${recipient(e)}` : `the partnership with ${e.what}`;
    case 'fix':
      return e.what;
    case 'report':
      return `the ${e.what.replace(/^(?:a|an|its|their|the)\s+/i, '')}`;
    case 'deal':
      return `the ${e.what.replace(/^(a|an|the)\s+/i, '')}`;
    case 'launch': {
      // A product's name stands alone ("Surface Studio"); a description takes "the" ("the ‘family’ plan").
      const w = e.what.replace(/^(a|an|its|their|our)\s+/i, '');
      // A name the story gave a described launch keeps what it is: "$rev (the new SDK)", in brackets
      // so that the phrase reads whole inside a sentence ("What did building $rev (the new SDK) ask …").
      const described = e.described ? ` (${e.described.replace(/^(a|an|its|their|our)\s+/i, 'the ')})` : '';
      // A size or count before the name ("16-inch MacBook Pro", "12-seat Tern") describes the model: it takes "the".
      const measured = /^\d+(?:[.,]\d+)?[-\s](?:inch|in|mm|cm|core|bit|seat|speed|door|litre|liter)\b/i.test(w);
      return (/^the\s/i.test(w) || (/^[\p{Lu}\p{N}$]/u.test(w) && !measured) ? w : `the ${w}`) + described;
    }
    case 'layoffs':
      return /\d/.test(e.what)
        ? `the cut of ${e.what.replace(/^(about|around|roughly|nearly|some|more than|up to|over)\s+/i, 'about ')}`
        : 'the job cuts';
    case 'lawsuit':
      return 'the legal dispute';
    case 'ruling':
      return `the ${e.date ? `${e.date.slice(0, 4)} ` : ''}court ruling`;
    default:
      return 'the setback';
  }
}

// A change at the top reported in German or French, said in English: the office and what happened to it.
const OFFICES: Array<[RegExp, string]> = [
  [/aufsichtsrat\w*|chefaufseher|chefkontrolleur|président du conseil de surveillance/i, 'supervisory board chair'],
  [/vorstandschef\w*|vorstandsvorsitzend\w*|pdg|directeur général/i, 'chief executive'],
  [/finanzvorstand|finanzchef|directeur financier/i, 'chief financial officer'],
];
const CHANGES: Array<[RegExp, string]> = [
  [/zweite amtszeit|weitere amtszeit|wiederwahl|second mandat|reconduit/i, 'nomination for a second term'],
  [/entlassen|abgesetzt|abberufen|limogé/i, 'dismissal'],
  [/zurückgetreten|rücktritt|démission/i, 'resignation'],
  [/nominier\w*|ernenn\w*|ernannt|beruf\w*|nomm\w*/i, 'appointment'],
];

/** "the supervisory board chair's nomination for a second term", from "Aufsichtsratschef für zweite Amtszeit". */
export function leadershipInEnglish(e: Pick<CompanyEvent, 'what' | 'evidence' | 'who' | 'succession'>): string | undefined {
  // Read off the story's own sentence (lib/prep/event-succession.ts): who, which office, how.
  if (e.succession) return `the ${e.succession.change} of ${e.succession.who} as ${e.succession.office}`;
  const text = `${e.what} ${e.evidence}`;
  const office = OFFICES.find(([re]) => re.test(text))?.[1];
  const change = CHANGES.find(([re]) => re.test(text))?.[1];
  if (!office || !change) return undefined;
  // "the nomination of Alexander Wynaendts, the supervisory board chair, for a second term"
  const [noun, rest] = change.startsWith('nomination ') ? ['nomination', change.slice('nomination '.length)] : [change, ''];
  return e.who ? `the ${noun} of ${e.who}, the ${office},${rest ? ` ${rest}` : ''}`.replace(/,$/, '') : `the ${office}'s ${change}`;
}

/**
 * The change as a sentence reports it: "Alexander Wynaendts was nominated for a second term as
 * supervisory board chair", from "Aufsichtsratschef für zweite Amtszeit"; undefined when the story
 * names no office or no change.
 */
export function leadershipSentence(e: Pick<CompanyEvent, 'what' | 'evidence' | 'who' | 'succession'>): string | undefined {
  const c = e.succession;
  if (c)
    return `${c.who} was ${c.change === 'election' ? 'elected' : 'appointed'} ${c.office}${c.succeeds ? `, to succeed ${c.succeeds}` : ''}`;
  const text = `${e.what} ${e.evidence}`;
  const office = OFFICES.find(([re]) => re.test(text))?.[1];
  const change = CHANGES.find(([re]) => re.test(text))?.[1];
  if (!office || !change) return undefined;
  const who = e.who ?? `the ${office}`;
  const as = e.who ? ` as ${office}` : '';
  switch (change) {
    case 'nomination for a second term':
      return `${who} was nominated for a second term${as}`;
    case 'dismissal':
      return `${who} was dismissed${as}`;
    case 'resignation':
      return `${who} resigned${as}`;
    default:
      return e.who ? `${who} was appointed ${office}` : `a new ${office} was appointed`;
  }
}

/** Who received a gift, with the article its story gave them ("the Louvre"). */
export const recipient = (e: Pick<CompanyEvent, 'what' | 'evidence'>) =>
  new RegExp(`\\bthe\\s+${escapeRegExp(e.what)}`, 'i').test(e.evidence) && !/^the\s/i.test(e.what) ? `the ${e.what}` : e.what;

/** Where and when it was read: "(TechCrunch, May 2024)". */
export const cite = (e: CompanyEvent) => `(${[e.source, readableDate(e.date)].filter(Boolean).join(', ')})`;

/** The question a coach would write about one event, from where this person sits. */
export function eventQuestion(e: CompanyEvent, s: Signals): string {
  const year = e.date ? ` in ${e.date.slice(0, 4)}` : '';
  const co = the(s);
  const p = eventPhrase(e);
  switch (e.kind) {
    case 'funding':
      return e.recent
        ? `What has changed in how your team plans since ${p}?`
        : `Looking back at ${p}${year}, what did the money change for teams like yours?`;
    case 'launch':
      // Years on, what came of it is the question, not who shaped it then.
      if (e.date && s.meetingAt - Date.parse(e.date) > 2 * 365.25 * 86_400_000)
        return `${co} launched ${e.described ? `${e.what} (${e.described.replace(/^(?:its|their|our)\s+/i, 'an ')})` : p}${year}. Looking back, what came of it for ${s.self.targetFamily ? FAMILY_PEOPLE[s.self.targetFamily] : 'teams like yours'}, and what has changed since?`;
      if (s.nearFamily && s.career.family && s.self.targetFamily)
        return `When ${p} launched, how did ${FAMILY_WORDS[s.career.family]} and ${FAMILY_WORDS[s.self.targetFamily]} split the decisions?`;
      // Nothing says they worked on it: ask how the work the user wants shaped it, not what "your team" learned.
      return launchQuestion(p, s.self.targetFamily);
    case 'acquisition':
      // The story says what it was bought for: how far that has gone is what only someone inside knows.
      if (e.purpose && ENGLISH(e))
        return `When ${co} bought ${e.what}, ${e.purpose}. How far has that gone, and what has it changed for ${s.self.targetFamily ? FAMILY_PEOPLE[s.self.targetFamily] : 'your team'}?`;
      return `How has ${p} changed the work on your side?`;
    case 'acquired':
      return `What changed for your team after ${co} was sold to ${e.what}?`;
    case 'merger':
      // Two organisations made one: how the work is shared out now is what no story tells.
      return `Since ${p}, what has changed day to day for ${s.self.targetFamily ? FAMILY_PEOPLE[s.self.targetFamily] : 'your team'}, and what is still being settled?`;
    case 'leadership':
      // Someone aiming at governance work asks how such a decision is prepared: that is the work.
      if (s.self.targetFamily === 'legal' || /governance|board|company secretar/i.test(s.self.target ?? '')) {
        // Said as the story reports it, shortly: who, what and where it was read; then the work behind it.
        const said = ENGLISH(e) ? undefined : leadershipSentence(e);
        const month = readableDate(e.date);
        return said
          ? `${e.source} reported${month ? ` in ${month}` : ''} that ${said}. How much of the work behind a decision like that falls to the governance team?`
          : `I read about ${p} ${cite(e)}. How much of the work behind a decision like that falls to the governance team?`;
      }
      // A change told in another language, read whole (who, the office, whom they succeed): said in English as
      // the story reports it, then asked from the side of the work the user wants — the handover when it is
      // still ahead (ICMPD: elected in June, taking over at the year's end), else what changed since.
      if (e.succession) {
        const month = readableDate(e.date);
        const people = peopleOf(s);
        return `${e.source} reported${month ? ` in ${month}` : ''} that ${leadershipSentence(e)}. ${
          e.succession.ahead && e.recent
            ? `What will the handover mean for ${people}, and what do you expect to change?`
            : `What has changed for ${people} since?`
        }`;
      }
      // A named newcomer is asked about from the side of the work the user wants: what they changed there.
      if (ENGLISH(e) && e.who && / as /.test(e.what) && !/stepping down/.test(e.what))
        return `I read that ${e.who} became ${e.what.slice(e.what.lastIndexOf(' as ') + 4)} ${cite(e)}. What has changed for ${s.self.targetFamily ? FAMILY_PEOPLE[s.self.targetFamily] : 'your team'} since?`;
      return ENGLISH(e) || leadershipInEnglish(e)
        ? `I read about ${p} ${cite(e)}. Has it changed anything you notice day to day?`
        : `I read ${e.source}'s report on ${co}'s leadership (${readableDate(e.date) ?? 'recently'}). What does it mean for teams like yours?`;
    case 'approval':
      // A regulator acted on its product: how the company prepared, and what it changes for the work the user knows.
      if (e.act)
        return `${e.date ? `In ${readableDate(e.date)}, ` : ''}${e.date ? e.what : e.what.charAt(0).toUpperCase() + e.what.slice(1)}. How did ${co} prepare for it, and what does it change for ${s.self.targetFamily ? FAMILY_PEOPLE[s.self.targetFamily] : 'your team'}?`;
      return `I read that ${co} received ${p.replace(/^the /, '')} ${cite(e)}. What did getting it ask of ${s.self.targetFamily ? FAMILY_PEOPLE[s.self.targetFamily] : 'the team'}, and what does it open up?`;
    case 'fix':
      return `When ${e.what} was reported ${cite(e)}, how did the report reach the team, and what changed in how ${e.product ?? 'the product'} is built since?`;
    case 'report':
      // Its own data made public: how it was made, and what it taught the people who work with that data.
      return `How was ${p} put together, and which finding surprised ${s.self.targetFamily ? FAMILY_PEOPLE[s.self.targetFamily] : 'your team'} most?`;
    case 'hiring':
      return `${co} plans to add ${e.what}. Which teams will grow, and what does that mean for yours?`;
    case 'deal':
      return s.personId || !s.self.targetFamily
        ? `What does ${p} mean for your team's work over the next few years?`
        : `What does ${p} mean for ${FAMILY_PEOPLE[s.self.targetFamily]}${p.includes(co) ? '' : ` at ${co}`} over the next few years?`;
    case 'partnership':
      // Patronage: how a gift is chosen and shaped is what only someone inside can tell.
      if (e.gift)
        return e.recent
          ? `${co} gave ${recipient(e)} ${e.gift} ${cite(e)}. How is a gift like that chosen and shaped, and who has a say in it?`
          : `Looking back at ${p}${year}, what came of it, and how are gifts like that chosen?`;
      return e.recent
        ? `What does ${p} change for your team's work?`
        : `Looking back at ${p}${year}, what came of it for teams like yours?`;
    default:
      return `I read about ${p} ${cite(e)}. How does it look from inside ${co}?`;
  }
}

/** The people doing the work the user wants, as a sentence names them: "engineers", "project officers", else "your team". */
function peopleOf(s: Signals): string {
  if (s.self.targetFamily) return FAMILY_PEOPLE[s.self.targetFamily];
  const t = s.self.target?.trim();
  // A plain title ending in the noun of a person ("Project officer") takes an "s"; "Head of X" does not.
  return t && /^[\p{L} -]+(?:er|or|ist|ant|ent|ian|ive|ect)$/iu.test(t) && !/\s(?:of|for|at)\s/i.test(t)
    ? `${t.replace(/\b\p{Lu}(?=\p{Ll})/gu, (c) => c.toLowerCase())}s`
    : 'your team';
}

/** A launch asked from the side of the work the user wants: who shaped it, and how early. */
function launchQuestion(p: string, target: RoleFamily | undefined): string {
  switch (target) {
    case 'design':
      // A car or a device "looks and works"; a plan, a price or a list of launches ("the ‘family’ plan and dark mode") does not.
      return /\b(?:plan|plans|pricing|price|tier|subscription|membership|programme|program)\b| and /i.test(p)
        ? `How early did designers come into ${p}, and who had the final say on what shipped?`
        : `How early did designers come into ${p}, and who had the final say on how it looks and works?`;
    case 'engineering':
    case 'built':
      return `What did building ${p} ask of the engineers that earlier work didn't?`;
    case 'product':
      return `Who decided what went into ${p} and what was left out?`;
    case 'marketing':
      return `How early was marketing involved in ${p}, and what did it shape?`;
    case 'sales':
    case 'customer':
      return `Since ${p} launched, what do customers ask about it most?`;
    case 'data':
      return `Which numbers shaped the decisions behind ${p}, and who watched them after launch?`;
    default:
      return `Who decided what went into ${p}, and what was left out?`;
  }
}

/** "since the launch of X", "since the $25 million Series B": what changed things, as a time. */
export function eventSince(e: CompanyEvent): string {
  return e.kind === 'launch' ? `the launch of ${eventPhrase(e)}` : eventPhrase(e);
}
