import { isAuthorName, splitAuthors } from '../byline';
import { cleanLine } from '../clean';
import { looksLikeName } from '../person-name';

/**
 * The byline small sites set as the story's first paragraph, the name alone in bold
 * ("<p><strong>Mohloai Mpesi</strong></p>", "<p><b>A Sebusi/B Phakela</b></p>"), after a standfirst
 * perhaps but before the text. Read only when nothing else names the writer, and only when every
 * part is a full name (two words or more, no role, not the site's own).
 */
export function leadByline(headlineEl: Element | undefined, siteNames: readonly (string | undefined)[], hostname: string): string[] {
  const doc = headlineEl?.ownerDocument;
  if (!doc) return [];
  let seen = 0;
  for (const p of Array.from(doc.querySelectorAll('p')).slice(0, 600)) {
    if (!(headlineEl.compareDocumentPosition(p) & 4)) continue;
    const text = cleanLine(p.textContent ?? '');
    if (!text) continue;
    // The text has begun: a byline further down is a quote's or a teaser's.
    if (++seen > 4 || text.length > 200) return [];
    const bold = p.children.length === 1 ? p.firstElementChild : null;
    if (!bold || !/^(?:STRONG|B)$/.test(bold.tagName) || cleanLine(bold.textContent ?? '') !== text) continue;
    const parts = text.split(/\s*\/\s*/).flatMap((part) => splitAuthors(part));
    if (parts.length && parts.length <= 4 && parts.every((n) => /\s/.test(n) && looksLikeName(n) && isAuthorName(n, siteNames, hostname)))
      return parts;
    return [];
  }
  return [];
}

/**
 * Where a story names its writer when no byline near the headline, no JSON-LD and no `author`
 * meta does: the sign-off under the text ("Write to Kristin Jones at kristin.jones@…", the
 * newswires' custom), and the analytics configuration news sites set for each story
 * (Chartbeat's `_sf_async_config.authors`). Read only as a last resort, and only names that look
 * like a person's ("content-commerce", the site's own name, a desk are not).
 */
export function lateByline(
  doc: Document,
  paragraphs: readonly string[],
  siteNames: readonly (string | undefined)[],
  hostname: string,
  /** The block that holds the story. */
  root?: Element,
): string[] {
  const keep = (names: string[]) => names.filter((n) => isAuthorName(n, siteNames, hostname)).slice(0, 5);
  // The sign-off is distinctive enough to be read anywhere: the story's paragraphs may have
  // been missed (a newswire page set in <pre> and bare paragraphs).
  for (const p of [
    ...paragraphs,
    ...Array.from(doc.querySelectorAll('p'))
      .slice(0, 400)
      .map((el) => el.textContent ?? ''),
  ]) {
    const m = SIGN_OFF.exec(p);
    const names = m ? keep(splitAuthors(m[1])) : [];
    if (names.length) return names;
  }
  // "By Dennis Thompson" set as a paragraph of its own above the text (a syndicated story whose
  // headline the page shows in no heading): the story's byline, when the name is a person's.
  for (const p of paragraphs.slice(0, 4)) {
    const m = PROSE_BYLINE.exec(p.trim());
    const names = m ? keep(splitAuthors(m[1]!)).filter((n) => /\s/.test(n) && looksLikeName(n)) : [];
    if (names.length) return names;
  }
  // "최윤호 기자 uknow@donga.com": a Korean story signs off with the reporter's name, the word for
  // reporter and their address, at the end of its text (often set in one block with <br>s, no
  // paragraphs). The first sign-off in the story's block is its own.
  const ko = (root?.textContent ?? '').slice(0, 100_000).matchAll(KO_SIGN_OFF).next().value;
  if (ko && isAuthorName(ko[1]!, siteNames, hostname)) return [ko[1]!];
  // "Teksti: Petteri Harjula<br>Kuvat: Tommi Tuomi": the credits a magazine sets under its text,
  // one line for the words, others for the pictures. The words' line names the writer.
  for (const el of Array.from((root ?? doc.body)?.querySelectorAll('p, h5, h6, small, div, span') ?? []).slice(0, 2_000))
    for (const node of Array.from(el.childNodes)) {
      const m = node.nodeType === 3 ? TEXT_CREDIT.exec((node.nodeValue ?? '').trim()) : null;
      const names = m ? keep(splitAuthors(m[1]!)).filter((n) => /\s/.test(n) && looksLikeName(n)) : [];
      if (names.length) return names;
    }
  for (const script of Array.from(doc.querySelectorAll('script:not([src])')).slice(0, 200)) {
    const text = script.textContent ?? '';
    const at = text.indexOf('_sf_async_config');
    if (at < 0) continue;
    const m = CHARTBEAT_AUTHORS.exec(text.slice(at, at + 3_000));
    const names = m ? keep(splitAuthors(m[2])) : [];
    if (names.length) return names;
  }
  return [];
}

/** "Teksti: Petteri Harjula", "Text: Anna Roe", "Texte : Marie Dupont", "Words: Jo Lee": the writer's line of a credits block. */
const TEXT_CREDIT = /^(?:Text|Texte|Teksti|Tekst|Testo|Texto|Tekstas|Szöveg|Words)\s*:\s*(\p{Lu}[\p{L}.'’ -]{2,60}?)\s*$/u;
/** "By Dennis Thompson", "Von Anna Roe und Jan Vos", "Par Marie Dupont", "Por Ana Ruiz": a paragraph that is the byline alone. */
const PROSE_BYLINE = /^(?:By|Von|Par|Por|Door)\s+(\p{Lu}[\p{L}.'’ -]{2,80}?)\s*$/u;
/** "Write to Kristin Jones at kristin.jones@dowjones.com", "Write to A and B at …". */
const SIGN_OFF = /^\s*Write to (\p{Lu}[\p{L}.'’ -]{2,80}?) at \S+@\S+/u;
/** "최윤호 기자 uknow@donga.com", "홍길동 기자(hong@example.co.kr)": a name of two to four syllables, 기자, an address. */
const KO_SIGN_OFF = /(?<![\p{Script=Hangul}])(\p{Script=Hangul}{2,4})\s?기자\s*[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
/** `_sf_async_config.authors = "Jane Roe"`, `{ …, authors: 'Jane Roe, news reporter', … }`. */
const CHARTBEAT_AUTHORS = /\bauthors["']?\s*[:=]\s*(["'])([^"'\n]{2,200})\1/;

/**
 * "pixelmonkey.org - Andrew Montalenti's blog": a personal blog named after its writer signs every
 * post with their name. Read only when nothing names the writer, and only a person's full name.
 */
export function personalBlogWriter(siteNames: ReadonlyArray<string | undefined>): string | undefined {
  for (const name of siteNames) {
    const m = name ? BLOG_OF.exec(name) : null;
    const writer = m ? cleanLine(m[1]) : undefined;
    if (writer && /\s/.test(writer) && looksLikeName(writer)) return writer;
  }
  return undefined;
}

const BLOG_OF = /(?:^|[-–—|:·]\s*)(\p{Lu}[\p{L}.’' -]{2,60}?)['’]s\s+(?:[Bb]log|[Ww]eblog|[Jj]ournal|[Hh]omepage|[Nn]otebook|[Ss]ite)\s*$/u;
