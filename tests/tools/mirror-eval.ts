// What the evaluations against other projects' labels share (eval-kinds, eval-articles): the
// pages our corpus already holds from a repository, and extraction in child processes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The paths of `repo` our corpus manifests hold: scored there, and some kept unseen. */
export function corpusPaths(repo: string): Set<string> {
  const dir = join(import.meta.dirname, '../corpus/manifest');
  const out = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')))
    for (const e of JSON.parse(readFileSync(join(dir, f), 'utf8')) as Array<{ repo: string; path: string }>)
      if (e.repo === repo) out.add(e.path);
  return out;
}

/**
 * Runs this script again as `--worker <list> <out>` over `chunk` items at a time (jsdom does not
 * hand all its memory back; a few thousand pages in one process run out of heap), and gathers
 * what each worker wrote. `env` goes to the workers.
 */
export function inChunks<T, R>(items: T[], chunk: number, env: Record<string, string>): R[] {
  const dir = mkdtempSync(join(tmpdir(), 'mirror-eval-'));
  const results: R[] = [];
  try {
    for (let i = 0; i < items.length; i += chunk) {
      const list = join(dir, `chunk-${i}.json`);
      const out = join(dir, `out-${i}.json`);
      writeFileSync(list, JSON.stringify(items.slice(i, i + chunk)));
      const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--worker', list, out], {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, ...env },
      });
      if (run.status !== 0) throw new Error(`items ${i}–${i + chunk} failed (exit ${run.status})`);
      results.push(...(JSON.parse(readFileSync(out, 'utf8')) as R[]));
      process.stderr.write(`\r${results.length} of ${items.length} pages`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stderr.write('\n');
  return results;
}
