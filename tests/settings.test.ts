import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from '../lib/settings';
import { requestRoute } from '../lib/ui/route';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('reads the defaults when nothing is stored, and what was written after', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await writeSettings({ checkInWeeks: 5 });
    expect(await readSettings()).toEqual({ checkInWeeks: 5 });
  });

  it('reads settings stored by earlier versions under the same key', async () => {
    await fakeBrowser.storage.local.set({ 'rapport:settings': { checkInWeeks: 8, welcomed: true } });
    expect(await readSettings()).toEqual({ checkInWeeks: 8, welcomed: true });
  });

  it('reads a damaged value as the defaults and refuses to write a bad one', async () => {
    await fakeBrowser.storage.local.set({ 'rapport:settings': { checkInWeeks: 'soon' } });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await expect(writeSettings({ checkInWeeks: 0 })).rejects.toThrow();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the side panel route', () => {
  it('is requested through storage.session, where the side panel reads it', async () => {
    await requestRoute({ name: 'person', id: 'p1' });
    const stored = (await fakeBrowser.storage.session.get('rapport:route'))['rapport:route'] as Record<string, unknown>;
    expect(stored).toMatchObject({ name: 'person', id: 'p1' });
    expect(typeof stored.at).toBe('number');
  });
});
