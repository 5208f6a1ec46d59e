import { escapeRegExp } from '../text/regexp';
import { cleanLine } from './clean';
import type { Metadata } from './metadata';
import { partsOf } from './name-parts';
import { foldText, hostPhrase, namesOwnDomain, padsWithFew, support, writesName, writesTwice, type Voter } from './name-vote';
import { textLines } from './text-lines';
import { domainFit, fitOf, hostLabel, isRolePhrase, LEGAL_TAIL, LEGAL_WORDS, ownerLabel, SHARED_HOST, squash } from './domain-fit';

/**
 * The company's name on its own site when no Organization JSON-LD names it. Sources, most
 * trusted first: `og:site_name`, the logo's `alt`, the copyright line, the page title's parts.
 * A part that spells the domain ("Hayden Outdoors" on haydenoutdoors.com) beats one that merely
 * contains it ("Hayden Outdoors Land For Sale"), and a name several sources agree on beats a
 * lone one. Never the domain squashed into a word ("Deltadak" when the page writes "Delta Dak"),
 * never a page heading ("About ioSafe").
 */
export function companyName(doc: Document, url: URL, md: Metadata, extra: NameSources = {}): string | undefined {
  const label = hostLabel(url);
  const core = label.replace(LEGAL_TAIL, '');
  const fit = (part: string) => domainFit(part, url);
  const candidates: Candidate[] = [];
  // "Home Depot" on homedepot.com: a leading "Home" the host spells belongs to the name, not to the
  // page ("Home Tidyworks" on tidyworks.com is the home page of Tidyworks).
  const homed = (part: string) => ([label, core].includes(squash(`home${part}`)) ? `Home ${part}` : part);
  const add = (text: string | undefined, source: number, from: string) => {
    for (const part of partsOf(text).map(homed)) {
      // "HR Cloud: All-in-One HRIS" on hrcloud.com: the name before a colon spells the domain, the tagline after it does not.
      const head = /^(.+?):\s/.exec(part)?.[1];
      const whole = fit(part);
      const headFit = head && whole < 2 ? fit(head) : 0;
      candidates.push(headFit >= 2 ? { text: head!, source, fit: headFit, from } : { text: part, source, fit: whole, from });
    }
  };
  // The site name is the name when it relates to the domain (and is not a sentence of SEO).
  const site = cleanLine(md.siteName);
  const firstSitePart = site && site.length <= 60 ? partsOf(site)[0] : undefined;
  const siteName = firstSitePart && homed(firstSitePart);
  const alts = logoAlts(doc);
  // A site name the logo repeats is the name, whatever the domain: "Alonso Landscaping and
  // Construction" on landscapermiddletown-ny.com, a domain bought for its search words (fresh18-alonso).
  // "monroe-landscaping" (a site builder's slug, fresh18-monroe) as the page writes it.
  if (siteName && (fitOf(siteName, label, core) >= 1 || alts.some((a) => a.toLowerCase() === siteName.toLowerCase())))
    return legalName(/^[a-z\d]+(?:-[a-z\d]+)+$/.test(siteName) ? spelledOut(doc, siteName) : siteName, md, doc);
  for (const alt of alts) add(alt, 1, 'logo');
  add(copyrightHolder(doc), 2, 'copyright');
  add(glossedName(doc, url), 2, 'gloss');
  // The first line of the page's postal address block: "The Birbari Wealth Management Group".
  add(extra.addressee, 2, 'address');
  add(md.title, 3, 'title');
  // "About A&Js' Bike Locks", "Welkom bij …": a heading that presents the company by name.
  for (const h of Array.from(doc.querySelectorAll('h1, h2')).slice(0, 20)) {
    const text = cleanLine(h.textContent, 100);
    if (text && PRESENTS.test(text)) add(text, 3, 'heading');
  }
  if (doc.title && cleanLine(doc.title) !== md.title) add(doc.title, 3, 'title');
  // The text's own spelling of the host ("Blue Penguins" on bluepenguins.co.uk): a source of its own.
  const bodyText = textLines(doc.body, 100_000).join('\n');
  const phrase = partsOf(hostPhrase(bodyText, label, core))[0];
  // It stands against a name only when that name pads it with three capitalised words or more
  // ("Details and Information about Blue Penguins Telephones", "Decorium Online Furniture Store"):
  // a firm's name adds one or two to its core ("Remat Technologies", "De Rozenboog", "Antiquariaat
  // Maaslands"), and that name is the firm's, whatever the host spells.
  // And it must agree with another source that writes it ("Jan Bakker" on janbakker.example is the
  // advisor, not "The Bakker Wealth Management Group" the title names).
  if (phrase && candidates.some((c) => writesName(c.text, phrase)) && !candidates.some((c) => c.fit > 0 && padsWithFew(c.text, phrase)))
    candidates.push({ text: phrase, source: 4, fit: fit(phrase), from: 'text' });

  // No source spells the domain ("hot stone massage Breda" on hotstonebreda.nl), but the page's
  // text writes it out in capitalised words ("Hot Stone Breda | Dagpauwoog 64") that a source's
  // name also holds, in order: the domain, the text and that source agree on the name. ("Michael
  // Birbari" on michaelbirbari.com is not "The Birbari Wealth Management Group".)
  if (label.length >= 6 && !candidates.some((c) => c.fit >= 1)) {
    const written = spelledOut(doc, label);
    if (written !== label && candidates.some((c) => c.fit > 0 && holdsWords(c.text, written)))
      candidates.push({ text: written, source: 4, fit: 3, from: 'text' });
  }
  // One name written several ways ("DaVinci Gourmet" twice, "Da Vinci Gourmet" once): each
  // spelling counts for the name, and the spelling written most often is the one kept.
  // "Workforce.com" on workforce.com, when two sources write it so (lib/extract/name-vote.ts) and no
  // heading presents the firm by a name ("About A&Js' Bike Locks" beside logo and copyright "Bike-Locks.com").
  const presented = candidates.some((c) => c.from === 'heading' && c.fit > 0);
  for (const c of candidates) if (!presented && c.fit === 0 && namesOwnDomain(c.text, url.hostname, candidates, site)) c.fit = 3;
  const votes = new Map<string, number>();
  const spellings = new Map<string, number>();
  for (const c of candidates) {
    votes.set(squash(c.text), (votes.get(squash(c.text)) ?? 0) + 1);
    spellings.set(c.text, (spellings.get(c.text) ?? 0) + 1);
  }
  // The name most sources agree on (lib/extract/name-vote.ts); the site name votes without being a candidate.
  const voters: Voter[] = [...new Set(candidates.map((c) => c.from))].map((from) => ({
    from,
    names: candidates.filter((c) => c.from === from).map((c) => c.text),
  }));
  // The text backs, beside its spelling of the host, every candidate it writes in full twice:
  // "Remat Technologies" in the text as on the title keeps its full name against "Remat".
  const folded = foldText(bodyText);
  const textVoter = voters.find((v) => v.from === 'text') ?? { from: 'text', names: [] };
  if (!voters.includes(textVoter)) voters.push(textVoter);
  textVoter.names = [...textVoter.names, ...candidates.filter((c) => c.from !== 'text' && writesTwice(folded, c.text)).map((c) => c.text)];
  if (site) voters.push({ from: 'site', names: partsOf(site) });
  const backing = new Map(candidates.map((c) => [c.text, support(c.text, voters, c.fit)]));
  const ranked = candidates
    .filter((c) => c.fit > 0 && !wordy(c.text))
    .sort(
      (a, b) =>
        backing.get(b.text)! - backing.get(a.text)! ||
        b.fit - a.fit ||
        votes.get(squash(b.text))! - votes.get(squash(a.text))! ||
        spellings.get(b.text)! - spellings.get(a.text)! ||
        a.source - b.source,
    );
  // A part that only shares a word with the domain ("accident lawyer or insurance lawyer in
  // Colorado" on injurylawcolorado.com) is no better than the name the logo or the copyright line
  // writes and another source backs ("The Babcock Law Firm"): that name, when it has more support.
  const held = (c: Candidate) => backing.get(c.text)!;
  // Written in full by two sources besides the text: a logo's alt the body repeats ("Olive Oil
  // Soap") is a product, and "US Flag Email" is not backed by a heading's "Us".
  const sources = (c: Candidate) => voters.filter((v) => v.from !== 'text' && v.names.some((n) => writesName(n, c.text))).length;
  const firm = candidates
    .filter((c) => c.source <= 2 && squash(c.text).length >= 4 && !wordy(c.text) && !isRolePhrase(c.text) && sources(c) >= 2)
    .sort((a, b) => held(b) - held(a) || a.source - b.source)[0];
  const last = lastTitlePart(md.title);
  const named = (s: string | undefined) => (s && !isRolePhrase(s) && !wordy(s) ? s : undefined);
  // With no part fitting the domain, the firm stands in only for a site name and a last title part that name no one.
  const unnamed = !ranked[0] && !named(siteName) && !named(last);
  const best = firm && ((ranked[0] && ranked[0].fit <= 0.5 && held(firm) > held(ranked[0])) || unnamed) ? firm : ranked[0];
  // Nothing spells the domain ("landscapergoshen-ny.com", bought for its search words), but the
  // logo and the copyright line agree on a name: that is the name (fresh18-alonso's kind of site).
  const agreed = candidates.find((c) => c.source < 2 && candidates.some((d) => d.source === 2 && squash(d.text) === squash(c.text)));
  // A site name or title part that names who serves or what a search asks for ("Certified Elder
  // Law Attorney", "Exterminator Near Me") is no name: the logo or the copyright line names the firm.
  const dropped = [siteName, last].some((s) => s && isRolePhrase(s));
  // The domain is such a phrase itself ("certifiedelderlawattorney.com"): a part of it ("Elder
  // Law") fits it without naming anyone, and the logo or the copyright line names the firm.
  const own = candidates.find((c) => c.source <= 2 && !isRolePhrase(c.text));
  if (own && [siteName ?? '', ...partsOf(doc.title)].some((s) => isRolePhrase(s) && squash(s) === label)) return own.text;

  const chosen = best?.text ?? named(siteName) ?? agreed?.text ?? named(last) ?? (dropped ? own?.text : undefined);
  // Nothing else names the company: the domain, only where the page writes it out in words
  // ("Hertogh Metaal" on hertoghmetaal.nl), never the squashed label itself.
  const brand = domainBrand(bodyText, url);
  if (!chosen) {
    const written = label.length >= 4 ? spelledOut(doc, label) : label;
    return written !== label ? written : brand;
  }
  if (brand && squash(chosen) === label) return brand;
  return legalName(spelledOut(doc, withoutPlace(withoutCountryTag(capitalised(chosen, candidates), url))), md, doc);
}

/**
 * "Fly.io", "Noodle.ai": a start-up named by its address on a start-up's domain (.io, .ai, .app …),
 * when the page's text writes it so with a capital.
 */
function domainBrand(text: string, url: URL): string | undefined {
  const host = url.hostname.replace(/^www\./, '');
  if (!/^[a-z\d-]+\.(?:io|ai|app|dev|co|ly|so|me|gg|xyz|fm|tv)$/.test(host)) return undefined;
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}./@])${escapeRegExp(host)}(?![\p{L}\p{N}/])`, 'giu');
  return [...text.matchAll(re)].map((m) => m[0]).find((w) => /^\p{Lu}/u.test(w));
}

/**
 * "erin clark design", a heading set in lower case by its style: written as the other sources
 * capitalise its words ("Erin Clark Dallas Website Design").
 */
function capitalised(name: string, candidates: readonly Candidate[]): string {
  if (name !== name.toLowerCase()) return name;
  const written = new Map(
    candidates
      .flatMap((c) => c.text.split(/\s+/))
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => [w.toLowerCase(), w]),
  );
  const words = name.split(/\s+/).map((w) => written.get(w) ?? w);
  return words.every((w) => /^\p{Lu}/u.test(w)) ? words.join(' ') : name;
}

/**
 * More than seven words ("The Floor Barn Flooring store w/ Discount Prices on Brand Name Floors"):
 * a title written for search engines, not a name.
 */
const wordy = (s: string) => s.split(/\s+/).filter((w) => w !== '&').length > 7;

/**
 * "Mister Plumber in Toronto", "Centrum voor Tandheelkunde Voerendaal in Voerendaal": the town a
 * title adds for search engines after a name of two words or more is no part of the name.
 */
function withoutPlace(name: string): string {
  const m = /^(\S+(?:\s+\S+)+?)\s+in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u.exec(name);
  return m ? m[1]! : name;
}

/** The name's parts as a title or a line writes them: "About us | Acme – Robots" → ["Acme", "Robots"]. */
export const nameParts = (text: string | undefined): string[] => partsOf(text);

/** "Verhuurbureau de Zeester NL" on zeester.nl: the country tag of the site, not of the name. */
function withoutCountryTag(name: string, url: URL): string {
  const tld = url.hostname.split('.').pop()!;
  return /^[a-z]{2}$/.test(tld) && name.endsWith(` ${tld.toUpperCase()}`) && name.length > 6 ? name.slice(0, -3) : name;
}

const PRESENTS = /^(?:about|über|ueber|à propos de|a propos de|over|welcome to|welkom bij|willkommen bei|bienvenue chez)\s+\S/i;

/**
 * The name an Organization's JSON-LD gives, checked against the page: a theme's default ("My
 * WordPress Site") or the site's title with its tagline ("Acme Robotics | Warehouse robots") is
 * not the name. Its part that relates to the domain is; failing that, the name the page's other
 * sources agree on when it relates to the domain; failing that, the JSON-LD's own.
 */
export function checkedLdName(ldName: string, doc: Document, url: URL, md: Metadata, extra: NameSources = {}): string {
  const label = hostLabel(url);
  const core = label.replace(LEGAL_TAIL, '');
  // "Bellhop Moving of San Francisco, California" beside og:site_name "Bellhop": a branch's name,
  // the firm's plus its trade and town.
  const site = cleanLine(md.siteName);
  if (site && ldName.startsWith(`${site} `) && /^(?:\S+\s+){0,2}(?:of|in)\s+\p{Lu}/u.test(ldName.slice(site.length + 1))) return site;
  const parts = ldName.length > 40 || /\s(?:[|–—·•»›]|::)\s|\s-\s/.test(ldName) ? partsOf(ldName) : [ldName];
  const best = [...parts].sort((a, b) => fitOf(b, label, core) - fitOf(a, label, core))[0] ?? ldName;
  if (fitOf(best, label, core) > 0) return best;
  const voted = companyName(doc, url, md, extra);
  const owner = ownerLabel(url, label);
  const fits = (v: string) => fitOf(v, label, core) >= 1 || (!!owner && fitOf(v, owner, owner.replace(LEGAL_TAIL, '')) >= 1);
  return voted && fits(voted) && squash(voted) !== squash(best) ? voted : best;
}

/** What else the details know that may name the company. */
export interface NameSources {
  /** The line above a postal address block's street. */
  addressee?: string;
}

interface Candidate {
  text: string;
  /** Lower is more trusted: logo, copyright, title. */
  source: number;
  /** 3: spells the domain; 2: spells its core (without "llc", "gmbh"); 1: contains it; 0: unrelated. */
  fit: number;
  /** The source that gave it, one vote each (lib/extract/name-vote.ts). */
  from: string;
}

function logoAlts(doc: Document): string[] {
  const imgs = doc.querySelectorAll(
    'header img[alt], [class*="logo" i] img[alt], [id*="logo" i] img[alt], img[class*="logo" i][alt], img[id*="logo" i][alt], img[src*="logo" i][alt], a[href="/"] img[alt]',
  );
  const out: string[] = [];
  for (const img of Array.from(imgs).slice(0, 12)) {
    const alt = cleanLine(img.getAttribute('alt'));
    if (alt && !out.includes(alt)) out.push(alt);
  }
  return out;
}

/** "Imprint Enterprises, Inc. (www.imprint-e.com) was founded …": the text glosses a name with the site's own domain. */
function glossedName(doc: Document, url: URL): string | undefined {
  const host = url.hostname
    .replace(/^www\d?\./, '')
    .split('.')
    .slice(-2)
    .join('.');
  if (host.length < 5 || SHARED_HOST.test(url.hostname)) return undefined;
  const text = doc.body?.textContent?.slice(0, 100_000) ?? '';
  // The domain in brackets first, then the words just before it: one pass, whatever the page holds.
  const at = new RegExp(String.raw`\((?:https?://)?(?:www\.)?${escapeRegExp(host)}/?\)`, 'i').exec(text);
  const before = at ? text.slice(Math.max(0, at.index - 100), at.index) : '';
  const m =
    /(\p{Lu}[\p{L}&'’.-]{0,30}(?:[^\S\n]+(?:&[^\S\n]+)?\p{Lu}[\p{L}&'’.-]{0,30}){0,4})(?:,?\s+(?:Inc|LLC|Ltd|Corp|GmbH|B\.?V)\.?)?\s*$/u.exec(
      before,
    );
  return cleanLine(m?.[1]);
}

/** "© 2014 Acme Robotics, Inc. All rights reserved." → "Acme Robotics". */
export function copyrightHolder(doc: Document): string | undefined {
  // The copyright line sits at the end of the page: the last text nodes, not the whole text.
  const tail: string[] = [];
  let length = 0;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement?.tagName;
    if (p !== 'SCRIPT' && p !== 'STYLE' && p !== 'NOSCRIPT') nodes.push(n.nodeValue ?? '');
  }
  for (let i = nodes.length - 1; i >= 0 && length < 5_000; i--) {
    tail.unshift(nodes[i]!);
    length += nodes[i]!.length;
  }
  const m =
    /(?:©|\(c\)|copyright|@(?=\s*\d{4}\s))(?:\s*(?:©|copyright))?\s*(?:\d{4}\s*(?:[-–—]\s*\d{4})?\s*)?(?:by\s+)?(?:[-,]\s*)?((?:\p{L}|\p{N}+\p{L})[\p{L}\p{N}&.,'’ -]{1,60}?)(?:\s*[.|·]?\s*(?:all rights reserved|alle rechte|tous droits|alle rechten|registered|\d{4}|\||·|$))/imu.exec(
      tail.join('\n'),
    );
  // "Skin by Lovely, Inc., a California Medical Corporation": the name ends at its legal form.
  const raw = m?.[1]?.replace(/,?\s+(inc\.?|llc\.?|ltd\.?|limited|corp\.?|gmbh|b\.v\.)\s*,.*$/i, '');
  // "Upward Construction & Renovations Ltd. - All Rights Reserved": the dash before the notice is no part of it.
  const holder = cleanLine(
    raw
      ?.replace(/[\s|·–—-]+$/, '')
      .replace(LEGAL_WORDS, '')
      .replace(/[.,\s]+$/, ''),
  );
  return holder && !/^(copyright|all rights)/i.test(holder) && !FOOTER_LINK.test(holder) ? holder : undefined;
}

/** The footer's links that may follow a bare "©2025" (its holder a logo): never the holder's name. */
const FOOTER_LINK =
  /^(?:terms|privacy|cookie|cookies|legal|imprint|impressum|datenschutz|mentions légales|sitemap|site map|contact|accessibility|disclaimer|security)\b/i;

/**
 * The name in full where the title writes it with its legal form: "Lutron" → "Lutron Electronics,
 * Inc.", "ADVANTAGE ENGINEERING" → "Advantage Engineering, Inc.", "McCain" → "McCain Foods Limited".
 * Up to two more words of the name may sit between; a tagline never does (it has no legal form).
 */
function legalName(name: string, md: Metadata, doc: Document): string {
  const escaped = escapeRegExp(name).replace(/\s+/g, '\\s+');
  const re = new RegExp(
    String.raw`(?:^|[^\p{L}])(${escaped}(?:\s+\p{Lu}[\p{L}&'’-]*){0,2},?\s+(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|Corp\.?|Corporation|GmbH|AG|B\.V\.|BV|S\.A\.|SAS|N\.V\.|Co\.))(?=$|[^\p{L}])`,
    'iu',
  );
  for (const title of [md.title, doc.title]) {
    const m = re.exec(title ?? '');
    if (m) return cleanLine(m[1])!;
  }
  return name;
}

function lastTitlePart(title: string): string | undefined {
  const parts = partsOf(title);
  return parts.length > 1 ? parts[parts.length - 1] : undefined;
}

/** Does `text` hold the words of `name`, in order ("hot stone massage Breda" holds "Hot Stone Breda")? */
function holdsWords(text: string, name: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  let i = 0;
  for (const w of name.toLowerCase().split(/\s+/)) {
    while (i < words.length && words[i] !== w) i++;
    if (i++ >= words.length) return false;
  }
  return true;
}

/** "Deltadak" → "Delta Dak" when the page writes the name with spaces. */
function spelledOut(doc: Document, name: string): string {
  if (/\s/.test(name)) return name;
  const target = squash(name);
  const text = (doc.body?.textContent ?? '').slice(0, 50_000);
  // Words start after a non-letter and are at most 40 letters long: a run of a million letters
  // (a hostile page) is read once, not once from each of its letters.
  const re = /(?<![\p{L}\p{N}])[\p{Lu}][\p{L}\p{N}]{0,40}(?:[ -][\p{Lu}\p{N}][\p{L}\p{N}]{0,40}){1,3}(?![\p{L}\p{N}])/gu;
  // A heading's capitals ("OFFICIAL TRANSLATIONS") only when the text never writes the name in words.
  let shouted: string | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const words = m[0].split(/[ -]/);
    // Any run of the capitalised words may be the name: "Dakdekker Delta Dak Zeeland".
    for (let i = 0; i < words.length; i++)
      for (let j = i + 2; j <= words.length; j++) {
        const span = words.slice(i, j).join(' ');
        if (squash(span) !== target) continue;
        if (span !== span.toUpperCase()) return span;
        shouted ??= span;
      }
  }
  return shouted ?? name;
}
