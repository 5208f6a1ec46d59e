import { describe, expect, it } from 'vitest';
import type { Interview, Person } from '../lib/schema/dossier';
import { companyDossier } from '../lib/ui/dossier-queries';
import { peopleInOrder } from '../lib/ui/people-order';
import { freshDb } from './helpers/factories';
import { companyRecord, personRecord } from './helpers/records';

const person = (id: string, name: string, currentTitle?: string, extra: Partial<Person> = {}): Person =>
  personRecord(id, name, { currentTitle, currentCompanyId: 'c', ...extra });

// A team page as real ones come: alphabetical by name puts Anna (a designer) before the CEO.
// Everyone a team page lists is saved as "to contact".
const TEAM = [
  person('a', 'Anna Adams', 'Product Designer', { status: 'to-contact' }),
  person('b', 'Bernd Brandt', 'Head of Engineering'),
  person('z', 'Zoe Zimmer', 'CEO & Co-Founder'),
  person('m', 'Marc Meyer', 'Engineering Manager'),
  person('k', 'Karl Klein', undefined, { status: 'to-contact' }),
];

describe('a company’s people in the order the user needs them', () => {
  it('leaders by rank before the rest, by name within each group', () => {
    expect(peopleInOrder(TEAM).map((p) => p.name)).toEqual(['Zoe Zimmer', 'Bernd Brandt', 'Marc Meyer', 'Anna Adams', 'Karl Klein']);
  });

  it('the person the user meets first, then people in the pipeline; a cancelled meeting does not count', () => {
    const team = [...TEAM, person('p', 'Paula Popp', 'Recruiter', { status: 'contacted' }), person('x', 'Xaver Xu', 'Sales')];
    const meetings = [
      { personId: 'k', status: 'planned' },
      { personId: 'x', status: 'cancelled' },
    ] as Array<Pick<Interview, 'personId' | 'status'>>;
    expect(peopleInOrder(team, meetings).map((p) => p.id)).toEqual(['k', 'p', 'z', 'b', 'm', 'a', 'x']);
  });

  it('the company view reads them in that order from the database', async () => {
    const db = freshDb();
    await db.companies.add(companyRecord('c', 'Acme'));
    await db.people.bulkAdd(TEAM);
    await db.interviews.add({
      id: 'i',
      personId: 'a',
      companyId: 'c',
      when: 1,
      timeZone: 'UTC',
      durationMinutes: 30,
      status: 'planned',
      createdAt: 0,
      updatedAt: 0,
    } as Interview);
    const d = await companyDossier(db, 'c');
    expect(d!.people.map((p) => p.id)).toEqual(['a', 'z', 'b', 'm', 'k']);
  });
});
