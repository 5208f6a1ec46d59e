import { httpUrlOf } from './clean';
import { linkedinCompanyUrl } from './facts';

/**
 * A company's profiles elsewhere, from the icon links its header and footer carry ("follow us")
 * or from JSON-LD `sameAs`. Only profile links count: share buttons (sharer.php, shareArticle,
 * intent/tweet), single posts, videos and tweets quoted as testimonials do not.
 */
const PROFILE_PATHS: Array<[RegExp, RegExp]> = [
  [/(^|\.)facebook\.com$/, /^\/(?!sharer|share|dialog|plugins|tr\b|login|events\/|photo|watch|groups\/[^/]+\/posts)[^/?#]+/i],
  [/(^|\.)(twitter|x)\.com$/, /^\/(?!intent|share|home|search|hashtag|i\/)[A-Za-z0-9_]{1,30}\/?$/],
  [/(^|\.)linkedin\.com$/, /^\/(company|school|showcase)\/[^/?#]+|^\/in\/[^/?#]+\/?$|^\/pub\/[^?#]+/i],
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
    return PROFILE_PATHS.some(([h, p]) => h.test(host) && p.test(u.pathname));
  } catch {
    return false;
  }
}

const SHARE = /share|sharer|intent\/|status\/|\/posts?\/|\/feed\/|\/p\/|\/watch\b|sign-?in|log-?in|oauth|openid|\bauth\b/i;

/**
 * The page's links to the company's profiles, in page order, each once. A network's link in a
 * team card or a testimonial is someone's own profile: only links outside such cards count,
 * and a personal LinkedIn profile only when it is the site's one (a one-person firm).
 */
export function socialLinks(doc: Document, base: URL): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const personal: string[] = [];
  // Old sites draw their icons as one image with an image map: its areas are links too.
  for (const a of Array.from(doc.querySelectorAll('a[href], area[href]')).slice(0, 3_000)) {
    const href = httpUrlOf(a.getAttribute('href'), base);
    if (!href) continue;
    const label = (a.getAttribute('aria-label') ?? a.getAttribute('title') ?? a.getAttribute('alt') ?? a.textContent ?? '').trim();
    let ok = isSocialProfile(href);
    // Mastodon lives on many hosts, and sites route "Discord" through their own address: a link
    // labelled with the network's name is the profile, if it is not a share button.
    if (!ok && NETWORK_LABEL.test(label) && !SHARE.test(href)) ok = true;
    if (!ok) continue;
    if (a.closest('blockquote, [class*="testimonial" i], [class*="quote" i]')) continue;
    const key = profileKey(href);
    if (seen.has(key)) continue;
    seen.add(key);
    if (/linkedin\.com\/(in|pub)\//i.test(href)) {
      personal.push(href);
      continue;
    }
    out.push(href);
  }
  // A personal profile stands for the company only on a site that has no company page and
  // links one person (a freelancer's or founder's site), not on a team page listing many.
  if (personal.length === 1 && !out.some((h) => linkedinCompanyUrl(h))) out.push(personal[0]!);
  return out.slice(0, 30);
}

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

/** Profiles from JSON-LD `sameAs`, without the encyclopedia and map entries it often lists beside them. */
export function socialsFromSameAs(sameAs: readonly string[]): string[] {
  return sameAs.filter(
    (h) =>
      !/^https?:\/\/([a-z-]+\.)*(wikipedia\.org|wikidata\.org|wikimedia\.org|goo\.gl|maps\.app\.goo\.gl)\/|google\.[a-z.]+\/maps/i.test(h),
  );
}
