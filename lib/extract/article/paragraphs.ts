import { cleanLine } from '../clean';
import { pageText } from '../text';
import { chromeTester } from './chrome';

/**
 * The story's paragraphs as the reader reads them: the `p` elements of the story's container
 * (the headline's `article` or `main`, else the page's), without page furniture. Lines a `<br>`
 * breaks stay apart ("BAAR, SWITZERLAND<br>" above the lead is a dateline of its own). Used to
 * read a press release's dateline, quotes and "About X" text, and who a story is about.
 */
export function storyParagraphs(doc: Document, headlineEl: Element | undefined, max = 120): string[] {
  const root = storyRoot(doc, headlineEl);
  if (!root) return [];
  const out: string[] = [];
  const chrome = chromeTester();
  for (const p of Array.from(root.querySelectorAll('p')).slice(0, max * 2)) {
    if (chrome(p) || isTeaser(p)) continue;
    for (const line of linesOf(p)) out.push(line);
    if (out.length >= max) break;
  }
  const long = out.filter((p) => p.length >= 80).length;
  if (long >= 4) return out;
  // Some sites set their stories as text and <br>s in a <div> (MacRumors, Apple's 2015 releases
  // under an h1.title, with a few `p`s of legal lines below): the text's lines then, when they
  // are more of the story than the `p`s are.
  const block = headlineEl ? textBlock(headlineEl) : undefined;
  const lines = (block ? (pageText(doc, 100_000, { root: block }) ?? '') : '')
    .split('\n')
    .filter((l) => l.length >= 60 && !l.startsWith(headlineEl?.textContent?.trim().slice(0, 30) ?? '\u0000'));
  if (long >= 2 && chars(lines) < 2 * chars(out)) return out;
  return lines.length > out.length ? lines.slice(0, max) : out;
}

/**
 * The short items of the story's lists: a release names its speakers or contacts as a list
 * ("<li>Ulrich Lilie, Präsident der Diakonie Deutschland</li>": fresh31-diakonie). Only items with
 * no list inside, without furniture, one line each; read for the people a story names, nothing else.
 */
export function storyListLines(root: Element | undefined, max = 40): string[] {
  if (!root) return [];
  const chrome = chromeTester();
  const out: string[] = [];
  for (const li of Array.from(root.querySelectorAll('li')).slice(0, 400)) {
    if (li.querySelector('ul, ol') || li.closest('nav, header, footer') || chrome(li)) continue;
    const line = cleanLine(li.textContent, 300);
    if (line && line.length >= 10 && line.length <= 200) out.push(line);
    if (out.length >= max) break;
  }
  return out;
}

const chars = (lines: string[]) => lines.reduce((n, l) => n + l.length, 0);

/** The element that holds the story: the headline's `article` or `main`, else its nearest block of paragraphs. */
export function storyRoot(doc: Document, headlineEl: Element | undefined): Element | undefined {
  return (
    headlineEl?.closest('article, main, [role="main"]') ??
    storyBlock(doc, headlineEl) ??
    doc.querySelector('article') ??
    doc.querySelector('main, [role="main"]') ??
    doc.body ??
    undefined
  );
}

/** The story's paragraphs whole, as elements, without furniture or teasers. */
export function paragraphElements(root: Element, max = 200): Element[] {
  const chrome = chromeTester();
  return Array.from(root.querySelectorAll('p'))
    .slice(0, max)
    .filter((p) => !chrome(p) && !isTeaser(p));
}

/**
 * A teaser's blurb: a paragraph in a small card whose heading is a link to another story
 * ("A US Trustee wants troubled fintech Synapse …" under the story). The story's own body is a
 * long block, so a linked heading somewhere in it does not make its paragraphs teasers.
 */
export function isTeaser(p: Element): boolean {
  let el = p.parentElement;
  for (let level = 0; el && level < 3; level++, el = el.parentElement) {
    if (el.tagName === 'ARTICLE' || el.tagName === 'MAIN' || el.tagName === 'BODY' || el.childElementCount > 8) return false;
    if (el.querySelector('h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4') && (el.textContent ?? '').length < 1_500)
      return true;
  }
  return false;
}

/** The headline's nearest ancestor that holds a story's worth of text. */
function textBlock(headlineEl: Element): Element | undefined {
  let el = headlineEl.parentElement;
  // (A `header` holds the headline, its date and its issuer, never the text: PR TIMES sets its
  // release as text and <br>s in a block beside it.)
  for (let level = 0; el && level < 5; level++, el = el.parentElement)
    if (el.tagName !== 'HEADER' && (el.textContent ?? '').length > 800) return el;
  return undefined;
}

/**
 * Without `article` or `main`: the headline's nearest ancestor that holds the story's paragraphs.
 * Paragraphs of prose, when a nearer block holds only short ones: an old newswire page sets its
 * menus as `p` elements beside the headline ("Home", "World » More") and the story a block further up.
 */
function storyBlock(doc: Document, headlineEl: Element | undefined): Element | undefined {
  let el = headlineEl?.parentElement;
  let first: Element | undefined;
  for (let level = 0; el && level < 6; level++, el = el.parentElement) {
    if (el.querySelectorAll('p').length < 3) continue;
    first ??= el;
    if (holdsProse(el)) return el;
  }
  // A headline set in a hero banner, the text in a block of its own further down: the block the
  // page names as the story's body, when it holds prose.
  const body = headlineEl ? doc.querySelector(STORY_BODY) : undefined;
  return body && holdsProse(body) ? body : first;
}

const holdsProse = (el: Element) =>
  Array.from(el.querySelectorAll('p')).filter((p) => (p.textContent ?? '').trim().length >= 80).length >= 2;

/** The names pages and publishing systems give a story's body. */
const STORY_BODY = '[itemprop~="articleBody" i],.article-body,.articleBody,.article-content,.entry-content,.post-content,.story-body';

/** A paragraph's text split at its `<br>`s; blank lines dropped. */
function linesOf(p: Element): string[] {
  const lines: string[] = [''];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) lines[lines.length - 1] += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') lines.push('');
        else if (tag !== 'SCRIPT' && tag !== 'STYLE') walk(child);
      }
    }
  };
  walk(p);
  return lines.map((l) => cleanLine(l, 5_000)).filter((l): l is string => !!l);
}
