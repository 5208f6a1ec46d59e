import { browser } from 'wxt/browser';
import { db } from '@/lib/db/database';
import { deleteEverything } from '@/lib/db/delete';
import { importDossier, parseDossierFile } from '@/lib/db/import';
import { search } from '@/lib/search/search';
import { linkedinBench } from '@/lib/bench/linkedin';
import { BENCH_PORT } from '@/lib/bench/port';

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
  /**
   * The floor under the import: the rows the import just stored (companies and people with their
   * derived words and org keys, clip heads and bodies, search terms), read back and written with
   * bare IndexedDB into a database with the live schema's stores and indexes, one transaction, no
   * validation and no Dexie. What IndexedDB itself costs for exactly this data.
   */
  async idbFloor() {
    const tables = ['companies', 'people', 'clips', 'clipTexts', 'terms'] as const;
    const rows = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await db().table(t).toArray()] as const))) as Record<
      (typeof tables)[number],
      unknown[]
    >;
    const name = 'rapport-bench-floor';
    await new Promise((ok) => Object.assign(indexedDB.deleteDatabase(name), { onsuccess: ok, onerror: ok }));
    const idb = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => {
        for (const t of tables) {
          const schema = db().table(t).schema;
          const os = req.result.createObjectStore(t, { keyPath: schema.primKey.keyPath as string });
          for (const ix of schema.indexes)
            os.createIndex(ix.name, ix.keyPath as string | string[], { unique: !!ix.unique, multiEntry: !!ix.multi });
        }
      };
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const t0 = performance.now();
    await new Promise<void>((ok, fail) => {
      const tx = idb.transaction([...tables], 'readwrite');
      for (const t of tables) {
        const os = tx.objectStore(t);
        for (const r of rows[t]) os.put(r);
      }
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    const ms = performance.now() - t0;
    idb.close();
    await new Promise((ok) => Object.assign(indexedDB.deleteDatabase(name), { onsuccess: ok, onerror: ok }));
    return ms;
  },
  ...linkedinBench,
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
      .clips.orderBy('[companyId+updatedAt]')
      .eachKey((k) => {
        const id = String((k as [string, number])[0]);
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
  clip: (tabId: number) =>
    new Promise((resolve, reject) => {
      const port = browser.runtime.connect({ name: BENCH_PORT });
      port.onMessage.addListener((reply: { ok: boolean; data?: unknown; error?: string }) => {
        port.disconnect();
        if (reply.ok) resolve(reply.data);
        else reject(new Error(reply.error));
      });
      port.postMessage({ tabId });
    }),
  tabs: () => browser.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id, url: t.url }))),
};

(globalThis as unknown as { rapportBench: typeof api }).rapportBench = api;
