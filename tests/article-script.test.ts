import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTab, type TabAccess } from '../lib/background/tab-clipper';
import { extractPageFull } from '../lib/extract/full';
import { runClipper } from '../lib/extract/run';
import { runReadable } from '../lib/extract/run-readable';
import { savedPageUrl } from '../lib/extract/saved-page';
import { docFrom } from './helpers/dom';

const pages = join(__dirname, 'fixtures/pages');
const expectedDir = join(__dirname, 'fixtures/expected');
const articles = readdirSync(pages)
  .filter((f) => f.endsWith('.html'))
  .filter(
    (f) => (JSON.parse(readFileSync(join(expectedDir, f.replace(/\.html$/, '.json')), 'utf8')) as { kind: string }).kind === 'article',
  );

function tab(html: string, url: string, article: 'works' | 'throws' | 'absent'): TabAccess {
  return {
    getTab: async () => ({ url, title: 't', status: 'complete' }),
    runClipper: async () => runClipper(docFrom(html, url), url),
    runReadable:
      article === 'absent'
        ? undefined
        : async () => {
            const doc = docFrom(html, url);
            // A reading that breaks half-way (a hostile page): Readability alone is still asked.
            if (article === 'throws')
              Object.defineProperty(doc, 'title', {
                get: () => {
                  throw new Error('no title for you');
                },
              });
            return runReadable(doc, url);
          },
  };
}

describe("an article's reading, injected only into stories", () => {
  it('has article fixtures to check', () => expect(articles.length).toBeGreaterThanOrEqual(8));

  for (const file of articles) {
    it(`${file}: the clipper then the article script give what one full reading gives`, async () => {
      const html = readFileSync(join(pages, file), 'utf8');
      const url = savedPageUrl(html)!;
      const light = runClipper(docFrom(html, url), url);
      expect(light).toMatchObject({ ok: true, needsReadable: true, needsDetails: false });
      // The clipper stays light: the story's own reading is not in it.
      expect(light.ok && (light.extraction as { article?: unknown }).article).toBeUndefined();
      const two = await extractTab(tab(html, url, 'works'), 1);
      expect(two.extraction).toEqual(extractPageFull(docFrom(html, url), new URL(url)));
    });
  }

  it('keeps the clipper’s reading, with Readability’s text, when the article script fails or never answers', async () => {
    const file = articles[0]!;
    const html = readFileSync(join(pages, file), 'utf8');
    const url = savedPageUrl(html)!;
    const failed = await extractTab(tab(html, url, 'throws'), 1);
    expect(failed.extraction.kind).toBe('article');
    expect(failed.extraction.article).toBeUndefined();
    expect(failed.extraction.text?.length).toBeGreaterThan(100);
    const silent = await extractTab(tab(html, url, 'absent'), 1);
    expect(silent.extraction.kind).toBe('article');
    expect(silent.extraction.title).toBe(failed.extraction.title);
  });
});
