import { describe, expect, it } from 'vitest';
import { deleteEverything } from '../lib/db/delete';
import { readDossier } from '../lib/db/dossier-data';
import { exportDossier } from '../lib/db/export';
import { importDossier, mergeMessage, parseDossierFile } from '../lib/db/import';
import { planInterview } from '../lib/db/interviews';
import { saveClip } from '../lib/db/save-clip';
import type { PageExtraction } from '../lib/schema/page-extraction';
import { companyPage, freshDb } from './helpers/factories';

const ABOUT = companyPage('https://www.fernhill.example/about', { name: 'Fernhill Robotics', industry: 'Robotics', size: '51-200' });
const TEAM = companyPage('https://www.fernhill.example/team', { name: 'Fernhill Robotics', headquarters: 'Sheffield' });
const PROFILE: PageExtraction = {
  kind: 'person-profile',
  url: 'https://www.linkedin.com/in/nadia-brennan/',
  title: 'Nadia Brennan | LinkedIn',
  extractor: 'test',
  sources: {},
  person: { name: 'Nadia Brennan', headline: 'Robotics engineer', currentCompany: 'Fernhill Robotics' },
};

async function exported(db: ReturnType<typeof freshDb>) {
  const parsed = parseDossierFile(JSON.stringify(await exportDossier(db)));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.data;
}

describe('finding 1: merging a backup into a dossier that has the same pages under other ids', () => {
  it('maps the colliding clip, company and person onto the existing records and rewrites every reference', async () => {
    // First computer: two pages, a profile and a meeting with its questions.
    const db = freshDb();
    await saveClip(db, ABOUT, { now: 1_000 });
    await saveClip(db, TEAM, { now: 2_000 });
    const nadia = await saveClip(db, PROFILE, { now: 3_000 });
    await planInterview(db, { personId: nadia.personId, when: Date.UTC(2027, 0, 5, 10), timeZone: 'Europe/London', durationMinutes: 30 });
    const backup = await exported(db);

    // Second computer (or after "Delete all"): the same About page and profile, new ids.
    await deleteEverything(db);
    await saveClip(db, ABOUT, { now: 5_000 });
    await saveClip(db, PROFILE, { now: 6_000 });
    const before = await readDossier(db);

    const report = await importDossier(db, backup, 'merge');
    const after = await readDossier(db);

    // One company, one person, one clip per page: the backup's copies were mapped, not added beside.
    expect(after.companies.map((c) => c.name)).toEqual(['Fernhill Robotics']);
    expect(after.companies[0]!.id).toBe(before.companies[0]!.id);
    expect(after.people.map((p) => p.name)).toEqual(['Nadia Brennan']);
    expect(after.people[0]!.id).toBe(before.people[0]!.id);
    expect(after.clips.map((c) => c.url).sort()).toEqual([ABOUT.url, PROFILE.url, TEAM.url].sort());

    // Every reference points at a record that exists.
    const clipIds = new Set(after.clips.map((c) => c.id));
    for (const entries of Object.values(after.companies[0]!.facts))
      for (const f of entries ?? []) expect(clipIds).toContain(f.sourceClipId);
    for (const c of after.clips) if (c.companyId) expect(c.companyId).toBe(after.companies[0]!.id);
    expect(after.people[0]!.sourceClipIds.every((id) => clipIds.has(id))).toBe(true);
    expect(after.interviews.map((i) => i.personId)).toEqual([after.people[0]!.id]);
    expect(after.interviews[0]!.companyId).toBe(after.companies[0]!.id);
    for (const q of after.questions)
      for (const b of q.basis) {
        const clip = /^(?:clip:|fact:[^:]+:)([^:]+)$/.exec(b)?.[1];
        if (clip) expect(clipIds).toContain(clip);
        const person = /^person:([^:]+):/.exec(b)?.[1];
        if (person) expect(person).toBe(after.people[0]!.id);
      }
    // The facts of both copies are kept (Sheffield came only from the backup).
    expect(after.companies[0]!.facts.headquarters?.[0]?.value).toBe('Sheffield');
    expect(after.companies[0]!.facts.industry?.length).toBe(1);

    // The next backup restores.
    const again = parseDossierFile(JSON.stringify(await exportDossier(db)));
    expect(again.ok, again.ok ? '' : again.error).toBe(true);

    // And the user is told what was merged.
    expect(report.combined).toEqual(expect.arrayContaining(['Fernhill Robotics', 'Nadia Brennan']));
    expect(mergeMessage(report)).toMatch(/matched records you already had.*Fernhill Robotics/);
  });

  it('merging the same backup twice changes nothing the second time', async () => {
    const db = freshDb();
    await saveClip(db, ABOUT, { now: 1_000 });
    const backup = await exported(db);
    await deleteEverything(db);
    await saveClip(db, ABOUT, { now: 5_000 });
    await importDossier(db, backup, 'merge');
    const once = await readDossier(db);
    const second = await importDossier(db, backup, 'merge');
    expect(await readDossier(db)).toEqual(once);
    expect(second.added).toBe(0);
  });

  it('refuses, writing nothing, a merge that would leave a reference dangling', async () => {
    const db = freshDb();
    await saveClip(db, ABOUT, { now: 1_000 });
    const backup = await exported(db);
    // A file that passed its parse but, mapped onto this dossier, would cite what is not there:
    // the check inside the transaction stops it (here a clip of a company neither side has).
    const broken = {
      ...backup,
      companies: [],
      clips: backup.clips.map((c) => ({ ...c, id: 'other-id', urlKey: 'https://x.example', companyId: 'nowhere' })),
    };
    const before = await readDossier(db);
    const err = await importDossier(db, broken, 'merge').catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/Nothing was imported/);
    expect(await readDossier(db)).toEqual(before);
  });
});
