import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractTab, MISSED, READ_TIMEOUT_MS, type TabAccess } from '../lib/background/tab-clipper';
import { createHandlers } from '../lib/background/handlers';
import { clipNow } from '../lib/background/clip-now';
import { dispatch } from '../lib/messaging/server';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDb } from './helpers/factories';
import { runClipper } from '../lib/extract/run';
import { runCompanyDetails } from '../lib/extract/run-details';
import { runLinkedinPosts } from '../lib/extract/run-posts';
import { runReadable } from '../lib/extract/run-readable';
import { savedPageUrl } from '../lib/extract/saved-page';
import { docFrom } from './helpers/dom';

// A second reading (an article's text, a company page's details, a profile's posts) that fails
// must not look like a page with nothing more to say: the clip keeps its first reading and the
// user is told what it lacks.

const COMPANY_URL = 'https://www.acme-robots.example/about/team';
const COMPANY = `<html><head><title>Our team | Acme Robots</title><meta property="og:site_name" content="Acme Robots"></head><body>
  <main><h1>Our team</h1><ul class="team"><li><h3>Dana Whitcombe</h3><p class="role">Co-founder &amp; CEO</p></li>
  <li><h3>Luis Ferreira</h3><p class="role">CTO</p></li></ul></main></body></html>`;

const refused = async () => {
  throw new Error('Cannot access contents of the page');
};

function company(runDetails: TabAccess['runDetails']): TabAccess {
  return {
    getTab: async () => ({ url: COMPANY_URL, title: 'Our team', status: 'complete' }),
    runClipper: async () => runClipper(docFrom(COMPANY, COMPANY_URL), COMPANY_URL),
    runDetails,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a second reading that fails is said, not swallowed', () => {
  it("a company page's details: the first reading is kept and the clip says what it lacks", async () => {
    const failed = await extractTab(company(refused), 1);
    expect(failed.extraction.company?.name).toBe('Acme Robots');
    expect(failed.extraction.people).toBeUndefined();
    expect(failed.partial).toBe(MISSED.details);

    // An answer the schema refuses is a failure too.
    const hostile = await extractTab(
      company(async () => ({ ok: true, ms: 1, extraction: { kind: 'company-page', url: 42 } })),
      1,
    );
    expect(hostile.partial).toBe(MISSED.details);

    const fine = await extractTab(
      company(async () => runCompanyDetails(docFrom(COMPANY, COMPANY_URL), COMPANY_URL)),
      1,
    );
    expect(fine.extraction.people?.map((p) => p.name)).toEqual(['Dana Whitcombe', 'Luis Ferreira']);
    expect(fine.partial).toBeUndefined();
  });

  it("an article's full text", async () => {
    const pages = join(__dirname, 'fixtures/pages');
    const file = readdirSync(pages).find((f) => {
      const expected = JSON.parse(readFileSync(join(__dirname, 'fixtures/expected', f.replace(/\.html$/, '.json')), 'utf8'));
      return f.endsWith('.html') && (expected as { kind: string }).kind === 'article';
    })!;
    const html = readFileSync(join(pages, file), 'utf8');
    const url = savedPageUrl(html)!;
    const access = (runReadableScript: TabAccess['runReadable']): TabAccess => ({
      getTab: async () => ({ url, title: 't', status: 'complete' }),
      runClipper: async () => runClipper(docFrom(html, url), url),
      runReadable: runReadableScript,
    });
    const failed = await extractTab(access(refused), 1);
    expect(failed.extraction.kind).toBe('article');
    expect(failed.partial).toBe(MISSED.readable);
    const fine = await extractTab(
      access(async () => runReadable(docFrom(html, url), url)),
      1,
    );
    expect(fine.partial).toBeUndefined();
    // Clues the schema refuses: the story is kept, its company is not guessed, and the user is told.
    const hostile = await extractTab(
      access(async () => ({ ...(await runReadable(docFrom(html, url), url)), clues: { paragraphs: 42 } })),
      1,
    );
    expect(hostile.extraction.kind).toBe('article');
    expect(hostile.partial).toBe(MISSED.clues);
  });

  it("a LinkedIn profile's posts", async () => {
    const url = 'https://www.linkedin.com/in/mira-olsen-7a1b2c/';
    const html = readFileSync(join(__dirname, 'fixtures/posts/sdui-profile-2026.html'), 'utf8');
    const access = (runPosts: TabAccess['runPosts']): TabAccess => ({
      getTab: async () => ({ url, title: 'Mira Olsen | LinkedIn', status: 'complete' }),
      runClipper: async () => runClipper(docFrom(html, url), url),
      runPosts,
    });
    const failed = await extractTab(access(refused), 1);
    expect(failed.extraction.person?.name).toBe('Mira Olsen');
    expect(failed.partial).toBe(MISSED.posts);
    const hostile = await extractTab(
      access(async () => ({ ok: true, ms: 1, posts: [{ text: 42 }] })),
      1,
    );
    expect(hostile.partial).toBe(MISSED.posts);
    const fine = await extractTab(
      access(async () => runLinkedinPosts(docFrom(html, url), url)),
      1,
    );
    expect(fine.extraction.person?.posts?.length).toBeGreaterThan(0);
    expect(fine.partial).toBeUndefined();
  });

  it('a second script that never answers is a failure too, said once it times out', async () => {
    vi.useFakeTimers();
    const result = extractTab(
      company(() => new Promise(() => {})),
      1,
    );
    await vi.advanceTimersByTimeAsync(READ_TIMEOUT_MS + 100);
    const r = await result;
    expect(r.extraction.company?.name).toBe('Acme Robots');
    expect(r.partial).toBe(MISSED.details);
  });

  it('the popup preview carries the sentence, through the protocol', async () => {
    const self = { id: 'rapport-id', origin: 'chrome-extension://rapport-id/' };
    const popup = { id: 'rapport-id', url: 'chrome-extension://rapport-id/popup.html' };
    const reply = await dispatch(createHandlers(freshDb(), company(refused)), { type: 'preview', payload: { tabId: 1 } }, popup, self);
    expect(reply).toMatchObject({ ok: true, data: { partial: MISSED.details, extraction: { company: { name: 'Acme Robots' } } } });
  });

  it('a clip from the menu or the shortcut says it beside the outcome on the badge', async () => {
    const db = freshDb();
    await clipNow(db, company(refused), 7);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe(`Rapport: Clipped to Acme Robots. ${MISSED.details}`);
    expect(await db.clips.count()).toBe(1);
  });
});
