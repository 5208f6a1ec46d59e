import { DossierExport, EXPORT_FORMAT, EXPORT_VERSION } from '../schema/export';
import type { RapportDb } from './database';
import { readDossier } from './dossier-data';

/** The whole dossier as one versioned file, checked against its schema before it is offered. */
export async function exportDossier(db: RapportDb, now = new Date()): Promise<DossierExport> {
  const data = await readDossier(db);
  return DossierExport.parse({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), ...data });
}
