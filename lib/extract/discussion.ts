import { ARTICLE_TYPES, isType } from './json-ld';
import type { Metadata } from './metadata';

/**
 * Is this page a discussion: a forum thread, a question with its answers, a community post?
 * Such a page is none of the kinds Rapport researches (`other`): it is not the company's own
 * page, nor a story about it, even when it sits on the company's community site and carries a
 * title, a date and an author like a story does. Only the marks forum software leaves are trusted
 * (its schema.org types, its generator, its markup, its thread addresses), never the words.
 */
export function isDiscussionPage(doc: Document, url: URL, md: Metadata): boolean {
  const nodes = md.ld.nodes;
  const story = nodes.some((n) => isType(n, ARTICLE_TYPES));
  if (!story && nodes.some((n) => isType(n, DISCUSSION_TYPES))) return true;
  const root = doc.documentElement;
  const main = doc.querySelector('[itemtype]');
  if (main && DISCUSSION_ITEMTYPE.test(main.getAttribute('itemtype') ?? '')) return true;
  const generator = md.meta.get('generator') ?? '';
  if (FORUM_GENERATOR.test(generator)) return true;
  if (
    root?.id === 'XF' ||
    doc.body?.id === 'phpbb' ||
    // Hoop.la marks its thread pages so.
    doc.body?.id === 'forumTopicPage' ||
    md.meta.has('discourse_theme_id') ||
    md.meta.has('discourse_current_homepage')
  ) {
    return true;
  }
  // WordPress names the body after the post type shown: bbPress (and forum plugins like it) keep
  // threads as `topic` and boards as `forum` posts ("single-topic", "forum-template-default").
  if (WORDPRESS_FORUM_BODY.test(doc.body?.getAttribute('class') ?? '')) return true;
  return THREAD_PATH.some((re) => re.test(url.pathname + url.search));
}

const WORDPRESS_FORUM_BODY = /(?:^|\s)(?:bbpress|single-(?:topic|forum|reply)|(?:topic|forum|reply)-template-default)(?:\s|$)/;

const DISCUSSION_TYPES = new Set(['DiscussionForumPosting', 'QAPage']);

/** Stack Exchange and others mark the page (or its first item) up as a question page or a forum post. */
const DISCUSSION_ITEMTYPE = /schema\.org\/(?:QAPage|DiscussionForumPosting)\b/i;

const FORUM_GENERATOR =
  /\b(?:discourse|xenforo|vbulletin|phpbb|mybb|nodebb|flarum|invision (?:community|power board)|vanilla|simple machines|smf \d|punbb|fluxbb|woltlab|burning board|lemmy)\b/i;

/** The addresses forum software gives a thread: specific enough that a company's own page never has them. */
const THREAD_PATH = [
  /\/viewtopic\.php\?/i, // phpBB
  /\/showthread\.php\?/i, // vBulletin
  /\/threads\/[^/]+\.\d+\/?/i, // XenForo: /threads/title.12345/
  /\/t\/[^/]+\/\d+\/?$/i, // Discourse: /t/title/12345
  /\/t\/\d+\/[^/]+/i, // JForum: /t/12345/title
  /\/(?:forums?|community|boards?|discussions?)\/(?:[^/?]+\/)*(?:topics?|threads?|showtopic)(?:\/|\.|$)/i, // a forum's topic or thread
  /\/questions\/\d+\/[^/]+/i, // Stack Exchange
  /\/comments\/[a-z0-9]{5,8}\/[^/]+/i, // Reddit
  /\/topic\/\d+(?:-[^/]+|\/[^/]+)/i, // Invision: /topic/123-title/, NodeBB: /topic/123/title
  /\/discussion\/\d+\/[^/]+/i, // Vanilla
  /\/thread-\d+(?:-[^/]*)?\.html$/i, // MyBB
  /[?&]topic=\d+\.\d+(?:&|$)/i, // Simple Machines: index.php?topic=589061.0
  /\/d\/\d+-[^/]+/i, // Flarum: /d/2068-title
];
