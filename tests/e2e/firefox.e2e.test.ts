import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, ROOT, serve } from './harness';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { sampleZip } from '../helpers/linkedin-export';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import ICAL from 'ical.js';

// The Firefox build in Debian's firefox-esr, driven by puppeteer-core 24 (25 needs Node 22).
// Firefox grants no activeTab to automation: the e2e build reaches 127.0.0.1 by host
// permission, and an extension page asks the background to clip the served tab, as the
// popup's Clip button does.
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
const EXT = join(ROOT, '.output/firefox-mv2-e2e');
const UUID = '6d1d5a2e-4a5b-4c7e-9a61-3b2f0c1e9d42';
const ORIGIN = `moz-extension://${UUID}`;

let browser: Browser;
/** Where Firefox saves downloads, without asking. */
const DOWNLOADS = mkdtempSync(join(tmpdir(), 'rapport-ff-dl-'));
let server: { port: number; close(): void };
const html = (path: string) => ({ file: path });

beforeAll(async () => {
  server = await serve({
    '127.0.0.1/about': html('tests/fixtures/pages/company-about-jsonld-graph.html'),
    '127.0.0.1/blank': '<title>blank</title>',
  });
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ 'rapport@rapport.invalid': UUID }),
      // Downloads land in a folder the test reads, as the user's Downloads folder would.
      'browser.download.folderList': 2,
      'browser.download.dir': DOWNLOADS,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      // Lets an ordinary page read the clipboard back without the paste prompt (a testing pref).
      'dom.events.testing.asyncClipboard': true,
    },
  });
  await browser.installExtension(EXT);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Polls a predicate in the page until it holds (20 s at most). */
async function until(p: Page, predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await p.evaluate(predicate).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${predicate.toString()}`);
}

/** An extension page, reached from a served page (Firefox's driver cannot open it directly). */
async function extensionPage(path: string): Promise<Page> {
  const p = await browser.newPage();
  await p.goto(`http://127.0.0.1:${server.port}/blank`);
  await p.evaluate((u) => void (location.href = u), `${ORIGIN}/${path}`);
  // The driver does not report this navigation as one: wait for the extension page's own script.
  for (let i = 0; i < 100; i++) {
    if (await p.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false)) return p;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${path} did not open`);
}

describe('Firefox', () => {
  it('installs the add-on with a sidebar and no host permission beyond the test server', async () => {
    const manifest = (await import(join(EXT, 'manifest.json'), { with: { type: 'json' } })).default as {
      sidebar_action?: { default_panel: string };
    };
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
  });

  it('clips a served page and finds it in the dossier', async () => {
    const site = await browser.newPage();
    await site.goto(`http://127.0.0.1:${server.port}/about`);
    const panel = await extensionPage('sidepanel.html');
    const reply = await panel.evaluate(async (port) => {
      const api = (
        globalThis as unknown as {
          browser: {
            tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> };
            runtime: { sendMessage(m: unknown): Promise<unknown> };
          };
        }
      ).browser;
      // tabs.query({url}) ignores ports in Firefox: filter by hand.
      const tab = (await api.tabs.query({})).find((t) => t.url?.startsWith(`http://127.0.0.1:${port}/about`));
      return api.runtime.sendMessage({ type: 'save', payload: { tabId: tab!.id } });
    }, server.port);
    expect(reply).toMatchObject({ ok: true, data: { status: 'created', companyName: 'Fernhill Robotics' } });
    // No reload: the sidebar page updates by itself when the clip lands.
    // Polled with evaluate: waitForFunction compiles with Function(), which the extension
    // page's CSP blocks in firefox-esr 140.
    await until(panel, () => document.querySelector('#company-name')?.textContent === 'Fernhill Robotics');
    const text = await panel.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Bristol, United Kingdom');
    expect(text).toContain('About us - Fernhill Robotics');
    // The mission is read by the company-details script, from the clipper's reading it found in
    // the add-on's content-script world: the two injections share it in Firefox too.
    expect(await panel.evaluate(() => document.querySelector('[data-fact="mission"]')?.textContent ?? '')).toContain(
      'Our mission is to make inspecting critical infrastructure safe',
    );
    await panel.screenshot({ path: join(ARTIFACTS, 'firefox-sidebar.png') as `${string}.png` });
  });

  it('imports the LinkedIn export in the options page; the sidebar says whom the user knows there and drafts the ask', async () => {
    const options = await extensionPage('options.html');
    const zip = join(mkdtempSync(join(tmpdir(), 'rapport-ff-')), 'Basic_LinkedInDataExport.zip');
    writeFileSync(zip, sampleZip());
    const input = await options.$('.linkedin-import input[type=file]');
    await input!.uploadFile(zip);
    await until(options, () => !!document.querySelector('.notice-area [role=status]'));
    expect(await options.evaluate(() => document.querySelector('.notice-area [role=status]')?.textContent)).toContain(
      '25 connections read: 25 added',
    );
    const panel = await extensionPage('sidepanel.html');
    await until(panel, () => document.querySelector('#known-h')?.textContent === 'You know 3 people at Fernhill Robotics');
    const listed = await panel.evaluate(() => [...document.querySelectorAll('.known__person button')].map((b) => b.textContent));
    expect(listed.sort()).toEqual(['Kwame Mensah', 'Lucía Ferrer Soto', 'Nadia Haddad']);
    await panel.evaluate(() => (document.querySelector('.known__person button') as HTMLButtonElement).click());
    await until(panel, () => !!document.querySelector('#draft-ask'));
    const ask = await panel.evaluate(() => (document.querySelector('#draft-ask') as HTMLTextAreaElement).value);
    expect(ask).toMatch(/^Hi \S+,\n\n/);
    expect(ask).toContain('Would you have 20–30 minutes');
    expect(await panel.evaluate(() => document.body.textContent)).toContain('LinkedIn connection since');
    await panel.screenshot({ path: join(ARTIFACTS, 'firefox-sidebar-known.png') as `${string}.png` });
  });

  it('copies the message from the sidebar, marks it sent (contact log) and plans the meeting as an .ics download that ical.js reads back', async () => {
    const panel = await extensionPage('sidepanel.html');
    await until(panel, () => !!document.querySelector('.known__person button'));
    await panel.evaluate(() => (document.querySelector('.known__person button') as HTMLButtonElement).click());
    await until(panel, () => !!document.querySelector('#draft-ask'));
    const ask = await panel.evaluate(() => (document.querySelector('#draft-ask') as HTMLTextAreaElement).value);
    const person = await panel.evaluate(() => document.querySelector('#person-name')?.textContent ?? '');
    expect(person).toMatch(/^(Kwame Mensah|Lucía Ferrer Soto|Nadia Haddad)$/);
    await (await button(panel, 'Copy message')).click();
    await until(panel, () => document.querySelector('[role=status]')?.textContent === 'Copied the message.');
    // Read the clipboard back from an ordinary page.
    const reader = await browser.newPage();
    await reader.goto(`http://127.0.0.1:${server.port}/blank`);
    const subject = await panel.evaluate(() => document.querySelector('[data-draft=ask] p.small')?.textContent ?? '');
    expect(subject).toBe('Subject: 20 minutes on your work at Fernhill Robotics?');
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(`${subject}\n\n${ask}`);
    await reader.close();

    // Mark as sent: the contact log records it and the person is "contacted".
    const sent = await panel.$$('[data-draft=ask] button');
    for (const b of sent) if ((await b.evaluate((e) => e.textContent?.trim())) === 'Mark as sent') await b.click();
    await until(panel, () => /is now "contacted"/.test(document.querySelector('[role=status]')?.textContent ?? ''));
    await until(panel, () => !!document.querySelector('.log-entry'));
    expect(await panel.evaluate(() => document.querySelector('.log-entry')?.textContent ?? '')).toContain('Messaged (the ask)');
    expect(await panel.evaluate(() => (document.querySelector('select') as HTMLSelectElement).value)).toBe('contacted');

    await (await button(panel, 'Plan an informational interview')).click();
    await until(panel, () => !!document.querySelector('#plan-h'));
    const where = await panel.$('input[placeholder^="Café"]');
    await where!.type('https://meet.example/ff');
    await (await button(panel, 'Plan it and build the prep sheet')).click();
    await until(panel, () => [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Questions'));
    await (await button(panel, 'Add to calendar (.ics)')).click();
    await until(panel, () =>
      (document.querySelector('[role=status]')?.textContent ?? '').includes('Downloaded the meeting as a calendar event (.ics).'),
    );
    const file = await downloaded('.ics');
    expect(file).toBe(`interview-${person.replace(/\s+/g, '-')}.ics`);
    const cal = new ICAL.Component(ICAL.parse(readFileSync(join(DOWNLOADS, file), 'utf8')));
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(`Informational interview with ${person} (Fernhill Robotics)`);
    expect(event.location).toBe('https://meet.example/ff');
    expect(event.description).toMatch(/Must ask:\n1\. .+/);
    await panel.screenshot({ path: join(ARTIFACTS, 'firefox-sidebar-prep.png') as `${string}.png` });
  });
});

/** The enabled button whose text is `text`, once it shows. */
async function button(p: Page, text: string) {
  for (let i = 0; i < 100; i++) {
    for (const b of await p.$$('button:not([disabled])')) if ((await b.evaluate((e) => e.textContent?.trim())) === text) return b;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no button "${text}"`);
}

/**
 * The name of the finished download ending in `ext`. Firefox first makes an empty file of that
 * name and writes a `.part` beside it: finished means no `.part` left and bytes in the file.
 */
async function downloaded(ext: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const names = readdirSync(DOWNLOADS);
    const done = names.find((f) => f.endsWith(ext));
    if (done && !names.some((f) => f.endsWith('.part')) && statSync(join(DOWNLOADS, done)).size > 0) return done;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${ext} download in ${DOWNLOADS}: ${readdirSync(DOWNLOADS).join(', ')}`);
}
