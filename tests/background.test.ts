import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../lib/db/database';
import { runClipper } from '../lib/extract/run';
import { docFrom } from './helpers/dom';

// The background entrypoint, wired to a fake browser: the context menu and the keyboard command
// both clip the tab they were used on, and say how it went on the toolbar badge.
type Listener = (...args: unknown[]) => unknown;
const event = () => {
  const listeners: Listener[] = [];
  return { addListener: (l: Listener) => listeners.push(l), fire: (...args: unknown[]) => Promise.all(listeners.map((l) => l(...args))) };
};

const PAGE_URL = 'https://www.quillstone.io/company';
const PAGE =
  '<html><head><title>Company — Quillstone Analytics</title></head><body><main><p>Forecasts planners trust.</p></main></body></html>';

async function startBackground() {
  const menus = { created: [] as Array<{ id: string; title: string }>, onClicked: event() };
  const commands = { onCommand: event() };
  Object.assign(fakeBrowser, {
    contextMenus: {
      create: (item: { id: string; title: string }) => menus.created.push(item),
      removeAll: (done?: () => void) => done?.(),
      onClicked: menus.onClicked,
    },
    commands,
    runtime: Object.assign(fakeBrowser.runtime, { openOptionsPage: vi.fn(async () => {}) }),
    scripting: { executeScript: vi.fn(async () => [{ result: runClipper(docFrom(PAGE, PAGE_URL), PAGE_URL) }]) },
  });
  const tab = await fakeBrowser.tabs.create({ url: PAGE_URL });
  const { default: background } = await import('../entrypoints/background');
  background.main();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
  return { menus, commands, tabId: tab.id! };
}

async function waitForClips(n: number) {
  for (let i = 0; i < 100 && (await db().clips.count()) < n; i++) await new Promise((r) => setTimeout(r, 10));
}

describe('background wiring', () => {
  it('offers the context menu, and it and the shortcut both clip the page', async () => {
    const { menus, commands, tabId } = await startBackground();
    expect(menus.created.map((m) => m.title)).toContain('Clip this page to Rapport');

    await menus.onClicked.fire({ menuItemId: 'rapport-clip-page' }, { id: tabId, url: PAGE_URL });
    await waitForClips(1);
    expect((await db().clips.toArray()).map((c) => c.url)).toEqual([PAGE_URL]);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId })).toContain('Clipped to Quillstone Analytics');

    await commands.onCommand.fire('clip-page', { id: tabId, url: PAGE_URL });
    for (let i = 0; i < 100 && !(await fakeBrowser.action.getTitle({ tabId })).includes('updated'); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(await fakeBrowser.action.getTitle({ tabId })).toContain('Already in your dossier');
    expect(await db().clips.count()).toBe(1);
  });
});
