import { meetingIcs } from '../calendar/ics';
import type { RapportDb } from '../db/database';
import { downloadText, fileSafe } from './download';

/** Downloads one meeting as an .ics event: its person, company, place or link and must-asks. */
export async function downloadMeetingIcs(db: RapportDb, interviewId: string, now = Date.now()): Promise<string> {
  const i = await db.interviews.get(interviewId);
  if (!i) throw new Error('This meeting is no longer in your dossier.');
  const [person, company, questions] = await Promise.all([
    i.personId ? db.people.get(i.personId) : undefined,
    i.companyId ? db.companies.get(i.companyId) : undefined,
    db.questions.where('interviewId').equals(i.id).sortBy('order'),
  ]);
  const text = meetingIcs(
    {
      id: i.id,
      when: i.when,
      durationMinutes: i.durationMinutes,
      timeZone: i.timeZone,
      where: i.where,
      personName: person?.name,
      companyName: company?.name,
      goal: i.goal,
      mustAsk: questions.filter((q) => q.mustAsk).map((q) => q.text),
      cancelled: i.status === 'cancelled',
    },
    now,
  );
  const name = `interview-${fileSafe(person?.name ?? company?.name ?? 'meeting')}.ics`;
  downloadText(name, text, 'text/calendar');
  return name;
}
