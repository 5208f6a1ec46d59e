import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTab, MISSED, type TabAccess } from '../lib/background/tab-clipper';
import { StoryCluesSchema } from '../lib/clip/clipper-result';
import { withStoryFacts } from '../lib/extract/article/story-facts';
import { extractPageFull } from '../lib/extract/full';
import { runClipper } from '../lib/extract/run';
import { runReadable } from '../lib/extract/run-readable';
import { docFrom } from './helpers/dom';

// The story's company and its people are read in the background from the clues the article
// script returns (the ranking is more code than the script has room for).

const page = (name: string) => {
  const html = readFileSync(join(__dirname, 'fixtures/pages', name + '.html'), 'utf8');
  return { html, url: /saved from url=\(\d+\)(\S+)/.exec(html)![1]! };
};

function tab(html: string, url: string, clues?: (c: unknown) => unknown): TabAccess {
  return {
    getTab: async () => ({ url, title: 't', status: 'complete' }),
    runClipper: async () => runClipper(docFrom(html, url), url),
    runReadable: async () => {
      const r = runReadable(docFrom(html, url), url);
      return clues && 'clues' in r ? { ...r, clues: clues(r.clues) } : r;
    },
  };
}

describe("an article's company and people, read in the background", () => {
  it('the article script leaves them to the background, which reads them from its clues', async () => {
    const { html, url } = page('news-german');
    const r = runReadable(docFrom(html, url), url);
    expect(r.extraction?.people).toBeUndefined();
    expect('clues' in r && StoryCluesSchema.safeParse(r.clues).success).toBe(true);
    const two = await extractTab(tab(html, url), 1);
    expect(two.extraction.article?.aboutCompany).toBe('Brennwerk Solartechnik AG');
    expect(two.extraction.people).toEqual([{ name: 'Katrin Lodemann', title: 'Vorstandschefin' }]);
    expect(two.extraction).toEqual(extractPageFull(docFrom(html, url), new URL(url)));
  });

  it('a story whose company only its text names is ranked in the background', async () => {
    const { html, url } = page('news-meta-only');
    const r = runReadable(docFrom(html, url), url);
    expect(r.extraction?.article?.aboutCompany).toBeUndefined();
    const full = extractPageFull(docFrom(html, url), new URL(url));
    expect(full.article?.aboutCompany).toBeTruthy();
    expect((await extractTab(tab(html, url), 1)).extraction).toEqual(full);
  });

  it('clues the schema refuses cost the story its company, never its reading, and the user is told', async () => {
    const { html, url } = page('news-meta-only');
    const hostile = await extractTab(
      tab(html, url, (c) => ({ ...(c as object), paragraphs: 'not a list' })),
      1,
    );
    expect(hostile.extraction.article?.title).toBeTruthy();
    expect(hostile.extraction.article?.aboutCompany).toBeUndefined();
    // Said, not swallowed (review of the session): the user picks the company in the popup.
    expect(hostile.partial).toBe(MISSED.clues);
  });

  it('the publisher is never ranked the subject of its own story', () => {
    const x = {
      kind: 'article' as const,
      url: 'https://news.example/a',
      title: 'Acme buys Brightline',
      extractor: 'generic',
      sources: {},
      article: { title: 'Acme buys Brightline' },
    };
    const paragraphs = ['Acme Corp. announced on Monday that it will buy Brightline, the company said.', 'Acme shares rose 4%.'];
    const clues = { title: 'Acme buys Brightline', paragraphs, siteNames: [], own: false, announced: false, rank: { exclude: [] } };
    expect(withStoryFacts(x, clues).article?.aboutCompany).toBe('Acme');
    expect(withStoryFacts(x, { ...clues, siteNames: ['Acme News'] }).article?.aboutCompany).toBeUndefined();
    expect(withStoryFacts(x, undefined)).toBe(x);
    // A story the ranking finds no company for keeps the one the page's reading named after it
    // (cloudcomputingexpo.com: a syndicated release, its issuer from the site's own reading).
    const named = { ...x, article: { ...x.article, aboutCompany: 'Eisai' } };
    expect(withStoryFacts(named, { ...clues, paragraphs: ['Nothing here names a company.'] }).article?.aboutCompany).toBe('Eisai');
    expect(withStoryFacts(named, clues).article?.aboutCompany).toBe('Acme');
  });
});
