import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
function files(dir: string, ext = /\.(ts|tsx)$/): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(root, dir, name);
    if (statSync(path).isDirectory()) return files(relative(root, path), ext);
    return ext.test(name) ? [relative(root, path)] : [];
  });
}

describe('architecture', () => {
  it('components take props and raise events: no database or browser API inside', () => {
    const offenders = files('components').filter((f) =>
      /from ['"](dexie|wxt\/browser|@\/lib\/db[^'"]*\/database|@\/lib\/db\/save-clip|@\/lib\/ui\/use-)/.test(
        readFileSync(join(root, f), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('extractors and the clipper never touch storage or the browser API', () => {
    const offenders = [...files('lib/extract'), 'entrypoints/clipper.ts'].filter((f) =>
      /from ['"](dexie|wxt\/browser)|indexedDB|chrome\.|browser\./.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('no page text is rendered as HTML', () => {
    const offenders = [...files('components'), ...files('entrypoints'), ...files('lib')].filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('entrypoints only wire: short files', () => {
    const long = files('entrypoints').filter((f) => readFileSync(join(root, f), 'utf8').split('\n').length > 150);
    expect(long).toEqual([]);
  });

  it('nothing is injected into every page: no content script, no <all_urls>', () => {
    const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    expect(config).not.toMatch(/all_urls|content_scripts/);
    expect(files('entrypoints').filter((f) => /content/.test(f))).toEqual([]);
  });
});
