import { roleLevel } from '../prep/roles';
import type { Interview, Person } from '../schema/dossier';

/**
 * A company's people in the order the user needs them: the person they meet (a meeting not
 * cancelled), then those already in their pipeline, then the company's leaders (chief, founder,
 * director, manager, by rank), then everyone else — by name within each group. A team page read
 * alphabetically put its CEO and founder somewhere in the middle (the lead's review of real pages).
 */
export function peopleInOrder(people: Person[], meetings: Array<Pick<Interview, 'personId' | 'status'>> = []): Person[] {
  const meeting = new Set(meetings.filter((m) => m.status !== 'cancelled').map((m) => m.personId));
  const rank = new Map(people.map((p) => [p.id, groupOf(p, meeting.has(p.id))]));
  return [...people].sort((a, b) => rank.get(a.id)! - rank.get(b.id)! || a.name.localeCompare(b.name));
}

const LEVEL_RANK: Partial<Record<string, number>> = { executive: 2, director: 3, manager: 4 };

function groupOf(p: Person, meets: boolean): number {
  if (meets) return 0;
  if (p.status) return 1;
  return LEVEL_RANK[roleLevel(p.currentTitle ?? p.headline) ?? ''] ?? 5;
}
