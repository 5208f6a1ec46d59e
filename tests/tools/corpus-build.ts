// npm run corpus:build [-- --mirrors DIR] [-- --only ID-PREFIX]
//
// `--only fresh27` writes only the entries whose id starts with the prefix and leaves every other
// page in pages/ as it is (for adding one slice without rewriting the folder others evaluate from).
//
// Rebuilds the real-page corpus (tests/corpus/pages, git-ignored) from snapshots of the public
// repositories its manifest names. We commit no page of another project: only the manifest
// (where each page comes from) and our own expected values. A snapshot is a bare git directory
// brought onto the machine by the search tool's `fetch github:<owner>/<name>` (it lands in
// /work/.mirror/<owner>+<name>/repo); the page is `git show <commit>:<path>`, un-gzipped.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const mi = args.indexOf('--mirrors');
const mirrors = mi >= 0 ? args[mi + 1]! : (process.env.RAPPORT_MIRRORS ?? '/work/.mirror');
const oi = args.indexOf('--only');
const only = oi >= 0 ? args[oi + 1] : undefined;
if (oi >= 0 && (!only || only.startsWith('--'))) {
  console.error('--only needs an id prefix, e.g. --only fresh27');
  process.exit(2);
}
const corpus = join(import.meta.dirname, '../corpus');
const out = join(corpus, 'pages');

interface Entry {
  id: string;
  repo: string;
  commit: string;
  path: string;
  url: string;
  kind: string;
  set: 'tune' | 'holdout';
  /** Known damage the source repository did to its copy, undone on rebuild (see REPAIRS). */
  repair?: Array<keyof typeof REPAIRS>;
}

/**
 * Damage a repository's own tooling did to its saved pages, which no browser-saved page has.
 * postlight/parser's fixture tooling rewrote every `<meta content="…">` as `<meta value="…">`:
 * put the attribute back, and change nothing else.
 */
const REPAIRS = {
  'meta-value': (html: string) =>
    html.replace(/<meta\b[^>]*>/gi, (tag) => (/\scontent=/i.test(tag) ? tag : tag.replace(/\svalue=/i, ' content='))),
  // The same tooling stored pages as UTF-8 but kept the charset they were served in
  // (`<meta charset="Shift_JIS">` over UTF-8 bytes): a browser reading the file would garble it.
  // Declare the encoding the bytes are in; nothing else changes.
  'charset-utf8': (html: string) =>
    html.replace(/<meta\b[^>]*charset\s*=\s*["']?[\w-]+[^>]*>/gi, (tag) => tag.replace(/(charset\s*=\s*["']?)[\w-]+/i, '$1utf-8')),
};
// One file per slice of the corpus (tests/corpus/manifest/*.json), each an array of entries.
const manifest = readdirSync(join(corpus, 'manifest'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(corpus, 'manifest', f), 'utf8')) as Entry[]);
const dupes = manifest.map((e) => e.id).filter((id, i, all) => all.indexOf(id) !== i);
if (dupes.length) {
  console.error(`duplicate ids in the manifest: ${dupes.join(', ')}`);
  process.exit(2);
}

function gitDir(repo: string): string | undefined {
  const base = join(mirrors, repo.replace('/', '+'), 'repo');
  return [join(base, '.git'), base].find((d) => existsSync(join(d, 'HEAD')));
}

const selected = only ? manifest.filter((e) => e.id.startsWith(only)) : manifest;
if (only && !selected.length) {
  console.error(`no manifest entry's id starts with ${only}`);
  process.exit(2);
}

mkdirSync(out, { recursive: true });
const missingRepos = new Set<string>();
let built = 0;
let failed = 0;
for (const e of selected) {
  const git = gitDir(e.repo);
  if (!git) {
    missingRepos.add(e.repo);
    continue;
  }
  try {
    let bytes: Buffer = execFileSync('git', ['--git-dir', git, 'show', `${e.commit}:${e.path}`], { maxBuffer: 64 * 1024 * 1024 });
    if (e.path.endsWith('.gz')) bytes = gunzipSync(bytes);
    let page: Buffer | string = bytes;
    for (const r of e.repair ?? []) page = REPAIRS[r](page.toString('latin1'));
    // latin1 round-trips every byte: a repair never re-encodes the page.
    writeFileSync(join(out, `${e.id}.html`), typeof page === 'string' ? Buffer.from(page, 'latin1') : page);
    built++;
  } catch (err) {
    failed++;
    console.error(`${e.id}: ${e.repo}@${e.commit}:${e.path}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
}
console.log(`${built} of ${selected.length} pages written to ${out}${only ? ` (only ids starting ${only})` : ''}`);
if (missingRepos.size) {
  console.log(`\nNo snapshot under ${mirrors} for ${missingRepos.size} repositories; bring each with the search tool:`);
  for (const r of missingRepos) console.log(`  fetch github:${r}`);
}
process.exit(failed ? 1 : 0);
