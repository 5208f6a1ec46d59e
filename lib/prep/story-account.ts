import type { Clip } from '../schema/dossier';
import { escapeRegExp } from '../text/regexp';
import { isRecent } from './dates';
import { clippedEvidence, sourceOf } from './event-record';
import { bodySentences, SETBACK, type StoryFrame } from './story-frame';
import { HEDGED } from './story-noise';
import type { StoryPoint } from './story-point';
import { words } from './story-saying';

/** "A spokesman for Disneyland Paris said that …", "Acme's spokeswoman said …": the company's reported answer. */
function accountOpening(names: string[]): RegExp {
  const co = names.map(escapeRegExp).join('|');
  return new RegExp(
    String.raw`^(?:An?|The)\s+(?:(?:${co})\s+spokes(?:man|woman|person)|spokes(?:man|woman|person)\s+(?:for|of|at)\s+(?:${co}))\s+(?:said|says|told \S+(?: \S+)?)\s+(?:that\s+)?(?<said>.+)$`,
    'u',
  );
}
/** "He said that the firm runs …": the same spokesperson goes on. */
const GOES_ON_SAYING = /^(?:He|She|They)\s+(?:said|says|added|explained)\s+(?:that\s+)?(?<said>.+)$/u;

/**
 * In a story of trouble (a regulator's probe, complaints), the company's own account of how it works,
 * as its spokesperson gave it ("the firm runs different promotions at specific times of year …"): the
 * one point such a story offers a question, never the charge itself. The longest account that is
 * itself no trouble, no hedge and no quote.
 */
export function accountIn(frame: StoryFrame, clip: Clip, meetingAt: number): StoryPoint[] {
  if (!frame.english) return [];
  // Said in full: "Disneyland Paris’s spokesperson", never a short name that is another place.
  const spoken = frame.names[0]!;
  const opening = accountOpening(frame.names);
  let speaking = false;
  const found: Array<{ said: string; sentence: string }> = [];
  for (const x of bodySentences(frame)) {
    const s = x.trim().replace(/[.!]+$/, '');
    const m: RegExpExecArray | null = opening.exec(s) ?? (speaking ? GOES_ON_SAYING.exec(s) : null);
    speaking = !!m;
    // Said short enough to say aloud and in the asker’s own frame: up to where the sentence turns
    // ("…, for example, seasonal events"), at most eleven words (a longer clause is the story pasted).
    const said = m?.groups?.said?.split(/\s*(?:[,;:(]|\s[–—-]\s|\s(?:which|who|whose|based|while|because|unless|although)\b)/u)[0];
    if (!said || words(said) < 5 || words(said) > 11 || SETBACK.test(said) || HEDGED.test(said) || /[“”"„«»]/.test(said)) continue;
    found.push({ said: said.replace(/^(?:the|this)\s+(?:firm|company|group|park|resort)\b/i, 'it'), sentence: x.trim() });
  }
  const best = found.sort((a, b) => words(b.said) - words(a.said))[0];
  if (!best) return [];
  const date = clip.publishedAt ?? clip.extraction.article?.publishedAt;
  return [
    {
      kind: 'account',
      clause: `${spoken}’s spokesperson said ${best.said}`,
      anchors: [],
      evidence: clippedEvidence(best.sentence),
      own: false,
      headline: frame.headline,
      clipId: clip.id,
      url: clip.url,
      source: sourceOf(clip),
      date,
      recent: isRecent(date, meetingAt),
    },
  ];
}
