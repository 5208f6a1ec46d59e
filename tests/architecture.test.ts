import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

  it("the company-details script carries no extractor of the clipper's (it takes the clipper's reading)", () => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(join(root, file), 'utf8').matchAll(/^import (?!type )[^;]*? from '(\.[^']+)'/gm))
        walk(relative(root, resolve(root, dirname(file), m[1]! + '.ts')));
    };
    walk('lib/extract/run-details.ts');
    expect(seen.has('lib/extract/company-details.ts')).toBe(true);
    expect([...seen].filter((f) => /generic|registry|\/article\/|\/sites\/|readable|metadata\.ts/.test(f))).toEqual([]);
  });

  it('the side panel loads the prep engine only when it builds a sheet (dynamic import), never to show a company or a person', () => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(join(root, file), 'utf8').matchAll(/^import (?!type )[^;]*? from '((?:\.|@\/)[^']+)'/gm)) {
        const spec = m[1]!;
        const base = spec.startsWith('@/') ? join(root, spec.slice(2)) : resolve(root, dirname(file), spec);
        const hit = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => existsSync(p));
        if (hit) walk(relative(root, hit));
      }
    };
    walk('entrypoints/sidepanel/main.tsx');
    expect(seen.has('entrypoints/sidepanel/CompanyScreen.tsx')).toBe(true);
    expect(seen.has('lib/ui/use-prep.ts')).toBe(true);
    expect([...seen].filter((f) => /^lib\/prep\/(sheet|engine|signals|bank)\.ts$/.test(f))).toEqual([]);
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

  it('no import cycles between modules, type-only imports included', () => {
    expect(importCycles()).toEqual([]);
  });

  /**
   * The one rule for how our pages reach the database (README, "Layout"): they read with
   * liveQuery through query functions in lib/ui, and write only through the typed functions of
   * lib/db, each called inside `run(…)` (lib/ui/actions.ts), which shows success or a sentence
   * about the failure in the notice area. Only the popup, which acts on a tab, talks to the
   * background; the background watches the database itself (reminders).
   */
  describe('how pages reach the database', () => {
    const UI = [...files('components'), ...files('entrypoints')].filter(
      (f) => /\.(tsx|ts)$/.test(f) && !/^entrypoints\/(background|clipper|readable|bench-probe)\.ts$|^entrypoints\/bench\//.test(f),
    );

    it('no page or component touches a table directly', () => {
      const TABLE = /\bdb(\(\))?\s*\.\s*(companies|people|clips|clipTexts|terms|interviews|questions|self)\b/;
      expect(UI.filter((f) => TABLE.test(readFileSync(join(root, f), 'utf8')))).toEqual([]);
    });

    it('no fire-and-forget and no swallowed error in UI code', () => {
      const offenders = UI.filter((f) =>
        /\bvoid\s+[\w(]|\.catch\(\s*\(\)\s*=>|,\s*\(\)\s*=>\s*\{\s*\}\s*\)/.test(readFileSync(join(root, f), 'utf8')),
      );
      expect(offenders).toEqual([]);
    });

    it('every lib/db function a page calls is called inside run(), which shows its outcome', () => {
      const offenders: string[] = [];
      for (const f of UI) {
        const src = readFileSync(join(root, f), 'utf8');
        const names = [...src.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@\/lib\/db\/[\w-]+'/g)]
          .flatMap((m) => m[1]!.split(','))
          .map((n) => n.trim())
          .filter((n) => n && !n.startsWith('type ') && n !== 'db');
        const ranges = runRanges(src);
        for (const name of names)
          for (const m of src.matchAll(new RegExp(`\\b${name}\\(`, 'g')))
            if (!ranges.some(([a, b]) => m.index! > a && m.index! < b)) offenders.push(`${f}: ${name}`);
      }
      expect(offenders).toEqual([]);
    });

    it('only the popup sends messages to the background', () => {
      const senders = UI.filter((f) => /from '@\/lib\/messaging\/client'/.test(readFileSync(join(root, f), 'utf8')));
      expect(senders).toEqual(['entrypoints/popup/App.tsx']);
    });

    it('the production protocol carries no benchmark message and no "sync reminders" request', () => {
      const protocol = readFileSync(join(root, 'lib/messaging/protocol.ts'), 'utf8');
      expect(protocol).not.toMatch(/bench|syncReminders/i);
    });
  });
});

/** The spans of source inside each `run(…)` call: [start of its arguments, closing parenthesis]. */
function runRanges(src: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of src.matchAll(/\brun\(/g)) {
    let depth = 0;
    for (let i = m.index! + 3; i < src.length; i++) {
      if (src[i] === '(') depth++;
      else if (src[i] === ')' && --depth === 0) {
        out.push([m.index!, i]);
        break;
      }
    }
  }
  return out;
}

/** Every cycle of imports (`import type` counts: it ties two modules as much) in lib, components and entrypoints. */
function importCycles(): string[][] {
  const all = [...files('lib'), ...files('components'), ...files('entrypoints')];
  const graph = new Map<string, string[]>();
  for (const f of all) {
    const deps: string[] = [];
    for (const m of readFileSync(join(root, f), 'utf8').matchAll(/(?:import|export)\s+(?:type\s+)?[^'";]*?from\s+'([^']+)'/g)) {
      const spec = m[1]!;
      if (!spec.startsWith('.') && !spec.startsWith('@/')) continue;
      const base = spec.startsWith('@/') ? join(root, spec.slice(2)) : resolve(dirname(join(root, f)), spec);
      const hit = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => existsSync(p));
      if (hit) deps.push(relative(root, hit));
    }
    graph.set(f, deps);
  }
  // Tarjan's strongly connected components: each of more than one module is a cycle.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) cycles.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}
