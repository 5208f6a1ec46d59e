import { cleanLine } from '../clean';

/**
 * Titles carry the site's name: "Headline - Golem.de", "Headline | Android Central",
 * "見出し｜サンワサプライ株式会社", "見出し － Publickey", "제목-정치ㅣ한국일보" (Korean sites set
 * the vowel letter ㅣ as their bar). Spaced separators only (a hyphen inside "LTE-Patent" is no
 * separator); the full-width bar and dash and the ㅣ need no spaces. A run of them is one (a quoted
 * headline’s closing guillemet before the dash: "« … » - Attac France").
 */
const SEPARATOR = /\s+(?:[|–—\-:·•»/]\s+)+|\s*[｜－ㅣ]\s*/g;
/** Chinese titles also join their parts with underscores: "标题_智能_好奇心日报". */
const SEPARATOR_CJK = /\s+(?:[|–—\-:·•»/]\s+)+|\s*[｜－ㅣ_]\s*/g;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const separatorOf = (title: string) => (CJK.test(title) ? SEPARATOR_CJK : SEPARATOR);

/** A title's parts between separators, in order. */
export function titleParts(title: string): string[] {
  return title
    .trim()
    .split(separatorOf(title))
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Letters and digits only, lower-cased, unaccented: "Barron’s" = "Barrons", "Canada.com" = "Canadacom", "Noël" = "Noel". */
export const squash = (s: string) =>
  s
    .normalize('NFKD')
    // Accents off Latin letters ("Noël Élagage" is noel-elagage.fr), kana's marks kept.
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The host's name part: "www.golem.de" → "golem", "o.canada.com" → "canada". */
export function hostLabel(hostname: string): string {
  const parts = hostname
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .split('.');
  // "bbc.co.uk", "sanwa.co.jp": the label before a two-part public suffix.
  const i =
    parts.length >= 3 && parts[parts.length - 2]!.length <= 3 && parts[parts.length - 1]!.length === 2
      ? parts.length - 3
      : parts.length - 2;
  return parts[Math.max(0, i)]!.replace(/[^a-z0-9]/g, '');
}

/**
 * A blog on its own subdomain of a domain ("blog.airbnb.com", "blog.parsely.com",
 * "techlog.iij.ad.jp"): the address says the posts are that domain's owner's. (A publication's
 * blogs live on "blogs." and are read as the publication's stories.)
 */
export const BLOG_HOST = /^(?:blog|techblog|techlog|engineering)\.[^.]+\.[a-z.]+$/i;

/** Does this text name the site: one of its names, or its host's label? */
export function namesSite(part: string, names: readonly (string | undefined)[], hostname: string): boolean {
  // "The Airbnb Blog" on blog.airbnb.com: the name without its article ("The Inquirer" on theinquirer.net keeps it).
  const bare = part.replace(/^the\s+(?=\S)/i, '');
  if (bare !== part && namesSite(bare, names, hostname)) return true;
  const p = squash(part);
  if (!p) return false;
  const label = hostLabel(hostname);
  // An address spells German umlauts out: "Rhein-Neckar Löwen" on rhein-neckar-loewen.de.
  const spelled = part.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  if (spelled !== part.toLowerCase() && squash(spelled) === label) return true;
  // "Golem.de", "The Real Deal New York" name their sites; "Ascom announces a partnership" does not.
  const extends_ = (longer: string, shorter: string) =>
    shorter.length > 3 && longer.startsWith(shorter) && longer.length <= shorter.length + 12;
  if (label.length > 2 && (p === label || extends_(p, label) || extends_(label, p))) return true;
  // "DW" on dw.com: a name of two letters names the site only when it is the address's whole name.
  if (label.length === 2 && p === label && /^\p{Lu}+$/u.test(part.trim())) return true;
  return names.some((n) => {
    const q = n ? squash(n) : '';
    return !!q && (p === q || extends_(p, q) || extends_(q, p));
  });
}

/** The title without the site's name at its end (or start): "Headline - Golem.de" → "Headline". */
export function stripSiteName(title: string | undefined, names: readonly (string | undefined)[], hostname: string): string | undefined {
  if (!title) return undefined;
  let parts = titleParts(title);
  if (parts.length < 2) return cleanLine(title, 2_000);
  let seps = separatorsOf(title);
  // "Headline | Europa | DW | 28.04.2023": the date after the site's name is the tab's, not the headline's.
  let end = parts.length;
  while (end > 2 && DATE_PART.test(parts[end - 1]!)) end--;
  if (end < parts.length && namesSite(parts[end - 1]!, names, hostname)) {
    parts = parts.slice(0, end);
    seps = seps.slice(0, end - 1);
  }
  if (namesSite(parts[parts.length - 1]!, names, hostname)) {
    parts = parts.slice(0, -1);
    seps = seps.slice(0, -1);
    // "Headline | World News | Metro": a section's name between the headline and the site's,
    // a few capitalised words after a bar (a dash or a colon sets a headline's own parts apart:
    // "Apple unveils the new iPhone - the review" keeps its words).
    while (
      parts.length > 1 &&
      SECTION_PART.test(parts[parts.length - 1]!) &&
      /^\s*[|｜·•»/]\s*$/u.test(seps[seps.length - 1]!) &&
      headlineLike(parts[0]!)
    ) {
      parts = parts.slice(0, -1);
      seps = seps.slice(0, -1);
    }
  } else if (namesSite(parts[0]!, names, hostname)) {
    parts = parts.slice(1);
    seps = seps.slice(1);
  } else return cleanLine(title, 2_000);
  // The separators inside the headline stay as written ("Akkutechnik: Hat Quantumscape …").
  return cleanLine(
    parts.reduce((acc, p, i) => (i ? acc + seps[i - 1] + p : p), ''),
    2_000,
  );
}

/** "28.04.2023", "2024-05-03", "03/05/2024". */
const DATE_PART = /^\d{1,4}([./-])\d{1,2}\1\d{1,4}$/;
/** A section's name: up to three words, the first capitalised (or in a script without capitals), no digits. */
const SECTION_PART = /^(?![\p{Ll}])[\p{L}&'’]+(?:[ -][\p{L}&'’]+){0,2}$/u;
/** A headline of at least four words (or, in scripts without spaces, twelve characters). */
const headlineLike = (part: string) => part.split(/\s+/).length >= 4 || (CJK.test(part) && part.length >= 12);

/**
 * The last part of a title when it is short enough to be a site's name: "… | Android Central",
 * "…｜サンワサプライ株式会社". After a plain hyphen or colon only when it names the site: a
 * headline's own dash ("Apple unveils iPhone - the review") is not a site name.
 */
export function titleSuffix(title: string | undefined, hostname: string): string | undefined {
  if (!title) return undefined;
  const parts = titleParts(title);
  const last = parts.length > 1 ? parts[parts.length - 1]! : undefined;
  if (!last || last.length > 40 || last.split(/\s+/).length > 5) return undefined;
  const sep = separatorsOf(title).pop()?.trim();
  if ((sep === '-' || sep === ':' || sep === '/') && !namesSite(last, [], hostname) && !namesSiteByForm(last, hostname)) return undefined;
  return cleanLine(last);
}

/**
 * A publication's full name whose address is a short form of it: "Hamburger Abendblatt" on
 * abendblatt.de (the name ends in the host's label), "Anadolu Ajansı" on aa.com.tr (its words'
 * initials are the label). For reading a site's name where one is expected, not for telling a
 * person's name from the site's.
 */
export function namesSiteByForm(part: string, hostname: string): boolean {
  const label = hostLabel(hostname);
  const p = squash(part);
  if (label.length >= 5 && p.endsWith(label) && p.length <= label.length + 12) return true;
  const words = part.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || label.length !== words.length) return false;
  const initials = words.map((w) => squash(w.normalize('NFKD').replace(/\p{M}/gu, ''))[0] ?? '').join('');
  return initials === label && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * A description that ends in the site's name, as some agencies sign theirs: "… bildirdi. -
 * Anadolu Ajansı".
 */
export function descriptionSignature(description: string | undefined, hostname: string): string | undefined {
  const m = description ? /\s[-–—|]\s+([^-–—|.!?]{2,40})$/u.exec(description.trim()) : undefined;
  const name = m?.[1]?.trim();
  return name && (namesSite(name, [], hostname) || namesSiteByForm(name, hostname)) ? cleanLine(name) : undefined;
}

function separatorsOf(title: string): string[] {
  return Array.from(title.trim().matchAll(separatorOf(title)), (m) => m[0]);
}
