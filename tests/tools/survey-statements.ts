// npx tsx tests/tools/survey-statements.ts [--text] [--questions] [--prefix P]
//
// What the statement recogniser (lib/prep/statements.ts) reads on every tune company page of the
// corpus, each saved alone through the write path as its annotators' company: how many pages give
// a statement, and which. Holdout pages are skipped (never read their misses).
import 'fake-indexeddb/auto';
import '../../lib/schema/messages-en';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { buildDossier } from '../../lib/cli/prep-dossier';
import { companyStatements } from '../../lib/prep/statements';
import { suggestQuestions } from '../../lib/prep/engine';
import { signals } from '../../lib/prep/signals';

const args = process.argv.slice(2);
const prefix = args.includes('--prefix') ? args[args.indexOf('--prefix') + 1] : '';
const showText = args.includes('--text');
const showQuestions = args.includes('--questions');
const entries = readdirSync('tests/corpus/manifest')
  .flatMap((f) => JSON.parse(readFileSync(`tests/corpus/manifest/${f}`, 'utf8')) as Array<{ id: string; kind: string; set: string }>)
  .filter((e) => e.set === 'tune' && e.kind === 'company-page' && e.id.startsWith(prefix ?? ''));
let fired = 0;
const kinds = new Map<string, number>();
for (const e of entries) {
  const file = `tests/corpus/expected/${e.id}.json`;
  if (!existsSync(file)) continue;
  const company = (JSON.parse(readFileSync(file, 'utf8')) as { company?: { name?: string } }).company?.name;
  if (!company) continue;
  const built = await buildDossier(
    {
      id: e.id,
      note: '',
      pages: [e.id],
      company,
      self: showQuestions ? { targetRole: 'Account manager' } : {},
      meeting: { when: '2026-06-01T12:00:00Z', timeZone: 'UTC', durationMinutes: 30 },
      expect: { questions: [0, 99] },
    },
    'tests/corpus',
    { annotated: true },
  );
  const st = companyStatements(built.input.clips, built.input.company, { meetingAt: Date.parse('2026-06-01T12:00:00Z') });
  if (st.length) fired++;
  for (const s of st) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
  console.log(`${st.length ? '*' : ' '} ${e.id} (${built.input.company?.name ?? 'no company'})`);
  for (const s of st) console.log(`    ${s.kind} [${s.strength}] ${s.text}\n      ↳ ${s.evidence.slice(0, 220)}`);
  if (showQuestions && st.length)
    for (const q of suggestQuestions(signals(built.input), 30).questions.filter((x) => x.intent.startsWith('statement')))
      console.log(`    Q ${q.text}`);
  if (showText) console.log((built.input.clips[0]?.text ?? '').slice(0, 3000).replace(/^/gm, '      | '));
}
console.log(`\n${fired} of ${entries.length} tune company pages give a statement: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
