import type { Clip } from '../schema/dossier';
import type { ClipText, RapportDb } from './database';
import { postings, updateTerms } from './terms';

/**
 * A clip is stored in two rows: its head in `clips` (what lists show) and its body in
 * `clipTexts` (the readable text and the search words). Lists of hundreds of clips stay light.
 */

/**
 * Writes clips, heads and bodies, and moves their words in `terms` (inside a transaction that
 * holds the three tables). `fresh` is for a dossier emptied just before: no old words to read,
 * and rows are added, not put — Dexie reads back every existing row before a put on a table with
 * hooks (clips have one), which at 20,000 clips is a whole extra pass.
 */
export async function putClips(db: RapportDb, clips: Clip[], fresh = false): Promise<void> {
  const heads: Clip[] = [];
  const bodies: ClipText[] = [];
  for (const { text, words, ...head } of clips) {
    heads.push(head);
    bodies.push({ id: head.id, ...(text ? { text } : {}), ...(words ? { words } : {}) });
  }
  if (fresh) {
    // Issued together: IndexedDB runs them in order in the one transaction, without idle turns between.
    await Promise.all([db.terms.bulkAdd(postings(clips)), db.clips.bulkAdd(heads), db.clipTexts.bulkAdd(bodies)]);
    return;
  }
  const before = await db.clipTexts.bulkGet(clips.map((c) => c.id));
  await updateTerms(
    db.terms,
    clips.map((c, i) => ({ id: c.id, before: before[i]?.words, after: c.words })),
  );
  await db.clips.bulkPut(heads);
  await db.clipTexts.bulkPut(bodies);
}

/**
 * Clips with their bodies joined back, as exports and snapshots carry them. `words: false` joins
 * the text only: the prep sheet never reads search words, and hashes every value it is given.
 */
export async function withTexts(db: RapportDb, clips: Clip[], { words = true } = {}): Promise<Clip[]> {
  const bodies = await db.clipTexts.bulkGet(clips.map((c) => c.id));
  return clips.map((c, i) => {
    const b = bodies[i];
    return b ? { ...c, ...(b.text ? { text: b.text } : {}), ...(words && b.words ? { words: b.words } : {}) } : c;
  });
}

export async function deleteClips(db: RapportDb, ids: string[]): Promise<void> {
  const before = await db.clipTexts.bulkGet(ids);
  await updateTerms(
    db.terms,
    ids.map((id, i) => ({ id, before: before[i]?.words })),
  );
  await db.clips.bulkDelete(ids);
  await db.clipTexts.bulkDelete(ids);
}
