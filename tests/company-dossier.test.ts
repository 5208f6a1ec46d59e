import { describe, expect, it } from 'vitest';
import { newPerson } from '../lib/db/records';
import { putClips } from '../lib/db/clip-store';
import { companyDossier } from '../lib/ui/dossier-queries';
import { freshDb } from './helpers/factories';
import { clipRecord, companyRecord } from './helpers/records';

// The company view reads everything in one transaction (lib/ui/dossier-queries.ts): what it
// returns must be what the separate reads gave.
describe('the company view’s reading', () => {
  it('the newest clips, the count, the clips the facts cite, its people, connections and open roles', async () => {
    const db = freshDb();
    await db.companies.bulkAdd([
      companyRecord('c', 'Wrenfold', {
        domains: ['wrenfold.io'],
        // The oldest clip, beyond the first few: read by id.
        facts: { summary: [{ value: 'Wrenfold makes looms.', sourceClipId: 'k0', at: 1 }] },
      }),
      companyRecord('o', 'Other Co'),
    ]);
    await putClips(db, [
      ...Array.from({ length: 5 }, (_, i) => clipRecord(`k${i}`, `https://wrenfold.io/p${i}`, { companyId: 'c', updatedAt: 10 + i })),
      clipRecord('x', 'https://other.example/', { companyId: 'o', updatedAt: 99 }),
    ]);
    await db.people.bulkAdd([
      newPerson({ id: 'p', name: 'Jane Roe', currentTitle: 'CEO', currentCompanyId: 'c' }, 1),
      newPerson({ id: 'q', name: 'Ben Ode', connection: { company: 'Wrenfold', importedAt: 1 }, status: undefined }, 1),
      newPerson({ id: 'r', name: 'Not There', currentCompanyId: 'o' }, 1),
    ]);
    const d = (await companyDossier(db, 'c', 2))!;
    expect(d.company.name).toBe('Wrenfold');
    expect(d.clips.map((c) => c.id)).toEqual(['k4', 'k3']);
    expect(d.clipCount).toBe(5);
    expect([...d.clipsById.keys()].sort()).toEqual(['k0', 'k3', 'k4']);
    expect(d.people.map((p) => p.id)).toEqual(['p']);
    expect(d.known.map((k) => k.id)).toEqual(['q']);
    expect(d.roles).toEqual([]);
    expect((await companyDossier(db, 'c'))!.clips).toHaveLength(5);
  });

  it('null for a company no longer in the dossier', async () => {
    expect(await companyDossier(freshDb(), 'gone')).toBeNull();
  });
});
