import { isKnownCompany } from './known-names';
import { rankSubjects } from './subject-rank';
import type { SubjectClues } from './subject-clues';
import { isProse } from './subject-evidence';
import { SEVERAL_COMPANIES } from './subject-cues';
import { sentences } from '../../text/sentences';
import { STOP_WORDS } from '../../text/stop-words';

/**
 * The company the story is about, or undefined when none stands out. A story that uses no name as
 * a company's may still be about one every reader knows (Apple, BP, Gazprom): those count as
 * companies then, and only then, lest a known name the story meets in passing outrank its own
 * lesser-known company.
 */
export function storySubject(c: SubjectClues): string | undefined {
  // "IMF dims outlook …", "FCC chairman Tom Wheeler’s departure …": a story about a public body
  // itself, when no company stands out, is about the body its headline opens on.
  return subjectOf(c) ?? subjectOf({ ...c, knownNames: true }) ?? subjectOf({ ...c, knownNames: true, publicBodies: true });
}

const FIRMS = /\b(?:firms?|compan(?:y|ies)|startups?|contractors?)\b/i;

/** A headline's capitalised word or pair of words that is one of the best-known companies. */
const namesKnownCompany = (title: string) =>
  (title.match(/\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*)?/gu) ?? []).some(
    (run) => isKnownCompany(run) || isKnownCompany(run.split(/\s+/)[0]!),
  );

function subjectOf(c: SubjectClues): string | undefined {
  // "That" of "That’s why …": a function word is never a company's name, whatever its capital.
  const ranked = rankSubjects(c).filter((r) => !STOP_WORDS.has(r.name.toLowerCase()));
  const top = ranked[0];
  if (!top || top.score < 7) return undefined;
  // "NASA Picks SpaceX, Blue Origin and More …", "NASA’s commercial moon shot: Musk's and Bezos's
  // firms to bid": a public body's dealings with firms the headline speaks of are the firms' story.
  if (c.publicBodies && (FIRMS.test(c.title) || ranked.some((r) => r !== top && r.inTitle) || namesKnownCompany(c.title))) return undefined;
  // "Amazon, Macmillan make peace …" over "Book publishing giant Macmillan announced a settlement
  // with Amazon": of two companies the headline joins, the one the lead names first and the text
  // uses as a company twice as often (and at least twice) is the actor; otherwise neither is.
  if (top.shared) {
    const other = ranked.find((r) => r !== top && r.shared);
    if (!top.leads || (top.cues ?? 0) < 2 || (top.cues ?? 0) < 2 * (other?.cues ?? 0)) return undefined;
  }
  // "NASA adds five companies to …", "NASA has picked SpaceX, Blue Origin and three other
  // companies": a story whose headline or first sentence is about several companies has no one
  // subject unless its headline names it.
  const opening = sentences(c.excerpt ?? c.paragraphs.find(isProse) ?? '')[0] ?? '';
  if (!top.inTitle && (SEVERAL_COMPANIES.test(c.title) || SEVERAL_COMPANIES.test(opening))) return undefined;
  return top.name;
}
