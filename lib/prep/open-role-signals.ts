import { plain } from './clean';
import { roleFamily } from './roles';
import { openRoles } from './open-roles';
import type { PrepInput } from './types';
import { dayToDay } from './own-words';
import { postingPoints } from './posting-points';
import type { OpenRole } from './signal-types';

/** The company's open roles (lib/prep/open-roles.ts), as the sheet reads them: with a family and a plain source. */
export function rolesOf(input: PrepInput): OpenRole[] {
  return openRoles({ company: input.company, clips: input.clips }, input.self).map((r) => ({
    title: plain(r.title),
    team: r.team,
    location: r.location,
    date: r.postedAt,
    family: roleFamily(r.title),
    matchesTarget: r.matchesTarget,
    clipId: r.sourceClipId,
    url: r.url ?? input.clips.find((c) => c.id === r.sourceClipId)?.url ?? '',
    source: r.source === 'posting' ? 'job posting' : 'careers page',
    dayToDay: r.source === 'posting' ? dayToDay(input.clips.find((c) => c.id === r.sourceClipId)) : undefined,
    points: r.source === 'posting' ? postingPoints(input.clips.find((c) => c.id === r.sourceClipId)) : undefined,
  }));
}
