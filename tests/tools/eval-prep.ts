// npm run eval:prep [-- <dir>] [--verbose]
// Runs the question engine on every fixture dossier and prints its quality, per dossier and overall.
import '../../lib/schema/messages-en';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepQuality } from '../../lib/cli/prep-quality';
import { findPerson, prepInputFor } from '../../lib/prep/from-dossier';
import { buildPrepSheet } from '../../lib/prep/sheet';
import { DossierExport } from '../../lib/schema/export';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/dossiers';
// Fixed "today" so the figures do not drift with the calendar.
const NOW = Date.UTC(2026, 10, 26);

const rows: string[][] = [['dossier', 'questions', 'grounded', 'known asked', 'categories', 'near-dups', 'must-ask']];
let total = 0;
let grounded = 0;
let known = 0;
let dups = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const parsed = DossierExport.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (!parsed.success) {
    console.error(`${file}: not a valid dossier export`);
    process.exitCode = 1;
    continue;
  }
  const d = parsed.data;
  const person = findPerson(d, undefined);
  const input = prepInputFor(d, person ? { personId: person.id } : { companyId: d.companies[0]?.id }, NOW);
  const sheet = buildPrepSheet(input);
  const q = prepQuality(input, sheet);
  total += q.questions;
  grounded += q.grounded;
  known += q.knownAsked.length;
  dups += q.nearDuplicates.length;
  rows.push([
    file.replace(/\.json$/, ''),
    String(q.questions),
    `${q.grounded} (${pct(q.grounded, q.questions)})`,
    String(q.knownAsked.length),
    `${q.categories}/7`,
    String(q.nearDuplicates.length),
    String(q.mustAsk),
  ]);
  if (verbose) {
    console.log(`\n## ${file}  (person: ${input.person?.name ?? '—'}, company: ${input.company?.name ?? '—'})`);
    for (const x of sheet.questions)
      console.log(
        `  ${x.mustAsk ? '★' : ' '} [${x.category}] ${x.text}\n      ↳ ${x.reason} ${x.basis.length ? `{${x.basis.join(', ')}}` : '(generic)'}`,
      );
    for (const k of sheet.alreadyKnown) console.log(`  known: ${k.label}: ${k.value.slice(0, 80)}`);
    for (const [a, b] of q.nearDuplicates) console.log(`  NEAR-DUPLICATE: "${a}" ~ "${b}"`);
    for (const t of q.knownAsked) console.log(`  KNOWN-FACT QUESTION: ${t}`);
  }
}
rows.push(['OVERALL', String(total), `${grounded} (${pct(grounded, total)})`, String(known), '', String(dups), '']);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(
  '\n' +
    rows
      .map(
        (r, n) =>
          r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ') +
          (n === 0 ? '\n' + widths.map((w) => '-'.repeat(w)).join('  ') : ''),
      )
      .join('\n'),
);

function pct(n: number, d: number): string {
  return d ? `${Math.round((100 * n) / d)}%` : '—';
}
