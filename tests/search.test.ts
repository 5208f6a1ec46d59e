import { describe, expect, it } from 'vitest';
import { deleteCompany } from '../lib/db/delete';
import { importDossier, parseDossierFile } from '../lib/db/import';
import { saveClip } from '../lib/db/save-clip';
import { search } from '../lib/search/search';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { companyPage, freshDb } from './helpers/factories';

async function seeded() {
  const db = freshDb();
  const parsed = parseDossierFile(readFileSync(join(__dirname, 'fixtures/dossiers/rich-with-self.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  await importDossier(db, parsed.data, 'replace');
  return db;
}

describe('search', () => {
  it('finds companies, people and clips as you type, with a snippet around the match', async () => {
    const db = await seeded();
    const kinds = async (q: string) => (await search(db, q)).map((h) => h.kind);
    expect(await kinds('fernh')).toEqual(expect.arrayContaining(['company', 'clip']));
    expect(await kinds('nadia')).toContain('person');
    const hits = await search(db, 'series');
    const clip = hits.find((h) => h.kind === 'clip');
    expect(clip?.title).toMatch(/Series C/);
    expect(clip?.snippet?.toLowerCase()).toContain('series');
  });

  it('needs every term, folds accents and case, and finds nothing for nonsense', async () => {
    const db = await seeded();
    const both = await search(db, 'fernhill sheffield');
    expect(both.length).toBeGreaterThan(0);
    expect(await search(db, 'fernhill zzqxv')).toEqual([]);
    expect(await search(db, 'FERNHILL')).toEqual(await search(db, 'fernhill'));
    expect(await search(db, 'a')).toEqual([]);
  });

  it('keeps the index right when clips are added, updated and deleted', async () => {
    const db = freshDb();
    const r = await saveClip(
      db,
      companyPage('https://kestrel.example/about', { name: 'Kestrel Widgets' }, { text: 'We make ornithopters for museums.' }),
    );
    expect((await search(db, 'ornithopters')).map((h) => h.id)).toContain(r.clipId);
    await saveClip(
      db,
      companyPage('https://kestrel.example/about', { name: 'Kestrel Widgets' }, { text: 'We now make gyrocopters only.' }),
    );
    expect((await search(db, 'ornithopters')).filter((h) => h.kind === 'clip')).toEqual([]);
    expect((await search(db, 'gyrocopters')).map((h) => h.id)).toContain(r.clipId);
    await deleteCompany(db, r.companyId!);
    expect(await search(db, 'gyrocopters')).toEqual([]);
    expect(await db.terms.count()).toBe(0);
  });
});
