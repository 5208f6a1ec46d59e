import type { PostEntry } from '../schema/page-extraction';
import { cleanBlock, cleanLine } from './clean';
import { prune } from '../objects';
import { foldWords } from '../text/fold';
import { activityDate, POST_AGE } from './linkedin-post-dates';
import { postColleagues } from './post-colleagues';

/**
 * The person's own posts on a LinkedIn profile: the Activity card and the Featured card of the
 * 2025-2026 ("SDUI") profile, and the feed of an activity page (`/in/<id>/recent-activity/`, the
 * 2020-2024 `.feed-shared-update-v2` markup and the SDUI list). A feed shows other people's posts
 * too (what they reposted, liked or commented on): a post is theirs only when every cue the page
 * gives agrees — the author's name is the profile's name, the author's link is the profile's
 * address when it has one, the post menu's "post by X" names them, and no header says they only
 * "reposted" or "liked" it. When a cue is missing the others must still agree; when one
 * disagrees, the post is left out.
 */
export interface PostOwner {
  /** The profile's name, as its top card shows it. */
  name?: string;
  /** The profile's public id, from its address ("adivirsingh13"). */
  publicId?: string;
}

const MAX_POSTS = 10;
/** About 400 characters: a hook quotes a sentence of it, never the whole post. */
const MAX_TEXT = 400;

/** A link to a post: its activity, or its slug ("/posts/mira-olsen_…"); a company's posts tab is no post. */
const POST_LINK = 'a[href*="/feed/update/urn:li:activity:"], a[href*="/posts/"]:not([href*="/company/"])';

const CARD = (name: string) => `[componentkey^="com.linkedin.sdui.profile.card"][componentkey$="${name}"]`;

/** A header that says the person only passed someone else's post along ("Adi Singh reposted this"). */
const NOT_THEIRS =
  /\b(reposted this|reshared this|shared this|likes? this|liked this|loves? this|celebrates? this|supports? this|finds? this \w+|commented on this|replied|hat (?:dies|das) (?:geteilt|repostet|kommentiert)|gefällt das|a republié (?:ceci|cela)|a commenté|aime (?:ceci|cela)|ha (?:ripubblicato|diffuso|condiviso|commentato)|ha compartido|ha comentado)(?:\s+(?:questo|questa|post|ceci|cela|dies|esto|beitrag))*\s*$/i;

/** The feed's counts and buttons, never part of what they wrote. */
const SOCIAL =
  /^(?:[\d.,]+\s*(?:k|m)?\s*(?:reactions?|comments?|reposts?|likes?|shares?|views?|impressions?)|[\d.,]+\s*·\s*[\d.,]+\s*comments?|.+ and [\d.,]+ others?(?: reacted)?|like|comment|repost|send|share|follow|show translation|see translation|…\s*more|\.\.\.\s*more|see more|see less)$/i;

export function linkedinPosts(doc: Document, base: URL, owner: PostOwner): PostEntry[] | undefined {
  if (!owner.name && !owner.publicId) return undefined;
  const out: PostEntry[] = [];
  const seen = new Set<string>();
  const add = (p: PostEntry | undefined) => {
    if (!p) return;
    const key = p.url ?? p.text.slice(0, 80);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(p);
  };
  // The 2020-2024 activity page: one `.feed-shared-update-v2` per update.
  for (const u of Array.from(doc.querySelectorAll('.feed-shared-update-v2, [data-urn^="urn:li:activity:"]')).slice(0, 50)) {
    if (u.parentElement?.closest('.feed-shared-update-v2, [data-urn^="urn:li:activity:"]')) continue;
    add(legacyPost(u, base, owner));
  }
  // The SDUI profile's Activity card, or the SDUI activity page's list.
  const activity = doc.querySelector(CARD('Activity')) ?? (isActivityPage(base) ? doc.querySelector('main') : null);
  for (const item of listItems(activity)) add(sduiPost(item, base, owner));
  // The 2022-2024 profile's Activity card: "Name posted this • 1w" above each post's text.
  for (const li of profileActivityItems(doc)) add(profileActivityPost(li, base, owner));
  // Featured posts: the person chose them for their own profile, which shows them without an author.
  for (const item of listItems(doc.querySelector(CARD('Featured')))) add(featuredPost(item, base, owner));
  out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return out.length ? out.slice(0, MAX_POSTS) : undefined;
}

const isActivityPage = (url: URL) => /^\/in\/[^/]+\/(recent-activity|posts)\b/i.test(url.pathname);

function listItems(root: Element | null): Element[] {
  if (!root) return [];
  return Array.from(root.querySelectorAll('[role="listitem"]'))
    .filter((li) => !li.parentElement?.closest('[role="listitem"]'))
    .slice(0, 50);
}

/** Two names are one person's: same words, whatever the case, accents or a ", PhD" after them. */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  const n = (s: string | undefined) => foldWords(s?.split(/\s*[,|(]\s*/)[0]);
  return !!n(a) && n(a) === n(b);
}

/** The public id of a profile link, or undefined when the link is no profile ("/company/…"). */
function profileId(href: string | null | undefined): string | undefined {
  const m = /\/in\/([^/?#]+)/i.exec(href ?? '');
  return m ? decodeURIComponent(m[1]!).toLowerCase() : undefined;
}

/** The post's address without its tracking query, and its date when the activity id holds it. */
function postLink(root: Element, base: URL, before?: Element): { url?: string; date?: string } {
  const a = Array.from(root.querySelectorAll(POST_LINK)).find((x) => !before || !!(x.compareDocumentPosition(before) & 4));
  const urn = /urn:li:activity:(\d{15,22})/.exec(a?.getAttribute('href') ?? root.getAttribute('data-urn') ?? '');
  if (urn) return { url: `https://www.linkedin.com/feed/update/urn:li:activity:${urn[1]}/`, date: activityDate(urn[1]!) };
  try {
    const href = a?.getAttribute('href');
    if (!href) return {};
    const u = new URL(href, base);
    return /^https?:$/.test(u.protocol) ? { url: `${u.origin}${u.pathname}` } : {};
  } catch {
    return {};
  }
}

/** What they wrote: the text without buttons, hidden duplicates or "…more", `<br>` as line breaks, cut near 400 characters. */
export function postText(el: Element): string | undefined {
  const clone = el.cloneNode(true) as Element;
  for (const n of Array.from(clone.querySelectorAll('button, [aria-hidden="true"], .visually-hidden, .sr-only, script, style, svg')))
    n.remove();
  for (const br of Array.from(clone.querySelectorAll('br'))) br.replaceWith(el.ownerDocument.createTextNode('\n'));
  const lines = (cleanBlock(clone.textContent ?? '', 20_000) ?? '')
    .split('\n')
    .map((l) => l.replace(/\s*(?:…|\.\.\.)\s*(?:see )?more$/i, '').trim())
    .filter((l) => l && !SOCIAL.test(l));
  return cutText(lines.join('\n'));
}

/** At most about 400 characters, cut after a sentence or a word, with "…" when cut. */
function cutText(text: string): string | undefined {
  // Posts set words in bold or italic with mathematical letters ("𝗔𝗜 𝗶𝘀"): the reader reads plain letters.
  const t = cleanBlock(text.replace(/[\u{1D400}-\u{1D7FF}]/gu, (c) => c.normalize('NFKC')));
  // A bare link is no words of theirs.
  if (!t || !/[\p{L}\p{N}]{2}/u.test(t.replace(/\bhttps?:\/\/\S+/g, ''))) return undefined;
  if (t.length <= MAX_TEXT) return t;
  const head = t.slice(0, MAX_TEXT);
  const sentence = /^[\s\S]*[.!?](?=\s)/.exec(head)?.[0];
  const cut = sentence && sentence.length >= MAX_TEXT / 2 ? sentence : head.replace(/\s+\S*$/, '');
  return `${cut.trim()} …`;
}

// ---- SDUI (2025-2026) -------------------------------------------------------------------------

/**
 * One item of the Activity card: a header (the author's photo and name link, "• 2nd", their
 * headline, the age "3w •"), the commentary (linked to the post), the media, the counts and the
 * buttons. A repost opens with "X reposted this" and the original author's header.
 */
function sduiPost(item: Element, base: URL, owner: PostOwner): PostEntry | undefined {
  const ps = Array.from(item.querySelectorAll('p'));
  const firstLine = ps.map((p) => cleanLine(p.textContent)).find(Boolean);
  if (!firstLine || NOT_THEIRS.test(firstLine)) return undefined;
  // The menu names the post's author: "Open control menu for post by Adi Singh".
  const menu = item.querySelector('button[aria-label*="post by" i]')?.getAttribute('aria-label');
  const menuAuthor = /post by\s+(.+)$/i.exec(menu ?? '')?.[1];
  if (menuAuthor && !sameName(menuAuthor, owner.name)) return undefined;
  // The author's name is the first line, inside the link to their profile.
  const nameLink = ps[0]?.closest('a');
  const linkId = profileId(nameLink?.getAttribute('href'));
  if (!nameLink || /\/company\//.test(nameLink.getAttribute('href') ?? '')) return undefined;
  if (!sameName(firstLine, owner.name)) return undefined;
  if (owner.publicId && linkId && linkId !== owner.publicId.toLowerCase()) return undefined;
  const age = ps.map((p) => POST_AGE.exec(cleanLine(p.textContent) ?? '')?.[1]).find(Boolean);
  // Another author's header below theirs (a link around a name line): the original of a repost.
  // Only the words above it are theirs; with none, the repost says nothing of their own.
  const nested = Array.from(item.querySelectorAll('a[href*="/in/"], a[href*="/company/"]')).find(
    (a) => !a.contains(ps[0]!) && !!a.querySelector('p') && profileId(a.getAttribute('href')) !== (linkId ?? owner.publicId?.toLowerCase()),
  );
  const body = commentary(item, nested);
  const text = body ? postText(body) : undefined;
  if (!text) return undefined;
  const { url, date } = postLink(item, base, nested);
  return prune({ text, url, date, age, repost: nested ? true : undefined, colleagues: postColleagues(body!, owner.name) });
}

/** The commentary: the first text linked to the post that is not a count, in or around its link. */
function commentary(item: Element, before: Element | undefined): Element | undefined {
  const precedes = (el: Element) => !before || !!(el.compareDocumentPosition(before) & 4);
  const translatable = Array.from(item.querySelectorAll('[componentkey^="translation_translatable-commentary"]')).filter(precedes);
  const candidates: Element[] = translatable.length
    ? translatable
    : Array.from(item.querySelectorAll('a[href*="/feed/update/"], a[href*="/posts/"]:not([href*="/company/"])')).flatMap((a) => {
        const around: Array<Element | null | undefined> = [a.querySelector('p'), a.parentElement?.closest('p')];
        return around.filter((x): x is Element => !!x);
      });
  return candidates.filter(precedes).find((c) => {
    const t = cleanLine(c.textContent);
    return !!t && !SOCIAL.test(t) && !POST_AGE.test(t);
  });
}

/** A Featured "Post": its label, its text, "786 · 216 comments"; shown without an author. */
function featuredPost(item: Element, base: URL, owner: PostOwner): PostEntry | undefined {
  const { url, date } = postLink(item, base);
  if (!url) return undefined;
  const body = Array.from(item.querySelectorAll('p:not([role="button"])'))
    .filter((p) => !p.parentElement?.closest('p'))
    .map((p) => ({ p, t: cleanLine(p.textContent) ?? '' }))
    .filter(({ t }) => t && !SOCIAL.test(t))
    .sort((a, b) => b.t.length - a.t.length)[0]?.p;
  const text = body ? postText(body) : undefined;
  return text ? prune({ text, url, date, featured: true, colleagues: postColleagues(body!, owner.name) }) : undefined;
}

// ---- 2022-2024 profile Activity card ------------------------------------------------------------

/** The Activity card of the 2022-2024 signed-in profile: the section anchored `#content_collections`. */
function profileActivityItems(doc: Document): Element[] {
  const section = doc.getElementById('content_collections')?.closest('section');
  if (!section) return [];
  return Array.from(section.querySelectorAll('li'))
    .filter((li) => !li.parentElement?.closest('li'))
    .slice(0, 20);
}

/** "Maren Okafor-Lindqvist posted this • 1w": who did what, and when. */
const ACTIVITY_LINE =
  /^(.+?)\s+(posted this|shared this|reposted this|commented on (?:this|a post)|liked this|likes this|reacted to this|loves this|celebrates this|supports this|finds this \w+)\s*[•·]\s*(\S+)/i;

function profileActivityPost(li: Element, base: URL, owner: PostOwner): PostEntry | undefined {
  const line = Array.from(li.querySelectorAll('span, p'))
    .map((el) => ACTIVITY_LINE.exec(cleanLine(el.textContent) ?? ''))
    .find(Boolean);
  // Only what they posted: a repost, a like or a comment shows someone else's post.
  if (!line || !/^posted this$/i.test(line[2]!) || !sameName(line[1], owner.name)) return undefined;
  const body = li.querySelector('.update-components-text, .feed-shared-text, .feed-shared-update-v2__description');
  const text = body ? postText(body) : undefined;
  if (!text) return undefined;
  const { url, date } = postLink(li, base);
  return prune({ text, url, date, age: POST_AGE.exec(line[3]!)?.[1], colleagues: postColleagues(body!, owner.name) });
}

// ---- 2020-2024 activity pages -----------------------------------------------------------------

/**
 * `.feed-shared-update-v2`: an optional header (`.update-components-header`, "X reposted this"),
 * the actor (`.update-components-actor` / `.feed-shared-actor`: name, description, "2w • Edited"),
 * the commentary (`.update-components-text` / `.feed-shared-text`), and for a repost with their
 * words the original post nested below (`.update-components-mini-update-v2`,
 * `.feed-shared-mini-update-v2`, `.update-components-update-v2__content`), which is not theirs.
 */
function legacyPost(u: Element, base: URL, owner: PostOwner): PostEntry | undefined {
  const header = cleanLine(u.querySelector('.update-components-header, .feed-shared-header')?.textContent);
  if (header && NOT_THEIRS.test(header)) return undefined;
  const actor = u.querySelector('.update-components-actor, .feed-shared-actor');
  if (!actor) return undefined;
  const shown = (sel: string) => {
    const el = actor.querySelector(sel);
    return cleanLine((el?.querySelector('span[aria-hidden="true"]') ?? el)?.textContent);
  };
  const name = shown('.update-components-actor__name, .update-components-actor__title, .feed-shared-actor__name')?.replace(
    /\s*•\s*\S+$/,
    '',
  );
  if (!sameName(name, owner.name)) return undefined;
  const linkId = profileId(actor.querySelector('a[href*="/in/"]')?.getAttribute('href'));
  if (owner.publicId && linkId && linkId !== owner.publicId.toLowerCase()) return undefined;
  const menu = u.querySelector('button[aria-label*="post by" i]')?.getAttribute('aria-label');
  const menuAuthor = /post by\s+(.+)$/i.exec(menu ?? '')?.[1];
  if (menuAuthor && !sameName(menuAuthor, owner.name)) return undefined;
  const nested = u.querySelector('.update-components-mini-update-v2, .feed-shared-mini-update-v2, .update-components-update-v2__content');
  const body = Array.from(
    u.querySelectorAll(
      '.update-components-text, .feed-shared-text, .feed-shared-update-v2__description, .feed-shared-inline-show-more-text',
    ),
  ).find((el) => !nested?.contains(el));
  const text = body ? postText(body) : undefined;
  if (!text) return undefined;
  const age = POST_AGE.exec(shown('.update-components-actor__sub-description, .feed-shared-actor__sub-description') ?? '')?.[1];
  const { url, date } = postLink(u, base);
  return prune({ text, url, date, age, repost: nested ? true : undefined, colleagues: postColleagues(body!, owner.name) });
}
