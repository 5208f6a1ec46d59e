import { roleLevel } from '../prep/roles';
import type { Interview, Person } from '../schema/dossier';

/**
 * A company's people in the order the user needs them: the person they meet (a meeting not
 * cancelled), then those the user has approached (contacted, met…), then the company's leaders
 * (chief, founder, director, manager, by rank), then everyone else — by name within each group.
 * Alphabetical put a team page's CEO and founder mid-list (co-disasterkleen-staff: its President
 * came 16th of 16).
 */
export function peopleInOrder(people: Person[], meetings: Array<Pick<Interview, 'personId' | 'status'>> = []): Person[] {
  const meeting = new Set(meetings.filter((m) => m.status !== 'cancelled').map((m) => m.personId));
  const rank = new Map(people.map((p) => [p.id, groupOf(p, meeting.has(p.id))]));
  return [...people].sort((a, b) => rank.get(a.id)! - rank.get(b.id)! || a.name.localeCompare(b.name));
}

const LEVEL_RANK: Partial<Record<string, number>> = { executive: 2, director: 3, manager: 4 };

/** 2 for a chief or founder, 3 a director, 4 a manager, 5 anyone else (by their title or headline). */
export const leaderRank = (p: Pick<Person, 'currentTitle' | 'headline'>): number =>
  LEVEL_RANK[roleLevel(p.currentTitle ?? p.headline) ?? ''] ?? 5;

function groupOf(p: Person, meets: boolean): number {
  if (meets) return 0;
  // Every person a team page lists starts as "to contact": only a step the user took counts.
  if (p.status && p.status !== 'to-contact') return 1;
  return leaderRank(p);
}
