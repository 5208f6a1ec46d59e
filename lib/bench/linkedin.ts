import { db } from '../db/database';
import { importLinkedIn } from '../db/linkedin-import';
import { knownAt } from '../db/known-people';
import { readLinkedInExport } from '../linkedin/read-export';

/** What the benchmark calls for the LinkedIn export (tests/bench/run.ts, e2e build only). */
export const linkedinBench = {
  /** The LinkedIn export read and imported as the options page does, timed in two parts. */
  async importLinkedInFromUrl(url: string) {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const t0 = performance.now();
    const read = readLinkedInExport([{ name: 'export.zip', bytes }]);
    const t1 = performance.now();
    if (!read.ok) throw new Error(read.error);
    const r = await importLinkedIn(db(), read.data);
    const t2 = performance.now();
    return { readMs: t1 - t0, importMs: t2 - t1, totalMs: t2 - t0, ...r, people: await db().people.count() };
  },
  async knownAt(name: string, runs: number) {
    const company = await db().companies.where('nameKey').equals(name.toLowerCase()).first();
    const ms: number[] = [];
    let count = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      count = (await knownAt(db(), company ?? { name, domains: [] }, await db().self.get('me'))).length;
      ms.push(performance.now() - t);
    }
    return { ms, count };
  },
};
