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
  for (const e of events) {
    if (e.kind !== 'leadership' || e.sensitive || !e.who || /stepping down/.test(e.what)) continue;
    if (!samePerson(foldWords(e.who), name)) continue;
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

/**
 * The story's appointee is the person met: the same name, or the same surname with a given name that
 * agrees (the first given name, or its initial: "Paweł Jan Majewski" is Paweł Majewski, "J. Roe" may be
 * Jane Roe), or the surname alone when that is all the story gives. Two people with one surname are two
 * people: "John Roe" appointed is not Jane Roe (a surname alone matched them before).
 */
export function samePerson(who: string, name: string): boolean {
  if (who === name) return true;
  const a = who.split(' ');
  const b = name.split(' ');
  const surname = b[b.length - 1]!;
  if (a[a.length - 1] !== surname) return false;
  // A surname alone: long enough not to be a common short word.
  if (a.length === 1) return surname.length >= 4;
  const given = (x: string, y: string) => x === y || (x.replace(/\.$/, '').length === 1 && y.startsWith(x.replace(/\.$/, '')));
  return given(a[0]!, b[0]!) || given(b[0]!, a[0]!);
}
