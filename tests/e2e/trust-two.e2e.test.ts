import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  clickButton,
  closing,
  type Harness,
  launch,
  openPopup,
  PROD_BUILD,
  readStore,
  statusText,
  targets,
  TargetSession,
  waitForTarget,
} from './harness';

// Trust, round two (issue 12), as a person meets it in the built extension.

/** A page that, once loaded, keeps its main thread for two minutes (an endless loop, a frozen app). */
const BUSY = `<!doctype html><title>Busy page</title><h1>Busy</h1>
<script>addEventListener('load', () => setTimeout(() => { const end = Date.now() + 120000; while (Date.now() < end) {} }, 300));</script>`;

const PROFILE = 'http://www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/';
/** A blog whose Person JSON-LD (and canonical link) claims Maren's LinkedIn profile. */
const BLOG = `<!doctype html><html lang="en"><head><title>About the author — Growth Hacks</title>
<link rel="canonical" href="${PROFILE}">
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'Person',
  name: 'Maren Okafor-Lindqvist',
  url: PROFILE,
  jobTitle: 'Crypto influencer',
  description: 'Buy my course.',
})}</script></head><body><main><h1>About the author</h1><p>Buy my course.</p></main></body></html>`;

/** 290 characters, one word: no space to break at. */
const LONG_NAME = 'Wolfeschlegelsteinhausenbergerdorff'.repeat(9).slice(0, 290);

let h: Harness;

beforeAll(async () => {
  h = await launch(PROD_BUILD, {
    'busy.example/': BUSY,
    'www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/': 'tests/fixtures/pages/linkedin-person-signed-in-2024.html',
    'blog.growth-hacks.example/about': BLOG,
  });
});
afterAll(() => h?.close());

/**
 * Opens the real popup on `page` through the browser (not the page's renderer, which a busy page
 * never frees): activate the tab, then the toolbar action.
 */
async function popupOnBusyPage(page: Page): Promise<TargetSession> {
  const tab = (await targets(h.cdp)).find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no target for ${page.url()}`);
  await h.cdp.send('Target.activateTarget', { targetId: tab.targetId });
  await h.cdp.send('Extensions.triggerAction' as never, { id: h.extensionId, targetId: tab.targetId } as never);
  const popup = await waitForTarget(h.cdp, (t) => t.type === 'page' && t.url.endsWith('/popup.html'));
  const session = await TargetSession.attach(h.cdp, popup.targetId);
  await session.waitFor("document.querySelector('main') !== null");
  return session;
}

describe('finding 6: a page whose main thread is blocked', () => {
  it('the popup stops waiting and says what to do', async () => {
    const page = await h.context.newPage();
    await page.goto('http://busy.example/');
    await new Promise((r) => setTimeout(r, 800)); // the loop has started
    const started = Date.now();
    const popup = await popupOnBusyPage(page);
    const alert = await popup.waitFor<string>(`document.querySelector('[role=alert]')?.textContent`, 40_000);
    expect(alert).toMatch(/This page is busy.*try again/);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await popup.evaluate<boolean>(`document.querySelector('main').getAttribute('aria-busy') === 'true'`)).toBe(false);
    await popup.screenshot(join(ARTIFACTS, 'popup-busy-page.png'));
    await closing(page.close({ runBeforeUnload: false }));
  }, 60_000);
});

/** A backup holding one company, the long-named person at it and a meeting with them, restored as a person would. */
async function restoreLongName(): Promise<void> {
  const now = Date.now();
  const file = join(mkdtempSync(join(tmpdir(), 'rapport-long-')), 'long.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'rapport-dossier',
      version: 1,
      exportedAt: new Date(now).toISOString(),
      companies: [
        {
          id: 'co-long',
          name: `${LONG_NAME} GmbH`,
          nameKey: 'long',
          domains: ['long.example'],
          facts: {},
          tags: [],
          createdAt: now,
          updatedAt: now,
        },
      ],
      people: [
        {
          id: 'p-long',
          name: LONG_NAME,
          currentTitle: LONG_NAME,
          currentCompanyId: 'co-long',
          experience: [],
          education: [],
          skills: [],
          status: 'scheduled',
          tags: [LONG_NAME.slice(0, 40)],
          sourceClipIds: [],
          createdAt: now,
          updatedAt: now,
        },
      ],
      clips: [],
      interviews: [
        {
          id: 'iv-long',
          personId: 'p-long',
          companyId: 'co-long',
          when: now + 86_400_000,
          timeZone: 'Europe/London',
          durationMinutes: 30,
          goal: LONG_NAME,
          status: 'planned',
          createdAt: now,
          updatedAt: now,
        },
      ],
      questions: [],
    }),
  );
  const options = await h.extensionPage('options.html');
  await options.getByLabel('Import a dossier file (JSON)').setInputFiles(file);
  await options.getByRole('button', { name: 'Merge into my dossier' }).click();
  await options.getByRole('status').waitFor();
  await options.close();
}

async function panelAt(route: object, width = 360): Promise<Page> {
  const panel = await h.extensionPage('sidepanel.html');
  await panel.evaluate(
    (r) =>
      (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session.set({
        'rapport:route': r,
      }),
    route,
  );
  await panel.setViewportSize({ width, height: 900 });
  await panel.locator('main h1').first().waitFor();
  return panel;
}

describe('finding 7: a 290-character one-word name at 360 px', () => {
  it('wraps in the people list, the person, the pipeline, the meetings and search: nothing scrolls sideways', async () => {
    await restoreLongName();
    const widths: Record<string, number> = {};
    for (const [name, route] of [
      ['dossier', { name: 'company', id: 'co-long' }],
      ['person', { name: 'person', id: 'p-long' }],
      ['pipeline', { name: 'pipeline' }],
      ['meetings', { name: 'meetings' }],
      ['search', { name: 'search' }],
      ['prep', { name: 'prep', id: 'iv-long' }],
    ] as const) {
      const panel = await panelAt(route);
      if (name === 'search') {
        await panel.getByLabel('Search companies, people, clips and notes').fill(LONG_NAME.slice(0, 12));
        await panel.locator('.results .result').first().waitFor();
      }
      if (name === 'dossier') await panel.getByRole('button', { name: LONG_NAME, exact: true }).first().waitFor();
      widths[name] = await panel.evaluate(() => document.documentElement.scrollWidth);
      await panel.screenshot({ path: join(ARTIFACTS, `sidepanel-long-name-${name}.png`), fullPage: true });
      await panel.close();
    }
    expect(widths).toEqual({ dossier: 360, person: 360, pipeline: 360, meetings: 360, search: 360, prep: 360 });
  });
});

describe('finding 9: an edit that fails is said in the notice area', () => {
  it('a full disk while editing notes in the side panel shows a sentence, and nothing is half-written', async () => {
    const panel = await panelAt({ name: 'company', id: 'co-long' });
    // The disk fills up: every IndexedDB write of this page fails as Chromium fails it.
    await panel.evaluate(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = full;
      IDBObjectStore.prototype.add = full;
      IDBCursor.prototype.update = full;
    });
    const notes = panel.getByRole('textbox', { name: /^Notes on/ }).first();
    await notes.fill('Ask about the night shift.');
    await notes.blur();
    const alert = panel.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toMatch(/disk is full.*Nothing was saved/);
    // What the user typed is still there, to save once there is room.
    expect(await notes.inputValue()).toBe('Ask about the night shift.');
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-disk-full.png') });
    const [company] = (await readStore(panel, 'companies')) as Array<{ notes?: string }>;
    expect(company?.notes).toBeUndefined();
    await panel.close();
  });
});

describe("finding 3: a page claiming someone else's LinkedIn profile", () => {
  it('is not merged into that person: the popup asks, and only the answer links them', async () => {
    const page = await h.context.newPage();
    await page.goto(PROFILE);
    let popup = await openPopup(h, page);
    await clickButton(popup, 'Clip to dossier');
    await statusText(popup);
    await page.goto('http://blog.growth-hacks.example/about');
    popup = await openPopup(h, page);
    const question = await popup.waitFor<string>(`document.querySelector('.identity-hint')?.textContent`, 30_000);
    expect(question).toMatch(/Is this page about Maren Okafor-Lindqvist in your dossier\?.*only LinkedIn can vouch/);
    await popup.screenshot(join(ARTIFACTS, 'popup-identity-hint.png'));
    // Clipped without answering: Maren keeps her LinkedIn headline, the blog gets a person of its own.
    await clickButton(popup, 'Clip to dossier');
    await statusText(popup);
    const store = await h.extensionPage('options.html');
    const all = (await readStore(store, 'people')) as Array<{ name: string; headline?: string; profileUrl?: string }>;
    const maren = all.filter((p) => p.name === 'Maren Okafor-Lindqvist');
    expect(maren).toHaveLength(2);
    const linkedin = maren.find((p) => p.profileUrl?.includes('linkedin.com'))!;
    expect(linkedin.headline).not.toMatch(/Crypto/);
    await store.close();
    await page.close();
  });
});
