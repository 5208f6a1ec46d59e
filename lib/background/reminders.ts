import type { RapportDb } from '../db/database';
import type { Interview, Person } from '../schema/dossier';
import { awaitingReply } from '../warm/follow-up';

export const DAY = 86_400_000;
const PREFIX = 'rapport:';

export interface AlarmsApi {
  getAll(): Promise<Array<{ name: string }>>;
  clear(name: string): Promise<boolean>;
  create(name: string, info: { when: number }): Promise<void> | void;
}

export interface Notify {
  (id: string, title: string, message: string): Promise<unknown> | void;
}

export interface ReminderSettings {
  /** Weeks after a meeting to check in with the person. */
  checkInWeeks: number;
}

const end = (i: Interview) => i.when + i.durationMinutes * 60_000;

/** The reminders one interview calls for now: the thank-you within 24 h of its end, a check-in weeks later. */
export function remindersFor(i: Interview, settings: ReminderSettings, now: number): Array<{ name: string; when: number }> {
  const out: Array<{ name: string; when: number }> = [];
  const finish = end(i);
  if ((i.status === 'planned' || i.status === 'done') && now < finish + DAY) {
    out.push({ name: `${PREFIX}thanks:${i.id}`, when: Math.max(finish, now + 60_000) });
  }
  if (i.status !== 'cancelled') {
    const checkIn = finish + settings.checkInWeeks * 7 * DAY;
    if (checkIn > now) out.push({ name: `${PREFIX}checkin:${i.id}`, when: checkIn });
  }
  return out;
}

/** The nudge reminder of a person contacted who has not replied: a week after the message, once. */
export function nudgeReminder(p: Person, now: number): { name: string; when: number } | undefined {
  if (p.status !== 'contacted') return undefined;
  const waiting = awaitingReply(p, now);
  if (!waiting || waiting.nudged) return undefined;
  return { name: `${PREFIX}nudge:${p.id}`, when: Math.max(waiting.due, now + 60_000) };
}

/** Rebuilds every Rapport alarm from the dossier: idempotent, so any change can just call it. */
export async function syncReminders(db: RapportDb, alarms: AlarmsApi, settings: ReminderSettings, now = Date.now()): Promise<number> {
  for (const a of await alarms.getAll()) if (a.name.startsWith(PREFIX)) await alarms.clear(a.name);
  let n = 0;
  for (const i of await db.interviews.toArray()) {
    for (const r of remindersFor(i, settings, now)) {
      await alarms.create(r.name, { when: r.when });
      n++;
    }
  }
  for (const p of await db.people.where('status').equals('contacted').toArray()) {
    const r = nudgeReminder(p, now);
    if (r) {
      await alarms.create(r.name, { when: r.when });
      n++;
    }
  }
  return n;
}

/** An alarm went off: say what is due, unless it is already done. */
export async function onReminder(db: RapportDb, name: string, notify: Notify): Promise<void> {
  const nudge = /^rapport:nudge:(.+)$/.exec(name);
  if (nudge) return remindNudge(db, nudge[1]!, name, notify);
  const m = /^rapport:(thanks|checkin):(.+)$/.exec(name);
  if (!m) return;
  const i = await db.interviews.get(m[2]!);
  if (!i) return;
  const person = i.personId ? await db.people.get(i.personId) : undefined;
  const company = i.companyId ? await db.companies.get(i.companyId) : undefined;
  const who = person?.name ?? company?.name ?? 'your contact';
  if (m[1] === 'thanks') {
    if (i.status === 'thanked' || i.status === 'cancelled') return;
    const due = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone: i.timeZone }).format(
      new Date(end(i) + DAY),
    );
    await notify(
      name,
      `Thank ${who} today`,
      `Send your thank-you by ${due}: name one thing you learned and your next step. The draft is in the prep sheet.`,
    );
  } else {
    await notify(
      name,
      `Check in with ${who}`,
      `It has been a few weeks since you met. A short note on what you did with their advice keeps the connection alive.`,
    );
  }
}

/** A week without a reply: say so, unless they replied or the nudge went meanwhile. */
async function remindNudge(db: RapportDb, personId: string, name: string, notify: Notify): Promise<void> {
  const p = await db.people.get(personId);
  if (!p || p.status !== 'contacted') return;
  const waiting = awaitingReply(p, Date.now());
  if (!waiting || waiting.nudged) return;
  await notify(
    name,
    `No reply from ${p.name} for ${waiting.days} days`,
    'A short, friendly nudge often gets the answer. The draft is on their page in Rapport.',
  );
}
