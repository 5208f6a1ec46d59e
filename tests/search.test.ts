import { describe, expect, it } from 'vitest';
import { deleteCompany } from '../lib/db/delete';
import { importDossier, parseDossierFile } from '../lib/db/import';
import { saveClip } from '../lib/db/save-clip';
import { CANDIDATES, search, snippet, withWordStarting } from '../lib/search/search';
import { updateInterview, updateQuestion } from '../lib/db/edits';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { companyPage, freshDb } from './helpers/factories';

async function seeded(name = 'rich-with-self') {
  const db = freshDb();
  const parsed = parseDossierFile(readFileSync(join(__dirname, `fixtures/dossiers/${name}.json`), 'utf8'));
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

  it('finds meeting notes and answer notes as they are written, a word deep in long notes too', async () => {
    const db = await seeded('long-tenure');
    const interview = (await db.interviews.toArray())[0]!;
    const question = (await db.questions.where('interviewId').equals(interview.id).toArray())[0]!;
    expect(await search(db, 'quokka')).toEqual([]);
    const filler = Array.from({ length: 150 }, (_, i) => `word${i}`).join(' ');
    await updateInterview(db, interview.id, { notes: `${filler} she keeps a quokka on the test rig` });
    await updateQuestion(db, question.id, { answerNotes: 'Start with the supply chain meetup in Sheffield.' });
    const notes = (await search(db, 'quokka')).filter((h) => h.kind === 'note');
    expect(notes.map((h) => h.interviewId)).toEqual([interview.id]);
    expect(notes[0]!.snippet).toContain('quokka');
    const answer = (await search(db, 'meetup sheff')).find((h) => h.kind === 'note');
    expect(answer).toMatchObject({ title: question.text, interviewId: interview.id });
    // Notes rewritten: the old words no longer find them.
    await updateInterview(db, interview.id, { notes: 'Nothing about animals.' });
    expect((await search(db, 'quokka')).filter((h) => h.kind === 'note')).toEqual([]);
  });

  it('lists a record once even when several of its words start with the term', async () => {
    const db = await seeded();
    const company = (await db.companies.toArray())[0]!;
    await db.companies.update(company.id, { tags: ['robot', 'robotics', 'robots'] });
    const hits = (await search(db, 'robot')).filter((h) => h.kind === 'company');
    expect(hits.filter((h) => h.id === company.id)).toHaveLength(1);
  });
});

describe('search by a career', () => {
  it('finds a person by a past employer and a school, also after upgrading a version 4 database', async () => {
    const { Dexie } = await import('dexie');
    const { RapportDb, V4 } = await import('../lib/db/database');
    const name = `rapport-v4-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(4).stores(V4);
    await old.open();
    const person = {
      id: 'p1',
      name: 'Dana Ruiz',
      currentTitle: 'Engineering Manager',
      experience: [
        { title: 'Engineering Manager', company: 'Fernhill Robotics', start: '2023-01' },
        { title: 'Backend Engineer', company: 'Quillmark Systems', start: '2017-03', end: '2022-12' },
      ],
      education: [{ school: 'Université de Lyon', degree: 'MSc' }],
      skills: [],
      status: 'to-contact',
      tags: [],
      sourceClipIds: [],
      createdAt: 1,
      updatedAt: 1,
      // A version 4 database indexed name, role, headline, tags and notes only.
      words: ['dana', 'ruiz', 'engineering', 'manager'],
    };
    await old.table('people').add(person);
    old.close();

    const db = new RapportDb(name);
    await db.open();
    const { search: find } = await import('../lib/search/search');
    expect((await find(db, 'quillmark')).map((h) => h.id)).toEqual(['p1']);
    expect((await find(db, 'universite lyon')).map((h) => h.id)).toEqual(['p1']);
    const { words: _w, ...stored } = (await db.people.get('p1'))!;
    const { words: _old, ...before } = person;
    expect(stored).toEqual(before);
    db.close();
  });

  it('cuts a snippet at whole words, never mid-word at either end', () => {
    // fresh17-happycoffee: a review searched for "kaffee" opened on "…achvollziehen".
    const text =
      'Ich kann die Begeisterung nicht ganz nachvollziehen. Der Vergleich mit einem Tchibo Kaffee ist schon eine Frechheit. Der Sidamo Kaffee von Happy Coffee ist der Beste Kaffee in Berlin und Umgebung seit Jahren.';
    const s = snippet(text, ['kaffee'])!;
    expect(s).toContain('Kaffee');
    const body = s.replace(/^…/, '').replace(/…$/, '');
    expect(text.startsWith(body) || text.includes(` ${body}`)).toBe(true);
    expect(text.endsWith(body) || text.includes(`${body} `)).toBe(true);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
  });
});

describe('records found by a word prefix', () => {
  // search() reads companies, people, meetings and answers by the first word that starts with the
  // typed prefix; it reads the word index's entries at once and keeps each record's first, as
  // Dexie's distinct() did record by record: the same records, in the same order.
  it('reads exactly what distinct().limit(CANDIDATES) reads, also when records hold several matching words', async () => {
    const db = freshDb();
    // In the index's order ("rob" < "roba" < …): record i holds the words from the (i % 12)th on, so
    // the first words' entries are few records and each record has up to twelve entries.
    const words = ['rob', 'roba', 'robb', 'robc', 'robd', 'robe', 'robf', 'robg', 'robh', 'robi', 'robj', 'robk'];
    await db.questions.bulkAdd(
      Array.from({ length: 170 }, (_, i) => ({
        id: `q${String(i).padStart(3, '0')}`,
        interviewId: 'iv',
        text: 'How?',
        category: 'role' as const,
        priority: 0,
        mustAsk: false,
        origin: 'own' as const,
        basis: [],
        asked: true,
        answerNotes: `${words.slice(i % 12).join(' ')}${i % 7 ? ' rotor' : ''}`,
        order: i,
      })),
    );
    for (const prefix of ['rob', 'robe', 'robk', 'ro', 'rot', 'zz']) {
      const cursor = await db.questions.where('words').startsWith(prefix).distinct().limit(CANDIDATES).toArray();
      const read = await withWordStarting(db.questions, prefix);
      expect(
        read.map((q) => q.id),
        prefix,
      ).toEqual(cursor.map((q) => q.id));
    }
    // Enough entries that the first read (twice CANDIDATES entries) holds fewer than CANDIDATES records.
    const first = await db.questions
      .where('words')
      .startsWith('rob')
      .limit(CANDIDATES * 2)
      .toArray();
    expect(new Set(first.map((q) => q.id)).size).toBeLessThan(CANDIDATES);
    expect((await withWordStarting(db.questions, 'rob')).length).toBe(CANDIDATES);
  });
});
