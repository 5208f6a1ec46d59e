import { listing } from '../clean';
import type { OpenRole, Signals } from '../signals';
import { baseTitle } from './company';
import { aRole, the } from './helpers';
import type { Template } from './types';

/** The open role the user is aiming at, from a posting whose text gave points. */
const targetPosting = (s: Signals): (OpenRole & { points: NonNullable<OpenRole['points']> }) | undefined =>
  s.openRoles.find(
    (r): r is OpenRole & { points: NonNullable<OpenRole['points']> } =>
      !!r.points && (r.matchesTarget || (!!s.self.targetFamily && r.family === s.self.targetFamily)),
  );

/** Content words of a phrase, stemmed: "coordinating and resolving technical issues" ~ "coordinate/resolve technical issues". */
const stems = (t: string) =>
  new Set(
    t
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 3)
      .map((w) => w.slice(0, 5)),
  );

/** A duty the sentence says too: most of the duty's words are in it. */
export function sameWork(duty: string, sentence: string): boolean {
  const d = stems(duty);
  const s = stems(sentence);
  const shared = [...d].filter((w) => s.has(w)).length;
  return d.size > 0 && shared >= 3 && shared >= 0.6 * d.size;
}

/** They do the job the posting describes, or work beside it, or the dossier does not say: the posting's duties are theirs to speak to. */
const seesTheJob = (s: Signals) => !s.career.family || s.sameFamily || s.nearFamily;

/** Work that faces customers: how technical it gets is the question, not which tool to learn. */
const FACING = new Set(['customer', 'sales', 'marketing']);

/** Where the role sits, as its title or posting says: "APAC" in "Customer Success Manager, APAC", else its location. */
const regionOf = (r: OpenRole) => {
  const place = /,\s*([A-Z]{2,6})\s*$/.exec(r.title)?.[1] ?? r.location?.split(/[,;]/)[0]?.trim();
  return place && !/remote|anywhere|hybrid/i.test(place) ? inPlace(place) : undefined;
};

/** How the company says its team works, as a clause after "its": "globally distributed team works asynchronously across time zones". */
export function workingClause(w: NonNullable<OpenRole['points']>['working']): string | undefined {
  if (!w) return undefined;
  const team = w.distributed ? `${/\bglobal/i.test(w.sentence) ? 'globally ' : ''}distributed team` : 'team';
  if (w.async) return `${team} works asynchronously${w.timeZones ? ' across time zones' : ''}`;
  if (w.timeZones) return `${team} works across time zones`;
  return w.distributed ? `team is ${/\bremote[- ]first\b/i.test(w.sentence) ? 'remote-first' : 'distributed'}` : undefined;
}

/** A place as said after "in": "the United States", "Australia". */
const inPlace = (place: string) => (/^(?:United|Netherlands|Philippines|Czech)\b/.test(place) ? `the ${place}` : place);

/**
 * The open role the user wants, asked from what its posting says: where the time goes among its
 * duties, how much of the tools it asks for the work really uses, and how a team that works
 * asynchronously across time zones stays in step — never whether it is remote or what it pays
 * (the posting says).
 */
export const POSTING: Template[] = [
  {
    id: 'role.posting-duties',
    category: 'role',
    intent: 'day-to-day',
    weight: 7,
    fits: seesTheJob,
    fill: (s) => {
      const r = targetPosting(s);
      // A duty the posting's day-to-day sentence says already is asked by the open-role question
      // (getting-in.ts), quoted: listed again here, two questions ask about one duty (blind-13
      // lockheed: "coordinating and resolving technical issues" in both).
      const asked = s.openRoles.find((x) => x.matchesTarget || (!!s.self.targetFamily && x.family === s.self.targetFamily));
      const quoted = r && !s.peer && asked === r ? r.dayToDay : undefined;
      const all = r?.points.duties ?? [];
      const rest = quoted ? all.filter((d) => !sameWork(d, quoted)) : all;
      const duties = rest.length >= 2 ? rest : all;
      if (!r || duties.length < 2) return [];
      return [
        {
          text: `The ${baseTitle(r.title)} posting lists ${listing(duties)} among the job's duties. Which of them takes most of the week, and what gets squeezed?`,
          reason: `The open role you want, in its posting's words (${r.source}): where the time really goes is what no posting says.`,
          basis: [`clip:${r.clipId}`],
          bonus: 1,
        },
      ];
    },
  },
  {
    id: 'role.posting-tools',
    category: 'role',
    intent: 'tools',
    weight: 6,
    fits: seesTheJob,
    fill: (s) => {
      const r = targetPosting(s);
      const tools = r?.points.tools.slice(0, 4) ?? [];
      if (!r || tools.length < 2) return [];
      const facing = FACING.has(s.self.targetFamily ?? '');
      return [
        {
          text: facing
            ? `The ${baseTitle(r.title)} posting asks for ${listing(tools)}. How technical do conversations with customers really get?`
            : `The ${baseTitle(r.title)} posting asks for ${listing(tools)}. Which of them carry the daily work, and which does a new hire pick up on the job?`,
          reason: `What the posting for the role you want asks you to know (${r.source}): how much of it the work really uses is what no posting says.`,
          basis: [`clip:${r.clipId}`],
        },
      ];
    },
  },
  {
    id: 'company.way-of-working',
    category: 'company',
    intent: 'way-of-working',
    weight: 6,
    fill: (s) => {
      // The role the user wants says where they would sit and with whom; any posting says how the company works.
      const r = targetPosting(s) ?? s.openRoles.find((x) => x.points?.working);
      const w = r?.points?.working ?? s.openRoles.find((x) => x.points?.working)?.points?.working;
      const clause = workingClause(w);
      if (!r || !clause) return [];
      const mine = targetPosting(s) === r;
      const who = s.self.target ? aRole(s.self.target) : 'someone new';
      const where = mine && regionOf(r) ? ` in ${regionOf(r)}` : '';
      const teams = mine ? (r.points?.teams ?? []) : [];
      return [
        {
          text: `${the(s)} says its ${clause}. How does ${who}${where} stay in step with ${teams.length ? listing(teams.slice(0, 3)) : 'the rest of the company'}, and what still has to happen live?`,
          reason: `How the company says it works (${r.source}): what that means for a working day is what no posting says.`,
          basis: [`clip:${s.openRoles.find((x) => x.points?.working === w)?.clipId ?? r.clipId}`],
        },
      ];
    },
  },
];
