import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, clickButton, type Harness, launch, openPopup, PROD_BUILD, ROOT, statusText, type TargetSession } from './harness';
import { AXE, axePage, serious, type Violation } from './axe';

// Look and feel, checked: every screen through axe-core in light and dark, the side panel at
// 360 px and at 200% zoom, the keyboard, and the screenshots the README shows.
const PROFILE = 'http://www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/';
const ABOUT = 'http://www.brightwater-logistics.co.uk/about';
// A profile whose employer nothing describes yet, and a story about no company in the dossier.
const LEA = 'http://www.linkedin.com/in/lea-fontaine-brueckner/';
const STORY = 'http://news.example.org/2025/03/market-notes';
const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');

let h: Harness;
let page: Page;
let interviewId = '';
let emptyCompanyInterviewId = '';
let storyOutcome = '';

async function axePopup(s: TargetSession): Promise<string[]> {
  await s.evaluate(AXE);
  return serious(
    await s.evaluate<Violation[]>('axe.run().then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes })))'),
  );
}

beforeAll(async () => {
  h = await launch(PROD_BUILD, {
    'www.linkedin.com/in/maren-okafor-lindqvist-4b21a7/': 'tests/fixtures/pages/linkedin-person-signed-in-2024.html',
    'www.brightwater-logistics.co.uk/about': 'tests/fixtures/pages/company-about-microdata.html',
    'www.linkedin.com/in/lea-fontaine-brueckner/': 'tests/fixtures/pages/linkedin-person-public-single.html',
    // A story about no company at all: it is clipped with none.
    'news.example.org/2025/03/market-notes': {
      type: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Spring storms move across the Severn estuary - Harbour Gazette</title>
        <meta property="og:type" content="article"><meta property="og:site_name" content="Harbour Gazette">
        <meta property="article:published_time" content="2025-03-18T09:00:00Z"></head>
        <body><article><h1>Spring storms move across the Severn estuary</h1><p class="byline">By Ada Penrose · 18 March 2025</p>
        <p>Heavy rain and strong winds are expected across the estuary from Tuesday evening, forecasters said.</p>
        <p>Ferries may be delayed and walkers are advised to keep away from the sea front until Thursday.</p></article></body></html>`,
    },
  });
  page = await h.context.newPage();
  for (const url of [LEA, STORY, ABOUT, PROFILE]) {
    await page.goto(url);
    const popup = await openPopup(h, page);
    if (url === STORY) {
      // The popup offers the company researched last for a story that names none; the user
      // keeps it with no company instead.
      await popup.waitFor(`document.querySelector('select')?.selectedOptions[0]?.textContent.includes('updated last')`);
      await popup.evaluate(
        `(() => { const s = document.querySelector('select'); s.value = ''; s.dispatchEvent(new Event('change', { bubbles: true })); })()`,
      );
    }
    await clickButton(popup, 'Clip to dossier');
    const said = await statusText(popup);
    if (url === STORY) storyOutcome = said;
  }
  const panel = await h.extensionPage('sidepanel.html');
  await panel.getByRole('button', { name: 'Maren Okafor-Lindqvist' }).click();
  await panel.getByRole('button', { name: 'Plan an informational interview' }).click();
  await panel.getByLabel('Where (a place or a video link)').fill('Brightwater HQ, Trafford Wharf Road');
  await panel.getByRole('button', { name: 'Plan it and build the prep sheet' }).click();
  await panel.getByRole('heading', { name: 'Questions' }).waitFor();
  interviewId = await panel.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('rapport');
        open.onsuccess = () => {
          const req = open.result.transaction('interviews').objectStore('interviews').getAll();
          req.onsuccess = () => resolve((req.result[0] as { id: string }).id);
        };
      }),
  );
  // A second meeting, with someone whose company nothing has been clipped about.
  await panel.getByRole('button', { name: 'Search' }).click();
  await panel.getByLabel('Search companies, people, clips and notes').fill('fontaine');
  await panel
    .getByRole('button', { name: /Léa Fontaine/ })
    .first()
    .click();
  await panel.getByRole('button', { name: 'Plan an informational interview' }).click();
  await panel.getByLabel('Where (a place or a video link)').fill('https://meet.example/lea');
  await panel.getByRole('button', { name: 'Plan it and build the prep sheet' }).click();
  await panel.getByRole('heading', { name: 'Questions' }).waitFor();
  emptyCompanyInterviewId = await panel.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('rapport');
        open.onsuccess = () => {
          const req = open.result.transaction('interviews').objectStore('interviews').getAll();
          req.onsuccess = () =>
            resolve((req.result as Array<{ id: string; where?: string }>).find((i) => i.where?.includes('meet.example'))!.id);
        };
      }),
  );
  await panel.close();
});
afterAll(() => h?.close());

/** Side panel views, opened as the popup would ask for them. */
async function panelAt(route: object, scheme: 'light' | 'dark', width = 360): Promise<Page> {
  const p = await h.extensionPage('options.html');
  await p.evaluate(
    (r) =>
      (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session.set({
        'rapport:route': r,
      }),
    route,
  );
  await p.close();
  const panel = await h.extensionPage('sidepanel.html');
  await panel.emulateMedia({ colorScheme: scheme });
  await panel.setViewportSize({ width, height: 900 });
  await panel.locator('main h1').first().waitFor();
  return panel;
}

const views = () => [
  { name: 'dossier', route: { name: 'company' } },
  {
    name: 'person',
    route: { name: 'search' },
    then: async (p: Page) => {
      await p.getByLabel('Search companies, people, clips and notes').fill('maren');
      await p.getByRole('button', { name: /Maren/ }).first().click();
    },
  },
  { name: 'prep-sheet', route: { name: 'prep', id: interviewId } },
  { name: 'prep-empty-company', route: { name: 'prep', id: emptyCompanyInterviewId } },
  { name: 'unattached', route: { name: 'unattached' } },
  { name: 'pipeline', route: { name: 'pipeline' } },
  { name: 'meetings', route: { name: 'meetings' } },
  {
    name: 'search',
    route: { name: 'search' },
    then: async (p: Page) => {
      await p.getByLabel('Search companies, people, clips and notes').fill('brightwater');
      await p.locator('.results li').first().waitFor();
    },
  },
];

describe('every screen, light and dark', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`side panel views pass axe with no serious or critical violation (${scheme})`, async () => {
      const failures: Record<string, string[]> = {};
      for (const v of views()) {
        const panel = await panelAt(v.route, scheme);
        await v.then?.(panel);
        await panel.waitForTimeout(150);
        const found = await axePage(panel);
        if (found.length) failures[v.name] = found;
        await panel.screenshot({ path: join(ARTIFACTS, `${scheme}-sidepanel-${v.name}.png`), fullPage: v.name !== 'prep-sheet' });
        await panel.close();
      }
      expect(failures).toEqual({});
    });

    it(`options, welcome and print pass axe (${scheme})`, async () => {
      const failures: Record<string, string[]> = {};
      for (const path of ['options.html', 'welcome.html', `print.html#${interviewId}`]) {
        const p = await h.extensionPage(path);
        await p.emulateMedia({ colorScheme: scheme });
        await p.locator('main').first().waitFor();
        await p.waitForTimeout(150);
        const found = await axePage(p);
        if (found.length) failures[path] = found;
        await p.screenshot({ path: join(ARTIFACTS, `${scheme}-${path.split('.')[0]}.png`), fullPage: true });
        await p.close();
      }
      expect(failures).toEqual({});
    });

    it(`the popup passes axe (${scheme})`, async () => {
      await page.goto(PROFILE);
      await page.emulateMedia({ colorScheme: scheme });
      const popup = await openPopup(h, page);
      await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
      await popup.waitFor(`document.body.textContent.includes('Next meeting')`);
      expect(await axePopup(popup)).toEqual([]);
      // Chrome cuts popups at 600 px: with a meeting card above, Clip stays in view.
      const clip = await popup.evaluate<{ bottom: number; height: number; inner: number }>(
        `(() => { const b = [...document.querySelectorAll('button')].find((x) => /^Clip/.test(x.textContent.trim())); const r = b.getBoundingClientRect(); return { bottom: r.bottom, height: r.height, inner: Math.min(window.innerHeight, 600) }; })()`,
      );
      expect(clip.height).toBeGreaterThan(20);
      expect(clip.bottom).toBeLessThanOrEqual(clip.inner);
      await popup.screenshot(join(ARTIFACTS, `${scheme}-popup.png`));
    });
  }
});

describe('what a first user hits', () => {
  it('a story clipped with no company says where it went, and the dossier lists it with a way to attach it', async () => {
    expect(storyOutcome).toContain('with no company');
    const panel = await panelAt({ name: 'company' }, 'light');
    await panel.getByRole('button', { name: /1 clip with no company/ }).click();
    await panel.getByRole('heading', { name: 'Clips with no company' }).waitFor();
    await panel.getByLabel(/^Company for /).selectOption({ label: 'Brightwater Logistics' });
    await panel.getByRole('button', { name: 'Attach' }).click();
    await panel.getByText('Attached to Brightwater Logistics.').waitFor();
    await panel.getByText('Every clip belongs to a company.').waitFor();
    await panel.close();
  });

  it('a company nothing was clipped about says so in one line on the prep sheet', async () => {
    const panel = await panelAt({ name: 'prep', id: emptyCompanyInterviewId }, 'light');
    await panel.getByText(/Nothing clipped about .* yet: clip their site or their LinkedIn page\./).waitFor();
    await panel.close();
  });
});

describe('readable at 360 px and at 200% zoom, usable by keyboard', () => {
  it('no view scrolls sideways at 360 px or at 200% zoom (180 CSS px)', async () => {
    for (const width of [360, 180]) {
      for (const v of views()) {
        const panel = await panelAt(v.route, 'light', width);
        await v.then?.(panel);
        const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 1)
          console.log(
            'OVERFLOW',
            v.name,
            width,
            await panel.evaluate(() =>
              [...document.querySelectorAll('*')]
                .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .slice(0, 8)
                .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().width)} ${e.textContent?.slice(0, 40)}`),
            ),
          );
        expect(overflow, `${v.name} at ${width}px`).toBeLessThanOrEqual(1);
        await panel.close();
      }
    }
  });

  it('each etiquette box sits beside its sentence at 360 px, not alone on a line above it', async () => {
    const panel = await panelAt({ name: 'prep', id: interviewId }, 'light');
    const rows = await panel.evaluate(() =>
      [...document.querySelectorAll('.checklist label')].map((l) => {
        const box = l.querySelector('input')!.getBoundingClientRect();
        const text = l.querySelector('span')!.getBoundingClientRect();
        return { text: l.textContent?.slice(0, 30), beside: text.left >= box.right && text.top < box.bottom };
      }),
    );
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.filter((r) => !r.beside)).toEqual([]);
    await panel.close();
  });

  it('a meeting’s status is a chip the size of its word, not a bar across the row', async () => {
    const panel = await panelAt({ name: 'meetings' }, 'light');
    await panel.locator('li.meeting .chip').first().waitFor();
    const widths = await panel.evaluate(() =>
      [...document.querySelectorAll('li.meeting .chip')].map((c) => c.getBoundingClientRect().width / c.closest('li')!.clientWidth),
    );
    expect(widths.length).toBeGreaterThan(0);
    for (const w of widths) expect(w).toBeLessThan(0.4);
    await panel.close();
  });

  it('every control of the prep sheet is reached by Tab and shows its focus', async () => {
    const panel = await panelAt({ name: 'prep', id: interviewId }, 'light');
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await panel.keyboard.press('Tab');
      const info = await panel.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          key: `${el.tagName}:${el.textContent?.slice(0, 30)}:${el.getAttribute('aria-label') ?? ''}`,
          outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
          tag: el.tagName,
        };
      });
      if (info.tag === 'BODY') continue;
      seen.add(info.key);
      expect(info.outline, `focus ring on ${info.key}`).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(20);
  });
});

describe('screenshots for the README', () => {
  // `npm run screenshots` (UPDATE_SCREENSHOTS=1) copies them to tests/e2e/screenshots, which the README shows.
  it('took the light and dark popup, dossier and prep sheet', () => {
    if (process.env.UPDATE_SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
    for (const scheme of ['light', 'dark'])
      for (const name of ['popup', 'sidepanel-dossier', 'sidepanel-prep-sheet']) {
        const shot = join(ARTIFACTS, `${scheme}-${name}.png`);
        expect(readFileSync(shot).length).toBeGreaterThan(5_000);
        if (process.env.UPDATE_SCREENSHOTS) copyFileSync(shot, join(SCREENSHOTS, `${scheme}-${name}.png`));
      }
  });
});
