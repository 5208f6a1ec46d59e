import { typesOf } from '../json-ld';
import type { Metadata } from '../metadata';
import { pageRole } from '../page-role';
import type { Story } from './story';

/**
 * Is this undated page a guide or a post (a long explainer on a company's, a university's or a
 * person's site: "History of coffee", "What is SEO?", "The scariest boot loader code") rather than
 * the company presenting what it sells? Length alone does not tell them apart: a service page has
 * long texts under its H1 too. So independent cues are weighed against each other. A post: a
 * continuous run of long paragraphs, question or how-to headings, a table of contents, a reading
 * time, a comments block, a date somewhere on the page, a headline that asks or teaches, the
 * page's title repeating its headline. An offering: calls to action (quote, demo, buy, book),
 * prices, forms to fill, offers in its JSON-LD. Only a clear margin makes it a post: in doubt the
 * page stays the company's.
 */
export function readsAsPost(doc: Document, story: Story, md: Metadata, url: URL): boolean {
  const head = story.headline;
  if (!head?.el) return false;
  // A page the address files as the company's own (its team, contact or careers page, its home)
  // stays the company's, however much it tells.
  if (['home', 'team', 'contact', 'careers'].includes(pageRole(url, md.title))) return false;
  const run = longestRun(story.paragraphs);
  // Below five long paragraphs in a row there is no story's body to weigh.
  if (run < 5) return false;
  const body = doc.body?.textContent ?? '';
  const root = story.root ?? doc.body;
  const headings = Array.from(root?.querySelectorAll('h2, h3') ?? []).map((h) => (h.textContent ?? '').trim());
  const title = (md.title ?? doc.title ?? '').toLowerCase();
  const post =
    // Twenty long paragraphs in a row are a long read; no product or service page in the measure ran past seventeen.
    (run >= 20 ? 3 : run >= 8 ? 2 : 1) +
    Number(headings.filter((h) => QUESTION.test(h)).length >= 2) +
    Number(Array.from(doc.querySelectorAll('[id], [class]')).some((el) => TOC.test(`${el.id} ${el.getAttribute('class') ?? ''}`))) +
    Number(READING_TIME.test(body)) +
    Number(!!doc.querySelector(COMMENTS)) +
    Number(SHOWN_DATE.test(body)) +
    Number(QUESTION.test(head.text) || TEACHING_HEADLINE.test(head.text)) +
    Number(!!title && title.includes(head.text.toLowerCase().slice(0, 40))) +
    Number(filedUnderReading(doc, url));
  const actions = Array.from(doc.querySelectorAll('a, button, input[type="submit"]')).filter((a) =>
    CALL_TO_ACTION.test(`${a.textContent ?? ''} ${a.getAttribute('value') ?? ''}`),
  ).length;
  const prices = (body.match(PRICE) ?? []).length;
  const forms = Array.from(doc.querySelectorAll('form')).filter(
    (f) => f.getAttribute('role') !== 'search' && f.querySelectorAll('input:not([type="hidden"]), textarea, select').length >= 3,
  ).length;
  const types = md.ld.nodes.flatMap(typesOf);
  const offering =
    Number(actions >= 5) +
    Number(actions >= 10) +
    Number(prices >= 5) +
    Number(prices >= 20) +
    Number(forms >= 1) +
    2 * Number(types.some((t) => OFFER_TYPES.test(t)));
  return post - offering >= 4;
}

/**
 * The page is filed under a section of things to read: a folder of its address
 * ("/recipes-and-coffee-hacks/…", "/college-advice/…") or an item of its breadcrumb trail before
 * the page's own (Home › Blog › …) names blogs, guides, advice, recipes or ideas. Where a site files
 * its page says what it is, as its own words do not: a service page is filed under services.
 */
function filedUnderReading(doc: Document, url: URL): boolean {
  const crumbs = Array.from(doc.querySelectorAll('[class*="breadcrumb" i] a, [aria-label*="breadcrumb" i] a'), (a) => a.textContent ?? '');
  return [...url.pathname.replace(/\/$/, '').split('/').slice(1, -1), ...crumbs].some((s) => READING_SECTION.test(s.trim()));
}

const READING_SECTION = /^(?:[\w-]*[-_ ])?(?:blogs?|advice|guides?|recipes|ideas|tips|hacks|how-?to|knowledge|articles)(?:[-_ ][\w-]*)?$/i;

/** The most paragraphs of 150 characters or more in a row (a short one between them does not break the run; a caption does). */
function longestRun(paragraphs: string[]): number {
  let run = 0;
  let best = 0;
  for (const p of paragraphs) {
    if (p.length >= 150) best = Math.max(best, ++run);
    else if (p.length < 60) run = 0;
  }
  return best;
}

const QUESTION = /\?$|^(?:how|why|what|when|where|who|which|is|are|can|should|do|does)\b/i;
/** A headline that teaches (besides one that asks, QUESTION). */
const TEACHING_HEADLINE =
  /^\d+\s|^(?:the )?(?:history|guide|introduction|beginner['’]?s guide)\b|\b(?:guide|tips|explained|defined|101|checklist|lessons)\b/i;
/** A table of contents' class or id, as a word ("toc", "ez-toc-container", "toc__section"), never inside another ("autocomplete"). */
const TOC = /(?:^|[\s_-])toc(?:$|[\s_-])|table-?of-?contents/i;
const COMMENTS = '#comments, #respond, .comment-list, #disqus_thread, [class*="comments" i], [id*="comments" i]';
const READING_TIME = /\b\d+\s*min(?:ute)?s?\s+read\b/i;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SHOWN_DATE = new RegExp(
  `\\b${MONTH}\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d\\b|\\b\\d{1,2}\\s+${MONTH}\\.?,?\\s+(?:19|20)\\d\\d\\b`,
  'i',
);
const CALL_TO_ACTION =
  /\b(?:get (?:a )?quote|request (?:a )?(?:quote|demo|consultation)|free (?:quote|consultation|estimate|trial)|contact us|call (?:us|now|today)|book (?:now|a|an|your)|buy now|add to (?:cart|basket|bag)|shop now|order now|get started|schedule|sign up|learn more|enquire|inquire|start (?:your )?free)\b/i;
const PRICE = /[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|EUR|USD)/g;
/** JSON-LD a page puts on what it sells. */
const OFFER_TYPES = /^(?:Service|OfferCatalog|Offer|AggregateOffer|Product|ProductGroup|SoftwareApplication)$/;
