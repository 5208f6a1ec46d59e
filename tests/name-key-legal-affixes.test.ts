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
    expect(db.verno).toBe(9);
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

describe('legal forms of more countries', () => {
  it.each([
    ['Vebrent BVBA', 'Vebrent'],
    ['Acme Pte. Ltd.', 'Acme'],
    ['Infosys Private Limited', 'Infosys'],
    ['Maxis Sdn. Bhd.', 'Maxis'],
    ['Holzbau UG (haftungsbeschränkt)', 'Holzbau'],
    ['Müller e.K.', 'Müller'],
    ['Schmidt & Partner GbR', 'Schmidt & Partner'],
    ['Volksbank Mittelhessen eG', 'Volksbank Mittelhessen'],
    ['Zentralverband des Deutschen Handwerks e.V.', 'Zentralverband des Deutschen Handwerks'],
    ['Novo Nordisk A/S', 'Novo Nordisk'],
    ['Trustpilot ApS', 'Trustpilot'],
    ['Škoda Auto a.s.', 'Škoda Auto'],
    ['Kontakt Sp. z o.o.', 'Kontakt'],
    ['Avast s.r.o.', 'Avast'],
    ['Richter Gedeon Nyrt.', 'Richter Gedeon'],
    ['Infobip d.o.o.', 'Infobip'],
    ['Glovo S.L.U.', 'Glovo'],
    ['Studio Lumen SPRL', 'Studio Lumen'],
    ['Natuurpunt VZW', 'Natuurpunt'],
    ['Smith & Jones, P.C.', 'Smith & Jones'],
  ])('%s is filed as %s', (name, short) => {
    expect(companyNameKey(name)).toBe(companyNameKey(short));
    expect(companyNameKey(short)).not.toBe('');
  });

  it('keeps names that end on a word a legal form is spelled with', () => {
    expect(companyNameKey('Yes Bank')).toBe('yes bank');
    expect(companyNameKey('Acme Private')).toBe('acme private');
    expect(companyNameKey('Las Vegas Sands')).toBe('las vegas sands');
    expect(companyNameKey('BVBA')).toBe('bvba');
  });
});

describe('version 9 keys old records again', () => {
  it('opens a version 8 database: every record is there, and a company and a connection filed under an older key are found by the new one', async () => {
    const name = `rapport-v8-${Math.random().toString(36).slice(2)}`;
    const parsed = parseDossierFile(fixture('rich-with-self'));
    if (!parsed.ok) throw new Error(parsed.error);
    const d = parsed.data;
    const vebrent = { ...iruGuRuMu('co-vebrent', 'Vebrent BVBA'), nameKey: 'vebrent bvba' };
    const connection: Person = {
      id: 'p-novo',
      name: 'Mette Larsen',
      sourceClipIds: [],
      experience: [],
      education: [],
      skills: [],
      tags: [],
      connection: { company: 'Novo Nordisk A/S', importedAt: 1 },
      createdAt: 1,
      updatedAt: 1,
    };
    // As version 8 stored them: the keys with the legal form in them.
    const old = new Dexie(name);
    old.version(8).stores({ ...V4, ...V6 });
    await old.open();
    await seedSplitDossier(old, {
      ...d,
      companies: [...d.companies, vebrent],
      people: [...d.people, { ...connection, orgs: ['n:novo nordisk a s', 'c:novo nordisk a s'] }],
    });

    const db = new RapportDb(name);
    await db.open();
    expect(db.verno).toBe(9);
    const now = await readDossier(db);
    expect(now.companies.map((c) => c.id).sort()).toEqual([...d.companies.map((c) => c.id), 'co-vebrent'].sort());
    expect(now.people.map((p) => p.id).sort()).toEqual([...d.people.map((p) => p.id), 'p-novo'].sort());
    expect(now.clips.map((c) => c.id).sort()).toEqual(d.clips.map((c) => c.id).sort());
    expect(now.interviews.map((i) => i.id)).toEqual(d.interviews.map((i) => i.id));
    expect(now.questions.map((q) => q.id)).toEqual(d.questions.map((q) => q.id));
    for (const c of d.companies) expect(now.companies.find((x) => x.id === c.id)?.nameKey).toBe(c.nameKey);
    // The Belgian firm is found by the name its pages write without the legal form.
    expect((await db.companies.get('co-vebrent'))?.nameKey).toBe('vebrent');
    expect((await findCompany(db, { name: 'Vebrent', domains: [], mayCreate: false, claims: {} }))?.id).toBe('co-vebrent');
    // The connection is found at "Novo Nordisk", as a newly imported one would be.
    const orgs = (await db.people.get('p-novo'))?.orgs;
    expect(orgs).toContain('n:novo nordisk');
    expect(await db.people.where('orgs').equals('n:novo nordisk').count()).toBe(1);
    db.close();
  });
});
