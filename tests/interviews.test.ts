import { describe, expect, it, vi } from 'vitest';
import {
  addFromReserve,
  addOwnQuestion,
  addReferral,
  addSuggestions,
  completeInterview,
  deleteQuestion,
  markThanked,
  moveQuestion,
  planInterview,
} from '../lib/db/interviews';
import { onReminder, remindersFor, syncReminders, DAY } from '../lib/background/reminders';
import { saveClip } from '../lib/db/save-clip';
import { buildPrepSheet } from '../lib/prep/sheet';
import { companyPage, freshDb } from './helpers/factories';
import { addedNotice, slotIndex } from '../lib/db/question-slot';
import { deleteQuestionOf, restore } from '../lib/db/delete';

const NOW = Date.UTC(2026, 10, 26, 9);

async function seed() {
  const db = freshDb();
  await saveClip(
    db,
    companyPage('https://www.fernhill-robotics.com/about', {
      name: 'Fernhill Robotics',
      headquarters: 'Bristol',
      founded: 2016,
      size: '51-200',
    }),
  );
  const r = await saveClip(db, {
    kind: 'person-profile',
    url: 'https://www.linkedin.com/in/marta-okonjo/',
    title: 'Marta Okonjo',
    extractor: 'test',
    sources: {},
    person: {
      name: 'Marta Okonjo',
      currentTitle: 'CEO',
      currentCompany: 'Fernhill Robotics',
      experience: [{ title: 'CEO', company: 'Fernhill Robotics', start: '2016-03' }],
    },
  });
  return { db, personId: r.personId!, companyId: r.companyId! };
}

describe('interviews', () => {
  it('planning stores grounded suggestions and moves the person to scheduled', async () => {
    const { db, personId } = await seed();
    const iv = await planInterview(db, { personId, when: NOW + DAY, timeZone: 'Europe/London', durationMinutes: 30 }, NOW);
    const qs = await db.questions.where('interviewId').equals(iv.id).sortBy('order');
    // A thin dossier (a CEO's one-line profile, an about page): a short list, story first, names last.
    expect(qs.length).toBeGreaterThanOrEqual(3);
    expect(qs.length).toBeLessThanOrEqual(10);
    expect(qs[0]!.category).toBe('path');
    expect(qs[qs.length - 1]!.category).toBe('closing');
    // One to three must-asks, never every question of a short sheet (engine.ts).
    expect(qs.filter((q) => q.mustAsk)).toHaveLength(Math.min(3, qs.length - 1));
    expect(qs.every((q) => q.origin === 'suggested' && q.reason)).toBe(true);
    expect((await db.people.get(personId))?.status).toBe('scheduled');
    expect(iv.companyId).toBeDefined();
    // Refreshing adds nothing new and keeps the user's edits.
    await db.questions.update(qs[0]!.id, { text: 'My own wording' });
    expect(await addSuggestions(db, iv, buildPrepSheet, NOW)).toBe(0);
    expect((await db.questions.get(qs[0]!.id))?.text).toBe('My own wording');
  });

  it('own questions, reordering, done, thanked and referrals', async () => {
    const { db, personId, companyId } = await seed();
    const iv = await planInterview(db, { personId, when: NOW + DAY, timeZone: 'UTC', durationMinutes: 30 }, NOW);
    const ordered = async () => (await db.questions.where('interviewId').equals(iv.id).sortBy('order')).map((q) => q.id);
    const suggested = await db.questions.where('interviewId').equals(iv.id).sortBy('order');
    const closing = suggested[suggested.length - 1]!;
    expect(closing.category).toBe('closing');
    // One's own question goes before the ask for names, which stays last (the sheet's order of the
    // conversation); a closing question of one's own goes last.
    const own = await addOwnQuestion(db, iv.id, 'How do you hire interns?', 'getting-in');
    const before = await ordered();
    expect(before.slice(-2)).toEqual([own.id, closing.id]);
    const ownClosing = await addOwnQuestion(db, iv.id, 'May I write to you in a month?', 'closing');
    expect((await ordered()).slice(-3)).toEqual([own.id, closing.id, ownClosing.id]);
    await deleteQuestion(db, ownClosing.id);
    // Moving goes up the whole list (the order of the conversation), whatever the category.
    await moveQuestion(db, own.id, -1);
    const after = await ordered();
    expect(after[after.length - 3]).toBe(own.id);
    expect(after[after.length - 2]).toBe(before[before.length - 3]);
    // Pulling from "more if there is time" adds the question once, before the closing ask.
    const reserve = {
      id: 'upsides.hardest',
      text: 'What is hardest?',
      category: 'upsides' as const,
      reason: 'Candid.',
      basis: [],
      intent: 'hardest',
      priority: 9,
      mustAsk: false,
      minutes: 0,
    };
    const pulled = await addFromReserve(db, iv.id, reserve);
    expect(pulled).toMatchObject({ id: `${iv.id}:upsides.hardest`, origin: 'suggested', mustAsk: false });
    await addFromReserve(db, iv.id, reserve);
    const all = await ordered();
    expect(all.filter((id) => id === pulled.id)).toHaveLength(1);
    expect(all.slice(-2)).toEqual([pulled.id, closing.id]);
    // The orders stay distinct: moving the pulled question down swaps it with the closing ask.
    await moveQuestion(db, pulled.id, 1);
    expect((await ordered()).slice(-2)).toEqual([closing.id, pulled.id]);
    await completeInterview(db, iv.id, NOW + DAY + 3_600_000);
    expect((await db.people.get(personId))?.status).toBe('met');
    await markThanked(db, iv.id);
    expect((await db.interviews.get(iv.id))?.status).toBe('thanked');
    expect((await db.people.get(personId))?.status).toBe('thanked');
    const ref = await addReferral(db, { name: 'Ioana Petrescu', referredBy: personId, companyId });
    expect((await db.people.get(ref.id))?.referredBy).toBe(personId);
  });
});

describe('reminders', () => {
  const base = { id: 'i1', when: NOW, timeZone: 'UTC', durationMinutes: 30, createdAt: NOW, updatedAt: NOW };
  it('schedules the thank-you at the end of the meeting and a check-in weeks later', () => {
    const r = remindersFor({ ...base, status: 'planned' }, { checkInWeeks: 3 }, NOW - DAY);
    expect(r).toEqual([
      { name: 'rapport:thanks:i1', when: NOW + 30 * 60_000 },
      { name: 'rapport:checkin:i1', when: NOW + 30 * 60_000 + 21 * DAY },
    ]);
    expect(remindersFor({ ...base, status: 'thanked' }, { checkInWeeks: 3 }, NOW).map((x) => x.name)).toEqual(['rapport:checkin:i1']);
    expect(remindersFor({ ...base, status: 'done' }, { checkInWeeks: 3 }, NOW + 2 * DAY).map((x) => x.name)).toEqual([
      'rapport:checkin:i1',
    ]);
  });

  it('syncs alarms from the dossier and notifies only what is still due', async () => {
    const { db, personId } = await seed();
    const iv = await planInterview(db, { personId, when: NOW + DAY, timeZone: 'UTC', durationMinutes: 30 }, NOW);
    const alarms = new Map<string, number>([
      ['rapport:stale', 1],
      ['other-extension-thing', 2],
    ]);
    const api = {
      getAll: async () => [...alarms.keys()].map((name) => ({ name })),
      clear: async (n: string) => alarms.delete(n),
      create: (n: string, i: { when: number }) => void alarms.set(n, i.when),
    };
    expect(await syncReminders(db, api, { checkInWeeks: 2 }, NOW)).toBe(2);
    expect([...alarms.keys()].sort()).toEqual(['other-extension-thing', `rapport:checkin:${iv.id}`, `rapport:thanks:${iv.id}`]);
    const notify = vi.fn();
    await onReminder(db, `rapport:thanks:${iv.id}`, notify);
    expect(notify.mock.calls[0]![1]).toBe('Thank Marta Okonjo today');
    await markThanked(db, iv.id);
    notify.mockClear();
    await onReminder(db, `rapport:thanks:${iv.id}`, notify);
    expect(notify).not.toHaveBeenCalled();
  });
});

describe('the notice after adding a question', () => {
  it('says where it went: before the closing ask, or at the end', () => {
    const list = [{ category: 'path' as const }, { category: 'role' as const }, { category: 'closing' as const }];
    expect(slotIndex(list, 'upsides')).toBe(2);
    expect(addedNotice(list, 'upsides')).toBe('Added as question 3, before the closing ask.');
    expect(addedNotice(list, 'closing')).toBe('Added to the end of your questions.');
    expect(addedNotice([{ category: 'path' as const }], 'role')).toBe('Added to the end of your questions.');
  });
});

describe('moving a question after an undo', () => {
  it('moves it even when the question put back shares its order with one added since', async () => {
    const db = freshDb();
    let n = 0;
    const id = () => `q${++n}`;
    const a = await addOwnQuestion(db, 'iv1', 'What does a week look like?', 'role', id);
    const closing = await addOwnQuestion(db, 'iv1', 'Who else should I talk to?', 'closing', id);
    const gone = await deleteQuestionOf(db, closing.id);
    // Added while the closing ask was away: it takes the order the closing ask had.
    const d = await addOwnQuestion(db, 'iv1', 'How do you hire?', 'getting-in', id);
    await restore(db, gone);
    const ordered = async () => (await db.questions.where('interviewId').equals('iv1').sortBy('order')).map((q) => q.id);
    const before = await ordered();
    expect(before).toHaveLength(3);
    expect(before[0]).toBe(a.id);
    const last = before[2]!;
    await moveQuestion(db, last, -1);
    const after = await ordered();
    expect(after[1]).toBe(last);
    expect(new Set((await db.questions.where('interviewId').equals('iv1').toArray()).map((q) => q.order)).size).toBe(3);
    expect(after).toContain(d.id);
  });
});
