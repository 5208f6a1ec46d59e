import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateBadge } from '../lib/background/badge';
import { clipLink, saveSelection } from '../lib/background/menus';
import type { TabAccess } from '../lib/background/tab-clipper';
import { runClipper } from '../lib/extract/run';
import { saveClip } from '../lib/db/save-clip';
import { companyPage, freshDb } from './helpers/factories';
import { docFrom } from './helpers/dom';

const LINKED = 'https://www.quillstone.io/company';
const PAGE =
  '<html><head><title>Company — Quillstone Analytics</title><meta property="og:site_name" content="Quillstone Analytics"></head><body><main><p>Forecasts planners trust.</p></main></body></html>';
const access: TabAccess = {
  getTab: async () => ({ url: LINKED, status: 'complete' }),
  runClipper: async () => runClipper(docFrom(PAGE, LINKED), LINKED),
};

describe('context menu: clip the linked page', () => {
  it('opens it in a background tab, clips it, closes the tab', async () => {
    const db = freshDb();
    const tabs = {
      create: vi.fn(async () => ({ id: 42 })),
      remove: vi.fn(async () => {}),
      get: vi.fn(async () => ({ status: 'complete', url: LINKED })),
    };
    await clipLink(db, access, tabs, LINKED, 7, async () => true);
    expect(tabs.create).toHaveBeenCalledWith({ url: LINKED, active: false });
    expect(tabs.remove).toHaveBeenCalledWith(42);
    expect((await db.clips.toArray()).map((c) => c.url)).toEqual([LINKED]);
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toContain('clipped to Quillstone Analytics');
  });

  it('without access to the site, opens the page in front instead and stores nothing', async () => {
    const db = freshDb();
    const tabs = {
      create: vi.fn(async () => ({ id: 43 })),
      remove: vi.fn(async () => {}),
      get: vi.fn(async () => ({ status: 'complete' })),
    };
    await clipLink(db, access, tabs, LINKED, 7, async () => false);
    expect(tabs.create).toHaveBeenCalledWith({ url: LINKED, active: true });
    expect(await db.clips.count()).toBe(0);
  });

  it('refuses a javascript: link', async () => {
    const db = freshDb();
    const tabs = { create: vi.fn(async () => ({ id: 1 })), remove: vi.fn(async () => {}), get: vi.fn(async () => ({})) };
    await clipLink(db, access, tabs, 'javascript:alert(1)', 7, async () => true);
    expect(tabs.create).not.toHaveBeenCalled();
  });
});

describe('context menu: save selection as a note', () => {
  it('appends the quote with its source to the company of the page', async () => {
    const db = freshDb();
    const r = await saveClip(db, companyPage(LINKED, { name: 'Quillstone Analytics' }));
    await saveSelection(db, access, 7, LINKED, '  Forecasts   planners trust. ', Date.UTC(2026, 10, 26));
    await saveSelection(db, access, 7, LINKED, 'Forty manufacturers', Date.UTC(2026, 10, 27));
    const notes = (await db.companies.get(r.companyId!))!.notes!;
    expect(notes).toBe(`“Forecasts planners trust.” — 2026-11-26, ${LINKED}\n\n“Forty manufacturers” — 2026-11-27, ${LINKED}`);
    // The note is found by search words.
    expect((await db.companies.get(r.companyId!))!.words).toContain('manufacturers');
  });

  it('clips a page not yet in the dossier first', async () => {
    const db = freshDb();
    await saveSelection(db, access, 7, LINKED, 'A quote', 0);
    const [company] = await db.companies.toArray();
    expect(company?.name).toBe('Quillstone Analytics');
    expect(company?.notes).toContain('“A quote”');
  });
});

describe('the toolbar badge', () => {
  it('marks a page already in the dossier and clears it elsewhere', async () => {
    const db = freshDb();
    await saveClip(db, companyPage('https://www.fernhill.example/about', { name: 'Fernhill Robotics' }));
    expect(await updateBadge(db, fakeBrowser.action as never, 3, 'https://careers.fernhill.example/jobs/1')).toBe(true);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('●');
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toContain('Fernhill Robotics');
    expect(await updateBadge(db, fakeBrowser.action as never, 3, 'https://elsewhere.example/')).toBe(false);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });
});
