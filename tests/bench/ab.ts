// npx tsx tests/bench/ab.ts [--runs N] [--view prep|company|both|search] [--cold] [--profile DIR] EXT_DIR [EXT_DIR_B]
// The side panel's first renders of the bench dossier (tests/bench/run.ts, section 5) for one or
// two e2e builds loaded side by side, the runs alternating between them: on a shared machine the
// load changes from minute to minute, and only builds measured in the same minute compare.
// --profile DIR writes a V8 CPU profile of each run (the side panel from its first script to the
// view's mark) and prints the functions with the most self time, summed over the runs.
// Besides the wall time from the side panel's first script to the view's mark (the bench's figure),
// it prints "cpu": the renderer main thread's CPU time over the whole opening (ThreadTime of the
// DevTools Performance domain, read on the bench page, which shares the side panel's process),
// which other processes' load changes far less than wall time. AB_METRICS=1 prints every metric.
// --cold forgets the kept prep sheets (lib/ui/sheet-cache.ts) before each opening: the sheet's
// first open, built from the dossier, instead of the kept copy a second open shows.
// --trace records a Chromium trace of each opening and prints where the side panel's main thread
// spent its time up to the view's mark, by trace event (script, style, layout, paint, parsing…):
// what a JS profile shows only as "(program)".
// --view search runs the bench's search queries (tests/bench/run.ts, section 6) in both builds,
// alternating query by query, and prints each build's median and p95 over every sample.
// --view linkedin imports the bench's LinkedIn export of 10,000 connections (tests/bench/run.ts,
// section 6b: fresh, the same again, a newer one) into both builds, alternating, the people
// emptied before each round, and prints each build's median of each import.
// Build the folders with `npx wxt build --mode e2e` and copy .output/chrome-mv3-e2e away.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launch, type Harness } from '../e2e/harness';
import { bigDossier } from './dossier-gen';
import { clipWords } from '../../lib/db/clip-words';
import { bigConnectionsCsv, exportZip, sampleFile } from '../helpers/linkedin-export';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : undefined);
const runs = Number(opt('--runs') ?? 7);
const view = opt('--view') ?? 'both';
const profileDir = opt('--profile');
const traceOn = args.includes('--trace') ? !!args.splice(args.indexOf('--trace'), 1) : false;
const cold = args.includes('--cold') ? !!args.splice(args.indexOf('--cold'), 1) : false;
const dirs = args.map((a) => resolve(a));
if (!dirs.length) throw new Error('give one or two e2e build folders');

const generated = view === 'linkedin' ? undefined : bigDossier();
for (const c of generated?.clips ?? []) c.words = clipWords({ ...c.extraction, title: c.title, text: c.text });
const dossier = JSON.stringify(generated ?? {});
// The bench's exports (tests/bench/run.ts, section 6b).
const linkedinZips =
  view === 'linkedin'
    ? [
        Buffer.from(exportZip({ 'Connections.csv': bigConnectionsCsv(10_000), 'Profile.csv': sampleFile('Profile.csv') })),
        Buffer.from(exportZip({ 'Connections.csv': bigConnectionsCsv(10_000, (i) => (i % 20 === 0 ? 'Wrenfold' : undefined)) })),
      ]
    : [];

interface Build {
  dir: string;
  h: Harness;
  bench: Page;
  call<T>(fn: string, ...a: unknown[]): Promise<T>;
  company: string;
  interview: string;
  /** A DevTools session on the bench page: its renderer's main thread is the side panel's too. */
  metrics(): Promise<Record<string, number>>;
}
async function open(dir: string): Promise<Build> {
  const h = await launch(dir, {
    '127.0.0.1/bench/dossier.json': { body: dossier, type: 'application/json' },
    '127.0.0.1/bench/linkedin-1.zip': { body: linkedinZips[0] as unknown as string, type: 'application/zip' },
    '127.0.0.1/bench/linkedin-2.zip': { body: linkedinZips[1] as unknown as string, type: 'application/zip' },
  });
  const bench = await h.extensionPage('bench.html');
  const call = <T>(fn: string, ...a: unknown[]) =>
    bench.evaluate(
      ([f, xs]) =>
        (
          (globalThis as unknown as { rapportBench: Record<string, (...a: unknown[]) => Promise<unknown>> }).rapportBench[f as string] as (
            ...a: unknown[]
          ) => Promise<unknown>
        )(...(xs as unknown[])),
      [fn, a] as const,
    ) as Promise<T>;
  if (generated) await call('importFromUrl', h.serverUrl('/bench/dossier.json'));
  const company = generated ? (await call<{ id: string }>('biggestCompany')).id : '';
  const interview = generated ? await call<string>('firstInterview') : '';
  const cdp = await h.context.newCDPSession(bench);
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries(
      ((await cdp.send('Performance.getMetrics')).metrics as Array<{ name: string; value: number }>).map((m) => [m.name, m.value]),
    );
  return { dir, h, bench, call, company, interview, metrics };
}

/** One first render: ms from the side panel's first script to the view's mark, and its profile. */
async function render(b: Build, name: 'prep' | 'company', profile: boolean): Promise<{ ms: number; cpu: number; profile?: unknown }> {
  await b.call('route', name === 'prep' ? { name, id: b.interview } : { name, id: b.company });
  // The bench page shares the side panel's origin, hence its localStorage.
  if (cold)
    await b.bench.evaluate(() =>
      Object.keys(localStorage).forEach((k) => k.startsWith('rapport:prep-sheet') && localStorage.removeItem(k)),
    );
  const before = await b.metrics();
  const mark = `rapport:${name}-rendered`;
  let cdp: CDPSession | undefined;
  let trace: Promise<TraceEvent[]> | undefined;
  let p: Page;
  if (profile) {
    // Profiling must start before the side panel's first script: open an empty page of the same
    // extension (same renderer process), start the profiler there, then navigate.
    p = await b.h.extensionPage('bench.html');
    cdp = await b.h.context.newCDPSession(p);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await p.goto(`chrome-extension://${b.h.extensionId}/sidepanel.html`);
  } else if (traceOn) {
    p = await b.h.extensionPage('bench.html');
    cdp = await b.h.context.newCDPSession(p);
    trace = collectTrace(cdp);
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,v8,v8.execute,blink,blink.user_timing,loading,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    await p.goto(`chrome-extension://${b.h.extensionId}/sidepanel.html`);
  } else p = await b.h.extensionPage('sidepanel.html');
  await p.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000 });
  const ms = await p.evaluate(
    (m) => performance.getEntriesByName(m)[0]!.startTime - performance.getEntriesByName('rapport:app-start')[0]!.startTime,
    mark,
  );
  const after = await b.metrics();
  // CPU time of the renderer's main thread over the whole opening: robust to other processes' load.
  const cpu = ((after.ThreadTime ?? 0) - (before.ThreadTime ?? 0)) * 1000;
  if (process.env.AB_METRICS)
    console.log(
      Object.keys(after)
        .filter((k) => /Duration|Time|Count/.test(k))
        .map((k) => `${k} ${(after[k]! - (before[k] ?? 0)).toFixed(3)}`)
        .join(', '),
    );
  const measures = await p.evaluate(() => performance.getEntriesByType('measure').map((m) => [m.name, m.duration] as const));
  for (const [k, d] of measures)
    extra.set(`${name} ${b.dir.slice(-12)} ${k}`, [...(extra.get(`${name} ${b.dir.slice(-12)} ${k}`) ?? []), d]);
  if (trace && cdp) {
    await cdp.send('Tracing.end');
    tallyTrace(await trace, mark);
  }
  const out = cdp && !trace ? (await cdp.send('Profiler.stop')).profile : undefined;
  await p.close();
  return { ms, cpu, profile: out };
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
const extra = new Map<string, number[]>();
const selfMs = new Map<string, number>();
const totalMs = new Map<string, number>();
function tally(profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: Node) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let n = byId.get(profile.samples[i]!)!;
    selfMs.set(key(n), (selfMs.get(key(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (;;) {
      const k = key(n);
      if (!seen.has(k)) totalMs.set(k, (totalMs.get(k) ?? 0) + dt);
      seen.add(k);
      const up = parent.get(n.id);
      if (up === undefined) break;
      n = byId.get(up)!;
    }
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}
function collectTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  return new Promise((done) => cdp.on('Tracing.tracingComplete', () => done(events)));
}
const traceMs = new Map<string, number>();
let traced = 0;
/**
 * Time per event name on the side panel's main thread between its first script and the mark,
 * self time: an event's duration less that of the events nested in it.
 */
function tallyTrace(events: TraceEvent[], mark: string) {
  // The user-timing marks are trace events too, on the side panel's main thread, in trace time.
  const first = events.find((e) => e.name === 'rapport:app-start');
  const last = events.find((e) => e.name === mark);
  if (!first || !last) return;
  const [from, to, thread] = [first.ts, last.ts, first];
  const xs = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur && e.ts + e.dur > from && e.ts < to)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const stack: TraceEvent[] = [];
  for (const e of xs) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const clip = (x: TraceEvent) => Math.max(0, Math.min(x.ts + x.dur!, to) - Math.max(x.ts, from)) / 1000;
    traceMs.set(e.name, (traceMs.get(e.name) ?? 0) + clip(e));
    const up = stack.at(-1);
    if (up) traceMs.set(up.name, (traceMs.get(up.name) ?? 0) - clip(e));
    stack.push(e);
  }
  traceMs.set('(span: first script to mark)', (traceMs.get('(span: first script to mark)') ?? 0) + (to - from) / 1000);
  traced++;
}

const builds: Build[] = [];
for (const d of dirs) builds.push(await open(d));
if (view === 'search') {
  // The bench's queries (tests/bench/run.ts); each run searches each query 5 times in A, then in B.
  const queries = ['robotics', 'logistics manchester', 'warehouse freight energy', 'ro', 'chloé', 'zzqxv', 'nonexistentword'];
  const ms = builds.map(() => [] as number[]);
  for (const b of builds) for (const q of queries) await b.call('search', q, 2); // warm-up
  for (let i = 0; i < runs; i++)
    for (const q of queries) for (const [k, b] of builds.entries()) ms[k]!.push(...(await b.call<{ ms: number[] }>('search', q, 5)).ms);
  const at = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;
  for (const [k, xs] of ms.entries())
    console.log(`search ${k ? 'B' : 'A'} median ${at(xs, 0.5).toFixed(1)} p95 ${at(xs, 0.95).toFixed(1)} samples ${xs.length}`);
  for (const b of builds) await b.h.close();
  process.exit(0);
}
if (view === 'linkedin') {
  type Imported = { totalMs: number; added: number; updated: number; unchanged: number };
  const ms = new Map<string, number[]>();
  for (let i = -1; i < runs; i++)
    for (const [k, b] of builds.entries()) {
      // Each round starts from no people, as the bench's first import does (a second connection to the same database).
      await b.bench.evaluate(
        () =>
          new Promise<void>((ok, fail) => {
            const req = indexedDB.open('rapport');
            req.onerror = () => fail(req.error);
            req.onsuccess = () => {
              const tx = req.result.transaction('people', 'readwrite');
              tx.objectStore('people').clear();
              tx.oncomplete = () => (req.result.close(), ok());
              tx.onerror = () => fail(tx.error);
            };
          }),
      );
      const fresh = await b.call<Imported>('importLinkedInFromUrl', b.h.serverUrl('/bench/linkedin-1.zip'));
      const again = await b.call<Imported>('importLinkedInFromUrl', b.h.serverUrl('/bench/linkedin-1.zip'));
      const moved = await b.call<Imported>('importLinkedInFromUrl', b.h.serverUrl('/bench/linkedin-2.zip'));
      if (fresh.added !== 10_000 || again.unchanged !== 10_000 || moved.updated !== 500)
        throw new Error('LinkedIn import counts are wrong');
      if (i < 0) continue; // warm-up
      for (const [name, r] of [
        ['fresh', fresh],
        ['again', again],
        ['newer', moved],
      ] as const)
        ms.set(`${name} ${k ? 'B' : 'A'}`, [...(ms.get(`${name} ${k ? 'B' : 'A'}`) ?? []), r.totalMs]);
    }
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [k, xs] of ms) console.log(`linkedin ${k} median ${mid(xs).toFixed(0)} runs ${xs.map((x) => x.toFixed(0)).join(' ')}`);
  for (const b of builds) await b.h.close();
  process.exit(0);
}
const views = view === 'both' ? (['prep', 'company'] as const) : ([view] as Array<'prep' | 'company'>);
const times = new Map<string, number[]>();
for (const b of builds) for (const v of views) await render(b, v, false); // first opens: IndexedDB still settling
for (let i = 0; i < runs; i++)
  for (const v of views)
    for (const [k, b] of builds.entries()) {
      const r = await render(b, v, !!profileDir && !traceOn);
      const key = `${v} ${k ? 'B' : 'A'}`;
      times.set(key, [...(times.get(key) ?? []), r.ms]);
      times.set(`${key} cpu`, [...(times.get(`${key} cpu`) ?? []), r.cpu]);
      if (profileDir && r.profile) {
        mkdirSync(profileDir, { recursive: true });
        writeFileSync(join(profileDir, `${v}-${k ? 'B' : 'A'}-${i}.cpuprofile`), JSON.stringify(r.profile));
        if (k === 0) tally(r.profile as never);
      }
    }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [k, xs] of times) console.log(k, 'median', median(xs).toFixed(1), 'runs', xs.map((x) => x.toFixed(0)).join(' '));
for (const [k, xs] of extra) console.log(k, 'median', median(xs).toFixed(1), 'runs', xs.map((x) => x.toFixed(0)).join(' '));
if (profileDir) {
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${(v / runs).toFixed(1).padStart(7)} ms  ${k}`)
      .join('\n');
  console.log(`\nself time per run (build A):\n${top(selfMs, 40)}\n\ntotal time per run (build A):\n${top(totalMs, 60)}`);
}
if (traced)
  console.log(
    `\nmain-thread self time per opening by trace event (build${builds.length > 1 ? 's A and B together' : ' A'}):\n` +
      [...traceMs]
        .sort((a, b) => b[1] - a[1])
        .filter(([, v]) => v / traced >= 0.5)
        .map(([k, v]) => `${(v / traced).toFixed(1).padStart(7)} ms  ${k}`)
        .join('\n'),
  );
for (const b of builds) await b.h.close();
