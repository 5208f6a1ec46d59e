import { browser } from 'wxt/browser';
import { db } from '@/lib/db/database';
import { deleteEverything } from '@/lib/db/delete';
import { importDossier, parseDossierFile } from '@/lib/db/import';
import { search } from '@/lib/search/search';

/** What the benchmark runner calls in the extension's origin (tests/bench/run.ts). e2e build only. */
const api = {
  async importFromUrl(url: string) {
    const text = await (await fetch(url)).text();
    const t0 = performance.now();
    const parsed = parseDossierFile(text);
    const t1 = performance.now();
    if (!parsed.ok) throw new Error(parsed.error);
    const timings: { wordsMs?: number } = {};
    await importDossier(db(), parsed.data, 'replace', timings);
    const t2 = performance.now();
    return { parseMs: t1 - t0, importMs: t2 - t1, wordsMs: timings.wordsMs, totalMs: t2 - t0, chars: text.length };
  },
  async search(q: string, runs: number) {
    const ms: number[] = [];
    let hits = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      hits = (await search(db(), q)).length;
      ms.push(performance.now() - t);
    }
    return { ms, hits };
  },
  /** The search index against the text it indexes, in UTF-16 bytes as IndexedDB keeps strings. */
  async indexStats() {
    let textBytes = 0;
    let indexBytes = 0;
    let entries = 0;
    await db().clipTexts.each((t) => {
      textBytes += (t.text?.length ?? 0) * 2;
    });
    await db().terms.each((t) => {
      indexBytes += t.term.length * 2 + t.ids.reduce((n, id) => n + id.length * 2 + 4, 16);
      entries += t.ids.length;
    });
    const estimate = await navigator.storage.estimate();
    return { textBytes, indexBytes, entries, usage: estimate.usage };
  },
  async biggestCompany() {
    let best = { id: '', clips: 0 };
    const counts = new Map<string, number>();
    await db()
      .clips.orderBy('companyId')
      .eachKey((k) => {
        const id = String(k);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      });
    for (const [id, n] of counts) if (n > best.clips) best = { id, clips: n };
    return best;
  },
  async firstInterview() {
    return (await db().interviews.toCollection().first())?.id;
  },
  route: (route: unknown) => browser.storage.session.set({ 'rapport:route': route }),
  clear: () => deleteEverything(db()),
  probe: (tabId: number) =>
    browser.scripting.executeScript({ target: { tabId }, files: ['/bench-probe.js' as never] }).then((r) => r[0]?.result),
  clip: async (tabId: number) => {
    const reply = (await browser.runtime.sendMessage({ type: 'benchClip', payload: { tabId } })) as {
      ok: boolean;
      data?: unknown;
      error?: { message: string };
    };
    if (!reply.ok) throw new Error(reply.error?.message);
    return reply.data;
  },
  tabs: () => browser.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id, url: t.url }))),
};

(globalThis as unknown as { rapportBench: typeof api }).rapportBench = api;
