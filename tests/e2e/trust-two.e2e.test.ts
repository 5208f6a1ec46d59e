import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type Harness, launch, PROD_BUILD, targets, TargetSession, waitForTarget } from './harness';

// Trust, round two (issue 12), as a person meets it in the built extension.

/** A page that, once loaded, keeps its main thread for two minutes (an endless loop, a frozen app). */
const BUSY = `<!doctype html><title>Busy page</title><h1>Busy</h1>
<script>addEventListener('load', () => setTimeout(() => { const end = Date.now() + 120000; while (Date.now() < end) {} }, 300));</script>`;

let h: Harness;

beforeAll(async () => {
  h = await launch(PROD_BUILD, { 'busy.example/': BUSY });
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
    await page.close({ runBeforeUnload: false }).catch(() => {});
  }, 60_000);
});
