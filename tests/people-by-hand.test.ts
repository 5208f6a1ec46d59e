import { describe, expect, it } from 'vitest';
import { addPersonAt, typedPerson } from '../lib/db/people-by-hand';
import { addReferral, planInterview } from '../lib/db/interviews';
import { saveClip } from '../lib/db/save-clip';
import { LIMITS } from '../lib/schema/common';
import { companyPage, freshDb } from './helpers/factories';

const NOW = Date.UTC(2026, 10, 30, 9);

async function seed() {
  const db = freshDb();
  await saveClip(db, companyPage('https://www.scharf-partner.de/kanzlei', { name: 'Scharf & Partner' }));
  const company = (await db.companies.toArray())[0]!;
  return { db, companyId: company.id };
}

describe('addPersonAt (a person added by hand at a company)', () => {
  it('adds the person at the company, with no status and nobody who referred them', async () => {
    const { db, companyId } = await seed();
    const { person, existed } = await addPersonAt(
      db,
      { name: '  Wiebke   Scharf ', title: ' Kanzleileitung ', companyId },
      NOW,
      () => 'p1',
    );
    expect(existed).toBe(false);
    const stored = await db.people.get('p1');
    expect(stored).toMatchObject({ name: 'Wiebke Scharf', currentTitle: 'Kanzleileitung', currentCompanyId: companyId, createdAt: NOW });
    expect(stored).toEqual(person);
    expect(stored?.status).toBeUndefined();
    expect(stored?.referredBy).toBeUndefined();
    expect('status' in stored!).toBe(false);
  });

  it('opens the person already there under the same name key instead of adding a duplicate', async () => {
    const { db, companyId } = await seed();
    const first = await addPersonAt(db, { name: 'Tim Thabe', companyId }, NOW, () => 'p1');
    const again = await addPersonAt(db, { name: 'tim  THABE', title: 'CEO', companyId }, NOW + 1, () => 'p2');
    expect(again).toEqual({ person: first.person, existed: true });
    expect(await db.people.count()).toBe(1);
  });

  it('adds a namesake at another company', async () => {
    const { db, companyId } = await seed();
    await saveClip(db, companyPage('https://www.creditshelf.com/about', { name: 'creditshelf' }));
    const other = (await db.companies.toArray()).find((c) => c.id !== companyId)!;
    await addPersonAt(db, { name: 'Tim Thabe', companyId }, NOW, () => 'p1');
    const there = await addPersonAt(db, { name: 'Tim Thabe', companyId: other.id }, NOW, () => 'p2');
    expect(there.existed).toBe(false);
    expect((await db.people.get('p2'))?.currentCompanyId).toBe(other.id);
  });

  it('refuses an empty name with a sentence, and writes nothing', async () => {
    const { db, companyId } = await seed();
    for (const name of ['', '   ', ' – . '])
      await expect(addPersonAt(db, { name, companyId }, NOW)).rejects.toMatchObject({
        code: 'empty-name',
        message: "Type the person's name first.",
      });
    expect(await db.people.count()).toBe(0);
  });

  it('refuses a company no longer in the dossier', async () => {
    const { db } = await seed();
    await expect(addPersonAt(db, { name: 'Tim Thabe', companyId: 'gone' }, NOW)).rejects.toMatchObject({ code: 'no-company' });
    expect(await db.people.count()).toBe(0);
  });

  it('cuts a long name and title to the limits', async () => {
    const { db, companyId } = await seed();
    const { person } = await addPersonAt(db, { name: 'A'.repeat(LIMITS.short + 50), title: 'T'.repeat(LIMITS.short + 9), companyId }, NOW);
    expect(person.name).toHaveLength(LIMITS.short);
    expect(person.currentTitle).toHaveLength(LIMITS.short);
  });

  it('can be planned for: the meeting is with them at the company and puts them in the pipeline', async () => {
    const { db, companyId } = await seed();
    const { person } = await addPersonAt(db, { name: 'Wiebke Scharf', title: 'Kanzleileitung', companyId }, NOW);
    const interview = await planInterview(db, { personId: person.id, when: NOW + 86_400_000, timeZone: 'UTC', durationMinutes: 30 }, NOW);
    expect(interview).toMatchObject({ personId: person.id, companyId });
    expect((await db.people.get(person.id))?.status).toBe('scheduled');
  });
});

describe('typedPerson (shared by referrals and people added by hand)', () => {
  it('keeps the status asked for and the referrer', () => {
    const p = typedPerson({ name: 'Ioana Petrescu', referredBy: 'm', notes: ' met at a fair ' }, { status: 'to-contact' }, NOW, 'r1');
    expect(p).toMatchObject({ id: 'r1', name: 'Ioana Petrescu', status: 'to-contact', referredBy: 'm', notes: 'met at a fair' });
  });

  it('a referral with an empty name is refused too', async () => {
    const { db } = await seed();
    await expect(addReferral(db, { name: '  ', referredBy: 'm' }, NOW)).rejects.toMatchObject({ code: 'empty-name' });
  });
});
