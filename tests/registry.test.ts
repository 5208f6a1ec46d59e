import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EXTRACTORS, extractPage } from '../lib/extract/registry';
import { extractPageFull } from '../lib/extract/full';
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
    for (const e of EXTRACTORS) {
      const covered = pages.some((p) => {
        const html = readFileSync(join(__dirname, 'fixtures/pages', p), 'utf8');
        const url = /saved from url=\(\d+\)(\S+)/.exec(html)?.[1];
        if (!url || !expected.includes(p.replace(/\.html$/, '.json'))) return false;
        return extractPageFull(docFrom(html, url), new URL(url)).extractor === e.id;
      });
      expect(covered, `${e.id} has a fixture`).toBe(true);
    }
  });

  it('never runs an extractor on a page whose URL it does not match', () => {
    const spy: Extractor = { id: 'spy', matches: (u) => u.hostname === 'spy.example', extract: vi.fn(() => null) };
    extractPage(docFrom('<title>x</title>', 'https://other.example/'), new URL('https://other.example/'), [spy, generic]);
    expect(spy.extract).not.toHaveBeenCalled();
    extractPage(docFrom('<title>x</title>', 'https://spy.example/'), new URL('https://spy.example/'), [spy, generic]);
    expect(spy.extract).toHaveBeenCalledTimes(1);
  });
});
