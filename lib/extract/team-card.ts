import { fold } from '../text/fold';
import { escapeRegExp } from '../text/regexp';
import { cleanLine } from './clean';
import { isLeaf, type PageScan } from './page-scan';
import { looksLikeName, ROLE_WORD } from './person-name';

/**
 * One person's card on a company's page: where its block ends, whether it shows a photo or a bio,
 * which line is the title, and the cues that a name signs a customer's letter or sits in a sentence
 * rather than a list of people. Read by teamMembers (team.ts).
 */

export const TEAM_HEADING =
  /\b(team|leadership|leaders|management|founders|board|directors|executives|our people|who we are|meet (?:the|our)|staff|attorneys|führung|geschäftsführung|vorstand|aufsichtsrat|ansprechpartner|équipe|direction|dirigeants|conseil|fondateurs|qui vous accompagne|medewerkers)\b/i;

// A greeting to someone by name ("Dear Phillip,", "Hi Erin", "Good afternoon Phillip"), never "Hello! We are …"
// (no /i: under /iu, \p{Lu} would match a lowercase letter too).
const GREETING =
  /^(?:[Dd]ear|[Hh]i|[Hh]ello|[Gg]ood (?:morning|afternoon|evening)|[Bb]este|[Gg]eachte|[Ll]iebe[rs]?|[Ss]ehr geehrte[rs]?|[Bb]onjour|[Cc]her|[Cc]hère)\s+\p{Lu}/u;
const SIGN_OFF =
  /\b(?:regards|sincerely|yours (?:truly|faithfully|sincerely)|thanks again|thank you(?: so much| again)?(?: \p{L}+)?|many thanks|cheers|best wishes|met vriendelijke groet(?:en)?|groeten|mit freundlichen grüßen|viele grüße|cordialement|bien à vous)[\s,.!]*$/iu;

/**
 * The name signs a letter or a review: the block around it (up to three levels up) opens with a
 * greeting ("Dear Phillip,", "Hi Erin") or the name follows a sign-off ("Regards", "Thanks again").
 * A customer thanking the staff, not one of them. Staff cards carry a bio, never a greeting.
 */
export function signedLetter(nameEl: Element): boolean {
  const name = (nameEl.textContent ?? '').trim();
  for (let el = nameEl.parentElement, k = 0; el && k < 3 && el.tagName !== 'BODY'; el = el.parentElement, k++) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 4_000) break;
    const at = text.indexOf(name);
    const before = at > 0 ? text.slice(0, at).trim() : '';
    if (SIGN_OFF.test(before.slice(-60)) || (before.length >= 80 && GREETING.test(text))) return true;
  }
  return false;
}

/** The element sits in a sentence: its parent has text of its own around it. */
export function inRunningText(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || /^(H[1-6]|LI|TD|DT|DD)$/.test(parent.tagName)) return false;
  // The element's own line (between line breaks): a name with its title beside it is short.
  const ends = (n: ChildNode) => n.nodeName === 'BR' || (n.nodeType === 1 && BLOCK_TAG.test(n.nodeName));
  let line = el.textContent ?? '';
  for (let n = el.previousSibling; n && !ends(n); n = n.previousSibling) line = (n.textContent ?? '') + line;
  for (let n = el.nextSibling; n && !ends(n); n = n.nextSibling) line += n.textContent ?? '';
  const rest = line
    .replace(el.textContent ?? '', '')
    .replace(/\s+/g, ' ')
    .trim();
  return (
    rest.length > 3 &&
    (rest.length > 60 || (/\b(the|and|in|at|of|with|for|der|die|und|le|la|et|de|het|en)\b/.test(rest) && !ROLE_WORD.test(rest)))
  );
}

/** A photo beside the name: an image (whose alt, if any, is not a logo), a portrait or an avatar. */
export function hasPhoto(card: Element, name: string): boolean {
  // Tag lookups and one pass over class names: attribute-substring selectors are slow in some DOMs.
  if (card.getElementsByTagName('picture').length) return true;
  const imgs = card.getElementsByTagName('img');
  const first = name.toLowerCase().split(' ')[0]!;
  for (let i = 0; i < imgs.length && i < 5; i++) {
    const alt = (imgs[i]!.getAttribute('alt') ?? '').toLowerCase();
    if (alt.includes(first) || !/logo|icon|arrow|badge/i.test(`${alt} ${imgs[i]!.getAttribute('src') ?? ''}`)) return true;
  }
  const all = card.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < 300; i++)
    if (/photo|avatar|portrait|headshot/i.test(all[i]!.getAttribute('class') ?? '')) return true;
  return false;
}

/**
 * A biography right after the name, that speaks of the person by name: "Walter (Bill) Babb" then
 * "Bill began in the construction industry at age 15…", "Dr. Torkian graduated from…". The line
 * after the name in its block, else the block after the name's.
 */
export function bioAfter(el: Element, name: string): boolean {
  const text = bioText(el);
  // A person's story says "he" or "she"; a service's never does.
  if (!text || text.length < 80 || !PRONOUN.test(text)) return false;
  const head = text.slice(0, 100);
  const words = name
    .replace(/[()]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length >= 3 && !/\.$/.test(w));
  return words.some((w) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(head));
}

/** The line after the name in its block, else the block after the name's. */
function bioText(el: Element): string | undefined {
  const text = textAfter(el);
  if (text) return text;
  const block = el.closest('p, div, h1, h2, h3, h4, h5, h6, li, dt, td');
  return cleanLine(block?.nextElementSibling?.textContent, 200);
}

/**
 * The title a biography gives its person in its first words, when the card shows none: "Matt is a
 * Managing Director in Acme's consulting group" → "Managing Director". The title is the run of
 * capitalised words after "is a", and must name a role.
 */
export function titleFromBio(el: Element, name: string): string | undefined {
  const first = escapeRegExp(name.split(/\s+/)[0]!);
  const bio = bioText(el)?.slice(0, 200);
  if (!bio || first.length < 2) return undefined;
  const m = new RegExp(
    String.raw`^(?:${first}|(?:He|She))(?:\s\p{Lu}[\p{L}'’-]+)?\s+(?:is|serves as)\s+(?:a|an|the|our)\s+((?:\p{Lu}[\p{L}&'’-]*\s+(?:of\s+|and\s+|&\s+)?){1,6})(?=[\p{Ll},.])`,
    'u',
  ).exec(bio);
  const title = cleanLine(m?.[1]?.replace(/\s+(?:of|and|&)\s*$/, ''));
  return title && ROLE_WORD.test(title) ? title : undefined;
}

const PRONOUN = /\b(he|she|his|her|him|er|sie|sein|seine|ihr|ihre|il|elle|hij|zij|haar|zijn)\b/i;

/**
 * A person's card: the largest block around the name that holds no other person's name (a
 * card, a table of name and title rows, an item of a list). Other people's names are written
 * like this one (same tag and class) or as "Name, Title"; a company named in a bio ("worked at
 * Pioneer Equipment") does not end the card. Counted once per shape of name: no quadratic walk.
 */
export function cardFinder(nameLeaves: Element[], joined: ReadonlySet<Element>, scan: PageScan): (el: Element) => Element {
  const byShape = new Map<string, Element[]>();
  for (const l of nameLeaves) {
    const k = `${l.tagName}.${l.getAttribute('class') ?? ''}`;
    (byShape.get(k) ?? byShape.set(k, []).get(k)!).push(l);
  }
  const counts = new Map<string, Map<Element, number>>();
  const countsFor = (shape: string) => {
    let m = counts.get(shape);
    if (m) return m;
    m = new Map();
    for (const l of new Set([...(byShape.get(shape) ?? []), ...joined]))
      for (let e = l.parentElement; e && e.tagName !== 'BODY'; e = e.parentElement) m.set(e, (m.get(e) ?? 0) + 1);
    counts.set(shape, m);
    return m;
  };
  return (el) => {
    const m = countsFor(`${el.tagName}.${el.getAttribute('class') ?? ''}`);
    let card = el;
    for (let e = el.parentElement; e && e.tagName !== 'BODY' && e.tagName !== 'MAIN'; e = e.parentElement) {
      // The element itself is among the names counted under its ancestors: another one ends the card.
      if ((m.get(e) ?? 0) > 1) break;
      card = e;
      if ((scan.textLength.get(e) ?? 0) > 3_000) break;
    }
    return card;
  };
}

/** A class that marks a person's title line ("team-role", "stafftitle", "bio-title", "od-team__leader-title"). */
export const TITLE_CLASS =
  /role|position|job|function|poste|funktion|designation|(staff|bio|leader|member|person|team|people|employee|job)[-_]*title|stitle/i;

/**
 * The title in a card: the text right after the name in its own block ("<strong>Jane Doe</strong>
 * <br>President"), else the first text after the name that names a role (or is marked as one),
 * else — when the name stands alone (a definition term, a heading in a flat list) — the element
 * right after it.
 */
export function titleIn(
  card: Element,
  nameEl: Element,
  name: string,
  scan: PageScan,
  repeated = false,
): { text: string; el?: Element; loose?: true } | undefined {
  const inline = textAfter(nameEl);
  if (inline && titleLike(inline)) return { text: inline };
  if (card === nameEl) {
    const next = nameEl.nextElementSibling;
    const text = next && isLeaf(next, scan) ? cleanLine(next.textContent, 200) : undefined;
    return text && text !== name && (titleLike(text) || TITLE_CLASS.test(next!.getAttribute('class') ?? ''))
      ? { text, el: next! }
      : titleBefore(nameEl, scan);
  }
  let after = false;
  let before: { text: string; el: Element } | undefined;
  // Lines after the name, and one that ends in a comma, which goes on in the next ("Dipl.-Ing. (FH)
  // Vermessung," over "Geschäftsführer": fresh26-geofurrer).
  let lines = 0;
  let held = '';
  for (const leaf of Array.from(card.querySelectorAll('*'))) {
    if (leaf === nameEl) {
      after = true;
      continue;
    }
    if (!isLeaf(leaf, scan)) continue;
    const text = cleanLine(leaf.textContent, 200);
    if (!after && text && (text === name || looksLikeName(text))) before = undefined;
    if (!text || text === name || text.length > 120) continue;
    const roleLine = ROLE_WORD.test(text) || TITLE_CLASS.test(leaf.getAttribute('class') ?? '') || leaf.tagName.toLowerCase() === 'stitle';
    if (!after) {
      // A card that puts the title above the name ("CEO" over "Jane Roe"); never the section's
      // heading (unless marked as the role: "<p class="role">Geschäftsführung, Meister</p>",
      // fresh26-satisfactory), never a title above another name (that one is someone else's).
      const marked = TITLE_CLASS.test(leaf.getAttribute('class') ?? '');
      if (roleLine && (marked || !TEAM_HEADING.test(text)) && !/[.!?]$/.test(text)) before = { text, el: leaf };
      continue;
    }
    const line = held + text;
    held = '';
    if (roleLine && (!/[.!?]$/.test(text) || text.length < 60)) return { text: line, el: leaf };
    if (text.endsWith(',') && line.length < 80 && !leaf.closest('a')) {
      held = `${line} `;
      continue;
    }
    // A card repeated down the page (a photo of the person, or a team page) writes its title right
    // under the name, in whatever words: a degree ("B.Sc. Geodäsie"), a trainee ("Auszubildende"), a
    // trade ("Chef de projet", "Developpeur web"). Only the first line, and only a short one; the
    // team reader keeps it where another card of the page has a role's words in the same place.
    if (repeated && !lines++ && cardLine(line, leaf)) return { text: line, el: leaf, loose: true };
    // A bio paragraph after the name: the card has no title line.
    if (text.length > 80) break;
  }
  return before;
}

/**
 * A flat list that writes each title above its name ("President", "Kanu Patel", "", "Vice
 * President", "Bill Robertson", …): the title is the line before the name when the list opens
 * with a title and every name in it follows one. A list that opens with a name pairs the other way.
 */
function titleBefore(nameEl: Element, scan: PageScan): { text: string; el?: Element } | undefined {
  const parent = nameEl.parentElement;
  if (!parent) return undefined;
  const items: Array<{ el: Element; text: string }> = [];
  for (let c = parent.firstElementChild; c && items.length < 400; c = c.nextElementSibling) {
    const text = scan.textLength.has(c) ? cleanLine(c.textContent, 200) : undefined;
    if (text) items.push({ el: c, text });
  }
  const isTitle = (i: number) => {
    const item = items[i];
    return !!item && !looksLikeName(item.text) && (titleLike(item.text) || TITLE_CLASS.test(item.el.getAttribute('class') ?? ''));
  };
  const names = items.flatMap((item, i) => (looksLikeName(item.text) ? [i] : []));
  if (names.length < 2 || names[0] === 0 || !names.every((i) => isTitle(i - 1))) return undefined;
  const at = items.findIndex((item) => item.el === nameEl);
  return at > 0 ? { text: items[at - 1]!.text, el: items[at - 1]!.el } : undefined;
}

/**
 * "Nicolas Babineau / <span>PharmD</span>", "Pete Baughman - <em>Project Manager</em>": a name, a
 * separator, and the title in an inline element of its own at the end of the line.
 */
export function nameAndPart(el: Element): { name: string; title: string } | undefined {
  const part = el.lastElementChild;
  if (!part || !INLINE_TAG.test(part.tagName) || part.nextSibling?.textContent?.trim()) return undefined;
  let own = '';
  for (let n = el.firstChild; n && n !== part; n = n.nextSibling) own += n.textContent ?? '';
  const name = /^(.+?)\s+[/|–—·-]$|^(.+?),$/.exec(own.replace(/\s+/g, ' ').trim());
  const title = cleanLine(part.textContent);
  const n = name?.[1] ?? name?.[2];
  return n && title && looksLikeName(n) && cardLine(title, part) ? { name: n, title } : undefined;
}

/** A line that can be a card's title: short, no sentence, no telephone, address or link, no name. */
const cardLine = (text: string, leaf: Element) =>
  text.length <= 80 &&
  text.split(' ').length <= 8 &&
  /^\p{L}/u.test(text) &&
  !/[!?:;]$|\d{3}|@|https?:|www\./.test(text) &&
  !(text.endsWith('.') && text.split(' ').length > 3) &&
  !leaf.closest('a, button') &&
  // A line in capitals is a title set in them ("CHEF DE PROJET"), not a name.
  !(looksLikeName(text) && text !== text.toUpperCase());

/** A photo in the card whose description or file names the person ("alt="Vera Bohe"", "Xavier-Remillard-….png"). */
export function namedPhoto(card: Element, name: string): boolean {
  const letters = (s: string) => fold(s).replace(/[^\p{L}]/gu, '');
  const last = letters(name.split(/\s+/).pop() ?? '');
  if (last.length < 3) return false;
  const imgs = card.getElementsByTagName('img');
  for (let i = 0; i < imgs.length && i < 5; i++)
    if (letters(`${imgs[i]!.getAttribute('alt') ?? ''} ${imgs[i]!.getAttribute('src') ?? ''}`).includes(last)) return true;
  return false;
}

export const titleLike = (text: string) => text.length <= 120 && ROLE_WORD.test(text) && !(/[.!?]$/.test(text) && text.length >= 60);

/** The text that follows an element on its own line: ", President" or "<br>President & CEO". */
function textAfter(el: Element): string | undefined {
  // "<strong><strong>Chris Tabaczka</strong><br></strong>Director": at the end of an inline
  // wrapper the line goes on after it.
  const next = (node: ChildNode): ChildNode | null => {
    let x: ChildNode = node;
    while (!x.nextSibling && x.parentElement && INLINE_TAG.test(x.parentElement.tagName)) x = x.parentElement;
    return x.nextSibling;
  };
  let text = '';
  let n: ChildNode | null = next(el);
  // Skip the line break right after the name.
  while (n && ((n.nodeType === 3 && !(n.nodeValue ?? '').trim()) || n.nodeName === 'BR')) {
    const br = n.nodeName === 'BR';
    n = next(n);
    if (br) break;
  }
  for (; n && n.nodeName !== 'BR'; n = next(n)) {
    if (n.nodeType === 1 && BLOCK_TAG.test(n.nodeName)) break;
    text += n.textContent ?? '';
  }
  return cleanLine(text.replace(/^[\s,–—|·:-]+/, ''), 200);
}

export const INLINE_TAG = /^(STRONG|B|EM|I|U|SPAN|FONT|A|SMALL|BIG|MARK|ABBR|CITE|LABEL)$/;
const BLOCK_TAG = /^(P|DIV|UL|OL|LI|H[1-6]|TABLE|SECTION|ARTICLE|DL|DT|DD|FIGURE|BLOCKQUOTE)$/;

/**
 * A name set on two or three lines ("<h3>Merlijn<br>Stieger</h3>", a design that stacks first and
 * last name: fresh26-binc, gsofter/tokn's TeamMember), when the photo beside it names the person.
 */
export function brName(el: Element): string | undefined {
  const lines = (brJoined(el) ?? '').split(', ');
  const name = lines.join(' ');
  if (lines.length < 2 || lines.length > 3 || !looksLikeName(name) || lines.some((l) => ROLE_WORD.test(l))) return undefined;
  for (let e = el.parentElement, k = 0; e && k < 3; e = e.parentElement, k++) if (namedPhoto(e, name)) return name;
  return undefined;
}

/** A block's lines, split at <br> and joined with ", ": "Jane Doe<br>President" → "Jane Doe, President". */
export function brJoined(el: Element): string | undefined {
  const lines: string[] = [''];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeName === 'BR') lines.push('');
    else lines[lines.length - 1] += n.textContent ?? '';
  }
  return cleanLine(
    lines
      .map((l) => cleanLine(l))
      .filter(Boolean)
      .join(', '),
    200,
  );
}
