import type { Interview, Person, PersonStatus } from '../schema/dossier';
import { awaitingReply } from '../warm/follow-up';
import { leaderRank } from './people-order';

const DAY = 86_400_000;

/** 1 when the person's own profile page is in the dossier (the user went to it), else 0. */
const ownProfile = (p: Person): number => (p.profileUrl ? 1 : 0);

export interface PipelineCard {
  person: Person;
  companyName?: string;
  next: string;
  /** When the next action is due, epoch ms. */
  due?: number;
  overdue: boolean;
  interviewId?: string;
}

/**
 * Each person's next step by status: ask for the meeting, follow up after a week without an
 * answer, prepare for the meeting, thank within 24 hours, check in after some weeks.
 */
export function pipeline(
  people: Person[],
  companyNames: Map<string, string>,
  interviews: Interview[],
  checkInWeeks: number,
  now: number,
): Record<PersonStatus, PipelineCard[]> {
  const byPerson = new Map<string, Interview[]>();
  for (const i of interviews) if (i.personId) (byPerson.get(i.personId) ?? byPerson.set(i.personId, []).get(i.personId)!).push(i);
  const out: Record<PersonStatus, PipelineCard[]> = { 'to-contact': [], contacted: [], scheduled: [], met: [], thanked: [] };
  for (const p of people) {
    // People without a status (connections not approached) are not in the pipeline.
    if (!p.status) continue;
    const ivs = (byPerson.get(p.id) ?? []).sort((a, b) => a.when - b.when);
    const next = ivs.find((i) => i.status === 'planned');
    const last = [...ivs].reverse().find((i) => i.status === 'done' || i.status === 'thanked');
    const end = (i: Interview) => i.when + i.durationMinutes * 60_000;
    const since = p.statusAt ?? p.updatedAt;
    let card: Omit<PipelineCard, 'overdue' | 'person' | 'companyName'>;
    switch (p.status) {
      case 'to-contact':
        card = { next: 'Ask for 20–30 minutes of their time' };
        break;
      case 'contacted': {
        const waiting = awaitingReply(p, now);
        card = !waiting
          ? p.log?.some((e) => e.kind === 'replied')
            ? { next: 'They replied: agree a time and plan the meeting' }
            : { next: 'Follow up if there is no answer', due: since + 7 * DAY }
          : waiting.nudged
            ? { next: `No reply for ${days(waiting.days)} since your nudge: let it rest, or ask someone else`, due: waiting.due }
            : waiting.days >= 7
              ? { next: `No reply for ${days(waiting.days)}: send the nudge`, due: waiting.due }
              : { next: 'Wait for a reply; nudge after a week', due: waiting.due };
        break;
      }
      case 'scheduled':
        card = next ? { next: 'Prepare: read the prep sheet', due: next.when, interviewId: next.id } : { next: 'Plan the meeting' };
        break;
      case 'met':
        card = last ? { next: 'Send your thank-you', due: end(last) + DAY, interviewId: last.id } : { next: 'Send your thank-you' };
        break;
      case 'thanked':
        card = {
          next: 'Check in with news of what you did',
          due: (last ? end(last) : since) + checkInWeeks * 7 * DAY,
          interviewId: last?.id,
        };
        break;
    }
    const status = p.status;
    out[status].push({
      ...card,
      person: p,
      companyName: p.currentCompanyId ? companyNames.get(p.currentCompanyId) : undefined,
      overdue: card.due !== undefined && card.due < now,
    });
  }
  // Soonest due first; among equals (every "to contact" card has no date) someone whose own profile
  // the user went to and clipped before the people a page merely names (a clipped team page's 20
  // names hid the profile just clipped behind "Show all"), then a team page's leaders before its
  // staff, as the company view orders them.
  for (const list of Object.values(out))
    list.sort(
      (a, b) =>
        (a.due ?? Infinity) - (b.due ?? Infinity) ||
        ownProfile(b.person) - ownProfile(a.person) ||
        leaderRank(a.person) - leaderRank(b.person) ||
        a.person.name.localeCompare(b.person.name),
    );
  return out;
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
