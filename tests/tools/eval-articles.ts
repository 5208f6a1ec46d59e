// npm run eval:articles -- [--split dev|test|all] [--verbose] [--mirrors DIR]
//
// Articles, measured against values nobody here wrote: flairNLP/fundus keeps, for each of some
// 180 news publishers, saved article pages and what its parsers must read from them (title,
// authors, publishing date with its offset). Where its value and Rapport's mean the same thing,
// this tool counts how often extraction agrees:
//   kind = article · title (as written; `headline`: the same headline with or without its kicker,
//   or the site's other wording of it, not counted in OVERALL) · authors (each name) · published
//   date (same instant; same day when Rapport keeps only the day)
// Fundus's conventions are not ours everywhere (it keeps a wire agency as an author, writes names
// as the page does, in capitals too): names are compared folded, and the misses are worth reading
// before trusting a figure. Publishers are split by their place in the sorted list: `dev` (even)
// to tune on, `test` (odd) to check. Pages our corpus already holds are left out.
// Pages are read from the snapshot `fetch github:flairNLP/fundus` brings; nothing is copied.
import '../../lib/schema/messages-en';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractFile } from '../../lib/cli/extract-file';
import { corpusPaths, inChunks } from './mirror-eval';
import { fold, overlap } from '../../lib/cli/score';

const REPO = 'flairNLP+fundus';
const DATA = 'tests/resources/parser/test_data';
/** Pages per child process: jsdom does not hand all its memory back. */
const CHUNK = 60;

interface Page {
  split: 'dev' | 'test';
  /** `de/Spiegel_2024_01_02.html.gz` */
  path: string;
  url: string;
  title?: string;
  authors: string[];
  date?: string;
}
interface Result extends Page {
  kind: string;
  got: { title?: string; authors: string[]; date?: string };
}

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const gitDir = process.env.RAPPORT_FUNDUS_GIT ?? join(opt('--mirrors') ?? '/work/.mirror', REPO, 'repo');
const git = (...a: string[]) => execFileSync('git', ['--git-dir', gitDir, ...a], { maxBuffer: 64 * 1024 * 1024 });

function main(): void {
  const split = opt('--split') ?? 'all';
  let listing: string[];
  try {
    listing = git('ls-tree', '-r', '--name-only', 'HEAD', DATA).toString().split('\n');
  } catch {
    console.error(`No snapshot at ${gitDir}: fetch github:flairNLP/fundus first (or give --mirrors DIR).`);
    process.exit(2);
  }
  const inCorpus = corpusPaths('flairNLP/fundus');
  const publishers = listing.filter((p) => /\/[a-z]{2,3}\/\w+\.json$/.test(p) && !p.endsWith('meta.info')).sort();
  const pages: Page[] = [];
  publishers.forEach((json, i) => {
    const s = i % 2 ? 'test' : 'dev';
    if (split !== 'all' && split !== s) return;
    const dir = json.slice(0, json.lastIndexOf('/'));
    const name = json.slice(dir.length + 1, -'.json'.length);
    // Fundus pairs its parser versions (V1, V1_1, V2 …) with the publisher's saved pages in date order.
    const htmls = listing.filter((p) => p.startsWith(`${dir}/${name}_`) && p.endsWith('.html.gz')).sort();
    const truth = JSON.parse(git('show', `HEAD:${json}`).toString()) as Record<
      string,
      { title?: string; authors?: string[]; publishing_date?: string }
    >;
    const meta = JSON.parse(git('show', `HEAD:${dir}/meta.info`).toString()) as Record<string, { url?: string }>;
    const versions = Object.keys(truth).sort(byVersion);
    htmls.forEach((html, k) => {
      const t = truth[versions[k] ?? ''];
      const file = html.slice(dir.length + 1);
      const url = meta[file]?.url;
      if (!t || !url || inCorpus.has(html)) return;
      pages.push({ split: s, path: html.slice(DATA.length + 1), url, title: t.title, authors: t.authors ?? [], date: t.publishing_date });
    });
  });
  const results = inChunks<Page, Result>(pages, CHUNK, { RAPPORT_FUNDUS_GIT: gitDir });
  report(results, args.includes('--verbose'));
}

/** V1 < V1_1 < V2 < V10. */
function byVersion(a: string, b: string): number {
  const n = (v: string) => v.replace(/^V/, '').split('_').map(Number);
  const [x, y] = [n(a), n(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
}

function worker(listFile: string, outFile: string): void {
  const pages = JSON.parse(readFileSync(listFile, 'utf8')) as Page[];
  const dir = mkdtempSync(join(tmpdir(), 'eval-articles-page-'));
  const out: Result[] = [];
  for (const p of pages) {
    const file = join(dir, 'page.html');
    try {
      writeFileSync(file, gunzipSync(git('show', `HEAD:${DATA}/${p.path}`)));
      const x = extractFile(file, p.url).extraction;
      out.push({ ...p, kind: x.kind, got: { title: x.article?.title, authors: x.article?.authors ?? [], date: x.article?.publishedAt } });
    } catch (err) {
      out.push({ ...p, kind: `error: ${err instanceof Error ? err.message : String(err)}`, got: { authors: [] } });
    } finally {
      rmSync(file, { force: true });
    }
  }
  rmSync(dir, { recursive: true, force: true });
  writeFileSync(outFile, JSON.stringify(out));
}

const nameKey = (s: string) =>
  fold(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Fundus writes "2024-05-03 15:47:42.389000+00:00". The same instant within a minute when
 * Rapport kept a time; the same calendar day, as the publisher's clock reads it, when it kept
 * only the day.
 */
export function sameDate(expected: string, got: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(got)) return expected.slice(0, 10) === got;
  const a = Date.parse(expected.replace(' ', 'T'));
  const b = Date.parse(got);
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 60_000;
}

export function sameHeadline(a: string, b: string): boolean {
  const [x, y] = [fold(a).replace(/\u200b/g, ''), fold(b).replace(/\u200b/g, '')];
  return x === y || (Math.min(x.length, y.length) > 10 && (x.includes(y) || y.includes(x))) || overlap(x, y) >= 0.6;
}

interface Tally {
  expected: number;
  extracted: number;
  correct: number;
}
const tally = (): Tally => ({ expected: 0, extracted: 0, correct: 0 });

function report(results: Result[], verbose: boolean): void {
  for (const split of ['dev', 'test'] as const) {
    const rows = results.filter((r) => r.split === split);
    if (!rows.length) continue;
    const t = { title: tally(), headline: tally(), authors: tally(), publishedAt: tally() };
    let kindRight = 0;
    const misses: string[] = [];
    for (const r of rows) {
      if (r.kind === 'article') kindRight++;
      else misses.push(`kind ${r.kind}`);
      if (r.title) t.title.expected++;
      if (r.got.title) t.title.extracted++;
      if (r.title && r.got.title && fold(r.title) === fold(r.got.title)) t.title.correct++;
      else if (r.title) misses.push(`title ${JSON.stringify(r.title)} ≠ ${JSON.stringify(r.got.title)}`);
      // The same headline as a reader judges it: with or without its kicker ("Landtagswahl in
      // Thüringen: …"), or the site's other wording of it (og:title against the one shown).
      if (r.title) t.headline.expected++;
      if (r.got.title) t.headline.extracted++;
      if (r.title && r.got.title && sameHeadline(r.title, r.got.title)) t.headline.correct++;
      const want = new Set(r.authors.map(nameKey).filter(Boolean));
      const got = new Set(r.got.authors.map(nameKey).filter(Boolean));
      t.authors.expected += want.size;
      t.authors.extracted += got.size;
      const common = [...got].filter((a) => want.has(a)).length;
      t.authors.correct += common;
      if (common < want.size || common < got.size) misses.push(`authors ${JSON.stringify(r.authors)} ≠ ${JSON.stringify(r.got.authors)}`);
      if (r.date) t.publishedAt.expected++;
      if (r.got.date) t.publishedAt.extracted++;
      if (r.date && r.got.date && sameDate(r.date, r.got.date)) t.publishedAt.correct++;
      else if (r.date || r.got.date) misses.push(`date ${r.date} ≠ ${r.got.date}`);
      if (verbose && misses.length) console.log(`${r.path}\t${r.url}\n  ${misses.splice(0).join('\n  ')}`);
      misses.length = 0;
    }
    console.log(`\n=== ${split}: ${rows.length} pages ===`);
    console.log(`kind article: ${kindRight}/${rows.length} (${pct(kindRight, rows.length)})`);
    console.log('field          expected  extracted  correct  recall  precision      F1');
    const all = tally();
    for (const [field, v] of Object.entries(t)) {
      console.log(line(field, v));
      if (field === 'headline') continue; // the title, judged leniently: not counted twice
      all.expected += v.expected;
      all.extracted += v.extracted;
      all.correct += v.correct;
    }
    console.log(line('OVERALL', all));
  }
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
function line(name: string, v: Tally): string {
  const r = v.correct / Math.max(1, v.expected);
  const p = v.correct / Math.max(1, v.extracted);
  const f = r + p ? (2 * r * p) / (r + p) : 0;
  return `${name.padEnd(14)} ${String(v.expected).padStart(8)} ${String(v.extracted).padStart(10)} ${String(v.correct).padStart(8)}  ${(100 * r).toFixed(1).padStart(5)}%  ${(100 * p).toFixed(1).padStart(8)}%  ${(100 * f).toFixed(1).padStart(5)}%`;
}

// Last: the helpers above are constants, initialised only when the module has run this far.
if (args[0] === '--worker') worker(args[1]!, args[2]!);
else main();
