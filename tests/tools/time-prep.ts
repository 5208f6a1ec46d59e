// Times the prep engine on the benchmark's generated dossier (tests/bench/dossier-gen.ts), in Node:
// where the side panel's prep-sheet budget goes. npx tsx tests/tools/time-prep.ts
// Two inputs: the clips as the side panel loads them (lib/db/prep-input.ts: the text of the newest
// TEXTS_READ pages that are not profiles, the others without), and every clip with its text.
import '../../lib/schema/messages-en';
import { bigDossier } from '../bench/dossier-gen';
import { TEXTS_READ } from '../../lib/db/prep-input';
import { prepInputFor } from '../../lib/prep/from-dossier';
import { buildPrepSheet } from '../../lib/prep/sheet';
import type { PrepInput } from '../../lib/prep/types';

const d = bigDossier();
const id = [...d.interviews].sort((a, b) => (a.id < b.id ? -1 : 1))[0]!.id;
const input = prepInputFor(d, { interviewId: id }, Date.parse('2026-11-30'));
const read = new Set(
  input.clips
    .filter((c) => c.kind !== 'person-profile')
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, TEXTS_READ)
    .map((c) => c.id),
);
const asPanel: PrepInput = { ...input, clips: input.clips.map((c) => (read.has(c.id) ? c : { ...c, text: undefined })) };

function time(name: string, i: PrepInput): void {
  const ms: number[] = [];
  // CPU time too: on a shared machine the wall clock waits for other processes.
  const cpu: number[] = [];
  for (let k = 0; k < 15; k++) {
    const t = performance.now();
    const c = process.cpuUsage();
    buildPrepSheet(i);
    const used = process.cpuUsage(c);
    ms.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const [first, firstCpu] = [ms[0]!, cpu[0]!];
  ms.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `${name}: clips ${i.clips.length}, with text ${i.clips.filter((c) => c.text).length}; buildPrepSheet first ${first.toFixed(1)} ms (CPU ${firstCpu.toFixed(0)}), median ${ms[7]!.toFixed(1)} ms (CPU ${cpu[7]!.toFixed(0)}), min ${ms[0]!.toFixed(1)} ms`,
  );
}
// The side panel's input first: its first run is cold (regular expressions compiled, code not yet
// optimised), as every opening of the side panel is.
time('as the side panel loads it', asPanel);
time('every text', input);
