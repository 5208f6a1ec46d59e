import { describe, expect, it } from 'vitest';
import { createHandlers } from '../lib/background/handlers';
import type { TabAccess } from '../lib/background/tab-clipper';
import { dispatch } from '../lib/messaging/server';
import { freshDb } from './helpers/factories';

const self = { id: 'rapport-id', origin: 'chrome-extension://rapport-id/' };
const popup = { id: 'rapport-id', url: 'chrome-extension://rapport-id/popup.html' };

function servedPage(html: string, url = 'https://www.fernhill-robotics.com/about-us/'): TabAccess {
  return {
    getTab: async () => ({ url, title: 'About', status: 'complete' }),
    runClipper: async () => {
      const { docFrom } = await import('./helpers/dom');
      const { runClipper } = await import('../lib/extract/run');
      return runClipper(docFrom(html, url), url);
    },
  };
}

const PAGE = `<html><head><title>About | Fernhill Robotics</title><meta property="og:site_name" content="Fernhill Robotics"></head><body><main><p>We build robots.</p></main></body></html>`;

describe('the background protocol', () => {
  it('clips through preview then save, and says "updated" the second time', async () => {
    const db = freshDb();
    const handlers = createHandlers(db, servedPage(PAGE));
    const preview = await dispatch(handlers, { type: 'preview', payload: { tabId: 7 } }, popup, self);
    expect(preview.ok).toBe(true);
    const data = (preview as { data: { extraction: unknown; company?: { name: string; id?: string } } }).data;
    expect(data.company).toEqual({ name: 'Fernhill Robotics' });
    const saved = await dispatch(handlers, { type: 'save', payload: { tabId: 7, extraction: data.extraction } }, popup, self);
    expect(saved).toMatchObject({ ok: true, data: { status: 'created', companyName: 'Fernhill Robotics', companyCreated: true } });
    const again = await dispatch(handlers, { type: 'save', payload: { tabId: 7 } }, popup, self);
    expect(again).toMatchObject({ ok: true, data: { status: 'updated' } });
    expect(await db.clips.count()).toBe(1);
  });

  it.each([
    ['an unknown type', { type: 'dropTables', payload: {} }, 'unknown-message'],
    ['no envelope', 'clip', 'unknown-message'],
    ['a wrong payload', { type: 'preview', payload: { tabId: 'seven' } }, 'invalid-request'],
    [
      'an extraction that breaks the schema',
      { type: 'save', payload: { tabId: 1, extraction: { kind: 'evil', url: 'javascript:alert(1)' } } },
      'invalid-request',
    ],
    ['an oversized message', { type: 'save', payload: { tabId: 1, junk: 'x'.repeat(2_000_000) } }, 'too-large'],
  ])('rejects %s and writes nothing', async (_label, message, code) => {
    const db = freshDb();
    const reply = await dispatch(createHandlers(db, servedPage(PAGE)), message, popup, self);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(await db.clips.count()).toBe(0);
    expect(await db.companies.count()).toBe(0);
  });

  it('refuses messages from web pages and other extensions', async () => {
    const db = freshDb();
    const handlers = createHandlers(db, servedPage(PAGE));
    const message = { type: 'save', payload: { tabId: 7 } };
    for (const sender of [
      { id: 'rapport-id', url: 'https://evil.example/' },
      { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' },
      {},
    ]) {
      expect(await dispatch(handlers, message, sender, self)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(await db.clips.count()).toBe(0);
  });

  it('refuses a reviewed extraction when the tab has moved to another page', async () => {
    const db = freshDb();
    const handlers = createHandlers(db, servedPage(PAGE));
    const preview = await dispatch(handlers, { type: 'preview', payload: { tabId: 7 } }, popup, self);
    const extraction = {
      ...(preview as { data: { extraction: Record<string, unknown> } }).data.extraction,
      url: 'https://elsewhere.example/',
    };
    const reply = await dispatch(handlers, { type: 'save', payload: { tabId: 7, extraction } }, popup, self);
    expect(reply).toMatchObject({ ok: false, error: { code: 'tab-changed' } });
    expect(await db.clips.count()).toBe(0);
  });
});

describe('pages that cannot be clipped', () => {
  it.each([
    ['chrome://settings/', 'page of the browser itself'],
    ['https://chromewebstore.google.com/detail/abc', 'extension store'],
    ['https://example.com/report.pdf', 'PDF'],
    ['about:blank', 'page of the browser itself'],
  ])('%s gets a clear message and stores nothing', async (url, words) => {
    const db = freshDb();
    let injected = false;
    const tabs: TabAccess = {
      getTab: async () => ({ url, status: 'complete' }),
      runClipper: async () => {
        injected = true;
        return null;
      },
    };
    const reply = await dispatch(createHandlers(db, tabs), { type: 'preview', payload: { tabId: 1 } }, popup, self);
    expect(reply).toMatchObject({ ok: false, error: { code: 'unclippable' } });
    expect((reply as { error: { message: string } }).error.message).toContain(words);
    expect(injected).toBe(false);
  });

  it('says the page is still loading', async () => {
    const tabs: TabAccess = { getTab: async () => ({ url: 'https://example.com/', status: 'loading' }), runClipper: async () => null };
    const reply = await dispatch(createHandlers(freshDb(), tabs), { type: 'preview', payload: { tabId: 1 } }, popup, self);
    expect((reply as { error: { message: string } }).error.message).toMatch(/still loading/);
  });

  it('explains file access when the browser refuses a file:// page', async () => {
    const tabs: TabAccess = {
      getTab: async () => ({ url: 'file:///home/me/saved.html', status: 'complete' }),
      runClipper: async () => {
        throw new Error(
          'Cannot access contents of url "file:///home/me/saved.html". Extension manifest must request permission to access this host.',
        );
      },
    };
    const reply = await dispatch(createHandlers(freshDb(), tabs), { type: 'preview', payload: { tabId: 1 } }, popup, self);
    expect(reply).toMatchObject({ ok: false, error: { code: 'file-access' } });
    expect((reply as { error: { message: string } }).error.message).toMatch(/Allow access to file URLs/);
  });

  it('turns a PDF that slipped past the URL check into the PDF message', async () => {
    const tabs: TabAccess = {
      getTab: async () => ({ url: 'https://example.com/download?id=4', status: 'complete' }),
      runClipper: async () => ({ ok: false, code: 'not-html', detail: 'application/pdf' }),
    };
    const reply = await dispatch(createHandlers(freshDb(), tabs), { type: 'preview', payload: { tabId: 1 } }, popup, self);
    expect((reply as { error: { message: string } }).error.message).toMatch(/PDF/);
  });
});
