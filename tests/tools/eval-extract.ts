// npm run eval:extract -- <dir> [--verbose]
// Scores <dir>/pages/*.html against <dir>/expected/*.json field by field and prints a table.
import '../../lib/schema/messages-en';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractFile } from '../../lib/cli/extract-file';
import { type Scores, scorePage, table } from '../../lib/cli/score';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--'));
if (!dir || !existsSync(join(dir, 'pages')) || !existsSync(join(dir, 'expected'))) {
  console.error('usage: npm run eval:extract -- <dir with pages/ and expected/> [--verbose]');
  process.exit(2);
}
const scores: Scores = new Map();
const times: number[] = [];
let pages = 0;
for (const file of readdirSync(join(dir, 'pages'))
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const expectedPath = join(dir, 'expected', basename(file, '.html') + '.json');
  if (!existsSync(expectedPath)) continue;
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
  const { extraction, ms } = extractFile(join(dir, 'pages', file), expected.url);
  times.push(ms);
  pages++;
  const r = scorePage(scores, expected, extraction as unknown as Record<string, unknown>);
  if (verbose && (r.missed.length || r.wrong.length || r.extra.length)) {
    console.log(`\n${file}`);
    for (const p of r.missed) console.log(`  missed ${p}`);
    for (const w of r.wrong)
      console.log(`  wrong  ${w.path}\n         expected ${w.expected.slice(0, 300)}\n         got      ${w.actual.slice(0, 300)}`);
    for (const p of r.extra) console.log(`  extra  ${p}`);
  }
}
times.sort((a, b) => a - b);
console.log(
  `\n${pages} pages; extraction median ${times[Math.floor(times.length / 2)]?.toFixed(1)} ms, max ${times[times.length - 1]?.toFixed(1)} ms (jsdom)\n`,
);
console.log(table(scores));
