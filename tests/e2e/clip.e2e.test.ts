import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type Harness, launch, openPopup, PROD_BUILD, readStore, TargetSession, waitForTarget } from './harness';

const ABOUT = 'http://www.fernhill-robotics.com/about-us/';
const NEWS = 'http://www.northsea-energy-review.com/2025/10/14/fernhill-robotics-raises-series-b-turbine-crawlers';
const STORY = 'http://medium.com/@tomasz.wierzba/what-i-learned-building-quillstones-forecasting-7c1e2f9a4b3d';

let h: Harness;
let page: Page;
let panelTab: Page;

beforeAll(async () => {
  h = await launch(PROD_BUILD, {
    'www.fernhill-robotics.com/about-us/': 'tests/fixtures/pages/company-about-jsonld-graph.html',
    'www.northsea-energy-review.com/2025/10/14/fernhill-robotics-raises-series-b-turbine-crawlers':
      'tests/fixtures/pages/news-article-newsarticle.html',
    'medium.com/@tomasz.wierzba/what-i-learned-building-quillstones-forecasting-7c1e2f9a4b3d':
      'tests/fixtures/pages/blog-medium-platform.html',
  });
  page = await h.context.newPage();
});
afterAll(() => h?.close());

const text = (s: TargetSession) => s.evaluate<string>('document.body.innerText');

describe('the production build', () => {
  it('asks for no host permissions and injects nothing into pages on its own', () => {
    const manifest = JSON.parse(readFileSync(join(PROD_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect([...manifest.permissions].sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'notifications',
      'scripting',
      'sidePanel',
      'storage',
    ]);
    // Optional permissions are asked for at the moment of use only.
    expect(manifest.optional_permissions).toEqual(['tabs']);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    // No looser content security policy than the default, no remote code, nothing exposed to pages.
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    for (const file of ['background.js', 'clipper.js']) {
      const code = readFileSync(join(PROD_BUILD, file), 'utf8');
      expect(code, file).not.toMatch(/importScripts\(|<script[^>]+src=["']https?:/);
    }
  });
});

describe('first run', () => {
  it('opens the welcome page, which offers the user’s own profile', () => {
    expect(h.firstRunUrl).toBe(`chrome-extension://${h.extensionId}/welcome.html`);
  });
});

describe('clipping a company page as a person does', () => {
  it('shows the page in the popup, clips it, and tells where it went', async () => {
    await page.goto(ABOUT);
    const popup = await openPopup(h, page);
    await popup.waitFor(`[...document.querySelectorAll('button')].some(b => b.textContent.includes('Clip to dossier'))`);
    const shown = await text(popup);
    expect(shown).toContain('About us - Fernhill Robotics'); // the title as it will be stored (the page's og:title)
    expect(shown).toContain(ABOUT);
    expect(shown).toContain('Company page');
    expect(shown).toContain('Bristol, United Kingdom');
    expect(shown).toContain('Fernhill Robotics (new)');
    await popup.screenshot(join(ARTIFACTS, 'popup-preview.png'));

    await popup.evaluate(`[...document.querySelectorAll('button')].find(b => b.textContent.includes('Clip to dossier')).click()`, true);
    const status = await popup.waitFor<string>(`document.querySelector('[role=status]')?.textContent`);
    expect(status).toContain('Clipped to Fernhill Robotics');
    await popup.screenshot(join(ARTIFACTS, 'popup-clipped.png'));

    // The real side panel opens from the popup's button (a user gesture).
    await popup.evaluate(`[...document.querySelectorAll('button')].find(b => b.textContent.includes('Open dossier')).click()`, true);
    const panelTarget = await waitForTarget(h.cdp, (t) => t.type === 'page' && t.url.endsWith('/sidepanel.html'));
    const panel = await TargetSession.attach(h.cdp, panelTarget.targetId);
    await panel.waitFor(`document.querySelector('#company-name')?.textContent === 'Fernhill Robotics'`);
    const panelText = await text(panel);
    expect(panelText).toContain('Bristol, United Kingdom');
    expect(panelText).toContain('About us - Fernhill Robotics');
  });

  it('shows the dossier in the side panel page: name, a fact with its source, the clip', async () => {
    panelTab = await h.extensionPage('sidepanel.html');
    await panelTab.setViewportSize({ width: 360, height: 900 });
    await panelTab.getByRole('heading', { name: 'Fernhill Robotics' }).waitFor();
    const hq = panelTab.locator('[data-fact="headquarters"]');
    await expect(hq.textContent()).resolves.toContain('Bristol, United Kingdom');
    // One page is the source of every fact: it is named once, above them.
    await expect(panelTab.locator('.facts').evaluate((dl) => dl.previousElementSibling?.textContent)).resolves.toContain(
      'Every fact below comes from About us - Fernhill Robotics',
    );
    await expect(hq.locator('.source').count()).resolves.toBe(0);
    await expect(panelTab.locator('.clip').count()).resolves.toBe(1);
    await panelTab.screenshot({ path: join(ARTIFACTS, 'sidepanel-company.png'), fullPage: true });
  });

  it('clipping the same page again updates the clip and adds no duplicate', async () => {
    const popup = await openPopup(h, page);
    await popup.waitFor(`[...document.querySelectorAll('button')].some(b => b.textContent.includes('Clip again'))`);
    expect(await text(popup)).toContain('In dossier since');
    await popup.evaluate(`[...document.querySelectorAll('button')].find(b => b.textContent.includes('Clip again')).click()`, true);
    const status = await popup.waitFor<string>(`document.querySelector('[role=status]')?.textContent`);
    expect(status).toContain('Already in your dossier');
    expect(status).toContain('updated');
    expect(await readStore(panelTab, 'clips')).toHaveLength(1);
    expect(await readStore(panelTab, 'companies')).toHaveLength(1);
  });

  it('a news story about the company joins its dossier, newest first, live', async () => {
    await page.goto(NEWS);
    const popup = await openPopup(h, page);
    await popup.waitFor(`[...document.querySelectorAll('button')].some(b => b.textContent.includes('Clip to dossier'))`);
    expect(await text(popup)).toContain('Article');
    await popup.evaluate(`[...document.querySelectorAll('button')].find(b => b.textContent.includes('Clip to dossier')).click()`, true);
    expect(await popup.waitFor<string>(`document.querySelector('[role=status]')?.textContent`)).toContain('Clipped to Fernhill Robotics');
    // The side panel tab was open all along: it updates without a reload.
    await panelTab.locator('.clip').nth(1).waitFor();
    const titles = await panelTab.locator('.clip-title').allTextContents();
    expect(titles[0]).toContain('raises £38m');
    expect(await readStore(panelTab, 'companies')).toHaveLength(1);
    await panelTab.screenshot({ path: join(ARTIFACTS, 'sidepanel-two-clips.png'), fullPage: true });
  });

  it('a story that names no company offers the company the user is researching, chosen, and clips to it', async () => {
    await page.goto(STORY);
    const popup = await openPopup(h, page);
    await popup.waitFor(`[...document.querySelectorAll('button')].some(b => b.textContent.includes('Clip to dossier'))`);
    const chosen = await popup.waitFor<string>(`document.querySelector('select')?.selectedOptions[0]?.textContent`);
    expect(chosen).toBe('Fernhill Robotics (updated last)');
    expect(await text(popup)).toContain(
      'This page does not say which company it is about. Fernhill Robotics is the company you updated last.',
    );
    await popup.screenshot(join(ARTIFACTS, 'popup-suggested-company.png'));
    await popup.evaluate(`[...document.querySelectorAll('button')].find(b => b.textContent.includes('Clip to dossier')).click()`, true);
    expect(await popup.waitFor<string>(`document.querySelector('[role=status]')?.textContent`)).toContain('Clipped to Fernhill Robotics');
    await panelTab.locator('.clip').nth(2).waitFor();
    expect(await readStore(panelTab, 'companies')).toHaveLength(1);
  });

  it('refuses a browser page with a clear message and stores nothing', async () => {
    const settings = await h.context.newPage();
    await settings.goto('chrome://version/');
    const popup = await openPopup(h, settings);
    const alert = await popup.waitFor<string>(`document.querySelector('[role=alert]')?.textContent`);
    expect(alert).toContain('page of the browser itself');
    expect(await popup.evaluate(`[...document.querySelectorAll('button')].some(b => b.textContent.includes('Clip to dossier'))`)).toBe(
      false,
    );
    await popup.screenshot(join(ARTIFACTS, 'popup-browser-page.png'));
    expect(await readStore(panelTab, 'clips')).toHaveLength(3);
  });
});
