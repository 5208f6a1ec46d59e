import type { DossierData } from '../schema/export';
import type { RapportDb } from './database';
import { withTexts } from './clip-store';

/** Every record of the dossier, read in one transaction so they agree with each other. */
export function readDossier(db: RapportDb): Promise<DossierData> {
  return db.transaction('r', [db.companies, db.people, db.clips, db.clipTexts, db.interviews, db.questions, db.self], async () => {
    const [companies, people, clips, interviews, questions, self] = await Promise.all([
      db.companies.toArray(),
      db.people.toArray(),
      db.clips.toArray(),
      db.interviews.toArray(),
      db.questions.toArray(),
      db.self.get('me'),
    ]);
    return { companies, people, clips: await withTexts(db, clips), interviews, questions, self };
  });
}
