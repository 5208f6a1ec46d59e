// npx tsx tests/tools/prep-agreement.ts [--ratings tests/corpus/prep-ratings.json] [--corpus DIR] [--verbose]
//
// How far the prep rubric (lib/cli/prep-rubric.ts) agrees with a careful reader. The ratings file
// holds questions the engine produced, each rated by hand (good / generic / wrong / repeat); this
// rebuilds each rated dossier through the write path, finds the question on its sheet and compares
// the rubric's "grounded" with the reader's "good". A question the engine no longer asks is listed,
// not scored: the rubric needs its basis.
import 'fake-indexeddb/auto';
import '../../lib/schema/messages-en';
import { readFileSync } from 'node:fs';
import { buildDossier, loadDefinitions } from '../../lib/cli/prep-dossier';
import { judgeSheet } from '../../lib/cli/prep-rubric';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = option('--corpus') ?? 'tests/corpus';
const file = option('--ratings') ?? 'tests/corpus/prep-ratings.json';
const verbose = args.includes('--verbose');

interface Rating {
  set: string;
  dossier: string;
  question: string;
  rating: 'good' | 'generic' | 'wrong' | 'repeat';
  why: string;
}
const { ratings } = JSON.parse(readFileSync(file, 'utf8')) as { ratings: Rating[] };

const cells = { both: 0, rubricOnly: 0, readerOnly: 0, neither: 0 };
const disagree: string[] = [];
const missing: string[] = [];
for (const set of [...new Set(ratings.map((r) => r.set))]) {
  const defs = loadDefinitions(`${corpus}/${set}`);
  for (const id of [...new Set(ratings.filter((r) => r.set === set).map((r) => r.dossier))]) {
    const def = defs.find((d) => d.id === id);
    const rated = ratings.filter((r) => r.set === set && r.dossier === id);
    if (!def) {
      missing.push(...rated.map((r) => `${set}/${id}: dossier gone: ${r.question}`));
      continue;
    }
    const built = await buildDossier(def, corpus);
    const v = judgeSheet(built.input, built.sheet, built.questions, def.expect, def.meeting.durationMinutes);
    for (const r of rated) {
      const q = v.questions.find((x) => x.text === r.question);
      if (!q) {
        missing.push(`${set}/${id}: no longer asked: ${r.question}`);
        continue;
      }
      const good = r.rating === 'good';
      if (q.grounded && good) cells.both++;
      else if (q.grounded) cells.rubricOnly++;
      else if (good) cells.readerOnly++;
      else cells.neither++;
      if (q.grounded !== good)
        disagree.push(`${q.grounded ? 'G' : '-'} reader ${r.rating}: ${r.question}\n      ↳ rubric: ${q.note}\n      ↳ reader: ${r.why}`);
      else if (verbose) console.log(`  agree ${q.grounded ? 'G' : '-'}: ${r.question}\n      ↳ ${q.note}`);
    }
  }
}
const scored = cells.both + cells.rubricOnly + cells.readerOnly + cells.neither;
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
console.log(
  `\nRubric against the reader, ${scored} questions scored (${missing.length} not found)\n` +
    `  agree: ${cells.both + cells.neither}/${scored} (${pct(cells.both + cells.neither, scored)})\n` +
    `  grounded by both: ${cells.both}; neither: ${cells.neither}\n` +
    `  rubric grounded, reader not: ${cells.rubricOnly}\n  reader good, rubric not: ${cells.readerOnly}\n` +
    `  rubric grounded% on these: ${pct(cells.both + cells.rubricOnly, scored)}; reader good%: ${pct(cells.both + cells.readerOnly, scored)}\n`,
);
for (const d of disagree) console.log(`  ${d}`);
for (const m of missing) console.log(`  MISSING ${m}`);
