import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleZip } from '../helpers/linkedin-export';
import { ARTIFACTS, clickButton, type Harness, launch, openPopup, PROD_BUILD, readStore, ROOT, statusText } from './harness';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
/** Serious and critical accessibility violations on an extension page (axe-core, as the look test runs it). */
async function axeSerious(p: Page): Promise<string[]> {
  await p.evaluate(AXE);
  const violations = await p.evaluate(
    async () =>
      (await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe.run())
        .violations,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} ${JSON.stringify((v as unknown as { nodes: Array<{ html: string }> }).nodes.map((n) => n.html.slice(0, 120)))}`);
}

// Warm paths as a person uses them: import the LinkedIn export in the options page, see whom
// they know at a company in the real popup, copy a connection note and mark it sent, plan a
// meeting and download it as an .ics that a calendar library reads back.
const PROFILE = 'http://www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/';
const ABOUT = 'http://www.brightwater-logistics.co.uk/about';
const TEAM = 'http://www.pellucidbio.com/company/leadership';

let h: Harness;
let page: Page;
let files: string;

beforeAll(async () => {
  h = await launch(PROD_BUILD, {
    'www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/': 'tests/fixtures/pages/linkedin-person-signed-in-2024.html',
    'www.brightwater-logistics.co.uk/about': 'tests/fixtures/pages/company-about-microdata.html',
    'www.pellucidbio.com/company/leadership': 'tests/fixtures/pages/company-team-page.html',
    '127.0.0.1/blank': '<title>blank</title>',
    'wrenfold.io/careers': 'tests/fixtures/pages/company-careers-page.html',
  });
  page = await h.context.newPage();
  files = mkdtempSync(join(tmpdir(), 'rapport-linkedin-'));
});
afterAll(() => h?.close());

describe('warm paths', () => {
  let options: Page;

  it('refuses a damaged export in the options page and keeps the dossier as it was', async () => {
    options = await h.extensionPage('options.html');
    const damaged = join(files, 'Connections.csv');
    writeFileSync(damaged, 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,"Moreau,,,,,\n');
    await options.getByLabel('LinkedIn export (.zip or .csv)').setInputFiles(damaged);
    await expect(options.getByRole('alert').textContent()).resolves.toMatch(/Connections\.csv is damaged: .*Nothing was imported\./);
    expect(await readStore(options, 'people')).toHaveLength(0);
  });

  it('imports the sample archive: connections, and the user’s own profile', async () => {
    const zip = join(files, 'Basic_LinkedInDataExport_11-29-2025.zip');
    writeFileSync(zip, sampleZip());
    await options.getByLabel('LinkedIn export (.zip or .csv)').setInputFiles(zip);
    const status = options.locator('.notice-area [role=status]');
    await status.waitFor();
    await expect(status.textContent()).resolves.toContain('25 connections read: 25 added, 0 updated, 0 already up to date.');
    await options.locator('.linkedin-import').screenshot({ path: join(ARTIFACTS, 'options-linkedin-import.png') });
    expect(await axeSerious(options)).toEqual([]);
    const people = (await readStore(options, 'people')) as Array<{ name: string; status?: string; connection?: { since?: string } }>;
    expect(people).toHaveLength(25);
    expect(people.every((p) => p.status === undefined)).toBe(true);
    expect(people.find((p) => p.name === 'Maren Okafor-Lindqvist')?.connection?.since).toBe('2021-02-03');
    const [self] = (await readStore(options, 'self')) as Array<{ name: string; schools: string[] }>;
    expect(self).toMatchObject({ name: 'Priya Raman', schools: ['Kestrel Hill University', 'Leeds City College'] });
    // The same archive again updates nothing and duplicates nobody.
    await options.getByLabel('LinkedIn export (.zip or .csv)').setInputFiles(zip);
    await expect(status.textContent()).resolves.toContain('0 added, 0 updated, 25 already up to date');
    expect(await readStore(options, 'people')).toHaveLength(25);
  });

  it('the popup on a company’s site says "You know 3 people at Brightwater Logistics", and who', async () => {
    await page.goto(ABOUT);
    const popup = await openPopup(h, page);
    const heading = await popup.waitFor<string>(`document.querySelector('#known-h')?.textContent`);
    expect(heading).toBe('You know 3 people at Brightwater Logistics');
    const names = await popup.evaluate<string[]>(`[...document.querySelectorAll('.known__person')].map(li => li.textContent)`);
    expect(names.join(' | ')).toMatch(/Maren Okafor-Lindqvist.*Head of Data Platform.*connected since/);
    expect(names.join(' | ')).toContain('Tomasz Wójcik');
    expect(names.join(' | ')).toContain('Dev Anand');
    await popup.screenshot(join(ARTIFACTS, 'popup-known-company.png'));
    await clickButton(popup, 'Clip to dossier');
    await statusText(popup);
  });

  it('the popup on a connection’s profile says so, with the others there and common ground', async () => {
    await page.goto(PROFILE);
    const popup = await openPopup(h, page);
    const note = await popup.waitFor<string>(`document.querySelector('.connection-note')?.textContent`);
    expect(note).toMatch(/Maren Okafor-Lindqvist is one of your LinkedIn connections \(since .*2021\)\./);
    expect(await popup.waitFor<string>(`document.querySelector('#known-h')?.textContent`)).toBe(
      'You know 2 other people at Brightwater Logistics',
    );
    await clickButton(popup, 'Clip to dossier');
    await statusText(popup);
    await popup.screenshot(join(ARTIFACTS, 'popup-known-profile.png'));
  });

  it('the company view lists them; the connection’s page shows common ground and the message draft', async () => {
    const panel = await h.extensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 380, height: 1000 });
    await panel.getByRole('heading', { name: 'You know 3 people at Brightwater Logistics' }).waitFor();
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-company-known.png'), fullPage: true });
    await panel.locator('.known').getByRole('button', { name: 'Maren Okafor-Lindqvist' }).click();
    await panel.getByText(/LinkedIn connection since/).waitFor();
    const chips = await panel.getByLabel('Common ground').textContent();
    expect(chips).toContain('Same school: Kestrel Hill University');
    expect(chips).toContain('Same employer: Quayline Freight Systems');
    // Already connected: no connection request, a message instead, resting on the shared school.
    await expect(panel.locator('[data-draft=connection-note]').count()).resolves.toBe(0);
    const ask = await panel.locator('#draft-ask').inputValue();
    expect(ask).toMatch(/^Hi Maren,\n\nI see we both studied at Kestrel Hill University\./);
    expect(ask).toContain('Would you have 20–30 minutes');
  });

  it('a stranger’s page: copy the connection note (≤ 300, live counter), mark it sent', async () => {
    await page.goto(TEAM);
    const popup = await openPopup(h, page);
    await clickButton(popup, 'Clip to dossier');
    await statusText(popup);
    const panel = await h.extensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 380, height: 1100 });
    await panel.getByRole('button', { name: 'Amara Okafor' }).first().click();
    const note = panel.locator('#draft-connection-note');
    await note.waitFor();
    const text = await note.inputValue();
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text).toMatch(/^Hi Amara, I came across your work as Co-founder & Chief Executive Officer at Pellucid Bio\. I'm Priya/);
    await expect(panel.locator('[data-draft=connection-note] .counter').textContent()).resolves.toBe(`${text.length} / 300 characters`);
    await note.fill(`${text} Thanks!`);
    await expect(panel.locator('[data-draft=connection-note] .counter').textContent()).resolves.toBe(`${text.length + 8} / 300 characters`);
    await panel.getByRole('button', { name: 'Copy note' }).click();
    await expect(panel.getByRole('status').textContent()).resolves.toBe('Copied the connection note.');
    // The clipboard is the browser's: read it back from an ordinary page allowed to read it.
    const reader = await h.context.newPage();
    await reader.goto(h.serverUrl('/blank'));
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(h.serverUrl('/')).origin });
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(`${text} Thanks!`);
    await reader.close();
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-person-outreach.png'), fullPage: true });
    expect(await axeSerious(panel)).toEqual([]);
    await panel.locator('[data-draft=connection-note]').getByRole('button', { name: 'Mark as sent' }).click();
    await panel.getByText(/is now "contacted"/).waitFor();
    const amara = (
      (await readStore(panel, 'people')) as Array<{ name: string; status?: string; log?: Array<{ kind: string; draft?: string }> }>
    ).find((p) => p.name === 'Amara Okafor');
    expect(amara).toMatchObject({ status: 'contacted', log: [{ kind: 'messaged', draft: 'connection-note' }] });
    await expect(panel.locator('.log-entry').first().textContent()).resolves.toContain('Messaged (connection note)');
    await panel.getByRole('button', { name: 'Pipeline' }).click();
    await expect(panel.locator('.pipeline-col[aria-labelledby="col-contacted"]').textContent()).resolves.toContain(
      'Wait for a reply; nudge after a week',
    );
  });

  it('plans a meeting and downloads it as an .ics that ical.js reads back', async () => {
    const panel = await h.extensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 380, height: 1000 });
    // Clipped, she is in the pipeline now: to contact.
    await panel.getByRole('button', { name: 'Pipeline' }).click();
    await panel.locator('.pipeline-col').first().getByRole('button', { name: 'Maren Okafor-Lindqvist' }).click();
    await panel.getByRole('button', { name: 'Plan an informational interview' }).click();
    await panel.getByLabel('Where (a place or a video link)').fill('https://meet.example/maren');
    await panel.getByRole('button', { name: 'Plan it and build the prep sheet' }).click();
    await panel.getByRole('heading', { name: 'Questions' }).waitFor();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('interview-Maren-Okafor-Lindqvist.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    const [interview] = (await readStore(panel, 'interviews')) as Array<{ when: number; timeZone: string }>;
    const cal = new ICAL.Component(ICAL.parse(ics));
    const tz = cal.getFirstSubcomponent('vtimezone');
    if (tz) ICAL.TimezoneService.register(tz);
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().getTime()).toBe(interview!.when);
    expect(event.summary).toBe('Informational interview with Maren Okafor-Lindqvist (Brightwater Logistics)');
    expect(event.location).toBe('https://meet.example/maren');
    expect(event.description).toMatch(/Must ask:\n1\. .+\n2\. .+\n3\. .+/);
    await expect(panel.getByRole('status').textContent()).resolves.toContain('Downloaded the meeting as a calendar event (.ics).');
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-prep-ics.png') });
  });

  it('a careers page’s roles appear as open roles; the one matching the user’s target is a hook on the prep sheet', async () => {
    await options.getByLabel('The role you are aiming for').fill('Backend engineer');
    await options.getByRole('button', { name: 'Save my profile' }).click();
    await page.goto('http://wrenfold.io/careers');
    const popup = await openPopup(h, page);
    expect(await popup.waitFor<string>(`document.querySelector('#known-h')?.textContent`)).toBe('You know 3 people at Wrenfold');
    await clickButton(popup, 'Clip to dossier');
    await statusText(popup);
    const panel = await h.extensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 380, height: 1000 });
    const roles = panel.getByRole('list', { name: 'Open roles' });
    await roles.waitFor();
    const first = await roles.locator('.role').first().textContent();
    expect(first).toContain('Senior Backend Engineer (Go)');
    expect(first).toContain('Your target role');
    // Wrenfold Technologies is matched on the core of the name, and says so.
    await expect(panel.locator('.known').textContent()).resolves.toContain('Listed as Wrenfold Technologies');
    await panel.locator('#roles-h').scrollIntoViewIfNeeded();
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-open-roles.png') });
    expect(await axeSerious(panel)).toEqual([]);
    await panel.getByRole('button', { name: 'Plan an informational interview here' }).click();
    await panel.getByRole('button', { name: 'Plan it and build the prep sheet' }).click();
    const hooks = panel.getByRole('heading', { name: 'Hooks from your research' });
    await hooks.waitFor();
    const text = await panel.locator('section', { has: hooks }).textContent();
    expect(text).toContain('Hiring: Senior Backend Engineer (Go), Lisbon, Portugal — the role you are aiming for');
    expect(text).toContain('careers page');
  });
});
