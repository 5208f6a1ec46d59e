import { escapeText, foldLine } from './ics-text';
import { offsetMinutes, transitions } from './zone';

export interface IcsMeeting {
  id: string;
  /** Start, epoch ms. */
  when: number;
  durationMinutes: number;
  /** IANA zone the meeting was planned in; the event keeps it. */
  timeZone: string;
  /** A place, or a video link. */
  where?: string;
  personName?: string;
  companyName?: string;
  goal?: string;
  mustAsk: string[];
  cancelled?: boolean;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** 20261203T143000 from the UTC fields of `ms` (shifted beforehand for local times). */
function stamp(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}
const offsetText = (min: number) => `${min < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(min) / 60))}${pad(Math.abs(min) % 60)}`;

const YEAR = 366 * 86_400_000;

/**
 * The meeting's zone as a VTIMEZONE (RFC 5545 §3.6.5): the offset in force a year before the
 * meeting, then every change up to a year after, so calendars show the event at the time it was
 * planned for, in the zone it was planned in. Undefined for UTC and unknown zones.
 */
function vtimezone(tz: string, around: number): string[] | undefined {
  if (/^(UTC|Etc\/UTC|Etc\/GMT|GMT)$/i.test(tz)) return undefined;
  let initial: number;
  try {
    initial = offsetMinutes(around - YEAR, tz);
  } catch {
    return undefined;
  }
  const changes = transitions(tz, around - YEAR, around + YEAR);
  const standard = Math.min(initial, ...changes.map((c) => c.to));
  const block = (kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${start}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `END:${kind}`,
  ];
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tz}`,
    ...block(initial > standard ? 'DAYLIGHT' : 'STANDARD', '19700101T000000', initial, initial),
    // An observance starts at the local time of the offset before it.
    ...changes.flatMap((c) => block(c.to > standard ? 'DAYLIGHT' : 'STANDARD', stamp(c.at + c.from * 60_000), c.from, c.to)),
    'END:VTIMEZONE',
  ];
}

/**
 * One planned meeting as an iCalendar file: the person, the place or link, the goal and the
 * must-ask questions, at the time it was planned for. Pure: `now` is the stamp.
 */
export function meetingIcs(m: IcsMeeting, now: number): string {
  const end = m.when + m.durationMinutes * 60_000;
  const zone = vtimezone(m.timeZone, m.when);
  const at = (ms: number) => (zone ? `;TZID=${m.timeZone}:${stamp(ms + offsetMinutes(ms, m.timeZone) * 60_000)}` : `:${stamp(ms)}Z`);
  const link = m.where && /^https?:\/\/\S+$/i.test(m.where.trim()) ? m.where.trim() : undefined;
  const who = [m.personName, m.companyName && `(${m.companyName})`].filter(Boolean).join(' ');
  const description = [
    m.personName && `With: ${m.personName}${m.companyName ? `, ${m.companyName}` : ''}`,
    !m.personName && m.companyName && `At: ${m.companyName}`,
    m.where && `${link ? 'Link' : 'Place'}: ${m.where}`,
    m.goal && `Goal: ${m.goal}`,
    m.mustAsk.length > 0 && `Must ask:\n${m.mustAsk.map((q, i) => `${i + 1}. ${q}`).join('\n')}`,
    'Prepared with Rapport.',
  ]
    .filter(Boolean)
    .join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rapport//Informational interviews//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(zone ?? []),
    'BEGIN:VEVENT',
    `UID:${m.id.replace(/[^\w.-]/g, '-')}@rapport.invalid`,
    `DTSTAMP:${stamp(now)}Z`,
    `DTSTART${at(m.when)}`,
    `DTEND${at(end)}`,
    `SUMMARY:${escapeText(`Informational interview${who ? ` with ${who}` : ''}`)}`,
    ...(m.where ? [`LOCATION:${escapeText(m.where)}`] : []),
    ...(link ? [`URL:${link}`] : []),
    `DESCRIPTION:${escapeText(description)}`,
    `STATUS:${m.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT15M',
    `DESCRIPTION:${escapeText(`In 15 minutes: ${who || 'your informational interview'}`)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('');
}
