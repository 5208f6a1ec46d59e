import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../lib/schema/dossier';
import { ARTIFACTS, type Harness, launch, PROD_BUILD, readStore, ROOT } from './harness';

// A backup restored through the options page, as a person would, and a company of many clips in
// the side panel: the newest come first, the rest on request, and a fact still names the old clip
// it came from.
const CLIPS = 45;
const PEOPLE = 30;
let h: Harness;
let files: string;

/**
 * The thin Quillmate dossier grown to 45 clips (the cited home page oldest, 44 articles after it)
 * and 30 people still to contact.
 */
function bigQuillmate(): { json: string; newest: string; cited: string } {
  const d = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/dossiers/thin-company-only.json'), 'utf8'));
  const home = d.clips[0] as Clip;
  for (let i = 1; i < CLIPS; i++) {
    const url = `https://charitytimes.example/news/2026/quillmate-story-${i}`;
    const title = `Quillmate story ${i}: grant season notes`;
    d.clips.push({
      id: `clip-story-${i}`,
      url,
      urlKey: url,
      title,
      kind: 'article',
      capturedAt: home.capturedAt + i * 60_000,
      updatedAt: home.updatedAt + i * 60_000,
      companyId: home.companyId,
      extraction: { kind: 'article', url, title, sources: {}, extractor: 'generic' },
      siteName: 'Charity Times',
    });
  }
  for (let i = 0; i < PEOPLE; i++) {
    d.people.push({
      id: `p-contact-${i}`,
      name: `Contact ${String(i).padStart(2, '0')} Example`,
      currentTitle: 'Grants Adviser',
      currentCompanyId: home.companyId,
      experience: [],
      education: [],
      skills: [],
      status: 'to-contact',
      tags: [],
      sourceClipIds: [],
      createdAt: home.capturedAt,
      updatedAt: home.capturedAt + i,
    });
  }
  return { json: JSON.stringify(d), newest: `Quillmate story ${CLIPS - 1}: grant season notes`, cited: home.title };
}

beforeAll(async () => {
  h = await launch(PROD_BUILD, {});
  files = mkdtempSync(join(tmpdir(), 'rapport-import-'));
});
afterAll(() => h?.close());

describe('a restored dossier with a company of many clips', () => {
  let options: Page;
  const big = bigQuillmate();

  it('refuses a damaged file in the options page and keeps the dossier as it was', async () => {
    options = await h.extensionPage('options.html');
    const damaged = join(files, 'damaged.json');
    writeFileSync(damaged, big.json.slice(0, 5_000));
    await options.getByLabel('Import a dossier file (JSON)').setInputFiles(damaged);
    await expect(options.getByRole('alert').textContent()).resolves.toContain('not valid JSON');
    expect(await readStore(options, 'clips')).toHaveLength(0);
  });

  it('previews and merges a good file', async () => {
    const good = join(files, 'quillmate.json');
    writeFileSync(good, big.json);
    await options.getByLabel('Import a dossier file (JSON)').setInputFiles(good);
    await expect(options.getByLabel('What the file holds').textContent()).resolves.toContain(`${CLIPS} clips`);
    await options.getByRole('button', { name: 'Merge into my dossier' }).click();
    await options.getByRole('status').waitFor();
    expect(await readStore(options, 'clips')).toHaveLength(CLIPS);
  });

  it('the side panel lists the newest 30 first, keeps the cited source, and shows all on request', async () => {
    const panel = await h.extensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.getByRole('heading', { name: 'Quillmate' }).waitFor();
    await expect(panel.locator('header p.small').first().textContent()).resolves.toContain(`${CLIPS} clips`);
    await expect(panel.locator('.clip').count()).resolves.toBe(30);
    await expect(panel.locator('.clip-title').first().textContent()).resolves.toBe(big.newest);
    // Every fact cites the oldest clip, which is not among the 30 listed: it is still named, once.
    await expect(panel.locator('.facts').evaluate((dl) => dl.previousElementSibling?.textContent)).resolves.toContain(
      `Every fact below comes from ${big.cited}`,
    );
    await panel.getByRole('button', { name: `Show all ${CLIPS} clips` }).click();
    await expect(
      panel
        .locator('.clip')
        .nth(CLIPS - 1)
        .waitFor(),
    ).resolves.toBeUndefined();
    await expect(panel.locator('.clip').count()).resolves.toBe(CLIPS);
    await expect(panel.locator('.clip-title').last().textContent()).resolves.toBe(big.cited);
    await expect(panel.getByRole('button', { name: /Show all \d+ clips/ }).count()).resolves.toBe(0);
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-many-clips.png') });
  });

  it('the pipeline lists the first 5 of the "To contact" backlog and the rest on request', async () => {
    const panel = await h.extensionPage('sidepanel.html');
    await panel.getByRole('button', { name: 'Pipeline' }).click();
    const column = panel.locator('.pipeline-col').first();
    await expect(column.locator('h2').textContent()).resolves.toBe(`To contact (${PEOPLE})`);
    // The backlog has no dates: five, so the meetings to prepare below are not screens away (ui17).
    await expect(column.locator('.pipeline-card').count()).resolves.toBe(5);
    await expect(column.locator('.pipeline-card').first().textContent()).resolves.toContain('Grants Adviser · Quillmate');
    await column.getByRole('button', { name: `Show all ${PEOPLE} in To contact` }).click();
    await expect(column.locator('.pipeline-card').count()).resolves.toBe(PEOPLE);
    await expect(column.getByRole('button', { name: /Show all/ }).count()).resolves.toBe(0);
  });
});
