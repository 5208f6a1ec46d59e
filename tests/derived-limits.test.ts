import { describe, expect, it } from 'vitest';
import { exportDossier } from '../lib/db/export';
import { parseDossierFile } from '../lib/db/import';
import { saveClip } from '../lib/db/save-clip';
import { LIMITS } from '../lib/schema/common';
import type { PageExtraction } from '../lib/schema/page-extraction';
import { companyPage, freshDb } from './helpers/factories';

/** Export, then read the file back as an import would: what a backup must survive. */
async function roundTrip(db: ReturnType<typeof freshDb>) {
  const file = await exportDossier(db);
  const back = parseDossierFile(JSON.stringify(file));
  if (!back.ok) throw new Error(back.error);
  return back.data;
}

const LINKEDIN_PADDED = `https://www.linkedin.com/in/${'é'.repeat(LIMITS.url - 40)}/`;

describe('finding 2: nothing a page can make Rapport store fails its own export', () => {
  it.each([
    ['a company name of "A&" repeated ("&" becomes " and ")', companyPage('https://amp.example/', { name: 'A&'.repeat(150) })],
    ['a company name of U+FDFA, which NFKD expands eighteenfold', companyPage('https://fdfa.example/', { name: '\uFDFA'.repeat(300) })],
    [
      'a LinkedIn company URL padded with characters that are re-encoded',
      {
        kind: 'company-profile',
        url: 'https://www.linkedin.com/company/padded/',
        title: 'Padded | LinkedIn',
        extractor: 'test',
        sources: {},
        company: { name: 'Padded', linkedinUrl: `https://www.linkedin.com/company/${'é'.repeat(LIMITS.url - 45)}/` },
      } satisfies PageExtraction,
    ],
    [
      'a social profile longer than a list item may be',
      companyPage('https://socials.example/', { name: 'Socials', socials: [`https://social.example/${'x'.repeat(1_000)}`] }),
    ],
    [
      'a team page listing a LinkedIn profile padded with re-encoded characters',
      companyPage('https://team.example/', { name: 'Team Co' }, { people: [{ name: 'Padded Person', profileUrl: LINKEDIN_PADDED }] }),
    ],
  ])('%s', async (_label, x) => {
    const db = freshDb();
    await saveClip(db, x as PageExtraction);
    const back = await roundTrip(db);
    expect(back.clips).toHaveLength(1);
  });

  it('a LinkedIn profile whose own URL in the page is padded with re-encoded characters', async () => {
    const db = freshDb();
    await saveClip(db, {
      kind: 'person-profile',
      url: 'https://www.linkedin.com/in/padded/',
      title: 'Padded | LinkedIn',
      extractor: 'test',
      sources: {},
      person: { name: 'Padded Person', profileUrl: LINKEDIN_PADDED, currentCompany: 'A&'.repeat(150) },
    });
    const back = await roundTrip(db);
    expect(back.people.map((p) => p.profileUrl)).toEqual(['https://www.linkedin.com/in/padded/']);
  });

  it('an export that would fail names the record in plain words, not a Zod dump', async () => {
    const db = freshDb();
    const r = await saveClip(db, companyPage('https://broken.example/', { name: 'Broken Key Ltd' }));
    // A record damaged by an older version, written behind the save path's back.
    await db.companies.update(r.companyId!, { nameKey: 'k'.repeat(1_000) });
    const err = await exportDossier(db).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    const message = (err as Error).message;
    expect(message).toMatch(/the company “Broken Key Ltd” has a name key .*longer than 300 characters/);
    expect(message).not.toMatch(/too_big|"path"|\[/);
  });

  it('an export whose records do not agree is refused before it is written, naming the record', async () => {
    const db = freshDb();
    const r = await saveClip(db, companyPage('https://dangling.example/', { name: 'Dangling', industry: 'Rope' }));
    // As an older merge left it: the fact's clip is gone.
    await db.clips.delete(r.clipId);
    const err = await exportDossier(db).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/a fact \(industry\) of the company “Dangling” cites a clip that is not there/);
  });
});
