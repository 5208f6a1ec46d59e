import type { Dexie } from 'dexie';
import { postings } from '../../lib/db/terms';
import type { DossierExport } from '../../lib/schema/export';

type Records = Pick<DossierExport, 'companies' | 'people' | 'clips' | 'interviews' | 'questions' | 'self'>;

/**
 * Writes a dossier into an opened database of version 3 or later, as those versions lay it out:
 * a clip's text and words apart in `clipTexts`, its words in the `terms` index. Closes it after.
 */
export async function seedSplitDossier(old: Dexie, d: Records): Promise<void> {
  await old.table('companies').bulkAdd(d.companies);
  await old.table('people').bulkAdd(d.people);
  await old.table('clips').bulkAdd(d.clips.map(({ text: _t, words: _w, ...head }) => head));
  await old.table('clipTexts').bulkAdd(d.clips.map((c) => ({ id: c.id, text: c.text, words: c.words })));
  await old.table('terms').bulkAdd(postings(d.clips));
  await old.table('interviews').bulkAdd(d.interviews);
  await old.table('questions').bulkAdd(d.questions);
  if (d.self) await old.table('self').put(d.self);
  old.close();
}
