import type { Clip, Company } from '../schema/dossier';
import { isoToMs } from './dates';
import { type CompanyEvent, eventsInClip } from './events';

/** Events older than this before the meeting are history, not hooks. */
const HISTORY_YEARS = 3;
/** A dossier with no newer news keeps one story's event up to this old, as background. */
const OLD_NEWS_YEARS = 8;

/**
 * Every event of the dossier about the company, one per kind and object (the earliest clip that
 * reported it keeps it), newest first.
 */
export function companyEvents(clips: Clip[], company: Pick<Company, 'name' | 'domains'> | undefined, meetingAt: number): CompanyEvent[] {
  if (!company) return [];
  const seen = new Map<string, CompanyEvent>();
  for (const clip of clips) {
    if (clip.kind === 'person-profile') continue;
    for (const e of eventsInClip(clip, company, meetingAt)) {
      const key = `${e.kind}:${e.what
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()}`;
      if (!seen.has(key)) seen.set(key, e);
    }
  }
  // One story gives one event per kind: the first sentence that says it (the lede) wins.
  const byClipKind = new Map<string, CompanyEvent>();
  for (const e of seen.values()) {
    const k = e.release ? `${e.clipId}:${e.kind}:${e.what}` : `${e.clipId}:${e.kind}`;
    if (!byClipKind.has(k)) byClipKind.set(k, e);
  }
  // History is not a hook: beyond a few years before the meeting an event is dropped (a company's
  // founding story lives in its profile, not in questions).
  const history = meetingAt - HISTORY_YEARS * 365.25 * 86_400_000;
  const all = [...byClipKind.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.clipId.localeCompare(b.clipId));
  const kept = all.filter((e) => (isoToMs(e.date) ?? meetingAt) >= history);
  if (kept.length) return kept;
  // A dossier whose only news is an old story still has it: the newest deed a news story reported, as
  // background (never "recent"), for what came of it. An encyclopedia's history stays in the profile.
  const stories = new Set(clips.filter((c) => c.kind === 'article').map((c) => c.id));
  const old = all.find(
    (e) => !e.sensitive && stories.has(e.clipId) && (isoToMs(e.date) ?? 0) >= meetingAt - OLD_NEWS_YEARS * 365.25 * 86_400_000,
  );
  return old ? [old] : [];
}
