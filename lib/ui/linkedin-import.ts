import type { RapportDb } from '../db/database';
import { importLinkedInFiles } from '../db/linkedin-import';

const n = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** Imports the files the user picked and says what happened, in one sentence or two. */
export async function importLinkedInPicked(db: RapportDb, files: File[]): Promise<{ ok: boolean; text: string }> {
  const picked = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const r = await importLinkedInFiles(db, picked);
  if (!r.ok) return { ok: false, text: r.error };
  const { added, updated, unchanged, selfFilled } = r.result;
  const parts: string[] = [];
  if (r.read.connections)
    parts.push(
      `${n(r.read.connections.length, 'connection')} read: ${added.toLocaleString('en')} added, ${updated.toLocaleString('en')} updated, ${unchanged.toLocaleString('en')} already up to date.`,
    );
  if (r.read.self)
    parts.push(selfFilled.length ? `Your profile gained: ${selfFilled.join(', ')}.` : 'Your profile already had what the export says.');
  if (r.read.undatedRows) parts.push(`${n(r.read.undatedRows, 'row')} had no readable "Connected On" date and were kept without one.`);
  if (r.read.skippedRows) parts.push(`${n(r.read.skippedRows, 'row')} without a name were left out.`);
  return { ok: true, text: `Imported from ${r.read.files.join(', ')}. ${parts.join(' ')}` };
}
