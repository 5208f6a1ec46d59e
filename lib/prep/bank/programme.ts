import { fold } from '../../text/fold';
import { isRecent, readableDate } from '../dates';
import type { Quote } from '../quote';
import { FAMILY_PEOPLE } from '../roles';
import type { Signals } from '../signals';
import type { Template } from './types';

/**
 * A programme the company's own people name on the record ("the timing of certain benefits
 * associated with our One Home Depot strategic investments"): the work the company is changing,
 * told by a leader in a story that is otherwise about money. The quote itself may be no question
 * (an earnings line, too long to repeat); the programme it names is — what it has changed for the
 * people doing the work the user does or wants.
 */
const PROGRAMME =
  /\bour\s+((?:\p{Lu}[\p{L}'’&-]*\s+){0,3}\p{Lu}[\p{L}'’&-]*)\s+(strategic investments?|strategy|initiative|program(?:me)?|transformation|investments)\b/u;

export function programmeIn(q: Quote, company: string | undefined): { name: string; kind: string } | undefined {
  if (q.byPerson) return undefined;
  const m = PROGRAMME.exec(q.quote);
  if (!m) return undefined;
  const name = m[1]!.trim();
  // "our Acme strategy" names only the company: no programme in particular.
  if (company && fold(name) === fold(company)) return undefined;
  return { name, kind: m[2]! };
}

const plural = (kind: string) => /s$/.test(kind);

export const PROGRAMME_TEMPLATES: Template[] = [
  {
    id: 'company.programme',
    category: 'company',
    intent: 'programme',
    weight: 7,
    fill: (s: Signals) => {
      for (const q of s.quotes) {
        const p = programmeIn(q, s.companyName);
        if (!p) continue;
        const people = s.self.targetFamily ? FAMILY_PEOPLE[s.self.targetFamily] : 'the people doing the work';
        // "CEO and president Craig Menear" reads as a list: the first title is enough.
        const role = q.role
          ?.replace(/^(?:the|its|our)\s+/i, '')
          .split(/,|\s+and\s+/)[0]!
          .trim();
        const who = role && role.split(/\s+/).length <= 3 ? `${role} ${q.speaker}` : q.speaker;
        const when = [q.source, readableDate(q.date)].filter(Boolean).join(', ');
        return [
          {
            text: `${who.charAt(0).toUpperCase()}${who.slice(1)} pointed to the ${p.name} ${p.kind} (${when}). What ${plural(p.kind) ? 'have they' : 'has it'} changed for ${people} so far, and what is still settling?`,
            reason: `${q.speaker} named a programme of the company's on the record: what it changes inside is what no story says.`,
            basis: [`clip:${q.clipId}`],
            slot: `${q.clipId}:${p.name}`,
            intent: `quote:${q.clipId}`,
            bonus: isRecent(q.date, s.meetingAt) ? 2 : 0,
          },
        ];
      }
      return [];
    },
  },
];
