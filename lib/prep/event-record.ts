import type { Clip } from '../schema/dossier';
import { isRecent } from './dates';
import { urlParts } from '../text/hosts';
import { withoutDateline } from './dateline';

/**
 * The part of an event that says where and when it was read: every kind of event found in a clip
 * (a sentence's deed, a regulator's act, a fixed flaw, a release) carries the same provenance, so a
 * question can quote its sentence and link its clip. Built once here so no reader drifts.
 */

/** The clip's site as a sheet names it: its site name, else its host. */
export function sourceOf(clip: Clip): string {
  if (clip.siteName) return clip.siteName;
  const host = urlParts(clip.url)?.hostname;
  return host === undefined ? 'a clipped page' : host.replace(/^www\./, '');
}

/** A sentence as a sheet quotes it: no dateline before it, and past 240 characters it ends at a word, with "…". */
export function clippedEvidence(sentence: string): string {
  const s = withoutDateline(sentence);
  return s.length > 240 ? `${s.slice(0, 239).replace(/\s+\S*$/, '')}…` : s;
}

/** Where an event was read: its sentence (clipped), its date and whether that is recent, its clip, site and language. */
export function eventRecord(clip: Clip, evidence: string, date: string | undefined, meetingAt: number, sensitive = false) {
  return {
    evidence: clippedEvidence(evidence),
    date,
    recent: isRecent(date, meetingAt),
    clipId: clip.id,
    url: clip.url,
    source: sourceOf(clip),
    sensitive,
    lang: clip.extraction.lang?.slice(0, 2).toLowerCase(),
  };
}
