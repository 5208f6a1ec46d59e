import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostilePages } from '../helpers/hostile';
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
  TargetSession,
  targets,
} from './harness';

const HOSTILE = 'http://www.evil-payloads.example/about';
const routes: Record<string, string> = { 'www.evil-payloads.example/about': 'tests/fixtures/pages/company-hostile-payloads.html' };
for (const [name, build] of Object.entries(hostilePages)) routes[`${name}.example/`] = build();

let h: Harness;
let page: Page;
/** Every request made by Rapport's service worker and pages, as the DevTools protocol saw them. */
const requests: Array<{ target: string; url: string }> = [];
const dialogs: string[] = [];
const watched = new Set<string>();

/** Attach to every extension target (worker, popup, side panel, tabs) and record its network requests. */
async function watchNetwork(h: Harness) {
  for (const t of await targets(h.cdp)) {
    if (
      watched.has(t.targetId) ||
      !t.url.startsWith(`chrome-extension://${h.extensionId}/`) ||
      !['service_worker', 'page'].includes(t.type)
    )
      continue;
    watched.add(t.targetId);
    const s = await TargetSession.attach(h.cdp, t.targetId);
    s.on('Network.requestWillBeSent', (p) => {
      const e = p as { documentURL?: string; request: { url: string } };
      // A tab that left our page (navigated elsewhere) is no longer Rapport's: count by the document.
      if (t.type === 'service_worker' || e.documentURL?.startsWith(`chrome-extension://${h.extensionId}/`))
        requests.push({ target: e.documentURL ?? t.url, url: e.request.url });
    });
    s.on('Page.javascriptDialogOpening', (p) => dialogs.push((p as { message: string }).message));
    await s.send('Network.enable');
    // A page that navigated away while we attached is gone: that is expected, nothing else is.
    if (t.type === 'page') await closing(s.send('Page.enable'));
  }
}
const external = () => requests.filter((r) => !/^(chrome-extension|data|blob):/.test(r.url));

beforeAll(async () => {
  h = await launch(PROD_BUILD, routes);
  page = await h.context.newPage();
  await watchNetwork(h);
  h.context.on('page', (p) =>
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    }),
  );
});
afterAll(() => h?.close());

/** Popup opened → page read (injection, extraction, validation), and Clip pressed → saved. */
async function clipAndTime(url: string): Promise<{ readMs: number; saveMs: number; status: string }> {
  await page.goto(url, { timeout: 60_000 });
  const opened = Date.now();
  const popup = await openPopup(h, page);
  await watchNetwork(h);
  await popup.waitFor(
    `[...document.querySelectorAll('button')].some(b => b.textContent.includes('Clip')) || document.querySelector('[role=alert]')`,
    30_000,
  );
  const readMs = Date.now() - opened;
  const alert = await popup.evaluate<string | undefined>(`document.querySelector('[role=alert]')?.textContent`);
  if (alert) throw new Error(`${url}: ${alert}`);
  const start = Date.now();
  await clickButton(popup, 'Clip');
  const status = await popup.waitFor<string>(`document.querySelector('[role=status], .notice.err')?.textContent`, 30_000);
  return { readMs, saveMs: Date.now() - start, status };
}

describe('hostile pages, end to end', () => {
  it('clips the payload page; the side panel and the prep sheet show the payloads as text and run none', async () => {
    expect((await clipAndTime(HOSTILE)).status).toContain('Clipped to Evil Payloads');
    const panel = await h.extensionPage('sidepanel.html');
    await watchNetwork(h);
    await panel.getByRole('heading', { name: /Evil Payloads <img/ }).waitFor();
    expect(await panel.locator('main').textContent()).toContain('<script>window.__pwned=1</script>We sell');
    // The payload's markup is text: no img or script element came from it.
    expect(await panel.locator('main img, main script, main b').count()).toBe(0);
    await panel.getByRole('button', { name: 'Plan an informational interview here' }).click();
    await panel.getByRole('button', { name: 'Plan it and build the prep sheet' }).click();
    await panel.getByRole('heading', { name: 'Questions' }).waitFor();
    expect(await panel.locator('.prep').textContent()).toContain('<img src=x onerror');
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-hostile.png'), fullPage: true });
    const links = await panel.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).protocol));
    expect(links.every((p) => p === 'http:' || p === 'https:')).toBe(true);
    expect(dialogs).toEqual([]);
  });

  it('clips huge, deep, broken and booby-trapped pages in bounded time, storing capped records', async () => {
    const timings: Record<string, { readMs: number; saveMs: number; status: string }> = {};
    for (const name of Object.keys(hostilePages)) {
      timings[name] = await clipAndTime(`http://${name}.example/`);
      expect(timings[name]!.status, name).toMatch(/Clipped|Already in your dossier/);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'hostile-clip-times.json'), JSON.stringify(timings, null, 2));
    console.log(
      'hostile pages, ms (popup open → read; Clip → saved):',
      Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, [v.readMs, v.saveMs]])),
    );
    const store = await h.extensionPage('sidepanel.html');
    const clips = (await readStore(store, 'clips')) as Array<{ url: string; title: string; text?: string }>;
    const huge = clips.find((c) => c.url.startsWith('http://huge-strings.example'))!;
    expect(huge.title.length).toBeLessThanOrEqual(2_000);
    const bodies = (await readStore(store, 'clipTexts')) as Array<{ id: string; text?: string }>;
    expect(bodies.find((b) => b.id === (huge as unknown as { id: string }).id)!.text!.length).toBeLessThanOrEqual(200_000);
    const trap = clips.find((c) => c.url.startsWith('http://throwing-getters.example'));
    expect(trap?.title).toBe('Getter Trap Inc');
  });

  it('after the extension is reloaded, a page that stayed open clips again', async () => {
    await page.goto(HOSTILE);
    // Reinstall the built extension over itself, as an update does: a new service worker starts,
    // the page keeps running with nothing of the old version in it.
    const before = (await targets(h.cdp)).find((t) => t.type === 'service_worker')?.targetId;
    await h.cdp.send('Extensions.loadUnpacked' as never, { path: PROD_BUILD } as never);
    let restarted = false;
    for (let i = 0; i < 100 && !restarted; i++) {
      const sw = (await targets(h.cdp)).find((t) => t.type === 'service_worker' && t.url.includes(h.extensionId));
      restarted = !!sw && sw.targetId !== before;
      if (!restarted) await new Promise((r) => setTimeout(r, 100));
    }
    expect(restarted).toBe(true);
    const popup = await openPopup(h, page);
    await clickButton(popup, 'Clip again');
    expect(await statusText(popup)).toContain('Already in your dossier');
  });

  it('the extension made no network request through the whole session', async () => {
    await watchNetwork(h);
    expect(watched.size).toBeGreaterThanOrEqual(3);
    expect(external()).toEqual([]);
  });
});
