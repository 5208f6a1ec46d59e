import { browser } from 'wxt/browser';
import { db } from '@/lib/db/database';
import { deleteEverything } from '@/lib/db/delete';
import { importDossier, parseDossierFile } from '@/lib/db/import';
import { search } from '@/lib/search/search';
import { linkedinBench } from '@/lib/bench/linkedin';
import { V3 } from '@/lib/db/database';
import { postings } from '@/lib/db/terms';
import type { Clip } from '@/lib/schema/dossier';

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
   * The floor under the import: the same rows (companies, people, clip heads and bodies, search
   * terms) written with bare IndexedDB into a database with the same stores and indexes, one
   * transaction, no validation and no Dexie. What IndexedDB itself costs for this much data.
   */
  async idbFloor(url: string) {
    const data = (await (await fetch(url)).json()) as { companies: unknown[]; people: unknown[]; clips: Clip[] };
    const name = 'rapport-bench-floor';
    await new Promise((ok) => Object.assign(indexedDB.deleteDatabase(name), { onsuccess: ok, onerror: ok }));
    const idb = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => {
        for (const [store, spec] of Object.entries(V3)) {
          const [key, ...indexes] = spec.split(',').map((x) => x.trim());
          const os = req.result.createObjectStore(store, { keyPath: key!.replace(/^\+\+/, '') });
          for (const ix of indexes) {
            const path = ix.replace(/^[&*]/, '');
            if (path.startsWith('[')) os.createIndex(path, path.slice(1, -1).split('+'));
            else os.createIndex(path, path, { unique: ix.startsWith('&'), multiEntry: ix.startsWith('*') });
          }
        }
      };
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const t0 = performance.now();
    await new Promise<void>((ok, fail) => {
      const tx = idb.transaction(['companies', 'people', 'clips', 'clipTexts', 'terms'], 'readwrite');
      const put = (store: string, rows: unknown[]) => {
        const os = tx.objectStore(store);
        for (const r of rows) os.put(r);
      };
      put('companies', data.companies);
      put('people', data.people);
      put('terms', postings(data.clips));
      put(
        'clips',
        data.clips.map(({ text: _t, words: _w, ...head }) => head),
      );
      put(
        'clipTexts',
        data.clips.map((c) => ({ id: c.id, text: c.text, words: c.words })),
      );
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
