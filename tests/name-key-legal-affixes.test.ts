import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { companyNameKey } from '../lib/db/names';
import { RapportDb, V4, V6 } from '../lib/db/database';
import { readDossier } from '../lib/db/dossier-data';
import { findCompany } from '../lib/db/companies';
import { importDossier, parseDossierFile } from '../lib/db/import';
import { personOrgKeys } from '../lib/warm/org-keys';
import type { Company, Person } from '../lib/schema/dossier';
import { freshDb } from './helpers/factories';
import { seedSplitDossier } from './helpers/old-db';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures/dossiers', `${name}.json`), 'utf8');

describe('legal forms written before or after a company name', () => {
  it.each([
    ['株式会社イルグルム', 'イルグルム'],
    ['イルグルム株式会社', 'イルグルム'],
    ['イルグルム(株)', 'イルグルム'],
    ['㈱イルグルム', 'イルグルム'],
    ['（株）イルグルム', 'イルグルム'],
    ['주식회사 카카오', '카카오'],
    ['(주)카카오', '카카오'],
    ['华为技术有限公司', '华为技术'],
    ['Grupa Lotos S.A.', 'Lotos'],
    ['Lotos S.A.', 'Lotos'],
    ['Groupe SEB', 'SEB'],
    ['Grupo Bimbo', 'Bimbo'],
    ['Müller GmbH & Co. KG', 'Müller'],
  ])('%s is filed as %s', (name, short) => {
    expect(companyNameKey(name)).toBe(companyNameKey(short));
    expect(companyNameKey(short)).not.toBe('');
  });

  it('keeps a name that is only a legal form or a group word, and names that merely contain one', () => {
    expect(companyNameKey('株式会社')).toBe('株式会社');
    expect(companyNameKey('Groupe')).toBe('groupe');
    expect(companyNameKey('Grupo')).toBe('grupo');
    // A short form counts only set apart: 株 inside a name stays.
    expect(companyNameKey('株主ネット')).toBe('株主ネット');
    expect(companyNameKey('Groupon')).toBe('groupon');
  });
});

const iruGuRuMu = (id: string, name: string): Company => ({
  id,
  name,
  nameKey: name.toLowerCase(),
  domains: [],
  facts: {},
  tags: [],
  createdAt: 1,
  updatedAt: 1,
});

describe('version 8 keys old records again', () => {
  it('opens a version 7 database: every record is there, and a company and a connection filed under an older key are found by the new one', async () => {
    const name = `rapport-v7-${Math.random().toString(36).slice(2)}`;
    const parsed = parseDossierFile(fixture('rich-with-self'));
    if (!parsed.ok) throw new Error(parsed.error);
    const d = parsed.data;
    const jp = iruGuRuMu('co-iru', '株式会社イルグルム');
    const connection: Person = {
      id: 'p-conn',
      name: 'Kenji Sato',
      sourceClipIds: [],
      experience: [],
      education: [],
      skills: [],
      tags: [],
      connection: { company: 'Grupa Lotos S.A.', importedAt: 1 },
      createdAt: 1,
      updatedAt: 1,
    };
    // As version 7 stored them: the key with the legal form in it.
    const v7orgs = ['n:grupa lotos', 'c:grupa lotos'];
    const old = new Dexie(name);
    old.version(7).stores({ ...V4, ...V6 });
    await old.open();
    await seedSplitDossier(old, {
      ...d,
      companies: [...d.companies, { ...jp, nameKey: '株式会社イルグルム' }],
      people: [...d.people, { ...connection, orgs: v7orgs }],
    });

    const db = new RapportDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    const now = await readDossier(db);
    expect(now.companies.map((c) => c.id).sort()).toEqual([...d.companies.map((c) => c.id), 'co-iru'].sort());
    expect(now.people.map((p) => p.id).sort()).toEqual([...d.people.map((p) => p.id), 'p-conn'].sort());
    expect(now.clips.map((c) => c.id).sort()).toEqual(d.clips.map((c) => c.id).sort());
    expect(now.interviews.map((i) => i.id)).toEqual(d.interviews.map((i) => i.id));
    expect(now.questions.map((q) => q.id)).toEqual(d.questions.map((q) => q.id));
    // Untouched records keep their keys; the Japanese company is keyed again and found by its short name.
    for (const c of d.companies) expect(now.companies.find((x) => x.id === c.id)?.nameKey).toBe(c.nameKey);
    expect((await db.companies.get('co-iru'))?.nameKey).toBe(companyNameKey('イルグルム'));
    expect((await findCompany(db, { name: 'イルグルム', domains: [], mayCreate: false, claims: {} }))?.id).toBe('co-iru');
    // The connection is found at "Lotos", as a newly imported one would be.
    const orgs = (await db.people.get('p-conn'))?.orgs;
    expect(orgs).toEqual(personOrgKeys(connection));
    expect(orgs).toContain('n:lotos');
    expect(await db.people.where('orgs').equals('n:lotos').count()).toBe(1);
    db.close();
  });

  it('keys a company of an older export file again on import', async () => {
    const db = await freshDb();
    const parsed = parseDossierFile(fixture('rich-with-self'));
    if (!parsed.ok) throw new Error(parsed.error);
    const data = {
      ...parsed.data,
      companies: [...parsed.data.companies, { ...iruGuRuMu('co-iru', 'イルグルム(株)'), nameKey: 'イルグルム 株' }],
    };
    await importDossier(db, data, 'replace');
    expect((await db.companies.get('co-iru'))?.nameKey).toBe(companyNameKey('イルグルム'));
    expect((await findCompany(db, { name: '株式会社イルグルム', domains: [], mayCreate: false, claims: {} }))?.id).toBe('co-iru');
  });
});
