import { realDate } from './article/published';
import { Readability } from '@mozilla/readability';
import { cleanBlock, cleanLine } from './clean';
import { toIsoDate } from './dates';
import { pageText } from './text';
import { storyFrame } from './article/story';
import { readabilityMissedStory, storyText } from './article/story-text';

export interface Readable {
  text?: string;
  byline?: string;
  excerpt?: string;
  siteName?: string;
  publishedAt?: string;
  title?: string;
}

/** Past this many elements Readability's clone-and-score costs more than an article is worth. */
const MAX_ELEMENTS = 30_000;

/** Readability on a clone: it rewrites the document it is given, and the live page is the user's. */
export function readable(doc: Document, maxText = 200_000): Readable | undefined {
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS) return undefined;
  try {
    const clone = doc.cloneNode(true) as Document;
    dropPromos(clone);
    // The content as an element, not HTML: its text is read block by block (a paragraph's source
    // line breaks are spaces, paragraphs stay apart), where `textContent` runs paragraphs together.
    const article = new Readability<Node>(clone, { charThreshold: 300, serializer: (node) => node }).parse();
    if (!article) return undefined;
    const content = article.content && article.content.nodeType === 1 ? (article.content as Element) : undefined;
    // Paragraphs a paywall marks aria-hidden are the story all the same (TechRadar).
    let text =
      (content ? pageText(clone, maxText, { root: content, hiddenParagraphs: true }) : undefined) ??
      cleanBlock(article.textContent ?? undefined, maxText);
    // Readability sometimes reads the wrong block ("Search Query") or stops after the first
    // screen: then the story's own block, as the page holds it, is the text.
    const story = storyFrame(doc);
    if (text && readabilityMissedStory(text, story.paragraphs))
      text = storyText(doc, markedBody(doc, story.paragraphs) ?? story.root, story.headline?.el) ?? text;
    return {
      text: text && withoutMediaTeasers(text),
      byline: cleanLine(article.byline ?? undefined),
      excerpt: cleanLine(article.excerpt ?? undefined, 2_000),
      siteName: cleanLine(article.siteName ?? undefined),
      publishedAt: toIsoDate(realDate(article.publishedTime ?? undefined)),
      title: cleanLine(article.title ?? undefined, 2_000),
    };
  } catch {
    // Readability throws on some malformed documents; the metadata still stands.
    return undefined;
  }
}

/**
 * A media player's or photo viewer's label ends a line that is a teaser or a caption, not the story:
 * "Costco Recalls Frozen Berries Following Hepatitis Outbreak Watch Video", "… View Full Size".
 */
const MEDIA_LABEL =
  /(?:\b(?:watch|play) (?:the )?video|\bview full size|\bview (?:photo )?gallery|\bwatch now|\benlarge (?:this )?(?:image|photo))\s*$/i;

/** The text without media teasers and captions (short paragraphs ending in a player's label). */
export function withoutMediaTeasers(text: string): string {
  const kept = text.split(/\n{2,}/).filter((p) => !(p.length <= 240 && MEDIA_LABEL.test(p)));
  return kept.length ? kept.join('\n\n') : text;
}

/** Class or id words of page furniture that sits inside article bodies: promos, newsletters, "read also". */
const PROMO =
  /^(newsletter|subscribe|subscription|promo|promotion|related|signup|paywall|outbrain|taboola|recommended|recirculation|recirculator|recirc|sponsored|advert|advertisement|ads?|share|sharing|social|cta)$/i;
/** Markers of an inline "read also" link: the whole paragraph goes. */
const READ_ALSO = /^(lire-aussi|read-also|also-read|see-also|read-more|mehr-zum-thema|lesen-sie-auch)$/i;

function words(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.id}`
    .split(/\s+/)
    .flatMap((c) => [c, ...c.split(/[-_]+/)])
    .filter(Boolean);
}

function dropPromos(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected || el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') continue;
    const w = words(el);
    if (w.some((x) => READ_ALSO.test(x))) (el.closest('p, li, div') ?? el).remove();
    // A paragraph marked "paywall" is the story behind the wall (TechRadar), not a prompt.
    else if (w.some((x) => PROMO.test(x) && !(x.toLowerCase() === 'paywall' && el.tagName === 'P'))) el.remove();
  }
}

/**
 * The block the page itself marks as the story's body (`itemprop="articleBody"`), when it holds the
 * story's first long paragraph: narrower than the story's block, which also holds the share bar and
 * the link to the next story.
 */
export function markedBody(doc: Document, paragraphs: readonly string[]): Element | undefined {
  const first = paragraphs.find((p) => p.length >= 80)?.slice(0, 60);
  const body = doc.querySelector('[itemprop~="articleBody" i]');
  return first && body && (body.textContent ?? '').replace(/\s+/g, ' ').includes(first.replace(/\s+/g, ' ')) ? body : undefined;
}
