import type { Clip, Company, SelfProfile } from '../schema/dossier';
import { fold } from '../text/fold';

/** An open role the dossier knows of: from a clipped job posting or a careers page's list. */
export interface OpenRole {
  title: string;
  team?: string;
  location?: string;
  remote?: boolean;
  url?: string;
  postedAt?: string;
  /** The clip it was read from, and what kind of page that was. */
  sourceClipId: string;
  source: 'posting' | 'careers';
  /** When the user clipped it, epoch ms (what "recent" is measured by when no posting date). */
  seenAt: number;
  /** The role matches the user's target role. */
  matchesTarget: boolean;
  /** The role as the posting's own text names it, when its title is a programme's ("College Student Summer Intern"). */
  described?: string;
}

/**
 * The role a posting's text says it seeks: "Lockheed Martin Space is seeking an Electronic/Electrical
 * Engineer 2026 Summer Intern. In this role…" (fresh3-lockheed-intern-job, titled only "College
 * Student Summer Intern"): the discipline a programme's title leaves out.
 */
export function seekingRole(text: string | undefined): string | undefined {
  const m =
    /\b(?:is|are) (?:seeking|looking for|hiring) (?:an?|our (?:next|new)) ([^.,;:!?()]{3,70}?)(?= to\b| who\b| that\b| for\b| with\b| in\b|[.,;:!?(]|$)/i.exec(
      text ?? '',
    );
  const role = m?.[1]?.trim();
  return role && role.split(/\s+/).length <= 8 ? role : undefined;
}

/** Seniority and filler that never decide whether a role is the one the user wants. */
const NOISE = new Set([
  'senior',
  'sr',
  'junior',
  'jr',
  'lead',
  'staff',
  'principal',
  'head',
  'of',
  'i',
  'ii',
  'iii',
  'iv',
  'the',
  'a',
  'an',
  'and',
  'm',
  'f',
  'd',
  'w',
  'x',
  'remote',
  'hybrid',
  'intern',
  'graduate',
  'associate',
  'entry',
  'level',
]);
const SYNONYMS: Array<[RegExp, string]> = [
  [/\bpm\b/g, 'product manager'],
  [/\bswe\b/g, 'software engineer'],
  [/\bux\b/g, 'user experience'],
  [/\bdeveloper\b/g, 'engineer'],
  [/\bengineering\b/g, 'engineer'],
  [/\bmanagement\b/g, 'manager'],
];

function roleWords(title: string): Set<string> {
  let s = fold(title).replace(/\([^)]*\)/g, ' ');
  for (const [re, to] of SYNONYMS) s = s.replace(re, to);
  return new Set(
    s
      .split(/[^\p{L}\p{N}]+/u)
      .map((w) => w.replace(/s$/, ''))
      .filter((w) => w && !NOISE.has(w)),
  );
}

/** Whether `title` is the role the user aims at: every word of the target (less seniority) is in it. */
export function matchesRole(title: string, target: string | undefined): boolean {
  if (!target) return false;
  // "Process engineer in carbon removal": the field after "in" is where, not what the posting is called
  // ("Senior Process Engineer" on a carbon-removal firm's careers page: blind-17 climeworks-careers-changer).
  const core = target.replace(/\s+(?:in|within|for)\s+(?!training\b).*$/i, '');
  const want = roleWords(core || target);
  if (!want.size) return false;
  const have = roleWords(title);
  return [...want].every((w) => have.has(w));
}

/**
 * The company's open roles from its clips — each job posting (`extraction.job`) and each role a
 * careers page lists (`extraction.jobs`) — once each by title, newest source first, those
 * matching the user's target role marked. Pure, for the company view and the prep sheet.
 */
export function openRoles(
  dossier: { company?: Pick<Company, 'id'>; clips: Clip[] },
  self: Pick<SelfProfile, 'targetRole'> | undefined,
): OpenRole[] {
  const target = self?.targetRole;
  const byTitle = new Map<string, OpenRole>();
  const clips = [...dossier.clips]
    .filter((c) => !dossier.company || !c.companyId || c.companyId === dossier.company.id)
    .sort((a, b) => b.updatedAt - a.updatedAt);
  for (const c of clips) {
    const found: Array<Omit<OpenRole, 'matchesTarget'>> = [];
    const job = c.kind === 'job-posting' ? c.extraction.job : undefined;
    if (job?.title)
      found.push({
        title: job.title,
        location: job.location,
        remote: job.remote,
        url: c.canonicalUrl ?? c.url,
        postedAt: job.postedAt,
        described: seekingRole(job.description),
        sourceClipId: c.id,
        source: 'posting',
        seenAt: c.updatedAt,
      });
    for (const j of c.extraction.jobs ?? [])
      found.push({
        title: j.title,
        team: j.team,
        location: j.location,
        url: j.url,
        sourceClipId: c.id,
        source: 'careers',
        seenAt: c.updatedAt,
      });
    for (const r of found) {
      const key = [...roleWords(r.title)].sort().join(' ') + `|${(r.location ?? '').toLowerCase()}`;
      const had = byTitle.get(key);
      // A posting says more than a line on a careers page: it wins, and the line fills its gaps (the team).
      const postingWins = had?.source === 'careers' && r.source === 'posting';
      const [winner, loser] = !had ? [r, undefined] : postingWins ? [r, had] : [had, r];
      byTitle.set(key, {
        ...strip(loser ?? {}),
        ...strip(winner),
        matchesTarget: matchesRole(r.title, target) || (!!r.described && matchesRole(r.described, target)),
      } as OpenRole);
    }
  }
  return [...byTitle.values()].sort((a, b) => Number(b.matchesTarget) - Number(a.matchesTarget) || b.seenAt - a.seenAt);
}

function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
