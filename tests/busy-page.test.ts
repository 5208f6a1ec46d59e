import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clipNow } from '../lib/background/clip-now';
import { createHandlers } from '../lib/background/handlers';
import { extractTab, READ_TIMEOUT_MS, type TabAccess } from '../lib/background/tab-clipper';
import { dispatch } from '../lib/messaging/server';
import { freshDb } from './helpers/factories';

/** A tab whose page never lets go of its main thread: the injected clipper never returns. */
const busyTab: TabAccess = {
  getTab: async () => ({ url: 'https://busy.example/', title: 'Busy', status: 'complete' }),
  runClipper: () => new Promise(() => {}),
};

const self = { id: 'rapport-id', origin: 'chrome-extension://rapport-id/' };
const popup = { id: 'rapport-id', url: 'chrome-extension://rapport-id/popup.html' };

afterEach(() => {
  vi.useRealTimers();
});

describe('finding 6: a page whose main thread is blocked', () => {
  it('reading it times out with a sentence saying what to do', async () => {
    vi.useFakeTimers();
    const result = extractTab(busyTab, 1).then(
      () => 'read',
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(60_000);
    const err = await result;
    expect(err).toMatchObject({ code: 'busy-page' });
    expect((err as Error).message).toMatch(/busy.*Wait.*try again/i);
  });

  it('the popup is told (preview answers with the error, not never)', async () => {
    vi.useFakeTimers();
    const reply = dispatch(createHandlers(freshDb(), busyTab), { type: 'preview', payload: { tabId: 1 } }, popup, self);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await reply).toMatchObject({ ok: false, error: { code: 'busy-page' } });
  });

  it('the context menu and the shortcut say it on the badge', async () => {
    vi.useFakeTimers();
    const db = freshDb();
    const done = clipNow(db, busyTab, 5);
    // Past the read timeout, before the badge clears itself again.
    await vi.advanceTimersByTimeAsync(READ_TIMEOUT_MS + 100);
    await done;
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toMatch(/busy/);
    // (fake-indexeddb runs on timers: let them run again before reading it.)
    vi.useRealTimers();
    expect(await db.clips.count()).toBe(0);
  });
});
