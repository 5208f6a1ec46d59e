import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { RapportDb, V1, V2, V3, V4 } from '../lib/db/database';
import { stripUndefined } from '../lib/objects';
import { postings } from '../lib/db/terms';
import { companyClips } from '../lib/ui/dossier-queries';
import { search } from '../lib/search/search';
import { deleteCompany, deleteEverything, deletePerson, restore } from '../lib/db/delete';
import { readDossier } from '../lib/db/dossier-data';
import { exportDossier } from '../lib/db/export';
import { importDossier, parseDossierFile } from '../lib/db/import';
import { saveClip } from '../lib/db/save-clip';
import { userMessage } from '../lib/messaging/errors';
import { companyPage, freshDb } from './helpers/factories';
import { seedSplitDossier } from './helpers/old-db';
import type { Company } from '../lib/schema/dossier';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures/dossiers', `${name}.json`), 'utf8');

async function counts(db: RapportDb) {
  return {
    companies: await db.companies.count(),
    people: await db.people.count(),
    clips: await db.clips.count(),
    interviews: await db.interviews.count(),
    questions: await db.questions.count(),
    self: await db.self.count(),
  };
}

describe('backups', () => {
  it('export then import into an empty profile gives back an identical dossier', async () => {
    const source = freshDb();
    const parsed = parseDossierFile(fixture('rich-with-self'));
    if (!parsed.ok) throw new Error(parsed.error);
    await importDossier(source, parsed.data, 'replace');
    const exported = await exportDossier(source);
    const target = freshDb();
    const again = parseDossierFile(JSON.stringify(exported));
    if (!again.ok) throw new Error(again.error);
    expect(again.counts).toEqual({ companies: 1, people: 1, clips: exported.clips.length, interviews: 1, questions: 0, self: 1 });
    await importDossier(target, again.data, 'replace');
    const a = await readDossier(source);
    const b = await readDossier(target);
    const sort = <T extends { id: string }>(xs: T[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id));
    for (const k of ['companies', 'people', 'clips', 'interviews', 'questions'] as const)
      expect(sort(b[k] as Array<{ id: string }>)).toEqual(sort(a[k] as Array<{ id: string }>));
    expect(b.self).toEqual(a.self);
  });

  it.each([
    ['truncated', (t: string) => t.slice(0, t.length / 2), /not valid JSON/],
    ['foreign', () => JSON.stringify({ version: 1, bookmarks: [] }), /not a Rapport dossier export/],
    ['newer', (t: string) => t.replace('"version": 1', '"version": 99').replace('"version":1', '"version":99'), /newer Rapport/],
    [
      'corrupted',
      (t: string) => t.replace(/"kind": ?"company-page"/, '"kind": "<script>"'),
      /damaged: the clip “.+” has a kind Rapport does not know/,
    ],
    ['inconsistent', (t: string) => t.replace(/"companyId": ?"[^"]+"/, '"companyId": "nowhere"'), /inconsistent/],
  ])('rejects a %s file whole, with a message, and changes nothing', async (_name, mangle, message) => {
    const db = freshDb();
    await saveClip(db, companyPage('https://keep.example/', { name: 'Keep Me' }));
    const before = await readDossier(db);
    const parsed = parseDossierFile(mangle(fixture('rich-with-self')));
    expect(parsed.ok).toBe(false);
    expect((parsed as { error: string }).error).toMatch(message);
    expect((parsed as { error: string }).error).toMatch(/Nothing was imported/);
    expect(await readDossier(db)).toEqual(before);
  });

  it('merges: adds what is new, keeps the newer copy, never duplicates a page', async () => {
    const db = freshDb();
    const parsed = parseDossierFile(fixture('rich-no-self'));
    if (!parsed.ok) throw new Error(parsed.error);
    await importDossier(db, parsed.data, 'replace');
    const before = await counts(db);
    const other = parseDossierFile(fixture('career-changer'));
    if (!other.ok) throw new Error(other.error);
    const r = await importDossier(db, other.data, 'merge');
    expect(r.added).toBeGreaterThan(0);
    const after = await counts(db);
    expect(after.companies).toBe(before.companies + other.data.companies.length);
    // The same file again changes nothing.
    const again = await importDossier(db, other.data, 'merge');
    expect(again.added).toBe(0);
    expect(await counts(db)).toEqual(after);
  });

  it('imports every fixture dossier (format 1) and rebuilds search words', async () => {
    for (const name of ['rich-with-self', 'thin-person', 'non-english', 'long-tenure']) {
      const db = freshDb();
      const parsed = parseDossierFile(fixture(name));
      expect(parsed.ok, name).toBe(true);
      if (parsed.ok) await importDossier(db, parsed.data, 'replace');
      for (const c of (await readDossier(db)).clips) expect(c.words?.length, `${name}: ${c.title}`).toBeGreaterThan(0);
    }
  });
});

describe('deleting is safe', () => {
  it('deletes a company and undo restores every record exactly', async () => {
    const db = freshDb();
    const parsed = parseDossierFile(fixture('rich-with-self'));
    if (!parsed.ok) throw new Error(parsed.error);
    await importDossier(db, parsed.data, 'replace');
    const before = await readDossier(db);
    const companyId = before.companies[0]!.id;
    const snap = await deleteCompany(db, companyId);
    expect(await db.companies.get(companyId)).toBeUndefined();
    expect(await db.clips.where('companyId').equals(companyId).count()).toBe(0);
    expect((await db.people.toArray()).every((p) => p.currentCompanyId !== companyId)).toBe(true);
    await restore(db, snap);
    expect(await readDossier(db)).toEqual(before);
  });

  it('deletes a person and undo restores them, their clips and their meetings', async () => {
    const db = freshDb();
    const parsed = parseDossierFile(fixture('long-tenure'));
    if (!parsed.ok) throw new Error(parsed.error);
    await importDossier(db, parsed.data, 'replace');
    const before = await readDossier(db);
    const helen = before.people.find((p) => p.name.startsWith('Helen'))!;
    const snap = await deletePerson(db, helen.id);
    expect(await db.people.get(helen.id)).toBeUndefined();
    expect(await db.interviews.where('personId').equals(helen.id).count()).toBe(0);
    expect((await db.people.toArray()).some((p) => p.referredBy === helen.id)).toBe(false);
    await restore(db, snap);
    expect(await readDossier(db)).toEqual(before);
  });

  it('"Delete all my data" empties everything', async () => {
    const db = freshDb();
    const parsed = parseDossierFile(fixture('rich-with-self'));
    if (parsed.ok) await importDossier(db, parsed.data, 'replace');
    await deleteEverything(db);
    expect(await counts(db)).toEqual({ companies: 0, people: 0, clips: 0, interviews: 0, questions: 0, self: 0 });
  });

  it('a full disk gives a clear message and leaves nothing half-written', async () => {
    const db = freshDb();
    // The clip write fails as a full disk does; the company written before it in the same
    // transaction must not survive.
    db.clips.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await saveClip(db, companyPage('https://full.example/about', { name: 'Full Disk Ltd' })).catch((e: unknown) => e);
    expect(userMessage(err)).toMatch(/disk is full/);
    expect(await db.companies.count()).toBe(0);
    expect(await db.clips.count()).toBe(0);
  });
});

describe('concurrency', () => {
  it('five pages of one company clipped at once make one company', async () => {
    const db = freshDb();
    await Promise.all(
      ['/', '/about', '/team', '/careers', '/press'].map((p) =>
        saveClip(db, companyPage(`https://www.parallel-co.example${p}`, { name: 'Parallel Co' })),
      ),
    );
    expect(await db.companies.count()).toBe(1);
    expect(await db.clips.count()).toBe(5);
  });

  it('a clip stopped in the middle leaves none of itself behind', async () => {
    const db = freshDb();
    let n = 0;
    db.people.hook('creating', () => {
      if (++n === 1) throw new Error('worker stopped');
    });
    await expect(
      saveClip(db, {
        kind: 'person-profile',
        url: 'https://www.linkedin.com/in/half-done/',
        title: 'Half Done',
        extractor: 'test',
        sources: {},
        person: { name: 'Half Done', currentCompany: 'Midway Ltd' },
      }),
    ).rejects.toThrow();
    expect(await counts(db)).toMatchObject({ companies: 0, people: 0, clips: 0 });
  });
});

const noWords = <T extends { words?: unknown }>({ words: _w, ...rest }: T) => rest;
/**
 * A company as an older version stored it: version 5 gives every fact the strength of its source
 * and keeps facts in rank order, and changes nothing else.
 */
const asStoredBefore = (c: Company) => ({
  ...noWords(c),
  facts: Object.fromEntries(
    Object.entries(c.facts).map(([k, entries]) => [
      k,
      (entries ?? []).map(({ strength: _s, ...e }) => e).sort((a, b) => a.sourceClipId.localeCompare(b.sourceClipId)),
    ]),
  ),
});

describe('database upgrades lose nothing', () => {
  it('opens a version 1 database with data and finds every record, with search words added', async () => {
    const name = `rapport-v1-${Math.random().toString(36).slice(2)}`;
    const parsed = parseDossierFile(fixture('rich-with-self'));
    if (!parsed.ok) throw new Error(parsed.error);
    const old = new Dexie(name);
    old.version(1).stores(V1);
    await old.open();
    const d = parsed.data;
    const v1clips = d.clips.map(({ words: _w, ...c }) => c);
    await old.table('companies').bulkAdd(d.companies);
    await old.table('people').bulkAdd(d.people);
    await old.table('clips').bulkAdd(v1clips);
    await old.table('interviews').bulkAdd(d.interviews);
    await old.table('questions').bulkAdd(d.questions);
    await old.table('self').put(d.self);
    old.close();

    const db = new RapportDb(name);
    await db.open();
    expect(db.verno).toBe(9);
    const now = await readDossier(db);
    expect(now.companies.map(asStoredBefore)).toEqual(d.companies.map(asStoredBefore));
    expect(now.people.map(noWords)).toEqual(d.people);
    expect(now.interviews.map(noWords)).toEqual(d.interviews);
    expect(now.self).toEqual(d.self);
    const byId = new Map(now.clips.map(({ words: _w, rolesOf: _r, ...c }) => [c.id, c]));
    for (const c of v1clips) expect(byId.get(c.id), c.id).toEqual(c);
    for (const c of now.clips) expect(c.words!.length).toBeGreaterThan(0);
    // Every clip is findable through the terms index.
    for (const c of now.clips) expect((await db.terms.get(c.words![0]!))?.ids).toContain(c.id);
  });

  it('opens a version 2 database: clip texts move to their own table, nothing is lost', async () => {
    const name = `rapport-v2-${Math.random().toString(36).slice(2)}`;
    const parsed = parseDossierFile(fixture('non-english'));
    if (!parsed.ok) throw new Error(parsed.error);
    const d = parsed.data;
    const old = new Dexie(name);
    old.version(2).stores(V2);
    await old.open();
    await old.table('companies').bulkAdd(d.companies);
    await old.table('people').bulkAdd(d.people);
    await old.table('clips').bulkAdd(d.clips.map((c) => ({ ...c, words: ['alt'] })));
    await old.table('interviews').bulkAdd(d.interviews);
    await old.table('questions').bulkAdd(d.questions);
    if (d.self) await old.table('self').put(d.self);
    old.close();

    const db = new RapportDb(name);
    await db.open();
    const now = await readDossier(db);
    const byId = new Map(now.clips.map((c) => [c.id, c]));
    for (const c of d.clips) expect(byId.get(c.id), c.id).toEqual({ ...c, words: ['alt'] });
    expect((await db.clips.toArray()).every((c) => !('text' in c) && !('words' in c))).toBe(true);
    expect(await db.clipTexts.count()).toBe(d.clips.length);
    expect(now.companies.map(asStoredBefore)).toEqual(d.companies.map(asStoredBefore));
    expect(now.people.map(noWords)).toEqual(d.people);
    expect(now.interviews.map(noWords)).toEqual(d.interviews);
    for (const p of now.people) expect(p.words!.length).toBeGreaterThan(0);
  });

  it('opens a version 4 database that an older merge and overlong derived values left broken: every record is there, facts are ranked, the export restores', async () => {
    const name = `rapport-v4-${Math.random().toString(36).slice(2)}`;
    const parsed = parseDossierFile(fixture('rich-with-self'));
    if (!parsed.ok) throw new Error(parsed.error);
    const d = parsed.data;
    const fernhill = d.companies[0]!;
    // What the old merge left: a second Fernhill whose facts cite a clip that was skipped, and
    // what an old save left: a name key and a profile address past their limits, a clip of a
    // company that is gone.
    const duplicate = {
      ...fernhill,
      id: 'co-fernhill-merged',
      nameKey: 'fernhill and '.repeat(80),
      domains: [],
      linkedinUrl: undefined,
      facts: { industry: [{ value: 'Robots', sourceClipId: 'clip-skipped-by-merge', at: fernhill.createdAt }] },
    };
    const people = d.people.map((p) => ({ ...p, profileUrl: `https://www.linkedin.com/in/${'%C3%A9'.repeat(700)}/` }));
    const clips = d.clips.map(({ text: _t, words: _w, ...head }, i) => (i === 0 ? { ...head, companyId: 'co-gone' } : head));
    const old = new Dexie(name);
    old.version(4).stores(V4);
    await old.open();
    await old.table('companies').bulkAdd([fernhill, stripUndefined(duplicate)]);
    await old.table('people').bulkAdd(people);
    await old.table('clips').bulkAdd(clips);
    await old.table('clipTexts').bulkAdd(d.clips.map((c) => ({ id: c.id, text: c.text, words: c.words })));
    await old.table('terms').bulkAdd(postings(d.clips));
    await old.table('interviews').bulkAdd(d.interviews);
    if (d.self) await old.table('self').put(d.self);
    old.close();

    const db = new RapportDb(name);
    await db.open();
    expect(db.verno).toBe(9);
    const now = await readDossier(db);
    expect(now.companies.map((c) => c.id).sort()).toEqual(['co-fernhill', 'co-fernhill-merged']);
    expect(now.people.map((p) => p.id)).toEqual(d.people.map((p) => p.id));
    expect(now.clips.map((c) => c.id).sort()).toEqual(d.clips.map((c) => c.id).sort());
    expect(now.interviews.map(noWords)).toEqual(d.interviews);
    expect(now.self).toEqual(d.self);
    const merged = now.companies.find((c) => c.id === 'co-fernhill-merged')!;
    expect(merged.facts).toEqual({});
    expect(merged.nameKey).toBe('fernhill robotics');
    expect(now.people.every((p) => p.profileUrl === undefined)).toBe(true);
    expect(now.clips.find((c) => c.id === clips[0]!.id)!.companyId).toBeUndefined();
    // Facts now carry who vouched for them: the company's own site and LinkedIn page rank above Wikipedia.
    const facts = now.companies.find((c) => c.id === 'co-fernhill')!.facts;
    const strengthBy = Object.fromEntries(facts.description!.map((f) => [f.sourceClipId, f.strength]));
    expect(strengthBy).toEqual({ 'clip-fernhill-wikipedia': 'other', 'clip-fernhill-linkedin': 'owner', 'clip-fernhill-about': 'owner' });
    expect(facts.description![facts.description!.length - 1]!.sourceClipId).toBe('clip-fernhill-wikipedia');
    // And the backup a user makes now restores.
    const again = parseDossierFile(JSON.stringify(await exportDossier(db)));
    expect(again.ok, again.ok ? '' : again.error).toBe(true);
  });

  it("opens a version 3 database: every record is there and a company's clips come newest first from the new index", async () => {
    const name = `rapport-v3-${Math.random().toString(36).slice(2)}`;
    const parsed = parseDossierFile(fixture('long-tenure'));
    if (!parsed.ok) throw new Error(parsed.error);
    const d = parsed.data;
    const old = new Dexie(name);
    old.version(3).stores(V3);
    await old.open();
    await seedSplitDossier(old, d);

    const db = new RapportDb(name);
    await db.open();
    expect(db.verno).toBe(9);
    const now = await readDossier(db);
    expect(now.companies.map(asStoredBefore)).toEqual(d.companies.map(asStoredBefore));
    // People's search words are rebuilt by v7 (their career's employers and schools join them).
    expect(now.people.map(noWords)).toEqual(d.people.map(noWords));
    expect(now.interviews.map(noWords)).toEqual(d.interviews);
    const byIdOrder = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byIdOrder(now.questions.map(noWords))).toEqual(byIdOrder(d.questions));
    // Notes get their search words, and search finds them through the new indexes.
    expect(now.interviews[0]!.words).toEqual(expect.arrayContaining(['statistical', 'forecasting']));
    expect(now.questions.find((q) => q.answerNotes)!.words).toContain('analyst');
    expect(now.questions.filter((q) => !q.answerNotes).every((q) => q.words?.length === 0)).toBe(true);
    expect((await search(db, 'statistical forec')).map((h) => h.kind)).toContain('note');
    expect((await search(db, 'owning the number')).find((h) => h.kind === 'note')?.title).toBe(
      now.questions.find((q) => q.answerNotes)!.text,
    );
    expect(now.self).toEqual(d.self);
    const byId = new Map(now.clips.map((c) => [c.id, c]));
    for (const c of d.clips) expect(byId.get(c.id), c.id).toEqual(c);
    const company = d.companies[0]!;
    const own = d.clips.filter((c) => c.companyId === company.id).sort((a, b) => b.updatedAt - a.updatedAt);
    expect(own.length).toBeGreaterThan(1);
    expect((await companyClips(db, company.id)).map((c) => c.id)).toEqual(own.map((c) => c.id));
    expect((await companyClips(db, company.id, 1)).map((c) => c.id)).toEqual([own[0]!.id]);
    expect(await db.clips.where('companyId').equals(company.id).count()).toBe(own.length);
  });

  it('opens a version 4 database (through v6 and v7): every record is there; clips listing open roles and connections get their indexes', async () => {
    const name = `rapport-v4-${Math.random().toString(36).slice(2)}`;
    const parsed = parseDossierFile(fixture('rich-with-self'));
    if (!parsed.ok) throw new Error(parsed.error);
    const d = parsed.data;
    const company = d.companies[0]!;
    // A careers page of the company, as v4 stored it (no rolesOf).
    const careers = {
      ...d.clips[0]!,
      id: 'careers-v4',
      url: 'https://careers.example/jobs',
      urlKey: 'https://careers.example/jobs',
      companyId: company.id,
      extraction: { ...d.clips[0]!.extraction, jobs: [{ title: 'Product Manager, Growth' }] },
    };
    const clips = [...d.clips, careers];
    const old = new Dexie(name);
    old.version(4).stores(V4);
    await old.open();
    await seedSplitDossier(old, { ...d, clips });

    const db = new RapportDb(name);
    await db.open();
    expect(db.verno).toBe(9);
    const now = await readDossier(db);
    expect(now.companies.map(asStoredBefore)).toEqual(d.companies.map(asStoredBefore));
    // v7 rebuilds people's search words; every other field is as it was.
    expect(now.people.map(noWords)).toEqual(d.people.map(noWords));
    expect(now.interviews).toEqual(d.interviews);
    expect(now.questions).toEqual(d.questions);
    expect(now.self).toEqual(d.self);
    const byId = new Map(now.clips.map(({ rolesOf: _r, ...c }) => [c.id, c]));
    expect(byId.size).toBe(clips.length);
    for (const c of clips) expect(byId.get(c.id), c.id).toEqual(c);
    // The new indexes answer: the careers page by its company, nobody yet by an organisation.
    expect((await db.clips.where('rolesOf').equals(company.id).toArray()).map((c) => c.id).sort()).toEqual([
      'careers-v4',
      'clip-fernhill-careers',
    ]);
    expect(await db.people.where('orgs').anyOf(['n:anything']).count()).toBe(0);
    // People without a status are still read (a person imported as a connection later).
    expect(await db.people.where('status').anyOf(['to-contact', 'contacted', 'scheduled', 'met', 'thanked']).count()).toBe(d.people.length);
  });
});
