import type { CompanyEvent } from './events';
import { foldWords } from '../text/fold';

/** The person met's own appointment, as a story about the company tells it. */
export interface Appointment {
  /** The office in English, as the story names it: "secretary general", "CEO". */
  office: string;
  /** When they take it up, when the story says ("ab dem 1. Januar 2024"); else when it was announced. */
  when?: string;
  /** They had taken it up by the meeting (the start date is past), or the story gives no start date. */
  started: boolean;
  source: string;
  clipId: string;
}

/**
 * A leadership change whose newcomer is the person met: "Krahmer wird neuer EBAA-Generalsekretär"
 * (blind-15 krahmer-ebaa-student) is their move, the newest fact of their path, whether or not a
 * profile was clipped. Never one told in a story of trouble, nor their stepping down.
 */
export function ownAppointment(events: readonly CompanyEvent[], person: string | undefined, meetingAt: number): Appointment | undefined {
  if (!person) return undefined;
  const name = foldWords(person);
  const surname = name.split(' ').pop() ?? '';
  for (const e of events) {
    if (e.kind !== 'leadership' || e.sensitive || !e.who || /stepping down/.test(e.what)) continue;
    const who = foldWords(e.who);
    if (who !== name && !(surname.length >= 4 && who.split(' ').pop() === surname)) continue;
    const office = e.succession?.office ?? / as (.+)$/.exec(e.what)?.[1];
    if (!office) continue;
    const starts = e.succession?.starts;
    return {
      office,
      when: starts ?? e.date,
      started: !starts || Date.parse(starts) <= meetingAt,
      source: e.source,
      clipId: e.clipId,
    };
  }
  return undefined;
}
