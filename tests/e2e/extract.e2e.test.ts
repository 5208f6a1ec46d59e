import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, clickButton, fillField, type Harness, launch, openPopup, PROD_BUILD, readStore, statusText } from './harness';

// A LinkedIn-style profile and the company's own About page, served at their real addresses.
const PROFILE = 'http://www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/';
const ABOUT = 'http://www.brightwater-logistics.co.uk/about';
// A story about Tallowmere buying Quillfen: the user researching Quillfen saves it there.
const STORY = 'http://www.brackwaterledger.com/business/2025/03/18/tallowmere-logistics-to-buy-quillfen/';
// A glazier's own page for one vacancy, no JobPosting markup: the clipper reads a company page, the details script a posting.
const VACANCY = 'http://www.bakkerglas.nl/vacatures.html';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch(PROD_BUILD, {
    'www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/': 'tests/fixtures/pages/linkedin-person-signed-in-2024.html',
    'www.brightwater-logistics.co.uk/about': 'tests/fixtures/pages/company-about-microdata.html',
    'www.brackwaterledger.com/business/2025/03/18/tallowmere-logistics-to-buy-quillfen/': 'tests/fixtures/pages/news-meta-only.html',
    'www.bakkerglas.nl/vacatures.html': 'tests/fixtures/pages/company-vacancy-nl.html',
  });
  page = await h.context.newPage();
});
afterAll(() => h?.close());

describe('a profile and a company page end up linked', () => {
  it('clips the company About page after correcting a field in the review', async () => {
    await page.goto(ABOUT);
    const popup = await openPopup(h, page);
    await clickButton(popup, 'Correct before saving');
    await fillField(popup, 'Industry', 'Freight & logistics');
    await popup.screenshot(join(ARTIFACTS, 'popup-review.png'));
    await clickButton(popup, 'Clip to dossier');
    expect(await statusText(popup)).toContain('Clipped to Brightwater Logistics');
    const [company] = (await readStore(await h.extensionPage('sidepanel.html'), 'companies')) as Array<{
      facts: Record<string, Array<{ value: unknown }>>;
    }>;
    expect(company!.facts.industry?.[0]?.value).toBe('Freight & logistics');
    // Read by the company-details script the background injects after the clipper.
    expect(company!.facts.summary?.[0]?.value).toMatch(/^Brightwater Logistics is a freight forwarder/);
  });

  it('clips the LinkedIn profile: the popup shows the person, the save links them to the company', async () => {
    await page.goto(PROFILE);
    const popup = await openPopup(h, page);
    await popup.waitFor(`document.body.innerText.includes('Person profile')`);
    const shown = await popup.evaluate<string>('document.body.innerText');
    expect(shown).toContain('Maren Okafor-Lindqvist');
    expect(shown).toContain('Head of Data Platform · Brightwater Logistics');
    expect(shown).not.toContain('People also viewed');
    await popup.screenshot(join(ARTIFACTS, 'popup-person.png'));
    await clickButton(popup, 'Clip to dossier');
    expect(await statusText(popup)).toContain('Brightwater Logistics');
  });

  it('the side panel lists the person under the company, with role and profile link', async () => {
    const panel = await h.extensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 360, height: 1000 });
    await panel.getByRole('heading', { name: 'Brightwater Logistics' }).waitFor();
    const person = panel.locator('.person', { hasText: 'Maren Okafor-Lindqvist' });
    await person.waitFor();
    expect(await person.textContent()).toContain('Head of Data Platform');
    expect(await person.locator('a').getAttribute('href')).toBe('https://www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/');
    const companies = await readStore(panel, 'companies');
    expect(companies).toHaveLength(1);
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-company-person.png'), fullPage: true });
  });
});

describe('the user corrects which company a story is about', () => {
  it('types the company in the review: the picker offers it as new, and the clip creates it and goes there', async () => {
    await page.goto(STORY);
    const popup = await openPopup(h, page);
    await popup.waitFor(`document.body.innerText.includes('Article')`);
    const firstOption = () => popup.evaluate<string>(`document.querySelector('.popup-actions select option').textContent`);
    expect(await firstOption()).toBe('Tallowmere Logistics (new)');
    await clickButton(popup, 'Correct before saving');
    await fillField(popup, 'About which company', 'Quillfen');
    await popup.waitFor(`document.querySelector('.popup-actions select option').textContent === 'Quillfen (new)'`);
    // The user has said which company: no hint about the one Rapport read.
    expect(await popup.evaluate<string>('document.body.innerText')).not.toContain('Tallowmere Logistics is not in your dossier yet');
    await popup.screenshot(join(ARTIFACTS, 'popup-correct-company.png'));
    await clickButton(popup, 'Clip to dossier');
    const status = await statusText(popup);
    expect(status).toContain('Clipped to Quillfen.');
    expect(status).toContain('A new company was added');
    const panel = await h.extensionPage('sidepanel.html');
    const companies = (await readStore(panel, 'companies')) as Array<{ id: string; name: string }>;
    const quillfen = companies.find((c) => c.name === 'Quillfen');
    expect(quillfen).toBeDefined();
    expect(companies.map((c) => c.name)).not.toContain('Tallowmere Logistics');
    const clips = (await readStore(panel, 'clips')) as Array<{ url: string; companyId?: string }>;
    expect(clips.find((c) => c.url.includes('tallowmere-logistics-to-buy-quillfen'))?.companyId).toBe(quillfen!.id);
  });
});

describe('the user renames a company and combines two', () => {
  it('in the side panel: renames Quillfen, then names it as Brightwater Logistics and combines the two', async () => {
    const panel = await h.extensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.getByLabel('Switch company').selectOption({ label: 'Quillfen' });
    await panel.getByRole('heading', { name: 'Quillfen', exact: true }).waitFor();
    // Known only from a story: no site, and no separator before the clip count.
    expect((await panel.locator('#company-name + p').textContent())?.trim()).toBe('1 clip · 0 people');
    await panel.getByRole('button', { name: 'Rename' }).click();
    await panel.getByLabel('New name').fill('Quillfen Routing');
    await panel.getByRole('button', { name: 'Save name' }).click();
    await panel.getByRole('heading', { name: 'Quillfen Routing' }).waitFor();
    expect(await panel.getByRole('status').textContent()).toBe('Renamed to Quillfen Routing.');

    await panel.getByRole('button', { name: 'Rename' }).click();
    await panel.getByLabel('New name').fill('Brightwater Logistics');
    await panel.getByRole('button', { name: 'Save name' }).click();
    const dialog = panel.getByRole('alertdialog', { name: 'Combine companies' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Brightwater Logistics is already in your dossier. Combine Quillfen Routing into it?');
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-combine-companies.png') });
    await panel.getByRole('button', { name: 'Combine into Brightwater Logistics' }).click();
    await panel.getByRole('heading', { name: 'Brightwater Logistics' }).waitFor();
    expect(await panel.getByRole('status').textContent()).toBe(
      'Quillfen Routing was combined into Brightwater Logistics: 1 clip, 0 people and 0 meetings moved.',
    );
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-combined.png') });
    const companies = (await readStore(panel, 'companies')) as Array<{ id: string; name: string }>;
    expect(companies.map((c) => c.name)).toEqual(['Brightwater Logistics']);
    const clips = (await readStore(panel, 'clips')) as Array<{ url: string; companyId?: string }>;
    expect(new Set(clips.map((c) => c.companyId))).toEqual(new Set([companies[0]!.id]));
  });
});

describe('a small employer’s own vacancy page', () => {
  it('the popup shows a job posting with its role, employer, place and workload, and the clip files it there', async () => {
    await page.goto(VACANCY);
    const popup = await openPopup(h, page);
    await popup.waitFor(`document.body.innerText.includes('Job posting')`);
    const shown = await popup.evaluate<string>('document.body.innerText');
    expect(shown).toContain('Glaszetter');
    expect(shown).toContain('Bakker Glas');
    expect(shown).toContain('Dokkum');
    expect(shown).toContain('Fulltime');
    await popup.screenshot(join(ARTIFACTS, 'popup-vacancy.png'));
    await clickButton(popup, 'Clip to dossier');
    expect(await statusText(popup)).toContain('Bakker Glas');
    const panel = await h.extensionPage('sidepanel.html');
    const clips = (await readStore(panel, 'clips')) as Array<{ url: string; kind: string }>;
    expect(clips.find((c) => c.url === VACANCY)?.kind).toBe('job-posting');
  });
});
