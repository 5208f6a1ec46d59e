import { pageText } from '../text';
import { isFurniture } from './chrome';
import { isTeaser } from './paragraphs';

/**
 * The story's own text: the block that holds it, read block by block without its furniture
 * (share bars, related stories, newsletter boxes, captions). What the clipper keeps before
 * Readability runs, and what stands when Readability stops early or picks the wrong block
 * (a "Search Query" box, the first screen of a long story).
 */
export function storyText(doc: Document, root: Element | undefined, headlineEl: Element | undefined): string | undefined {
  if (!root || root.tagName === 'BODY') return undefined;
  return pageText(doc, 200_000, {
    root,
    skipEl: (el) => el === headlineEl || isFurniture(el, undefined, false) || (el.tagName === 'P' && isTeaser(el)),
  });
}

/**
 * Readability's text, unless it plainly left the story out: most of the story's paragraphs (its
 * `p` elements of some length) are not in it — it stopped after the first screen, or read a
 * search box. Then the story block's own text stands.
 */
export function readabilityMissedStory(readable: string, paragraphs: readonly string[]): boolean {
  const long = paragraphs.filter((p) => p.length >= 80);
  const total = long.reduce((n, p) => n + p.length, 0);
  if (long.length < 2 || !total) return false;
  const text = squeeze(readable);
  const covered = long.filter((p) => text.includes(squeeze(p).slice(0, 100))).reduce((n, p) => n + p.length, 0);
  return covered < 0.7 * total;
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
