import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { savedPageUrl } from '../lib/extract/saved-page';
import { PageExtraction } from '../lib/schema/page-extraction';
import { docFrom } from './helpers/dom';
import { CHECKED_GROUPS, type Golden, textProblems, toGolden } from './helpers/golden';

// One test walks the folder: adding a case is adding tests/fixtures/pages/<name>.html and
// tests/fixtures/expected/<name>.json. UPDATE_GOLDEN=1 writes missing expected files for review.
const pages = join(__dirname, 'fixtures/pages');
const expectedDir = join(__dirname, 'fixtures/expected');
const files = readdirSync(pages).filter((f) => f.endsWith('.html'));

describe('golden fixtures', () => {
  it('has fixtures', () => expect(files.length).toBeGreaterThan(0));

  for (const file of files) {
    it(file, () => {
      const html = readFileSync(join(pages, file), 'utf8');
      const url = savedPageUrl(html);
      expect(url, `${file} needs a "saved from url=" comment or a canonical link`).toBeTruthy();
      const extraction = extractPage(docFrom(html, url), new URL(url!));
      expect(PageExtraction.safeParse(extraction).success, 'extraction fits its schema').toBe(true);

      const expectedPath = join(expectedDir, basename(file, '.html') + '.json');
      if (!existsSync(expectedPath)) {
        if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, JSON.stringify(toGolden(extraction), null, 2) + '\n');
        throw new Error(`no expected file for ${file}${process.env.UPDATE_GOLDEN ? ' (written: review it)' : ''}`);
      }
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Golden;
      // Strict within what the file states: every group it lists must match whole, and a group
      // it does not list must be absent (a sidebar's people are not the company's people).
      expect(extraction.kind, 'kind').toBe(expected.kind);
      expect(extraction.url, 'url').toBe(expected.url);
      for (const group of CHECKED_GROUPS) expect(extraction[group], group).toEqual(expected[group]);
      expect(textProblems(extraction.text, expected.text)).toEqual([]);
    });
  }
});
