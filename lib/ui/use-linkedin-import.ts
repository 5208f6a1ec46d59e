import { useState } from 'preact/hooks';
import type { RapportDb } from '../db/database';
import type { Run } from './actions';
import { importLinkedInPicked } from './linkedin-import';

/** The LinkedIn import box's state and handler, for any page that shows it (options, welcome). */
export function useLinkedInImport(db: RapportDb, run: Run): { busy: boolean; onFiles(files: File[]): void } {
  const [busy, setBusy] = useState(false);
  return {
    busy,
    onFiles: (files) => {
      setBusy(true);
      run(() => importLinkedInPicked(db, files), { success: (text) => text, always: () => setBusy(false) });
    },
  };
}
