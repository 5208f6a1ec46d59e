// Times the prep engine on the benchmark's generated dossier (tests/bench/dossier-gen.ts), in Node:
// where the side panel's prep-sheet budget goes. npx tsx tests/tools/time-prep.ts
import '../../lib/schema/messages-en';
import { bigDossier } from '../bench/dossier-gen';
import { prepInputFor } from '../../lib/prep/from-dossier';
import { buildPrepSheet } from '../../lib/prep/sheet';

const d = bigDossier();
const id = [...d.interviews].sort((a, b) => (a.id < b.id ? -1 : 1))[0]!.id;
const input = prepInputFor(d, { interviewId: id }, Date.parse('2026-11-30'));
const ms: number[] = [];
for (let i = 0; i < 15; i++) {
  const t = performance.now();
  buildPrepSheet(input);
  ms.push(performance.now() - t);
}
const first = ms[0]!;
ms.sort((a, b) => a - b);
console.log(
  `clips ${input.clips.length}; buildPrepSheet first ${first.toFixed(1)} ms, median ${ms[7]!.toFixed(1)} ms, min ${ms[0]!.toFixed(1)} ms`,
);
