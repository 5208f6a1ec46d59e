import { ClipperResult } from '../clip/clipper-result';
import type { RapportDb } from '../db/database';
import { saveClip } from '../db/save-clip';
import { UserError } from '../messaging/errors';
import { PageExtraction } from '../schema/page-extraction';
import type { ClipTimings } from '../messaging/protocol';
import type { TabAccess } from './tab-clipper';

/**
 * The clip path of the context menu and the keyboard (inject, extract, validate, one
 * transaction), timed part by part for the benchmark. Only the e2e build answers it.
 */
export async function timedClip(db: RapportDb, tabs: TabAccess, tabId: number): Promise<ClipTimings> {
  const t0 = performance.now();
  const raw = await tabs.runClipper(tabId);
  const t1 = performance.now();
  const result = ClipperResult.safeParse(raw);
  if (!result.success || !result.data.ok) throw new UserError('clipper-failed', 'The page could not be read.');
  const x = PageExtraction.parse(result.data.extraction);
  const t2 = performance.now();
  await saveClip(db, x);
  const t3 = performance.now();
  return {
    totalMs: t3 - t0,
    injectAndExtractMs: t1 - t0,
    extractInPageMs: result.data.ms,
    messagingMs: Math.max(0, t1 - t0 - result.data.ms),
    validateMs: t2 - t1,
    dbMs: t3 - t2,
  };
}
