import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTab, type TabAccess } from '../lib/background/tab-clipper';
import { runClipper } from '../lib/extract/run';
import { runLinkedinPosts } from '../lib/extract/run-posts';
import { docFrom } from './helpers/dom';

// Our own fixture of LinkedIn's 2026 profile (tests/fixtures/posts): the people and posts are invented.
const URL_ = 'https://www.linkedin.com/in/mira-olsen-7a1b2c/';
const PAGE = readFileSync('tests/fixtures/posts/sdui-profile-2026.html', 'utf8');

function tab(runPosts?: TabAccess['runPosts']): TabAccess {
  return {
    getTab: async () => ({ url: URL_, title: 'Mira Olsen | LinkedIn', status: 'complete' }),
    runClipper: async () => runClipper(docFrom(PAGE, URL_), URL_),
    runPosts,
  };
}

describe("a LinkedIn profile's own posts, read by a third script", () => {
  it('are asked for by the clipper, which stays light', () => {
    const r = runClipper(docFrom(PAGE, URL_), URL_);
    expect(r).toMatchObject({ ok: true, needsPosts: true, needsDetails: false, needsReadable: false });
    expect(r.ok && (r.extraction as { person?: { name?: string; posts?: unknown } }).person).toMatchObject({ name: 'Mira Olsen' });
    expect(r.ok && (r.extraction as { person?: { posts?: unknown } }).person?.posts).toBeUndefined();
  });

  it("take the clipper's note of whose posts they must be, once, and answer without one", () => {
    runClipper(docFrom(PAGE, URL_), URL_);
    expect(
      runLinkedinPosts(docFrom(PAGE, 'https://www.linkedin.com/in/someone-else/'), 'https://www.linkedin.com/in/someone-else/'),
    ).toMatchObject({
      ok: false,
    });
    runClipper(docFrom(PAGE, URL_), URL_);
    const r = runLinkedinPosts(docFrom(PAGE, URL_), URL_);
    expect(r.ok && r.posts.length).toBeGreaterThan(0);
    expect(runLinkedinPosts(docFrom(PAGE, URL_), URL_)).toMatchObject({ ok: false });
  });

  it('join the clip when the script answers, and the profile is kept without them when it cannot', async () => {
    const full = await extractTab(
      tab(async () => runLinkedinPosts(docFrom(PAGE, URL_), URL_)),
      1,
    );
    const texts = (full.extraction.person?.posts ?? []).map((p) => p.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join(' ')).not.toMatch(/reposted this/i);

    const failing = await extractTab(
      tab(async () => {
        throw new Error('Cannot access contents of the page');
      }),
      1,
    );
    expect(failing.extraction.person?.name).toBe('Mira Olsen');
    expect(failing.extraction.person?.posts).toBeUndefined();

    // A script that answers with something no post looks like: refused by the schema, the profile kept.
    const hostile = await extractTab(
      tab(async () => ({ ok: true, ms: 1, posts: [{ text: 42 }] })),
      1,
    );
    expect(hostile.extraction.person?.name).toBe('Mira Olsen');
    expect(hostile.extraction.person?.posts).toBeUndefined();
  });
});
