import { describe, expect, it } from 'vitest';
import { pipelineColumns } from '../lib/ui/dossier-queries';
import { namesById } from '../lib/ui/names-by-id';
import { freshDb } from './helpers/factories';
import { company, person } from './helpers/prep-records';

describe('company names by id', () => {
  it('map each record’s id to its name and leave out the records a bulkGet did not find', () => {
    const names = namesById([{ id: 'c1', name: 'Northwind' }, undefined, { id: 'c2', name: 'Fabrikam' }]);
    expect([...names]).toEqual([
      ['c1', 'Northwind'],
      ['c2', 'Fabrikam'],
    ]);
    expect(namesById([])).toEqual(new Map());
  });

  it('name each pipeline card’s company, and none for a company no longer in the dossier', async () => {
    const db = freshDb();
    await db.companies.add(company('Northwind'));
    await db.people.bulkAdd([
      person('Ada Brennan', { currentCompanyId: 'co-Northwind', currentTitle: 'CTO' }),
      person('Ben Okafor', { currentCompanyId: 'co-gone' }),
    ]);
    const cards = (await pipelineColumns(db))['to-contact'];
    expect(cards.map((c) => [c.person.name, c.companyName])).toEqual([
      ['Ada Brennan', 'Northwind'],
      ['Ben Okafor', undefined],
    ]);
  });
});
