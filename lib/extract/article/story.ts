import { typesOf } from '../json-ld';
import { firstMeta } from '../meta';
import type { Metadata } from '../metadata';
import { type Dateline, dateline } from './dateline';
import { type Headline, headline } from './headline';
import { storyParagraphs, storyRoot } from './paragraphs';
import { parselyPage, urlDate, visibleDate } from './published';
import { BLOG_HOST, hostLabel } from './site-title';

/** What the page shows of a story, read once and shared by the kind decision and the article's facts. */
export interface Story {
  headline?: Headline;
  /** The date shown beside the headline. */
  shownDate?: string;
  paragraphs: string[];
  /** The element that holds the story. */
  root?: Element;
  dateline?: Dateline;
  siteNames: Array<string | undefined>;
}

/** The address a story says it has when it was opened from disk or a mirror; else the one it was opened from. */
export function storyAddress(url: URL, md: Metadata): URL {
  if (/^https?:$/.test(url.protocol)) return url;
  for (const claimed of [md.canonicalUrl, firstMeta(md.meta, 'og:url')]) {
    if (!claimed || !/^https?:\/\//i.test(claimed.trim())) continue;
    try {
      return new URL(claimed.trim());
    } catch {
      continue;
    }
  }
  return url;
}

export function readStory(doc: Document, url: URL, md: Metadata, ldHeadline: string | undefined, ldPublisher: string | undefined): Story {
  // An `application-name` of many words is the page's headline or title ("Samsung shares plummet
  // over … | ZDNet"), not the site's name: read as one, it would hide the story's own company.
  const appName = firstMeta(md.meta, 'application-name');
  const siteNames = [md.siteName, ldPublisher, appName && appName.split(/\s+/).length <= 5 ? appName : undefined, hostLabel(url.hostname)];
  const head = headline(
    doc,
    // (Parse.ly's page tag keeps the headline a social or search title rewrote.)
    [firstMeta(md.meta, 'og:title', 'twitter:title'), ldHeadline, doc.title, parselyPage(md.meta, 'title')],
    ldHeadline,
    siteNames,
    url.hostname,
  );
  const paragraphs = storyParagraphs(doc, head?.el);
  const root = storyRoot(doc, head?.el);
  return {
    headline: head,
    shownDate: head?.el ? visibleDate(doc, head.el) : undefined,
    paragraphs,
    root,
    dateline: dateline(paragraphs),
    siteNames,
  };
}

/**
 * The story's headline, block and paragraphs from the page alone (no JSON-LD), for the
 * Readability step: it runs as its own script, with the document and nothing else.
 */
export function storyFrame(doc: Document): { headline?: Headline; root?: Element; paragraphs: string[] } {
  const meta = (key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;
  const hostname = /^https?:/.test(doc.URL) ? new URL(doc.URL).hostname : '';
  const siteNames = [meta('og:site_name'), hostname ? hostLabel(hostname) : undefined];
  const head = headline(doc, [meta('og:title'), doc.title], undefined, siteNames, hostname);
  return { headline: head, root: storyRoot(doc, head?.el), paragraphs: storyParagraphs(doc, head?.el) };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export const NEWS_PATH =
  /\/(news|nachrichten|press|presse|pressemitteilungen?|press-releases?|newsroom|media|medien|blog|blogs|insights|stories|articles?|artikel|actualites|actualités|nieuws|noticias|notizie|info)(\/|-|$)/i;

/**
 * Is this page one story (news, a blog post, a press release) rather than a company's page?
 * Article JSON-LD or `article:published_time` say so. `og:type` "article" alone does not: site
 * builders set it on every page (an About page, a team page), so it needs a date or a byline
 * beside it. Without metadata (`og:type` "website" on a press release), the page's structure
 * decides: a press release's dateline, or a headline with its date beside it on a news path or in
 * an `article`, or a headline on an address filed under a date.
 */
export function isArticlePage(s: {
  story: Story;
  md: Metadata;
  url: URL;
  articleLd: boolean;
  byline: () => boolean;
  /** An undated guide or post, weighed on the page's cues against an offering's (./guide.ts). */
  post?: () => boolean;
}): boolean {
  const { story, md, url } = s;
  const types = new Set(md.ld.nodes.flatMap(typesOf));
  // A shop's product page (Product JSON-LD, og:type product) is the company's page whatever
  // dates its platform stamps on it (WooCommerce sets article:published_time on products).
  if (!s.articleLd && (types.has('Product') || /^product\b/.test(md.ogType ?? ''))) return false;
  // A site that types its posts as Article types a plain page as WebPage: such a page is a story
  // only when it shows one (a date beside the headline, a byline, an address filed under a date).
  // (Older Yoast typed posts as WebPage too, with their author as a Person, and files them under the blog.)
  const plainPage = !s.articleLd && !types.has('Person') && [...types].some((t) => PAGE_TYPES.test(t));
  if (plainPage && !NEWS_PATH.test(url.pathname) && !POST_PATH.test(url.pathname))
    return (
      !!story.headline?.el &&
      (!!story.shownDate || !!urlDate(url) || !!story.dateline?.date || !!story.dateline?.release || s.byline() || !!s.post?.())
    );
  if (s.articleLd || md.meta.has('article:published_time')) return true;
  // Four words, or (in Japanese and Chinese, written without spaces) ten characters.
  const text = story.headline?.text ?? '';
  // Words in the headline shown on the page (none when the page shows no headline).
  const words = story.headline?.el ? text.split(/\s+/).length : 0;
  const headed = words >= 4 || (!!story.headline?.el && (text.length >= 20 || (CJK.test(text) && text.length >= 10)));
  const dated = !!(md.publishedAt || story.shownDate || urlDate(url));
  // A story without a date on the page ("1h ago") still reads as one: a long headline over
  // paragraphs of text. An About or team page has a short headline ("About OpenSesame").
  const long = (n: number) => story.paragraphs.reduce((sum, p) => sum + p.length, 0) >= n;
  const told = words >= 6 && long(800);
  // og:type "article" over a long text is a story even undated and under a short headline ("History
  // of coffee"); site builders that stamp it on every page also type their pages (WebPage, above).
  // A long headline over a long text filed under the news (autohaus.de's /nachrichten/…, its date
  // set beside a label we do not read) is a story; so is one og:type "article" calls so (eurailpress.de).
  const filed = headed && NEWS_PATH.test(url.pathname);
  if (filed && (told || md.ogType === 'article')) return true;
  if (md.ogType === 'article') return dated || !!story.dateline || told || s.byline() || (words >= 2 && long(2_500)) || !!s.post?.();
  if (story.dateline && headed) return true;
  // (A blog's own subdomain files every page under the blog: blog.airbnb.com/a-party-of-…)
  if (
    headed &&
    story.shownDate &&
    (NEWS_PATH.test(url.pathname) || BLOG_HOST.test(url.hostname) || !!story.headline?.el?.closest('article') || s.byline())
  )
    return true;
  // A dated page whose body is a long text under a long headline: a story whatever its og:type.
  if (headed && dated && told) return true;
  if (headed && !!urlDate(url)) return true;
  // Over a story's worth of text (one reading of the length for the three):
  // - an undated post filed under the blog ("/blog/how-much-to-tip", "/articles/local-trails"): a
  //   headline over a long text there is one post, not the company's page;
  // - `news_keywords`, the tag news publishers write for news search, under a headline the page
  //   shows: a story, though the page prints its date nowhere we read (an old DW page keeps it in a
  //   facts box);
  // - filed under a full date ("/diabetes/news/20130606/fda-mulls-…", a blog's
  //   "/archives/2025/12/16/vibe_coding.html"): a story, though the page shows its headline in no
  //   heading we recognise. A company files its own pages under no day.
  if (long(1_500) && ((!!story.headline?.el && (POST_PATH.test(url.pathname) || md.meta.has('news_keywords'))) || !!urlDate(url)))
    return true;
  // A blog's folder holds nothing but posts ("/blog/…", a company's "/ldtblog/…"): a headline of
  // four words over a short post's worth of text there is one.
  if (headed && !!story.headline?.el && BLOG_POST_PATH.test(url.pathname) && long(800)) return true;
  // Undated, unfiled: a long guide or post on a site's own pages, when its cues outweigh an offering's.
  return !!s.post?.();
}

/** The schema.org types a site gives a page that is not a post. */
const PAGE_TYPES = /^(?:Web|Item|About|Contact|Collection|Checkout|SearchResults)Page$/;

/** A post's own slug of at least three words, after its section's folder (and any folders below it). */
const POST_SLUG = String.raw`\/(?:[^/]+\/)*[^/]*\p{L}+-\p{L}+-[^/]+\/?$`;

/** A post's address: a blog or articles section, then the post's own slug. */
export const POST_PATH = new RegExp(
  String.raw`\/(?:blogs?|articles?|posts?|stories|insights|guides?|resources?|resource-center|advice|tips|b)` + POST_SLUG,
  'iu',
);

/** A post's address in a blog's own folder ("/blog/…", "/engineeringblog/…", "/weblog/…"). */
const BLOG_POST_PATH = new RegExp(String.raw`\/[\p{L}\d]*blogs?` + POST_SLUG, 'iu');
