import type { RapportDb } from '../db/database';
import { saveClip } from '../db/save-clip';
import { PageExtraction } from '../schema/page-extraction';
import { type ExtractTimings, extractTab, type TabAccess } from './tab-clipper';

/** The parts of one clip, as the benchmark measures them. */
export interface ClipTimings {
  totalMs: number;
  injectAndExtractMs: number;
  extractInPageMs: number;
  messagingMs: number;
  validateMs: number;
  dbMs: number;
}

/**
 * The clip path of the context menu and the keyboard (inject, extract, validate, one
 * transaction), timed part by part for the benchmark. Only the e2e build answers it.
 */
export async function timedClip(db: RapportDb, tabs: TabAccess, tabId: number): Promise<ClipTimings> {
  const parts: ExtractTimings = { injectMs: 0, extractInPageMs: 0, validateMs: 0 };
  const t0 = performance.now();
  const { extraction } = await extractTab(tabs, tabId, parts);
  const t1 = performance.now();
  // Validation happens inside extractTab; timed again here on its own for the figure.
  PageExtraction.parse(extraction);
  const validateMs = performance.now() - t1;
  const t2 = performance.now();
  await saveClip(db, extraction);
  const t3 = performance.now();
  return {
    totalMs: t1 - t0 + (t3 - t2),
    injectAndExtractMs: parts.injectMs,
    extractInPageMs: parts.extractInPageMs,
    messagingMs: Math.max(0, parts.injectMs - parts.extractInPageMs),
    validateMs,
    dbMs: t3 - t2,
  };
}
