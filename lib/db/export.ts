import { DossierExport, EXPORT_FORMAT, EXPORT_VERSION } from '../schema/export';
import { issueInWords } from '../schema/issue-words';
import { UserError } from '../messaging/errors';
import { inconsistency } from './consistency';
import type { RapportDb } from './database';
import { readDossier } from './dossier-data';

const FIX = 'Nothing was written. Correct or delete that record in the side panel, then export again.';

/**
 * The whole dossier as one versioned file, checked before it is offered: against its schema, and
 * for the references a restore needs. A file that could not be restored is never written.
 */
export async function exportDossier(db: RapportDb, now = new Date()): Promise<DossierExport> {
  const file = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), ...(await readDossier(db)) };
  const parsed = DossierExport.safeParse(file);
  if (!parsed.success) {
    throw new UserError('export-invalid', `Rapport could not export your dossier: ${issueInWords(parsed.error.issues[0]!, file)}. ${FIX}`);
  }
  const broken = inconsistency(parsed.data);
  if (broken) throw new UserError('export-inconsistent', `Rapport could not export your dossier: ${broken}. ${FIX}`);
  return parsed.data;
}
