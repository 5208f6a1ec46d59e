import type { Clip, Company } from '../schema/dossier';
import { fold } from '../text/fold';
import { plain } from './clean';
import { dateInText } from './dates';
import type { NamedCompany } from './events';
import { clippedEvidence, sourceOf } from './event-record';
import { bodySentences, languageName, storyFrame, troubled } from './story-points';

/**
 * What a story about the company gives the sheet's "handle with care", beyond headlines an English
 * reader recognises: a story told through its trouble in any language (the body's sentences of
 * police, charges, accusations), and a change the company took back after its users objected
 * (a charge postponed "to re-evaluate our approach" after feedback). Those inside may be tired of
 * it or not free to discuss it: the sheet says how to raise it, and never asks for its reasons.
 */
export interface StoryCare {
  kind: 'trouble' | 'retreat';
  /** The headline (trouble) or the company's sentence of the retreat. */
  text: string;
  language?: string;
  clipId: string;
  url: string;
  source: string;
  date?: string;
}

/** A step back: a change postponed, paused, reversed or re-evaluated. */
const RETREAT =
  /\b(?:postpon\w*|paus(?:e|ed|es|ing)|revers(?:e|ed|es|ing)|roll(?:s|ed|ing)? (?:it |this |that )?back|walk(?:s|ed|ing)? (?:it |this |that )?back|re-?evaluat\w*|reconsider\w*|withdr[ae]w\w*|u-turn)\b/i;
/** Why it stepped back: the people it serves objected. */
const REACTION =
  /\b(?:feedback|backlash|criticis\w*|critici[sz]ed|concerns?|outcry|complain\w*|missed the mark|heard (?:from )?you|push-?back|objections?)\b/i;

/** The care one story asks for: its trouble, or the company's step back after feedback. */
export function careInStory(clip: Clip, company: NamedCompany & Pick<Company, 'domains'>): StoryCare | undefined {
  const frame = storyFrame(clip, company);
  if (!frame) return undefined;
  const date = clip.publishedAt ?? clip.extraction.article?.publishedAt ?? dateInText(plain((clip.text ?? '').slice(0, 600)));
  const at = { clipId: clip.id, url: clip.url, source: sourceOf(clip), date };
  // An English headline of bad news is told by the news reader already (news.ts): this is for the rest.
  if (troubled(frame) && !frame.english)
    return { kind: 'trouble', text: frame.headline, language: languageName(clip.extraction.lang), ...at };
  if (!frame.english) return undefined;
  const all = bodySentences(frame);
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!.trim();
    const mine = frame.names.some((n) => fold(s).includes(fold(n))) || (frame.own && /\b(?:we|we['’]re|our)\b/i.test(s));
    if (!mine || !RETREAT.test(s)) continue;
    // The reaction is said in the sentence or beside it ("We missed the mark … so we're postponing …").
    const near = [all[i - 1], s, all[i + 1]].filter(Boolean).join(' ');
    if (REACTION.test(near)) return { kind: 'retreat', text: clippedEvidence(s), ...at };
  }
  return undefined;
}

/** The care of every story about the company, one per story. */
export function storyCare(clips: Clip[], company: (NamedCompany & Pick<Company, 'domains'> & { id?: string }) | undefined): StoryCare[] {
  if (!company) return [];
  return clips.filter((c) => !(company.id && c.companyId && c.companyId !== company.id)).flatMap((c) => careInStory(c, company) ?? []);
}

/** A care item as the sheet says it: what happened, and how to raise it. */
export function storyCareText(c: StoryCare): string {
  return c.kind === 'retreat'
    ? `A change taken back after feedback: “${c.text}” — ask how the feedback is being used, not why the change was made.`
    : `In the news${c.language ? ` (a ${c.language} story)` : ''}: “${c.text}” — don't open with it; let them raise it.`;
}
