// npm run eval:kinds -- [--split dev|test|all] [--every N] [--verbose] [--mirrors DIR]
//
// Page kind, measured against labels nobody here wrote: Murrough-Foley's
// web-content-extraction-benchmark gives each of its 2,000 real pages a page type (article,
// service, product, collection, listing, documentation, forum). Where that type maps onto one
// of Rapport's kinds without doubt, the tool counts how often extraction agrees:
//   article → article · service, product → company-page · forum → other
// Listing, collection and documentation pages map onto no single kind (a shop's category page is
// the company's own page, a forum's index or a wiki is not) and are counted, not scored.
// Pages are read from the snapshot `fetch github:Murrough-Foley/web-content-extraction-benchmark`
// brings (the corpus README says where); nothing is copied into the repository. Pages the corpus
// already holds (tests/corpus/manifest) are left out: they are scored there.
import '../../lib/schema/messages-en';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractFile } from '../../lib/cli/extract-file';
import { corpusPaths, inChunks } from './mirror-eval';

const REPO = 'Murrough-Foley+web-content-extraction-benchmark';
const COMMIT = 'c039d5ee9f5a3a984a0e167e63aacd04e76e78a9';
const EXPECTED: Record<string, string> = { article: 'article', service: 'company-page', product: 'company-page', forum: 'other' };
/** Pages per child process: jsdom does not hand all its memory back, and 2,000 pages in one process run out of heap. */
const CHUNK = 150;

interface Page {
  split: string;
  id: string;
  type: string;
  url: string;
}

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const gitDir = process.env.RAPPORT_KINDS_GIT ?? join(opt('--mirrors') ?? '/work/.mirror', REPO, 'repo');
const git = (...a: string[]) => execFileSync('git', ['--git-dir', gitDir, ...a], { maxBuffer: 64 * 1024 * 1024 });

if (args[0] === '--worker') worker(args[1]!, args[2]!);
else main();

function main(): void {
  const split = opt('--split') ?? 'all';
  const every = Number(opt('--every') ?? 1);
  let listing: string;
  try {
    listing = git('ls-tree', '-r', '--name-only', COMMIT).toString();
  } catch {
    console.error(`No snapshot at ${gitDir}: fetch github:Murrough-Foley/web-content-extraction-benchmark first (or give --mirrors DIR).`);
    process.exit(2);
  }
  const truths = listing
    .split('\n')
    .filter((p) => /^(dev|test)\/ground-truth\/\d+\.json$/.test(p))
    .filter((p) => split === 'all' || p.startsWith(split + '/'));
  // Pages our corpus already holds are scored there, and some of its slices are kept unseen: leave them out.
  const inCorpus = corpusPaths('Murrough-Foley/web-content-extraction-benchmark');
  const pages: Page[] = [];
  truths.forEach((path, i) => {
    if (i % every || inCorpus.has(path.replace('/ground-truth/', '/html/').replace(/\.json$/, '.html.gz'))) return;
    const truth = JSON.parse(git('show', `${COMMIT}:${path}`).toString()) as {
      url?: string;
      _internal?: { page_type?: { primary?: string } };
    };
    const type = truth._internal?.page_type?.primary;
    if (!truth.url || !type) return;
    const [s, , file] = path.split('/');
    pages.push({ split: s!, id: file!.replace('.json', ''), type, url: truth.url });
  });
  const results = inChunks<Page, Page & { kind: string }>(pages, CHUNK, { RAPPORT_KINDS_GIT: gitDir });
  report(results, args.includes('--verbose'));
}

function worker(listFile: string, outFile: string): void {
  const pages = JSON.parse(readFileSync(listFile, 'utf8')) as Page[];
  const dir = mkdtempSync(join(tmpdir(), 'eval-kinds-page-'));
  const out: Array<Page & { kind: string }> = [];
  for (const p of pages) {
    const file = join(dir, `${p.split}-${p.id}.html`);
    try {
      writeFileSync(file, gunzipSync(git('show', `${COMMIT}:${p.split}/html/${p.id}.html.gz`)));
      out.push({ ...p, kind: extractFile(file, p.url).extraction.kind });
    } catch (err) {
      out.push({ ...p, kind: `error: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      rmSync(file, { force: true });
    }
  }
  rmSync(dir, { recursive: true, force: true });
  writeFileSync(outFile, JSON.stringify(out));
}

function report(results: Array<Page & { kind: string }>, verbose: boolean): void {
  const byType = new Map<string, Map<string, number>>();
  for (const r of results) {
    const row = byType.get(r.type) ?? new Map<string, number>();
    row.set(r.kind, (row.get(r.kind) ?? 0) + 1);
    byType.set(r.type, row);
  }
  console.log('page type       pages  expected kind   right    what extraction said');
  let scored = 0;
  let right = 0;
  for (const [type, row] of [...byType].sort()) {
    const n = [...row.values()].reduce((a, b) => a + b, 0);
    const want = EXPECTED[type];
    const ok = want ? (row.get(want) ?? 0) : 0;
    if (want) {
      scored += n;
      right += ok;
    }
    const said = [...row]
      .sort((a, b) => b[1] - a[1])
      .map(([k, c]) => `${k} ${c}`)
      .join(', ');
    console.log(
      `${type.padEnd(15)} ${String(n).padStart(5)}  ${(want ?? '(not scored)').padEnd(14)}  ${want ? `${((100 * ok) / n).toFixed(1)}%`.padStart(6) : '     —'}    ${said}`,
    );
  }
  console.log(`\nkind right on the scored pages: ${right}/${scored} (${((100 * right) / Math.max(1, scored)).toFixed(1)}%)`);
  if (verbose)
    for (const r of results)
      if (EXPECTED[r.type] && EXPECTED[r.type] !== r.kind) console.log(`${r.split}/${r.id}\t${r.type} → ${r.kind}\t${r.url}`);
}
