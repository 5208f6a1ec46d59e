import { browser } from 'wxt/browser';
import type { RapportDb } from '../db/database';
import { deleteEverything } from '../db/delete';
import { exportDossier } from '../db/export';
import { importDossier, mergeMessage, parseDossierFile } from '../db/import';
import { contactsCsv } from '../export/csv';
import { UserError } from '../messaging/errors';
import type { DossierExport, ImportCounts } from '../schema/export';
import { contactsData } from './dossier-queries';
import { downloadText } from './download';
import { forgetSheets } from './sheet-cache';

/** The options page's data actions: each resolves to the sentence to show, or throws one. */

const today = () => new Date().toISOString().slice(0, 10);

export async function exportWholeDossier(db: RapportDb): Promise<string> {
  const data = await exportDossier(db);
  downloadText(`rapport-dossier-${data.exportedAt.slice(0, 10)}.json`, JSON.stringify(data, null, 1), 'application/json');
  return `Exported ${data.companies.length} companies, ${data.people.length} people and ${data.clips.length} clips.`;
}

export async function exportContacts(db: RapportDb): Promise<string> {
  const { people, companies, interviews } = await contactsData(db);
  downloadText(`rapport-contacts-${today()}.csv`, contactsCsv(people, companies, interviews), 'text/csv');
  return `Exported ${people.length} contacts.`;
}

export interface Backup {
  data: DossierExport;
  preview: { counts: ImportCounts; exportedAt: string };
}

/** A chosen backup file, read and checked whole; a file that cannot be imported throws why. */
export async function readBackup(file: File): Promise<Backup> {
  const r = parseDossierFile(await file.text());
  if (!r.ok) throw new UserError('bad-file', r.error);
  return { data: r.data, preview: { counts: r.counts, exportedAt: r.data.exportedAt } };
}

export async function importBackup(db: RapportDb, backup: Backup | undefined, mode: 'merge' | 'replace'): Promise<string> {
  if (!backup) throw new UserError('no-file', 'Choose a file first.');
  const r = await importDossier(db, backup.data, mode);
  // A replaced dossier's words must not stay behind in the sheets kept for quick opening.
  if (mode === 'replace') forgetSheets();
  return mode === 'replace' ? `Your dossier was replaced: ${r.added} records.` : mergeMessage(r);
}

/** "Delete all my data": the dossier, the settings and the side panel's place. */
export async function deleteAllData(db: RapportDb): Promise<void> {
  await deleteEverything(db);
  await browser.storage.local.clear();
  await browser.storage.session.clear();
  // The prep sheets kept for quick opening hold the dossier's words too.
  forgetSheets();
}
