import type { Person } from '../schema/dossier';
import { fold } from '../text/fold';
import type { ExperienceEntry } from '../schema/page-extraction';
import { isoToMs, yearsSince } from './dates';
import { roleFamily, roleLevel, manages, type RoleFamily, type RoleLevel } from './roles';

/**
 * A person's career read the way a coach reads a profile: which entries were jobs, which ran
 * beside the job (boards, mentoring, volunteering, meetups, student clubs, side projects), and the
 * moves between jobs — a change of employer or of role family (issue 11, "career moves that matter").
 */

export interface Job {
  entry: ExperienceEntry;
  title?: string;
  company?: string;
  family?: RoleFamily;
  level?: RoleLevel;
  start?: number;
  end?: number;
}

export interface Move {
  from: Job;
  to: Job;
  /** employer: same kind of work elsewhere; family: new kind of work; management: from doing to leading; founding: started a company. */
  kind: 'employer' | 'family' | 'management' | 'founding';
  /** When the new job began (ISO, as the profile gives it). */
  when?: string;
}

// Titles and organisations of roles held beside a job. Word edges matter: "Board" is, "Keyboard" is not.
const SIDE_TITLE =
  /\b(volunteer\w*|mentor\w*|cheerleader|organi[sz]er|organi[sz]ing|member|board|trustee|advis[eo]r\w*|ambassador|fellow|fellowship|executive in residence|entrepreneur in residence|speaker|judge|co-?organi[sz]er|community|meetup|club|society|side project|hobby|ehrenamt\w*|bénévole)\b/i;
const SIDE_ORG = /\b(meetup|club|society|volunteer\w*|community|kiva|association|chapter|hackathon|student union)\b/i;
const CONTRACT = /\b(contract\w*|freelance\w*|interim|part[- ]time|intrapreneur)\b/i;
const YEAR = 365.25 * 86_400_000;
const STINT = 92 * 86_400_000;
const STUDY_TITLE = /\b(student|graduate student|studentische|werkstudent\w*|research assistant|teaching assistant|hilfskraft)\b/i;

// Employers compared without legal forms or notes in brackets: "Accenture (UK) Ltd" is Accenture.
const norm = (s: string | undefined) =>
  fold(s ?? '')
    .replace(/\(.*?\)/g, ' ')
    .replace(/\b(inc|ltd|llc|plc|gmbh|ag|corp|corporation|company|co|c\.i\.c|cic|uk|group|limited)\b\.?/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export const sameOrg = (a: string | undefined, b: string | undefined) =>
  !!a && !!b && (norm(a) === norm(b) || norm(a).startsWith(`${norm(b)} `) || norm(b).startsWith(`${norm(a)} `));

function job(entry: ExperienceEntry, fallbackTitle?: string): Job {
  const title = entry.title ?? fallbackTitle;
  return {
    entry,
    title,
    company: entry.company,
    family: roleFamily(title) ?? roleFamily(entry.description),
    level: roleLevel(title),
    start: isoToMs(entry.start),
    end: isoToMs(entry.end),
  };
}

/** A role held beside the main job: by its title or organisation, never by its dates alone. */
function isSideRole(entry: ExperienceEntry): boolean {
  return SIDE_TITLE.test(entry.title ?? '') || SIDE_ORG.test(entry.company ?? '') || /\bpart[- ]time\b/i.test(entry.title ?? '');
}

/** Entries with something to say, and not studies (a student job is not the start of a career). */
const meaningful = (e: ExperienceEntry) => !!(e.title || e.company);

export interface Career {
  /** The main job now, if the profile shows one. */
  current?: Job;
  /** Jobs in time order (oldest first), side roles and roles inside a longer concurrent job left out. */
  jobs: Job[];
  /** Roles held beside the main job. */
  side: Job[];
  moves: Move[];
  /** Since when they have been at the current employer (their first role there). */
  since?: string;
  /** Years in the current family of work (for "a peer two years in"). */
  yearsInFamily?: number;
  level?: RoleLevel;
  family?: RoleFamily;
  student: boolean;
}

export function careerOf(person: Person | undefined, at: number): Career {
  const entries = (person?.experience ?? []).filter(meaningful);
  const all = entries.map((e) => job(e));
  const side = all.filter((j) => isSideRole(j.entry) || STUDY_TITLE.test(j.title ?? ''));
  let main = all.filter((j) => !side.includes(j));
  const headline = `${person?.headline ?? ''} ${person?.currentTitle ?? ''}`;
  // The main job now: the open role the headline or current title names, else the latest open one.
  const open = main.filter((j) => j.end === undefined);
  const named = open.find(
    (j) => (j.company && norm(headline).includes(norm(j.company))) || (j.title && norm(headline).includes(norm(j.title))),
  );
  const current = named ?? [...open].sort((a, b) => (b.start ?? 0) - (a.start ?? 0))[0];
  // Other open roles beside the current job are concurrent, not moves ("CEO of X" while "Translator at Y").
  if (current) {
    const besideCurrent = open.filter((j) => j !== current && !sameOrg(j.company, current.company));
    side.push(...besideCurrent);
    main = main.filter((j) => !besideCurrent.includes(j));
  }
  // A contract or a short role inside a longer one at another employer (contracts beside a company
  // they run) is concurrent too; a long one (three years as a consultant) stays a job.
  const inside = main.filter((j) => {
    if (j.start === undefined) return false;
    const length = (j.end ?? at) - j.start;
    if (!CONTRACT.test(j.title ?? '') && length > 1.5 * YEAR) return false;
    return main.some(
      (o) =>
        o !== j && !sameOrg(o.company, j.company) && o.start !== undefined && o.start < j.start! && (o.end ?? Infinity) > (j.end ?? at),
    );
  });
  side.push(...inside);
  main = main
    .filter((j) => !inside.includes(j))
    .sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || (a.end ?? Infinity) - (b.end ?? Infinity));
  // A stint of a few weeks between two roles at the same employer (a month teaching a course) is not a move.
  main = main.filter(
    (j, i) =>
      !(
        j.start !== undefined &&
        j.end !== undefined &&
        j.end - j.start < STINT &&
        (sameOrg(main[i - 1]?.company, j.company) || sameOrg(main[i + 1]?.company, j.company))
      ),
  );
  const moves: Move[] = [];
  for (let i = 1; i < main.length; i++) {
    // Leaving an employer, what they did there is what they did longest, not their last title.
    const prev = main[i - 1]!;
    const from = sameOrg(prev.company, main[i]!.company) ? prev : { ...prev, family: familyAt(main, i - 1, at) };
    const to = main[i]!;
    const kind = moveKind(from, to);
    if (kind) moves.push({ from, to, kind, when: to.entry.start });
  }
  // Since when at the current employer: walk back over earlier roles at the same employer.
  let since = current?.entry.start;
  if (current)
    for (const j of main)
      if (sameOrg(j.company, current.company) && j.entry.start && (!since || j.entry.start < since)) since = j.entry.start;
  const family = current?.family ?? roleFamily(person?.currentTitle) ?? roleFamily(person?.headline);
  const firstInFamily = family ? main.find((j) => j.family === family && j.level !== 'intern') : undefined;
  const level = current?.level ?? roleLevel(person?.currentTitle) ?? roleLevel(person?.headline);
  const student =
    level === 'student' ||
    /\b(student|studying|undergrad\w*|étudiant\w*|studentin)\b/i.test(headline) ||
    (!current && (person?.education ?? []).some((e) => (isoToMs(e.end) ?? 0) > at));
  return {
    current,
    jobs: main,
    side,
    moves,
    since,
    yearsInFamily: firstInFamily ? yearsSince(firstInFamily.entry.start, at) : undefined,
    level,
    family,
    student,
  };
}

/** The family of the longest stretch someone spent at the employer of `main[i]`, over their roles there. */
function familyAt(main: Job[], i: number, at: number): RoleFamily | undefined {
  const time = new Map<RoleFamily, number>();
  for (const j of main)
    if (j.family && sameOrg(j.company, main[i]!.company) && j.start !== undefined)
      time.set(j.family, (time.get(j.family) ?? 0) + ((j.end ?? at) - j.start));
  return [...time].sort((x, y) => y[1] - x[1])[0]?.[0] ?? main[i]!.family;
}

function moveKind(from: Job, to: Job): Move['kind'] | undefined {
  if (to.level === 'executive' && /found/i.test(to.title ?? '') && !sameOrg(from.company, to.company)) return 'founding';
  if (from.family && to.family && from.family !== to.family && to.family !== 'executive') return 'family';
  if (!manages(from.level) && manages(to.level) && (sameOrg(from.company, to.company) || from.family === to.family)) return 'management';
  if (from.company && to.company && !sameOrg(from.company, to.company))
    return to.family && from.family && to.family !== from.family ? 'family' : 'employer';
  return undefined;
}

/**
 * The move to talk about: the one closest to what the user wants — out of the user's own family,
 * into their target — then a change of kind of work, and the recent before the old (a move made
 * twenty years ago is background).
 */
export function bestMove(moves: Move[], target?: RoleFamily, own?: RoleFamily, at = Date.now()): Move | undefined {
  const score = (m: Move, i: number) =>
    (target && m.to.family === target ? 4 : 0) +
    (own && m.from.family === own ? 4 : 0) +
    (m.kind === 'family' || m.kind === 'founding' ? 2 : m.kind === 'management' ? 1.5 : 0) +
    (3 * (i + 1)) / moves.length -
    (m.to.start !== undefined && at - m.to.start > 8 * YEAR ? 2 : 0);
  return moves.map((m, i) => [m, score(m, i)] as const).sort((a, b) => b[1] - a[1])[0]?.[0];
}
