import type { RapportDb } from '../db/database';
import { saveClip } from '../db/save-clip';
import { userMessage } from '../messaging/errors';
import { showOutcome } from './feedback';
import { extractTab, type TabAccess } from './tab-clipper';

/** Clip without the popup (context menu, keyboard): extract, save, and say how it went on the badge. */
export async function clipNow(db: RapportDb, tabs: TabAccess, tabId: number): Promise<void> {
  try {
    const { extraction, partial } = await extractTab(tabs, tabId);
    const result = await saveClip(db, extraction);
    const where = result.companyName ? ` to ${result.companyName}` : '';
    await showOutcome(
      tabId,
      true,
      (result.status === 'updated'
        ? `Already in your dossier${result.companyName ? ` (${result.companyName})` : ''}; updated.`
        : `Clipped${where}.`) + (partial ? ` ${partial}` : ''),
    );
  } catch (err) {
    await showOutcome(tabId, false, userMessage(err));
  }
}
