import { describe, expect, it } from 'vitest';
import { combineCompanies, renameCompany } from '../lib/db/combine';
import { inconsistency } from '../lib/db/consistency';
import { readDossier } from '../lib/db/dossier-data';
import { planInterview } from '../lib/db/interviews';
import { saveClip } from '../lib/db/save-clip';
import { search } from '../lib/search/search';
import { companyPage, freshDb } from './helpers/factories';

describe('renaming a company', () => {
  it('takes the name the user gives, trimmed, and finds it by that name afterwards', async () => {
    const db = freshDb();
    const { companyId } = await saveClip(db, companyPage('https://sanyam02.github.io/credit/about.html', { name: 'Sanyam 02' }));
    const r = await renameCompany(db, companyId!, '  Credit   Advantage LLP ');
    expect('renamed' in r && r.renamed.name).toBe('Credit Advantage LLP');
    const stored = await db.companies.get(companyId!);
    expect(stored?.name).toBe('Credit Advantage LLP');
    expect(stored?.nameKey).toBe('credit advantage');
    expect(stored?.words).toContain('credit');
    // A later story that names it finds it.
    const story = await saveClip(db, {
      kind: 'article',
      url: 'https://news.example/credit-advantage-opens',
      title: 'Credit Advantage opens a second office',
      extractor: 'generic',
      sources: {},
      article: { title: 'Credit Advantage opens a second office', aboutCompany: 'Credit Advantage LLP' },
    });
    expect(story.companyId).toBe(companyId);
  });

  it('does not take a name another company has: it says which, and changes nothing', async () => {
    const db = freshDb();
    const a = await saveClip(db, companyPage('https://komen.example/', { name: 'Komen' }));
    const b = await saveClip(db, companyPage('https://www.komenfoundation.example/', { name: 'Susan G. Komen' }));
    expect(await renameCompany(db, a.companyId!, 'susan g. komen')).toEqual({ taken: { id: b.companyId, name: 'Susan G. Komen' } });
    expect((await db.companies.get(a.companyId!))?.name).toBe('Komen');
  });

  it('refuses an empty name and a company that is gone, in words', async () => {
    const db = freshDb();
    const { companyId } = await saveClip(db, companyPage('https://acme.example/', { name: 'Acme' }));
    await expect(renameCompany(db, companyId!, '   ')).rejects.toThrow('A company needs a name. Nothing was changed.');
    await expect(renameCompany(db, 'nope', 'Acme')).rejects.toThrow(/no longer in your dossier/);
  });
});

describe('combining two companies', () => {
  it('moves clips, people, meetings, facts, domains, tags and notes into the one that stays, and removes the other', async () => {
    const db = freshDb();
    const short = await saveClip(
      db,
      companyPage(
        'https://komen.example/about',
        { name: 'Komen', founded: 1982 },
        { people: [{ name: 'Andrea Rader', title: 'Spokeswoman' }] },
      ),
    );
    const full = await saveClip(
      db,
      companyPage('https://www.komenfoundation.example/', { name: 'Susan G. Komen', headquarters: 'Dallas, Texas, USA' }),
    );
    await db.companies.update(short.companyId!, { tags: ['charity'], notes: 'Ask about the 3-Day.' });
    await db.companies.update(full.companyId!, { tags: ['charity', 'dallas'], notes: 'Met at the fair.' });
    const meeting = await planInterview(db, {
      companyId: short.companyId,
      when: Date.UTC(2026, 11, 10, 15),
      timeZone: 'UTC',
      durationMinutes: 30,
    });

    const report = await combineCompanies(db, short.companyId!, full.companyId!);
    expect(report).toEqual({ name: 'Susan G. Komen', clips: 1, people: 1, meetings: 1 });
    expect(await db.companies.get(short.companyId!)).toBeUndefined();
    const kept = (await db.companies.get(full.companyId!))!;
    expect(kept.name).toBe('Susan G. Komen');
    expect(kept.domains).toEqual(['komenfoundation.example', 'komen.example']);
    expect(kept.tags).toEqual(['charity', 'dallas']);
    expect(kept.notes).toBe('Met at the fair.\n\nAsk about the 3-Day.');
    expect(kept.facts.founded?.[0]?.value).toBe(1982);
    expect(kept.facts.headquarters?.[0]?.value).toBe('Dallas, Texas, USA');
    expect((await db.clips.where('companyId').equals(full.companyId!).toArray()).map((c) => c.url).sort()).toEqual([
      'https://komen.example/about',
      'https://www.komenfoundation.example/',
    ]);
    const rader = (await db.people.toArray()).find((p) => p.name === 'Andrea Rader');
    expect(rader?.currentCompanyId).toBe(full.companyId);
    expect((await db.interviews.get(meeting.id))?.companyId).toBe(full.companyId);
    // Nothing left pointing at the company that went, and search finds the clip under the one that stays.
    expect(inconsistency(await readDossier(db))).toBeUndefined();
    const hits = await search(db, 'komen');
    expect(hits.filter((h) => h.kind === 'company').map((h) => h.title)).toEqual(['Susan G. Komen']);
  });

  it('the staying company’s pinned choice wins over the other’s values', async () => {
    const db = freshDb();
    const a = await saveClip(db, companyPage('https://a.example/', { name: 'Alpha', founded: 1990 }));
    const b = await saveClip(db, companyPage('https://b.example/', { name: 'Alpha Group', founded: 1991 }));
    const { pinCompanyFact } = await import('../lib/db/edits');
    await pinCompanyFact(db, b.companyId!, 'founded', 1991);
    await combineCompanies(db, a.companyId!, b.companyId!);
    expect((await db.companies.get(b.companyId!))?.facts.founded?.[0]).toMatchObject({ value: 1991, pinned: true });
  });

  it('refuses to combine a company with itself or with one that is gone, changing nothing', async () => {
    const db = freshDb();
    const a = await saveClip(db, companyPage('https://a.example/', { name: 'Alpha' }));
    await expect(combineCompanies(db, a.companyId!, a.companyId!)).rejects.toThrow(/with itself/);
    await expect(combineCompanies(db, a.companyId!, 'gone')).rejects.toThrow(/no longer in your dossier/);
    expect(await db.companies.count()).toBe(1);
  });
});
