import { describe, expect, it } from 'vitest';
import { addLogEntry, markSent, removeLogEntry } from '../lib/db/contact-log';
import { addReferral, completeInterview, markThanked, planInterview } from '../lib/db/interviews';
import { newPerson } from '../lib/db/records';
import { onReminder, syncReminders } from '../lib/background/reminders';
import { pipeline } from '../lib/ui/pipeline';
import { freshDb, idSequence } from './helpers/factories';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 10, 1, 9);
const connection = (id: string, name: string) =>
  newPerson({ id, name, status: undefined, connection: { company: 'Wrenfold', since: '2022-01-04', importedAt: 1 } }, 1);

function fakeAlarms() {
  const set = new Map<string, number>();
  return {
    set,
    api: {
      getAll: async () => [...set.keys()].map((name) => ({ name })),
      clear: async (name: string) => set.delete(name),
      create: (name: string, info: { when: number }) => void set.set(name, info.when),
    },
  };
}

describe('the contact log', () => {
  it('"Mark as sent" logs the message and moves a connection into the pipeline as contacted, dated', async () => {
    const db = freshDb();
    await db.people.add(connection('h', 'Hannah Oduya'));
    await markSent(db, 'h', 'connection-note', 'Hi Hannah, …', T0, idSequence());
    const h = (await db.people.get('h'))!;
    expect(h).toMatchObject({ status: 'contacted', statusAt: T0 });
    expect(h.log).toEqual([{ id: 'id-1', at: T0, kind: 'messaged', draft: 'connection-note', text: 'Hi Hannah, …' }]);
    // Sending never moves someone back: a person already scheduled stays scheduled.
    await db.people.update('h', { status: 'scheduled' });
    await markSent(db, 'h', 'ask', 'Confirming Tuesday', T0 + DAY);
    expect((await db.people.get('h'))!.status).toBe('scheduled');
  });

  it('entries by hand, back-dated and kept in date order; one can be removed', async () => {
    const db = freshDb();
    await db.people.add(connection('d', 'Dev Anand'));
    const ids = idSequence();
    await addLogEntry(db, 'd', { kind: 'note', text: 'Met at the Leeds data meetup', at: T0 - 30 * DAY }, T0, ids);
    await addLogEntry(db, 'd', { kind: 'messaged', at: T0 - 2 * DAY }, T0, ids);
    await addLogEntry(db, 'd', { kind: 'replied', text: 'Happy to talk next week', at: T0 }, T0, ids);
    const d = (await db.people.get('d'))!;
    expect(d.log!.map((e) => e.kind)).toEqual(['note', 'messaged', 'replied']);
    expect(d.status).toBe('contacted');
    await removeLogEntry(db, 'd', 'id-1');
    expect((await db.people.get('d'))!.log!.map((e) => e.kind)).toEqual(['messaged', 'replied']);
    await expect(addLogEntry(db, 'gone', { kind: 'note' })).rejects.toThrow(/no longer in your dossier/);
  });

  it('planning, meeting, thanking and a referral each add their dated entry', async () => {
    const db = freshDb();
    await db.people.add(connection('m', 'Maren Okafor-Lindqvist'));
    const iv = await planInterview(db, { personId: 'm', when: T0 + 5 * DAY, timeZone: 'Europe/London', durationMinutes: 30 }, T0);
    await completeInterview(db, iv.id, T0 + 5 * DAY + 40 * 60_000);
    await addReferral(db, { name: 'Ioana Petrescu', referredBy: 'm' }, T0 + 5 * DAY + 41 * 60_000);
    await markThanked(db, iv.id, T0 + 6 * DAY);
    const m = (await db.people.get('m'))!;
    expect(m.log!.map((e) => [e.kind, e.text])).toEqual([
      ['scheduled', expect.stringMatching(/^Meeting planned for .*2025/)],
      ['met', undefined],
      ['referred', 'Suggested Ioana Petrescu'],
      ['thanked', undefined],
    ]);
    expect(m.status).toBe('thanked');
  });
});

describe('no reply: the pipeline and the reminder say when to nudge', () => {
  it('the pipeline leaves connections out and says "no reply for 8 days: send the nudge"', async () => {
    const db = freshDb();
    await db.people.bulkAdd([connection('a', 'Quiet Connection'), connection('h', 'Hannah Oduya'), connection('r', 'Rafael Duarte')]);
    await markSent(db, 'h', 'ask', 'Hi Hannah', T0);
    await markSent(db, 'r', 'ask', 'Hi Rafael', T0);
    await addLogEntry(db, 'r', { kind: 'replied', at: T0 + DAY }, T0 + DAY);
    const cols = pipeline(await db.people.toArray(), new Map(), [], 3, T0 + 8 * DAY);
    expect(
      Object.values(cols)
        .flat()
        .map((c) => c.person.name),
    ).not.toContain('Quiet Connection');
    const byName = Object.fromEntries(cols.contacted.map((c) => [c.person.name, c]));
    expect(byName['Hannah Oduya']).toMatchObject({ next: 'No reply for 8 days: send the nudge', due: T0 + 7 * DAY, overdue: true });
    expect(byName['Rafael Duarte']?.next).toBe('They replied: agree a time and plan the meeting');
    expect(pipeline(await db.people.toArray(), new Map(), [], 3, T0 + 2 * DAY).contacted[0]?.next).toBe(
      'Wait for a reply; nudge after a week',
    );
    await markSent(db, 'h', 'nudge', 'A quick follow-up', T0 + 8 * DAY);
    const after = pipeline(await db.people.toArray(), new Map(), [], 3, T0 + 16 * DAY).contacted.find((c) => c.person.id === 'h');
    expect(after?.next).toBe('No reply for 8 days since your nudge: let it rest, or ask someone else');
  });

  it('an alarm a week after the message, cleared once they reply or the nudge goes', async () => {
    const db = freshDb();
    await db.people.bulkAdd([connection('h', 'Hannah Oduya'), connection('r', 'Rafael Duarte')]);
    await markSent(db, 'h', 'ask', 'Hi Hannah', T0);
    await markSent(db, 'r', 'ask', 'Hi Rafael', T0);
    const { set, api } = fakeAlarms();
    await syncReminders(db, api, { checkInWeeks: 3 }, T0 + DAY);
    expect(set.get('rapport:nudge:h')).toBe(T0 + 7 * DAY);
    const shown: string[] = [];
    const notify = (_id: string, title: string) => void shown.push(title);
    await addLogEntry(db, 'r', { kind: 'replied', at: T0 + 2 * DAY }, T0 + 2 * DAY);
    await onReminder(db, 'rapport:nudge:r', notify);
    expect(shown).toEqual([]);
    await syncReminders(db, api, { checkInWeeks: 3 }, T0 + 3 * DAY);
    expect([...set.keys()]).toEqual(['rapport:nudge:h']);
    await onReminder(db, 'rapport:nudge:h', notify);
    expect(shown[0]).toMatch(/^No reply from Hannah Oduya for \d+ days$/);
    await markSent(db, 'h', 'nudge', 'A quick follow-up', T0 + 8 * DAY);
    await syncReminders(db, api, { checkInWeeks: 3 }, T0 + 8 * DAY);
    expect(set.size).toBe(0);
  });
});
