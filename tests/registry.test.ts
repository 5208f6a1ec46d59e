import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EXTRACTORS, extractPage } from '../lib/extract/registry';
import { extractArticle, extractPageFull } from '../lib/extract/full';
import { readArticle } from '../lib/extract/article/read-article';
import { readability } from '../lib/extract/full';
import { ownStorySubject } from '../lib/extract/article/own-story-subject';
import { STORY_EXTRACTORS } from '../lib/extract/run-extractors';
import { generic } from '../lib/extract/generic';
import type { Extractor } from '../lib/extract/types';
import { docFrom } from './helpers/dom';

const sitesDir = join(__dirname, '../lib/extract/sites');

describe('the extractor registry', () => {
  it('registers every site extractor, most specific first, generic last', () => {
    const files = readdirSync(sitesDir).filter((f) => f.endsWith('.ts'));
    const ids = EXTRACTORS.map((e) => e.id);
    for (const f of files) {
      const source = readFileSync(join(sitesDir, f), 'utf8');
      const id = /id: '([^']+)'/.exec(source)?.[1];
      expect(ids, `${f} is registered`).toContain(id);
    }
    expect(ids[ids.length - 1]).toBe('generic');
  });

  it('every extractor has at least one golden fixture', () => {
    const expected = readdirSync(join(__dirname, 'fixtures/expected'));
    const pages = readdirSync(join(__dirname, 'fixtures/pages'));
    // Each page extracted once: the set of extractors that read at least one fixture.
    const covered = new Set<string>();
    for (const p of pages) {
      const html = readFileSync(join(__dirname, 'fixtures/pages', p), 'utf8');
      const url = /saved from url=\(\d+\)(\S+)/.exec(html)?.[1];
      if (!url || !expected.includes(p.replace(/\.html$/, '.json'))) continue;
      covered.add(extractPageFull(docFrom(html, url), new URL(url)).extractor);
    }
    for (const e of EXTRACTORS) expect(covered.has(e.id), `${e.id} has a fixture`).toBe(true);
  });

  it('the article script, with only the story extractors, reads every story as the whole registry does', () => {
    const pages = readdirSync(join(__dirname, 'fixtures/pages'));
    let stories = 0;
    for (const p of pages) {
      const html = readFileSync(join(__dirname, 'fixtures/pages', p), 'utf8');
      const url = /saved from url=\(\d+\)(\S+)/.exec(html)?.[1];
      if (!url) continue;
      const all = extractPage(docFrom(html, url), new URL(url), EXTRACTORS, {
        readable: readability,
        article: readArticle,
        storySubject: ownStorySubject,
      });
      // Only the story extractors ever read a page as a story: the article script needs no other.
      if (all.kind === 'article') {
        expect(
          STORY_EXTRACTORS.map((e) => e.id),
          p,
        ).toContain(all.extractor);
        expect(extractArticle(docFrom(html, url), new URL(url)).extraction, p).toEqual(all);
        stories++;
      }
    }
    expect(stories).toBeGreaterThanOrEqual(10);
  });

  it('never runs an extractor on a page whose URL it does not match', () => {
    const spy: Extractor = { id: 'spy', matches: (u) => u.hostname === 'spy.example', extract: vi.fn(() => null) };
    extractPage(docFrom('<title>x</title>', 'https://other.example/'), new URL('https://other.example/'), [spy, generic]);
    expect(spy.extract).not.toHaveBeenCalled();
    extractPage(docFrom('<title>x</title>', 'https://spy.example/'), new URL('https://spy.example/'), [spy, generic]);
    expect(spy.extract).toHaveBeenCalledTimes(1);
  });
});

describe('a page opened away from its site', () => {
  const spy = (claims: boolean): Extractor => ({
    id: 'spy',
    matches: (u) => u.hostname === 'spy.example',
    claims: () => claims,
    extract: vi.fn((_doc: Document, u: URL) => ({ kind: 'other' as const, url: u.href, title: 'spy', extractor: 'spy', sources: {} })),
  });
  const saved = (head: string) => docFrom(`<html><head>${head}<title>x</title></head><body></body></html>`, 'file:///home/me/page.html');
  const file = new URL('file:///home/me/page.html');

  it('is read by the extractor of the site its canonical link names, when its structure agrees', () => {
    const s = spy(true);
    const x = extractPage(saved('<link rel="canonical" href="https://spy.example/a">'), file, [s, generic]);
    expect(s.extract).toHaveBeenCalledWith(expect.anything(), new URL('https://spy.example/a'), {});
    expect(x).toMatchObject({ extractor: 'spy', url: file.href, canonicalUrl: 'https://spy.example/a' });
  });

  it('is read by that extractor through og:url too', () => {
    const s = spy(true);
    expect(extractPage(saved('<meta property="og:url" content="https://spy.example/b">'), file, [s, generic]).extractor).toBe('spy');
  });

  it('is not, when its structure does not agree with the claim', () => {
    const s = spy(false);
    expect(extractPage(saved('<link rel="canonical" href="https://spy.example/a">'), file, [s, generic]).extractor).toBe('generic');
    expect(s.extract).not.toHaveBeenCalled();
  });

  it('is not read by an extractor of another site than the one it claims', () => {
    const s = spy(true);
    expect(extractPage(saved('<link rel="canonical" href="https://elsewhere.example/a">'), file, [s, generic]).extractor).toBe('generic');
  });

  it('claiming no address, is read by the extractor whose structure it has, at the address it lies', () => {
    const s = spy(true);
    expect(extractPage(saved(''), file, [s, generic]).extractor).toBe('spy');
    expect(s.extract).toHaveBeenCalledWith(expect.anything(), file, {});
  });

  it('a live wiki on another host is not Wikipedia, though it runs on MediaWiki', () => {
    const url = 'https://wiki.ownhost.example/title/Sudo';
    const page = (canonical: string) =>
      docFrom(
        `<html><head><meta name="generator" content="MediaWiki 1.45.1"><link rel="canonical" href="${canonical}"><title>Sudo - ArchWiki</title></head>
      <body><div id="mw-content-text"><div class="mw-parser-output"><p>Sudo allows a system administrator to delegate authority.</p></div></div></body></html>`,
        url,
      );
    const x = extractPageFull(page(url), new URL(url));
    expect(x.extractor).not.toBe('wikipedia');
    expect(x.siteName).not.toBe('Wikipedia');
    // A mirror of a Wikipedia article that names its address there is still Wikipedia's.
    expect(extractPageFull(page('https://en.wikipedia.org/wiki/Sudo'), new URL(url)).extractor).toBe('wikipedia');
  });

  it('a relative canonical is no claim', () => {
    const s = spy(true);
    extractPage(saved('<link rel="canonical" href="/in/someone/">'), file, [s, generic]);
    expect(s.extract).toHaveBeenCalledWith(expect.anything(), file, {});
  });
});
