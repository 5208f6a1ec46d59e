// npx tsx tests/tools/prep-candidates.ts [--dossiers DIR] [--only ID] [--annotated]
//
// Why a sheet stops short: every question the bank fills for each dossier, grounded or not, its
// score and intent, and whether the engine chose it (✓), kept it in reserve, or lost it to another
// question of the same intent (= intent). Read beside eval:prep --verbose.
import 'fake-indexeddb/auto';
import '../../lib/schema/messages-en';
import { buildDossier, loadDefinitions } from '../../lib/cli/prep-dossier';
import { BANK } from '../../lib/prep/bank';
import { signals } from '../../lib/prep/signals';
import { cleaningOnce } from '../../lib/prep/clean';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dossiers = option('--dossiers') ?? 'tests/corpus/dossiers';
const only = option('--only');

for (const def of loadDefinitions(dossiers)) {
  if (only && def.id !== only) continue;
  const built = await buildDossier(def, 'tests/corpus', { annotated: args.includes('--annotated') });
  const chosen = new Set(built.sheet.questions.map((q) => q.text));
  const reserve = new Set(built.sheet.reserve.map((q) => q.text));
  console.log(`\n## ${def.id} (${built.sheet.questions.length} questions)`);
  cleaningOnce(() => {
    const s = signals(built.input);
    const rows: Array<[number, string]> = [];
    for (const t of BANK) {
      if (t.fits && !t.fits(s)) {
        continue;
      }
      for (const f of t.fill(s)) {
        const grounded = !f.weak && f.basis.some((b) => !b.startsWith('self:'));
        const score = t.weight + (f.bonus ?? 0) + (grounded ? 5 : 0);
        const fate = chosen.has(f.text) ? '✓' : reserve.has(f.text) ? 'r' : ' ';
        rows.push([
          score,
          `${fate} ${grounded ? 'G' : f.weak ? 'w' : '-'} ${String(score).padStart(2)} ${t.category}/${f.intent ?? t.intent} [${t.id}] ${f.text.slice(0, 170)}`,
        ]);
      }
    }
    rows.sort((a, b) => b[0] - a[0]);
    for (const [, r] of rows) console.log('  ' + r);
  });
}
