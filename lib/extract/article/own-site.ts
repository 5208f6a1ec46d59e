import { escapeRegExp } from '../../text/regexp';
import { cleanLine } from '../clean';
import { nameFromHost } from '../metadata';
import { withoutLegalForm } from './legal-form';
import { PRODUCT_WORD } from './product-word';
import { BLOG_HOST, hostLabel, squash, titleParts } from './site-title';

/**
 * Links a company's own site puts in its header and menus, and a news site does not: what it
 * sells, what it costs, how to buy it. Strong ones count two, ones a news site may also have
 * ("Careers", "Partners", "Industries" as a news section) one; three, one of them strong, make
 * the site the company's own, so a post on it is the company speaking about itself. A newspaper's
 * menus hold weak ones alone ("About Us", "Services" for its classifieds, "Jobs").
 */
const STRONG_NAV =
  /^(products?|solutions?|pricing|plans( ?& ?pricing)?|customer stories|case studies|clients|our work|work|platform|integrations|request a demo|book a demo|get a demo|free trial|start (a )?free trial|get started|contact sales|talk to sales|get in touch|let['’]s talk|work with us|hire us|produkte|lösungen|preise|leistungen|produits|tarifs|nos solutions|nos produits|productos|soluciones|precios|producten|oplossingen|prijzen|製品情報|製品|サービス|ソリューション|商品情報)$/i;
const WEAK_NAV =
  /^(services|customers|partners|careers|jobs|industries|investors|investor relations|about us|company|downloads?|support|karriere|unternehmen|über uns|carrières|entreprise|採用情報|会社概要)$/i;

/**
 * A publication's own sections in its menu: its subscription, its print edition, its politics and
 * opinion desks. No company's site has them, and a trade paper's menu may hold a company's words
 * besides (autohaus.de: "Preise" for its awards, "Jobs" for its job board).
 */
const PRESS_NAV = /^(abo|abonnement|e-?paper|politik|politics|opinion|meinungen?|feuilleton|leserbriefe)$/i;

export function companyNavigation(doc: Document): boolean {
  const seen = new Map<string, number>();
  const links = Array.from(doc.querySelectorAll('a')).slice(0, 1_500);
  let checked = 0;
  for (const a of links) {
    if (checked >= 40) break;
    // The text first (cheap), the place only for the few links that name such a thing.
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (!text || text.length >= 40) continue;
    if (PRESS_NAV.test(text) && inMenu(a)) return false;
    const weight = STRONG_NAV.test(text) ? 2 : WEAK_NAV.test(text) ? 1 : 0;
    if (!weight) continue;
    checked++;
    if (!inMenu(a)) continue;
    seen.set(text.replace(/s$/, ''), weight);
    if (enough(seen)) return true;
  }
  return menuLabels(doc, seen);
}

/**
 * Mega menus set their entries apart from plain links: "Product" and "Solutions" are dropdown
 * toggles (a `<p>` or `<span>` beside the panel, no link at all), and each link in the panel
 * holds its label and a line of description ("Careers" over "Build the future of …"). The short
 * texts of the header's menus, each read on its own, are the labels a visitor sees.
 */
function menuLabels(doc: Document, seen: Map<string, number>): boolean {
  const menus = Array.from(doc.querySelectorAll('header nav, header, nav')).filter((m) => !m.closest('footer'));
  const outer = menus.filter((m) => !menus.some((o) => o !== m && o.contains(m))).slice(0, 3);
  for (const menu of outer) {
    const all = menu.getElementsByTagName('*');
    for (let i = 0; i < all.length && i < 1_500; i++) {
      const el = all[i]!;
      if (!/^(P|SPAN|BUTTON|SUMMARY|DIV|A|LI|STRONG)$/.test(el.tagName)) continue;
      if (Array.from(el.children).some((c) => c.tagName !== 'svg' && c.tagName !== 'SVG' && c.tagName !== 'I' && c.tagName !== 'IMG'))
        continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
      if (!text || text.length >= 40) continue;
      const weight = STRONG_NAV.test(text) ? 2 : WEAK_NAV.test(text) ? 1 : 0;
      if (!weight) continue;
      seen.set(text.replace(/s$/, ''), weight);
      if (enough(seen)) return true;
    }
  }
  return false;
}

const enough = (seen: Map<string, number>) => {
  const weights = [...seen.values()];
  return weights.includes(2) && weights.reduce((x, y) => x + y, 0) >= 3;
};

/** In a header, a `nav` or a menu, and not in the footer (an ancestor walk: selector lists with `[class*=…]` are slow in some DOMs). */
function inMenu(a: Element): boolean {
  let menu = false;
  for (let el = a.parentElement, depth = 0; el && depth < 25; el = el.parentElement, depth++) {
    if (el.tagName === 'FOOTER') return false;
    if (
      !menu &&
      (el.tagName === 'HEADER' ||
        el.tagName === 'NAV' ||
        el.getAttribute('role') === 'navigation' ||
        /nav|menu/i.test(el.getAttribute('class') ?? ''))
    )
      menu = true;
  }
  return menu;
}

/**
 * Is this page a company speaking on its own site? Its menus say so, or the story names the
 * site's own company in its headline or lead ("Ascom announces …", "Experience is thrilled to
 * …"). A news site's name is not the subject of its own stories.
 */
export function companyOwnedSite(
  doc: Document,
  ownName: string | undefined,
  headline: string | undefined,
  lead: ReadonlyArray<string | undefined>,
): boolean {
  if (companyNavigation(doc)) return true;
  if (!ownName || ownName.length < 2) return false;
  // The subject: the headline or the lead opens with the company's name ("Ascom announces …").
  // A lead paragraph counts when it is a sentence, or the name alone (the company signing its
  // post as its author): a breadcrumb ("InfoQ Home News …") or a staff byline ("ZDNet Japan
  // Staff 2019年04月28日") opens with the site's name on any news site.
  const key = ownName.toLowerCase();
  const opens = new RegExp(`^${escapeRegExp(key)}($|[^\\p{L}\\p{N}])`, 'u');
  const counts = (t: string) => SENTENCE_END.test(t.trim()) || t.trim().toLowerCase() === key;
  // "Computerworld - SAN FRANCISCO -- Google CEO …": a news site's name before a dash is its
  // dateline, not the company speaking.
  const dateline = new RegExp(`^${escapeRegExp(key)}\\s*[-–—:]`, 'u');
  return [headline, ...lead.filter((t) => !!t && counts(t) && !dateline.test(t.trim().toLowerCase()))].some(
    (t) => !!t && opens.test(t.trim().toLowerCase()),
  );
}

const SENTENCE_END = /[.!?。！？]["'”’」)]?$/u;

/** The company behind its own site: its site name without "Blog", "Newsroom" and the like. */
export function ownCompanyName(siteName: string | undefined, publisher: string | undefined, url: URL): string | undefined {
  const name = siteName ?? publisher;
  const owner = name ? sectionOwner(name, url.hostname) : undefined;
  if (owner) return owner;
  const bare = name?.replace(
    /\s+(blog|resources|newsroom|news|insights|press|press room|media|media center|stories|magazine|journal|engineering)$/i,
    '',
  );
  const clean = cleanLine(bare);
  return (clean && productOwner(clean, url.hostname)) ?? clean ?? nameFromHost(url.hostname);
}

/**
 * "Microsoft 365" on microsoft.com, "Acme Cloud" on acme.com: a product the company named after
 * itself, whose blog carries the product's name. The company is the name the address spells; the
 * words after it are a version number or a product's word. ("Northwell Health" on northwell.edu
 * keeps its word: a company's own name may end in any word but those.)
 */
export function productOwner(name: string, hostname: string): string | undefined {
  const words = name.trim().split(/\s+/);
  const host = hostLabel(hostname);
  if (words.length < 2 || host.length < 3 || squash(name) === host) return undefined;
  for (let n = words.length - 1; n >= 1; n--) {
    if (squash(words.slice(0, n).join(' ')) !== host) continue;
    const tail = words.slice(n);
    return tail.every((w) => /^\d[\d.]*$/.test(w) || PRODUCT_WORD.test(w)) ? words.slice(0, n).join(' ') : undefined;
  }
  return undefined;
}

/** Words that name a site's section or publication, not a company: "Blog", "Security Diary", "Real Estate News". */
const SECTION_END =
  /^(?:[\p{L}&-]+\s+){0,3}(?:blog|blogs|news|newsroom|resources|insights|press|stories|magazine|journal|engineering|diary|updates|library|learning center|help center|hub|academy|community|research)$/iu;

/**
 * "The GiveWell Blog" on blog.givewell.org, "Redfin Real Estate News" on redfin.com, "IIJ Security
 * Diary" on sect.iij.ad.jp: a site named for a company's section, whose leading words are the
 * name its address is made of, is that company's publication. Gives the company's name ("GiveWell"),
 * or nothing when the name has no such part: a site named only after its host ("AppleInsider",
 * "Wochenblatt") is a publication of its own.
 */
export function sectionOwner(siteName: string, hostname: string): string | undefined {
  const words = siteName
    .trim()
    // "The Official NVIDIA Blog", "Official Google Blog": the site calls itself official, the name follows.
    .replace(/^(?:the\s+)?(?:official\s+)?/i, '')
    .split(/\s+/);
  const host = hostLabel(hostname);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const key = squash(head);
    // The address is the name ("givewell"), or the name and a word more ("beachbodyondemand").
    const fits = key === host || (key.length >= 4 && host.startsWith(key));
    if (fits && SECTION_END.test(words.slice(n).join(' '))) return cleanLine(head);
  }
  return undefined;
}

/**
 * A blog with no product menu is still the company's own when the story keeps naming the
 * company the site is named after, and whose address it has: "Pricing changes for GitHub
 * Actions" on resources.github.com (GitHub, forty times over), "recap 2025 - updates at OSSO" on
 * osso.nl (signed "© OSSO B.V."). A publication seldom writes about itself at length under its
 * own headline. The headline is read without the title's site-name part.
 */
export function namesItself(
  ownName: string | undefined,
  url: URL,
  headlines: ReadonlyArray<string | undefined>,
  paragraphs: readonly string[],
): boolean {
  if (!ownName) return false;
  const name = withoutLegalForm(ownName).base;
  const key = squash(name);
  const host = hostLabel(url.hostname);
  if (key.length < 3 || !(host === key || (host.startsWith(key) && host.length - key.length <= 3))) return false;
  const word = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}($|[^\\p{L}\\p{N}])`, 'u');
  // The headline, or the page title without its last part (the site's name).
  const named = headlines.some((h) => {
    if (!h) return false;
    const parts = titleParts(h);
    return (parts.length > 1 ? parts.slice(0, -1) : parts).some((p) => word.test(p));
  });
  if (!named) return false;
  let mentions = 0;
  for (const p of paragraphs.slice(0, 80)) if (word.test(p) && ++mentions >= 4) return true;
  return false;
}

/**
 * A section's site ("The GiveWell Blog") whose story names its company at least once: the
 * company writing about its own work. A section site that never names its company (a guest post,
 * a syndicated story) is left to the story's own subject.
 */
export function sectionSpeaksOfOwner(siteName: string | undefined, url: URL, texts: ReadonlyArray<string | undefined>): boolean {
  const owner = siteName ? sectionOwner(siteName, url.hostname) : undefined;
  if (!owner) return false;
  const word = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(owner)}($|[^\\p{L}\\p{N}])`, 'u');
  return texts.some((t) => !!t && word.test(t));
}

/**
 * The company whose blog subdomain a post is on, by the name the page writes it: the site's own
 * name when it is the address's ("Parse.ly" on blog.parsely.com), else the word of the page that
 * spells the address's name ("IIJ" on techlog.iij.ad.jp), written as the page writes it most
 * often. Nothing when the page never writes it: the address alone does not say how.
 */
export function blogOwner(
  url: URL,
  siteCompany: string | undefined,
  page: ReadonlyArray<string | undefined>,
  story: ReadonlyArray<string | undefined>,
): string | undefined {
  const name = spelledBlogOwner(url, siteCompany, page);
  if (!name) return undefined;
  const named = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}`, 'u');
  return story.some((t) => !!t && named.test(t)) ? name : undefined;
}

/**
 * The company a blog subdomain belongs to, as the page spells the address's name ("Parse.ly",
 * "IIJ", "Teufel" in "Das Lautsprecher Teufel Blog" on blog.teufel.de), whether or not the post
 * names it.
 */
export function spelledBlogOwner(url: URL, siteCompany: string | undefined, page: ReadonlyArray<string | undefined>): string | undefined {
  if (!BLOG_HOST.test(url.hostname)) return undefined;
  const label = hostLabel(url.hostname);
  if (label.length < 2) return undefined;
  if (siteCompany && squash(withoutLegalForm(siteCompany).base) === label) return siteCompany;
  const counts = new Map<string, number>();
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(label)}(?![\\p{L}\\p{N}])`, 'giu');
  for (const t of page) for (const m of (t ?? '').matchAll(word)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  // "Intent HQ" on engineering.intenthq.com: the page may write the address's name in words.
  for (const t of page)
    for (const m of (t ?? '').matchAll(WORDS_OF_NAME)) if (squash(m[0]) === label) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  // A lower-case address in the text ("blog.iij.ad.jp") is no spelling of the name.
  return [...counts].filter(([w]) => /\p{Lu}/u.test(w)).sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * "Lindorff Profit" on profit.lindorff.fi: a site named after the company its address names and
 * the subdomain it is on is that company's section (its customer magazine), when its story names
 * the company on its own ("Lindorff24.fi", "Lindorffin"). A publication's edition ("ZDNet Japan"
 * on japan.zdnet.com) is named only whole, in its bylines and boxes.
 */
export function subdomainOwner(
  siteName: string | undefined,
  hostname: string,
  story: ReadonlyArray<string | undefined>,
): string | undefined {
  const parts = hostname.toLowerCase().split('.');
  const label = hostLabel(hostname);
  const sub = parts[0]!;
  if (!siteName || parts.length < 3 || sub === 'www' || sub === label) return undefined;
  const words = siteName.trim().split(/\s+/);
  if (words.length < 2 || squash(words[words.length - 1]!) !== sub) return undefined;
  const head = words.slice(0, -1).join(' ');
  if (squash(head) !== label) return undefined;
  const alone = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(head)}(?!\\s+${escapeRegExp(words[words.length - 1]!)})`, 'u');
  return story.some((t) => !!t && alone.test(t)) ? cleanLine(head) : undefined;
}

/** Two or three capitalised words in a row, as a company writes a name its address runs together. */
const WORDS_OF_NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*(?:[ .&-]\p{Lu}[\p{L}\p{N}]*){1,2}(?![\p{L}\p{N}])/gu;

/**
 * A company's platform of its staff's blogs, one per writer under its own address
 * (blogs.oracle.com/dave, "Oracle David Dice's Blog"): the site's name opens with the company's
 * name, spelled as the address spells it, and goes on to the writer's. The company owns every post
 * there, whether or not the post names it (an engineer writing about the JVM). Only on a "blogs."
 * host: a single blog's posts (blog.example.com) must name the company, as blogOwner asks.
 */
export function staffBlogOwner(url: URL, siteName: string | undefined): string | undefined {
  if (!/^blogs\.[^.]+\.[a-z.]+$/i.test(url.hostname) || !siteName) return undefined;
  const label = hostLabel(url.hostname);
  const words = siteName.trim().split(/\s+/);
  for (let n = 1; n <= Math.min(3, words.length - 1); n++) {
    const head = words.slice(0, n).join(' ');
    if (squash(head) === label && /^\p{Lu}/u.test(head) && /\bblog\b/i.test(words.slice(n).join(' '))) return head;
  }
  return undefined;
}

/**
 * A company's blog kept under its own address (sap.com/blogs/…, garnix.io/blog/…, a locale
 * first on some: /en/blog/…): the site is named as its address is, so the company owns every post
 * there, as on a "blogs." host, whether or not the post names it (SAP's post on climate
 * technologies never writes "SAP"). A site named otherwise than its address (a publication's
 * "blog" section) is not the company's.
 */
export function pathBlogOwner(url: URL, siteCompany: string | undefined): string | undefined {
  // The blog folder may sit under a section or two (zalaris.com/managed-services/resources/blog/…),
  // but not under a newspaper's desk (theguardian.com/business/blog/…).
  const m = /^\/((?:[^/]+\/){0,2})blogs?\/[^/]/i.exec(url.pathname);
  if (!siteCompany || !m || m[1]!.split('/').some((f) => NEWS_DESK.test(f))) return undefined;
  // A shop named with its address's ending ("Oakywood.shop" on oakywood.shop) is named without it;
  // a name that is an address ("Booking.com") keeps it, and is compared without it.
  const name = siteCompany.replace(/\.(?:shop|store)$/i, '');
  const key = squash(withoutLegalForm(name.replace(/\.(?:com|co|io|net)$/i, '')).base);
  const label = hostLabel(url.hostname);
  // The address may add the trade to the name: "3i" on 3itech.com, "XMARK" on xmarkfitness.com.
  const trade =
    label.startsWith(key) &&
    key.length >= 2 &&
    /^(?:tech|fitness|shop|store|online|group|global|labs?|hq|app|inc|co)$/.test(label.slice(key.length));
  return key === label || trade ? name : undefined;
}

/** A newspaper's desks, under which a "blog" folder is the paper's, not a company's. */
const NEWS_DESK =
  /^(?:news|business|tech(?:nology)?|opinion|commentisfree|politics|world|sports?|culture|lifestyle|money|markets|finance|science|environment|media|entertainment|[a-z]{2}-news)$/i;
