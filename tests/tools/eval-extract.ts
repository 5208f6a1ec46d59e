// npm run eval:extract -- <dir> [--verbose] [--set tune|holdout] [--kind K] [--prefix P[,P…]] [--as-file] [--json FILE]
//
// Scores <dir>/pages/*.html against <dir>/expected/*.json field by field (lib/cli/score.ts says
// what counts as agreeing) and prints: page kinds right, a table per page kind and per field,
// and with --verbose every miss, wrong value and extra value per page.
//
// When <dir>/manifest/*.json exist (the real-page corpus, tests/corpus), pages are reported per
// set: `tune` (what extractors were tuned on) and `holdout` (kept aside; the number to trust).
// --as-file gives the extractors the page's file:// address instead of the address it was saved
// from, as when a user opens a saved page: the site must be known by the page itself.
import '../../lib/schema/messages-en';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractFile } from '../../lib/cli/extract-file';
import { f1, type PageResult, type Scores, scorePage, table, totals } from '../../lib/cli/score';
import { onlyFields } from '../../lib/cli/score-fields';
import { textProblems } from '../helpers/golden';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = flag('--verbose');
const onlySet = option('--set');
const onlyKind = option('--kind');
// Only the pages whose id starts with P (a slice of the corpus: `co2-`, `co-`; several: `co2-,fresh3-`).
const onlyPrefix = option('--prefix');
// Leaves out a slice (a blind one, kept unread until it is scored once).
const exceptPrefix = option('--except');
const asFile = flag('--as-file');
const jsonOut = option('--json');
const valued = new Set(['--set', '--kind', '--prefix', '--except', '--json'].flatMap((o) => [o, option(o)]));
const dir = args.find((a) => !a.startsWith('--') && !valued.has(a));
if (!dir || !existsSync(join(dir, 'pages')) || !existsSync(join(dir, 'expected'))) {
  console.error('usage: npm run eval:extract -- <dir with pages/ and expected/> [--verbose] [--set tune|holdout] [--kind K] [--as-file]');
  console.error('The real-page corpus: npm run corpus:build first, then npm run eval:extract -- tests/corpus');
  process.exit(2);
}

interface ManifestEntry {
  id: string;
  set?: string;
  /** The only fields the page was annotated for (e.g. field-22); others are not scored. */
  fields?: string[];
}
const manifestDir = join(dir, 'manifest');
const setOf = new Map<string, string>();
const fieldsOf = new Map<string, string[]>();
if (existsSync(manifestDir)) {
  for (const f of readdirSync(manifestDir).filter((n) => n.endsWith('.json')))
    for (const e of JSON.parse(readFileSync(join(manifestDir, f), 'utf8')) as ManifestEntry[]) {
      setOf.set(e.id, e.set ?? 'tune');
      if (e.fields) fieldsOf.set(e.id, e.fields);
    }
}

interface Bucket {
  fields: Scores;
  kinds: Scores;
  pages: number;
  kindRight: number;
  confusions: Map<string, number>;
  textChecks: number;
  textFailed: number;
  times: number[];
}
const buckets = new Map<string, Bucket>();
const bucket = (name: string) => {
  let b = buckets.get(name);
  if (!b) {
    b = { fields: new Map(), kinds: new Map(), pages: 0, kindRight: 0, confusions: new Map(), textChecks: 0, textFailed: 0, times: [] };
    buckets.set(name, b);
  }
  return b;
};
const perPage: Array<{ id: string; set: string; result: PageResult }> = [];

const files = readdirSync(join(dir, 'pages'))
  .filter((f) => f.endsWith('.html'))
  .sort();
let missingPages = 0;
for (const file of files) {
  const id = basename(file, '.html');
  const expectedPath = join(dir, 'expected', id + '.json');
  if (!existsSync(expectedPath)) continue;
  if (onlyPrefix && !onlyPrefix.split(',').some((p) => id.startsWith(p))) continue;
  if (exceptPrefix && id.startsWith(exceptPrefix)) continue;
  const set = setOf.get(id) ?? (setOf.size ? 'unlisted' : 'all');
  if (onlySet && set !== onlySet) continue;
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, unknown> & { url: string };
  if (onlyKind && expected.kind !== onlyKind) continue;
  const path = join(dir, 'pages', file);
  const address = asFile ? pathToFileURL(resolve(path)).href : expected.url;
  let extraction: Record<string, unknown>;
  const b = bucket(set);
  try {
    const r = extractFile(path, address);
    extraction = r.extraction as unknown as Record<string, unknown>;
    b.times.push(r.ms);
  } catch (err) {
    console.error(`${id}: extraction threw: ${err instanceof Error ? err.message : String(err)}`);
    extraction = { kind: 'error' };
  }
  b.pages++;
  const fields = fieldsOf.get(id);
  const result = fields
    ? scorePage(b.fields, onlyFields(expected, fields), onlyFields(extraction, fields), b.kinds)
    : scorePage(b.fields, expected, extraction, b.kinds);
  if (result.kindRight) b.kindRight++;
  else {
    const k = `${result.expectedKind} → ${result.actualKind}`;
    b.confusions.set(k, (b.confusions.get(k) ?? 0) + 1);
  }
  const textSpec = expected.text as { includes?: string[]; excludes?: string[] } | undefined;
  const textMiss = textProblems(extraction.text as string | undefined, textSpec);
  if (textSpec) {
    b.textChecks++;
    if (textMiss.length) b.textFailed++;
  }
  perPage.push({ id, set, result });
  if (verbose && (result.missed.length || result.wrong.length || result.extra.length || !result.kindRight || textMiss.length)) {
    console.log(`\n${id}  [${set}]  ${expected.url}`);
    if (!result.kindRight) console.log(`  KIND   expected ${result.expectedKind}, got ${result.actualKind}`);
    for (const p of result.missed) console.log(`  missed ${p}`);
    for (const w of result.wrong)
      console.log(`  wrong  ${w.path}\n         expected ${w.expected.slice(0, 300)}\n         got      ${w.actual.slice(0, 300)}`);
    for (const p of result.extra) console.log(`  extra  ${p}`);
    for (const t of textMiss) console.log(`  text   ${t}`);
  }
}
for (const id of setOf.keys()) if (!existsSync(join(dir, 'pages', id + '.html'))) missingPages++;

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
const summary: Record<string, unknown> = {};
for (const [name, b] of [...buckets.entries()].sort(([a], [c]) => a.localeCompare(c))) {
  const t = totals(b.fields);
  b.times.sort((x, y) => x - y);
  console.log(`\n=== ${name}: ${b.pages} pages ===`);
  console.log(
    `page kind right: ${b.kindRight}/${b.pages} (${pct(b.kindRight, b.pages)})` +
      (b.confusions.size ? `; wrong: ${[...b.confusions].map(([k, n]) => `${k} ×${n}`).join(', ')}` : ''),
  );
  console.log(`fields: recall ${pct(t.correct, t.expected)}, precision ${pct(t.correct, t.extracted)}, F1 ${pct(f1(t), 1)}`);
  if (b.textChecks)
    console.log(`text checks: ${b.textChecks - b.textFailed}/${b.textChecks} pages hold what they must and nothing they must not`);
  console.log(
    `extraction (jsdom): median ${b.times[Math.floor(b.times.length / 2)]?.toFixed(1)} ms, max ${b.times[b.times.length - 1]?.toFixed(1)} ms\n`,
  );
  console.log(table(b.kinds, 'page kind'));
  console.log('');
  console.log(table(b.fields));
  summary[name] = {
    pages: b.pages,
    kindRight: b.kindRight,
    recall: t.correct / t.expected,
    precision: t.correct / t.extracted,
    f1: f1(t),
    kinds: Object.fromEntries(b.kinds),
    fields: Object.fromEntries(b.fields),
  };
}
if (missingPages) console.log(`\n${missingPages} manifest pages are not built: run npm run corpus:build (see tests/corpus/README.md).`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ summary, pages: perPage }, null, 2));
