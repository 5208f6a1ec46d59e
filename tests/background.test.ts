import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../lib/db/database';
import { runClipper } from '../lib/extract/run';
import { planInterview } from '../lib/db/interviews';
import { updateInterview } from '../lib/db/edits';
import { writeSettings } from '../lib/settings';
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

  it('keeps the reminders in step with the meetings by watching them: no page has to ask', async () => {
    await startBackground();
    const alarmsNow = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).filter((n) => n.startsWith('rapport:'));
    const waitFor = async (ok: (names: string[]) => boolean) => {
      for (let i = 0; i < 200 && !ok(await alarmsNow()); i++) await new Promise((r) => setTimeout(r, 10));
      return alarmsNow();
    };
    // Planned in the side panel: a write to the database, and nothing else.
    const when = Date.now() + 2 * 86_400_000;
    const interview = await planInterview(db(), { when, timeZone: 'Europe/London', durationMinutes: 30 });
    expect(await waitFor((n) => n.includes(`rapport:thanks:${interview.id}`))).toEqual(
      expect.arrayContaining([`rapport:thanks:${interview.id}`, `rapport:checkin:${interview.id}`]),
    );
    // Cancelled: its reminders go.
    await updateInterview(db(), interview.id, { status: 'cancelled' });
    expect(await waitFor((n) => !n.includes(`rapport:thanks:${interview.id}`))).not.toContain(`rapport:thanks:${interview.id}`);
    // The check-in setting changes: the check-in moves.
    await updateInterview(db(), interview.id, { status: 'planned' });
    await waitFor((n) => n.includes(`rapport:checkin:${interview.id}`));
    const before = (await fakeBrowser.alarms.get(`rapport:checkin:${interview.id}`))!.scheduledTime;
    await writeSettings({ checkInWeeks: 8 });
    const checkIn = async () => (await fakeBrowser.alarms.get(`rapport:checkin:${interview.id}`))?.scheduledTime;
    for (let i = 0; i < 200 && [before, undefined].includes(await checkIn()); i++) await new Promise((r) => setTimeout(r, 10));
    expect(await checkIn()).toBe(when + 30 * 60_000 + 8 * 7 * 86_400_000);
  });
});
