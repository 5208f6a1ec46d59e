// npm run eval:prep [-- --annotated] [--verbose] [--only ID] [--corpus DIR] [--dossiers DIR]
//
// Builds every dossier of tests/corpus/dossiers from real corpus pages through the extension's
// write path (saveClip, the self profile, planInterview), then scores each prep sheet with the
// rubric in lib/cli/prep-rubric.ts: questions per sheet, how many rest on a clipped fact that
// does work in them, questions the dossier answers, duplicates by intent, and the dossier's
// hand-written expectations met. --annotated reads the pages as annotated (tests/corpus/expected)
// instead of as extracted, to see the engine apart from the extractors. --verbose prints each
// sheet as Markdown with every question's verdict.
import 'fake-indexeddb/auto';
import '../../lib/schema/messages-en';
import { existsSync } from 'node:fs';
import { buildDossier, loadDefinitions } from '../../lib/cli/prep-dossier';
import { judgeSheet, repeatedWording } from '../../lib/cli/prep-rubric';
import { prepSheetMarkdown } from '../../lib/prep/markdown';
import { companyNames } from '../../lib/prep/events';
import { FAMILY_PEOPLE } from '../../lib/prep/roles';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes('--verbose');
const asAnnotated = args.includes('--annotated');
const corpus = option('--corpus') ?? 'tests/corpus';
const dossiers = option('--dossiers') ?? 'tests/corpus/dossiers';
const only = option('--only');
if (!existsSync(`${corpus}/pages`)) {
  console.error(`${corpus}/pages is missing: run npm run corpus:build first.`);
  process.exit(2);
}

const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : '—');
const rows: string[][] = [['dossier', 'pages', 'questions', 'grounded', 'known-fact', 'duplicates', 'must-ask', 'expectations']];
let notBuilt = 0;
const total = { questions: 0, grounded: 0, known: 0, dups: 0, met: 0, expectations: 0 };
const asked: Array<{ id: string; questions: string[]; masks: string[] }> = [];
const corrected: string[] = [];
const byHand: string[] = [];

for (const def of loadDefinitions(dossiers)) {
  if (only && def.id !== only) continue;
  const built = await buildDossier(def, corpus, { annotated: asAnnotated });
  corrected.push(...built.corrections.map((c) => `${def.id}: ${c}`));
  byHand.push(...built.addedByHand.map((c) => `${def.id}: ${c}`));
  // Pages read too poorly to hold the meeting (nobody to meet, no company): the sheet would be
  // about nothing; the extractors, not the sheet, are what failed. Listed, not scored.
  const unbuilt = built.problems.filter((p) => /^(nobody called|no company)/.test(p));
  if (unbuilt.length) {
    rows.push([def.id, String(def.pages.length), 'not built', unbuilt.join('; '), '', '', '', '']);
    notBuilt++;
    if (verbose) console.log(`\n## ${def.id}: not built: ${built.problems.join('; ')}`);
    continue;
  }
  const v = judgeSheet(built.input, built.sheet, built.questions, def.expect, def.meeting.durationMinutes);
  const met = v.expectations.filter((e) => e.met).length;
  const self = built.input.self;
  asked.push({
    id: def.id,
    questions: built.questions.map((q) => q.text),
    // The target's people as a template writes them ("product managers", "the sales team") are the user's words too.
    masks: [
      self?.field,
      self?.targetRole,
      self?.employers[0],
      // The company as questions say it aloud too ("Apple" for "Apple Inc.").
      ...companyNames(built.input.company),
      built.input.person?.name,
      ...Object.values(FAMILY_PEOPLE),
    ].filter((m): m is string => !!m),
  });
  total.questions += v.questions.length;
  total.grounded += v.grounded;
  total.known += v.knownFact;
  total.dups += v.duplicates.length;
  total.met += met;
  total.expectations += v.expectations.length;
  rows.push([
    def.id,
    String(def.pages.length),
    String(v.questions.length),
    `${v.grounded} (${pct(v.grounded, v.questions.length)})`,
    String(v.knownFact),
    String(v.duplicates.length),
    String(v.mustAsk),
    `${met}/${v.expectations.length}`,
  ]);
  if (verbose) {
    console.log(`\n${'='.repeat(100)}\n## ${def.id}: ${def.note}\n`);
    for (const p of built.problems) console.log(`  PROBLEM: ${p}`);
    for (const c of built.corrections) console.log(`  CORRECTED in the popup: ${c}`);
    for (const c of built.addedByHand) console.log(`  ADDED BY HAND on the company view: ${c}`);
    console.log(prepSheetMarkdown(built.sheet, built.questions));
    console.log('### Rubric\n');
    for (const q of v.questions)
      console.log(`  ${q.grounded ? 'G' : '-'}${q.knownFact ? ' KNOWN' : ''} [${q.intent}] ${q.text}\n      ↳ ${q.note}`);
    for (const [a, b] of v.duplicates) console.log(`  DUPLICATE: “${a}” ~ “${b}”`);
    for (const e of v.expectations) console.log(`  ${e.met ? 'met ' : 'MISS'} ${e.what}`);
  }
}
rows.push([
  'OVERALL',
  '',
  String(total.questions),
  `${total.grounded} (${pct(total.grounded, total.questions)})`,
  String(total.known),
  String(total.dups),
  '',
  `${total.met}/${total.expectations} (${pct(total.met, total.expectations)})`,
]);
const repeated = repeatedWording(asked);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(
  `\nPrep sheets from ${asAnnotated ? 'annotated' : 'extracted'} pages${notBuilt ? ` (${notBuilt} dossiers not built: the pages as extracted name nobody to meet or no company)` : ''}\n\n` +
    rows
      .map(
        (r, n) =>
          r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ') +
          (n === 0 ? '\n' + widths.map((w) => '-'.repeat(w)).join('  ') : ''),
      )
      .join('\n') +
    `\n\nSame wording on 3 or more sheets (the user's words and names masked): ${repeated.length}` +
    repeated.map(([t, ids]) => `\n  ${ids.length}× ${t}  (${ids.join(', ')})`).join('') +
    // What extraction cost the user: each company they had to correct before saving.
    `\n\nPages whose company the user corrected in the popup (Rapport read → they typed): ${corrected.length}` +
    corrected.map((c) => `\n  ${c}`).join('') +
    // What extraction cost the user: each person met whom no page gave and they typed in.
    `\n\nPeople the user added by hand (the person met, named by the pages but not extracted): ${byHand.length}` +
    byHand.map((c) => `\n  ${c}`).join(''),
);
