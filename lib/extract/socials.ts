import { httpUrlOf } from './clean';

/**
 * A company's profiles elsewhere, from the icon links its header and footer carry ("follow us")
 * or from JSON-LD `sameAs`. Only profile links count: share buttons (sharer.php, shareArticle,
 * intent/tweet), single posts, videos and tweets quoted as testimonials do not.
 */
const PROFILE_PATHS: Array<[RegExp, RegExp]> = [
  [/(^|\.)facebook\.com$/, /^\/(?!sharer|share|dialog|plugins|tr\b|login|events\/|photo|media\/|watch|groups\/[^/]+\/posts)[^/?#]+/i],
  [/(^|\.)(twitter|x)\.com$/, /^\/(?!intent|share|home|search|hashtag|i\/)[A-Za-z0-9_]{1,30}\/?$/],
  [/(^|\.)linkedin\.com$/, /^\/(company|companies|school|showcase)\/[^/?#]+|^\/in\/[^/?#]+\/?$|^\/pub\/[^?#]+/i],
  [/(^|\.)youtube\.com$/, /^\/(user|c|channel)\/[^/]+|^\/@[^/]+|^\/(?!watch|embed|playlist|results|shorts|redirect)[A-Za-z0-9_-]{3,}\/?$/i],
  [/(^|\.)instagram\.com$/, /^\/(?!p\/|reel\/|explore|accounts)[A-Za-z0-9_.]{2,}\/?$/],
  [/(^|\.)pinterest\.[a-z.]+$/, /^\/(?!pin\/)[A-Za-z0-9_]{2,}\/?$/],
  [/(^|\.)tiktok\.com$/, /^\/@[^/]+\/?$/],
  [/(^|\.)github\.com$/, /^\/(?!login|features|about|sponsors)[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?\/?$/],
  [/^plus\.google\.com$/, /^\/./],
  [/(^|\.)xing\.com$/, /^\/(pages|companies|company|profile)\/[^/]+/i],
  [/(^|\.)vimeo\.com$/, /^\/(?!\d+$)[A-Za-z0-9_]{2,}\/?$/],
  [/(^|\.)medium\.com$/, /^\/@?[A-Za-z0-9_.-]+\/?$/],
  [/(^|\.)flickr\.com$/, /^\/(photos|people)\/[^/]+\/?$/],
  [/(^|\.)threads\.net$/, /^\/@[^/]+\/?$/],
  [/^bsky\.app$/, /^\/profile\/[^/]+\/?$/],
  [/^(discord\.gg|discord\.com)$/, /^\/(invite\/)?[A-Za-z0-9-]+\/?$/],
  [/(^|\.)tumblr\.com$/, /^\/?$/],
];
/** Names of networks a link may carry as its label when its address is the site's own redirect. */
const NETWORK_LABEL =
  /^(facebook|twitter|x|linkedin|youtube|instagram|pinterest|tiktok|github|xing|vimeo|medium|mastodon|discord|threads|bluesky|flickr|tumblr)$/i;

/** Is this address a profile on a social network (not a share button or a single post)? */
export function isSocialProfile(href: string): boolean {
  try {
    const u = new URL(href);
    const host = u.hostname.toLowerCase();
    // "twitter.com/#!/acme": the address of a profile before 2012, its path after the hashbang.
    const path = u.pathname === '/' && /^#(?:!|%21)\//.test(u.hash) ? u.hash.replace(/^#(?:!|%21)/, '') : u.pathname;
    return PROFILE_PATHS.some(([h, p]) => h.test(host) && p.test(path));
  } catch {
    return false;
  }
}

// A share button's address carries the page to share: "twitter.com/home?status=…", "pinterest.com/pin/create/button/?url=…".
const SHARE =
  /share|sharer|intent\/|status\/|\/posts?\/|\/feed\/|\/p\/|\/watch\b|sign-?in|log-?in|oauth|openid|\bauth\b|[?&](?:status|url|u|text|body)=|\/pin\/create\b/i;

/**
 * The page's links to the company's profiles, in page order, each once. A network's link in a
 * team card or a testimonial is someone's own profile: only links outside such cards count, and
 * never a person's LinkedIn profile (`/in/`, `/pub/`), which is that person's, not the company's
 * (see `personalProfileFor`). A "LinkedIn" icon pointing at the page itself ("#") is a placeholder.
 */
export function socialLinks(doc: Document, base: URL): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  // Old sites draw their icons as one image with an image map: its areas are links too.
  for (const a of Array.from(doc.querySelectorAll('a[href], area[href]')).slice(0, 3_000)) {
    const href = httpUrlOf(a.getAttribute('href'), base);
    if (!href) continue;
    const label = (a.getAttribute('aria-label') ?? a.getAttribute('title') ?? a.getAttribute('alt') ?? a.textContent ?? '').trim();
    let ok = isSocialProfile(href);
    // Mastodon lives on many hosts, and sites route "Discord" through their own address: a link
    // labelled with the network's name is the profile, if it is not a share button nor the page itself.
    if (!ok && NETWORK_LABEL.test(label) && !SHARE.test(href) && !samePage(href, base)) ok = true;
    if (!ok) continue;
    // Not the body's own classes: a theme names its quote style there ("iceberg-blockquote-style-1",
    // fresh16-icebergwebdesign), which would hide every link on the page.
    const quote = a.closest('blockquote, [class*="testimonial" i], [class*="quote" i]');
    if (quote && quote !== doc.body) continue;
    // rel=author (as an attribute, or in the address Google+ asked for) marks the writer's own profile.
    if (/\bauthor\b/i.test(a.getAttribute('rel') ?? '') || /[?&]rel=author\b/i.test(href)) continue;
    if (PERSONAL_LINKEDIN.test(href)) continue;
    const key = profileKey(href);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(href);
  }
  return out.slice(0, 30);
}

const PERSONAL_LINKEDIN = /linkedin\.com\/(in|pub)\//i;

/** The page's own address, with or without a fragment: an icon not linked yet. */
function samePage(href: string, base: URL): boolean {
  try {
    const u = new URL(href);
    return u.origin === base.origin && u.pathname === base.pathname && u.search === base.search;
  } catch {
    return false;
  }
}

/**
 * The LinkedIn profile on the page whose address spells this person's name
 * ("/in/robin-maume/", "/pub/michael-birbari/28/108/962" for Michael Birbari), normalised to
 * www.linkedin.com: a founder's or adviser's link in the footer or beside a contact block.
 */
export function personalProfileFor(doc: Document, base: URL, name: string): string | undefined {
  return profileForName(personalProfileLinks(doc, base), name);
}

/**
 * The personal LinkedIn links on a page, absolute: what the company-details script hands the
 * background with its reading, so that people named in the page's sentences (read there,
 * lib/extract/company-prose.ts) get their profile as the page's cards do.
 */
export function personalProfileLinks(doc: Document, base: URL): string[] {
  return Array.from(doc.querySelectorAll('a[href*="linkedin.com/in/" i], a[href*="linkedin.com/pub/" i]'))
    .slice(0, 200)
    .map((a) => httpUrlOf(a.getAttribute('href'), base))
    .filter((h): h is string => !!h && h.length <= 2_000);
}

/** Of these links, the one whose address spells the person's first and last names. */
export function profileForName(links: readonly string[], name: string): string | undefined {
  const words = fold(name)
    .replace(/\b(dr|prof|mr|mrs|ms)\b\.?/g, '')
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 2);
  if (words.length < 2) return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  for (const href of links) {
    const m = /linkedin\.com\/(in|pub)\/([^/?#]+)(\/[^?#]*)?/i.exec(href);
    if (!m) continue;
    let slug: string;
    try {
      slug = fold(decodeURIComponent(m[2]!)).replace(/[^a-z]/g, '');
    } catch {
      continue; // a malformed escape ("%E9" alone) spells no name
    }
    if (slug.includes(first) && slug.includes(last)) return `https://www.linkedin.com/${m[1]!.toLowerCase()}/${m[2]}${m[3] ?? '/'}`;
  }
  return undefined;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** One key per profile: scheme, `www.`, country subdomains, case and trailing slash aside. */
function profileKey(href: string): string {
  try {
    const u = new URL(href);
    const host = u.hostname.toLowerCase().replace(/^(www|[a-z]{2}(-[a-z]{2})?|m|mobile)\./, '');
    return `${host}${u.pathname.replace(/\/+$/, '').toLowerCase()}`;
  } catch {
    return href;
  }
}

/**
 * Profiles from JSON-LD `sameAs`, without the encyclopedia and map entries it often lists beside
 * them, nor a network's bare address: an SEO plugin left with its defaults writes
 * "https://facebook.com/", "https://linkedin.com/in/" (fresh16-damcogroup), no one's profile.
 */
export function socialsFromSameAs(sameAs: readonly string[]): string[] {
  return sameAs.filter(
    (h) =>
      !/^https?:\/\/([a-z-]+\.)*(wikipedia\.org|wikidata\.org|wikimedia\.org|goo\.gl|maps\.app\.goo\.gl)\/|google\.[a-z.]+\/maps/i.test(
        h,
      ) && !/:\/\/[^/]+\/(in\/)?$/.test(h),
  );
}
