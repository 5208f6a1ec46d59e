import { escapeRegExp } from '../text/regexp';
import type { PersonMention } from '../schema/page-extraction';
import { cleanLine, httpUrlOf } from './clean';
import { linkedinProfileUrl } from './facts';
import { prune } from '../objects';
import type { PageRole } from './page-role';
import { isLeaf, type PageScan, scanPage } from './page-scan';
import { cleanTitle, looksLikeName, NOT_A_NAME, ROLE_WORD, severalNames, splitNameTitle } from './person-name';

/**
 * The people a company's own page lists: team and leadership cards (a name, then a title),
 * "Name, Title" and "Name – Title" headings or links, photo grids whose titles sit in a separate
 * list, and groups under a heading that is their role ("Partners"). Never navigation, menus,
 * footers, lists of towns or a customer's testimonial: a name counts only where people are listed.
 */

const TEAM_HEADING =
  /\b(team|leadership|leaders|management|founders|board|directors|executives|our people|who we are|meet (?:the|our)|staff|attorneys|führung|geschäftsführung|vorstand|aufsichtsrat|ansprechpartner|équipe|direction|dirigeants|conseil|fondateurs|qui vous accompagne|medewerkers)\b/i;

interface Found extends PersonMention {
  el: Element;
  /** A photo, a marked name or title: the card is a person's, not a label's. */
  evidence?: boolean;
  /** The block around the name that holds no other person's name. */
  card: Element;
  /** Written "Name, Title" in one line. */
  joined?: boolean;
  /** The person a quote is by, on the company's own About, team or careers page. */
  speaker?: boolean;
  /** Written with the letters of a profession after it ("Laura Klein, RDH", "Jo Ng, DA, EFDA"). */
  credentials?: boolean;
  /** Followed by a biography that speaks of the person by name. */
  bio?: boolean;
}

export interface TeamOptions {
  role?: PageRole;
  /** The company's name: a heading that repeats it is not a person. */
  companyName?: string;
}

export function teamMembers(doc: Document, url: URL, opts: TeamOptions = {}): PersonMention[] {
  const body = doc.body;
  if (!body) return [];
  const onTeamPage = opts.role === 'team' || opts.role === 'about';
  // On About, team and careers pages the company's own people speak; elsewhere a quote is a customer's.
  const ownVoice = onTeamPage || opts.role === 'careers';
  const found: Found[] = [];
  const scan = scanPage(body);
  const { leaves } = scan;
  // A leaf whose lines are broken by <br> ("Jane Doe<br>President &amp; CEO") reads as "Jane Doe, President & CEO".
  const texts = new Map(leaves.map((l) => [l, (l.getElementsByTagName('br').length ? brJoined(l) : cleanLine(l.textContent, 200)) ?? '']));
  // Leaves that hold a name, alone or as "Name, Title": each bounds the others' cards.
  const joinedLeaves = new Set(
    leaves.filter((l) => {
      const t = texts.get(l)!;
      return t.length <= 150 && !!splitNameTitle(t)?.title;
    }),
  );
  // A one-word title ("President", "Controller") is no first name: it must not bound a card.
  const nameLeaves = leaves.filter((l) => {
    const t = texts.get(l)!;
    return joinedLeaves.has(l) || looksLikeName(t) || (SINGLE.test(t) && !ROLE_WORD.test(t));
  });
  const cards = cardFinder(nameLeaves, joinedLeaves, scan);
  const company = opts.companyName
    ? new Set(
        opts.companyName
          .toLowerCase()
          .split(/[\s,]+/)
          .filter((w) => w.length > 2),
      )
    : undefined;
  for (const el of leaves) {
    const text = texts.get(el)!.replace(HONORIFIC, '');
    if (!text || text.length > 150) continue;
    // Testimonials and reviews are customers speaking, wherever they are.
    if (scan.testimonial.has(el)) continue;
    const joined = splitNameTitle(text);
    if (!joined && !SINGLE.test(text) && !looksLikeName(text)) {
      // "Jani Daly, Cathy Hooper" under "Customer Service": two people who share a title.
      const names = severalNames(text);
      const card = names && !inRunningText(el) ? cards(el) : undefined;
      const title = card && titleIn(card, el, text, scan);
      if (names && card && title && titleLike(title.text))
        for (const name of names) found.push({ name, title: title.text, el, card, evidence: hasPhoto(card, name) || undefined });
      continue;
    }
    const quoted = !!el.closest('blockquote, q, figure, [class*="quote" i]');
    if (quoted && !ownVoice) continue;
    // A customer's letter printed on the page ("Dear Phillip, … Regards, Steven Humphreys, Director").
    if (signedLetter(el)) continue;
    if (joined?.title) {
      const card = cards(el);
      found.push({
        ...joined,
        el,
        card,
        joined: true,
        speaker: (ownVoice && !!joined.title) || undefined,
        evidence: hasPhoto(card, joined.name),
      });
      continue;
    }
    // "Scott P. Bruder, MD, PhD": the name, its letters dropped; the title is on the card.
    const name = joined?.name ?? text;
    if (company && company.has(name.toLowerCase().split(/\s+/)[0]!)) continue;
    // A name inside running text ("he worked at Pioneer Equipment") is not a card's name.
    if (inRunningText(el)) continue;
    const single = !joined && SINGLE.test(text) && !NOT_A_NAME.test(text) && !ROLE_WORD.test(text);
    if (!joined && !looksLikeName(text) && !single) continue;
    const card = cards(el);
    const found_ = titleIn(card, el, text, scan);
    const titleEl = found_?.el;
    const rawTitle = found_?.text;
    // "Jeanne Blondia, Vice President": a title line that repeats the name.
    const restated = rawTitle ? splitNameTitle(rawTitle) : undefined;
    if (single && restated) continue;
    const title = (restated ? restated.title : rawTitle) ?? (single ? undefined : titleFromBio(el, name));
    if (title && /\s(at|bei|chez|bij)\s|@/i.test(title)) continue;
    // A card that links to a post on a social network is a testimonial.
    if (card.querySelector('a[href*="/status/"], a[href*="/feed/update/"], a[href*="/posts/"]')) continue;
    const bio = bioAfter(el, name);
    const photo = hasPhoto(card, name) || bio;
    const marked =
      TITLE_CLASS.test(`${titleEl?.getAttribute('class') ?? ''} ${titleEl?.parentElement?.getAttribute('class') ?? ''}`) ||
      /name/i.test(el.getAttribute('class') ?? '');
    // A first name alone ("Jennifer") is a person only on a card with a photo and a role.
    if (single && !(photo && marked && title && ROLE_WORD.test(title))) continue;
    const credentials = (!!joined && !joined.title && joined.name !== text) || undefined;
    found.push(
      prune({
        name,
        title,
        el,
        evidence: photo || marked || undefined,
        speaker: (quoted && !!title) || undefined,
        card,
        credentials,
        bio: bio || undefined,
      }),
    );
  }
  return keepListed(found, leaves, url, opts.role);
}

/** "Global Head of Data and AI, Luxoft" on luxoft.com: the company after the title is the site's own. */
function withoutOwnCompany(title: string | undefined, url: URL): string | undefined {
  const m = title ? /^(.{3,}?),\s*([^,]{2,40})$/.exec(title) : null;
  if (!m) return title;
  const label = url.hostname
    .replace(/^www\d?\./, '')
    .split('.')[0]!
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase();
  const tail = m[2]!
    .toLowerCase()
    .replace(/\b(?:inc|llc|ltd|gmbh|ag|corp|group|plc)\b\.?/g, '')
    .replace(/[^a-z0-9]/g, '');
  return tail.length >= 3 && tail === label ? m[1] : title;
}

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
function signedLetter(nameEl: Element): boolean {
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
function inRunningText(el: Element): boolean {
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
function hasPhoto(card: Element, name: string): boolean {
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
function bioAfter(el: Element, name: string): boolean {
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
function titleFromBio(el: Element, name: string): string | undefined {
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

/** A first name alone: "Jennifer". */
const SINGLE = /^\p{Lu}[\p{Ll}'’-]{2,20}$/u;

const HONORIFIC = /^(?:professor|prof\.|mr\.|mrs\.|ms\.|mme|herr|frau)\s+/i;

/**
 * A person's card: the largest block around the name that holds no other person's name (a
 * card, a table of name and title rows, an item of a list). Other people's names are written
 * like this one (same tag and class) or as "Name, Title"; a company named in a bio ("worked at
 * Pioneer Equipment") does not end the card. Counted once per shape of name: no quadratic walk.
 */
function cardFinder(nameLeaves: Element[], joined: ReadonlySet<Element>, scan: PageScan): (el: Element) => Element {
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
const TITLE_CLASS =
  /role|position|job|function|poste|funktion|designation|(staff|bio|leader|member|person|team|people|employee|job)[-_]*title|stitle/i;

/**
 * The title in a card: the text right after the name in its own block ("<strong>Jane Doe</strong>
 * <br>President"), else the first text after the name that names a role (or is marked as one),
 * else — when the name stands alone (a definition term, a heading in a flat list) — the element
 * right after it.
 */
function titleIn(card: Element, nameEl: Element, name: string, scan: PageScan): { text: string; el?: Element } | undefined {
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
      // heading, never a title above another name (that one is someone else's).
      if (roleLine && !TEAM_HEADING.test(text) && !/[.!?]$/.test(text)) before = { text, el: leaf };
      continue;
    }
    if (roleLine && (!/[.!?]$/.test(text) || text.length < 60)) return { text, el: leaf };
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

const titleLike = (text: string) => text.length <= 120 && ROLE_WORD.test(text) && !(/[.!?]$/.test(text) && text.length >= 60);

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

const INLINE_TAG = /^(STRONG|B|EM|I|U|SPAN|FONT|A|SMALL|BIG|MARK|ABBR|CITE|LABEL)$/;
const BLOCK_TAG = /^(P|DIV|UL|OL|LI|H[1-6]|TABLE|SECTION|ARTICLE|DL|DT|DD|FIGURE|BLOCKQUOTE)$/;

/** A block's lines, split at <br> and joined with ", ": "Jane Doe<br>President" → "Jane Doe, President". */
function brJoined(el: Element): string | undefined {
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

/**
 * Keeps the names that sit where people are listed: on a team or About page, under a team
 * heading, or in a repeated list of cards that carry titles. A photo grid of names takes its
 * titles from a "Name, Title" list elsewhere on the page.
 */
function keepListed(found: Found[], leaves: Element[], url: URL, role: PageRole | undefined): PersonMention[] {
  const scopes = teamScopes(leaves);
  const onTeamPage = role === 'team' || role === 'about';
  const inScope = (f: Found) => onTeamPage || scopes.some((s) => s.contains(f.el));
  const titled = found.filter((f) => f.title);
  const titleOf = new Map(titled.map((f) => [f.name.toLowerCase(), f.title!]));
  const out: PersonMention[] = [];
  // One person, written "Jeanne Blondia" in a list and "Jeanne M. Blondia" on a card.
  const keyOf = (name: string) =>
    name
      .toLowerCase()
      .replace(/\b\p{L}\.\s*/gu, '')
      .replace(/\s+/g, ' ');
  const at = new Map<string, number>();
  // Titled names per card shape: three or more alike are a staff list ("Russ Collins<br>Executive
  // Director & CEO<br>Extension 23", repeated) wherever it sits, a contact page included.
  const titledShapes = new Map<string, Set<string>>();
  for (const f of titled) {
    const shape = shapeOf(f.el);
    (titledShapes.get(shape) ?? titledShapes.set(shape, new Set()).get(shape)!).add(f.name.toLowerCase());
  }
  for (const f of found) {
    const key = keyOf(f.name);
    const alike = siblingsLike(f, found);
    const staffList = !!f.title && (titledShapes.get(shapeOf(f.el))?.size ?? 0) >= 3;
    // A name without a title is a person only on a card with a photo, where people are listed, beside others like it.
    // Or, untitled, one of three or more names written alike with their professional letters
    // ("Laura Klein, RDH" in a list of hygienists): people, wherever the list sits.
    // Or, untitled, a name whose biography follows, on a team or About page that lists others.
    if (
      !f.title &&
      !(f.evidence && inScope(f) && alike >= 2) &&
      !(f.credentials && alike >= 2) &&
      !(f.bio && onTeamPage && found.length >= 2)
    )
      continue;
    // A titled name: on a card with a photo or a marked name or title line, or in a team section
    // beside others like it, or in a repeated list of cards; or the speaker of a quote on the company's own page.
    if (f.title && !f.joined && !(f.evidence || (inScope(f) && alike >= 1) || f.speaker || staffList)) continue;
    if (f.title && !(inScope(f) || f.speaker || (alike >= 2 && f.evidence) || staffList)) continue;
    // The person's own link (the name links to their profile), else one in their card.
    const own = f.el.closest('a')?.getAttribute('href') ?? f.el.querySelector('a')?.getAttribute('href');
    const link =
      own && /linkedin\.com\/(in|pub)\//i.test(own)
        ? own
        : f.card.querySelector('a[href*="linkedin.com/in/"], a[href*="linkedin.com/pub/"]')?.getAttribute('href');
    const href = link && /linkedin\.com\/(in|pub)\//i.test(link) ? httpUrlOf(link, url) : undefined;
    const person = prune({
      name: f.name,
      title: withoutOwnCompany(cleanTitle(f.title ?? titleOf.get(f.name.toLowerCase()) ?? groupRole(f.el)), url),
      profileUrl: linkedinProfileUrl(href) ?? href,
    });
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, out.length);
      out.push(person);
      continue;
    }
    const prev = out[i]!;
    out[i] = prune({
      name: person.name.length > prev.name.length ? person.name : prev.name,
      title: prev.title ?? person.title,
      profileUrl: prev.profileUrl ?? person.profileUrl,
    });
  }
  return out.slice(0, 200);
}

/** How many other found names sit in elements of the same shape (tag and class, three ancestors up): a repeated card. */
function siblingsLike(f: Found, all: Found[]): number {
  const mine = shapeOf(f.el);
  return all.filter((o) => o !== f && o.name !== f.name && shapeOf(o.el) === mine).length;
}

/** A striped table's rows are one shape: "sectiontableentry1" and "…2", "odd" and "even". */
const stripe = (cls: string) => cls.replace(/\d+/g, '').replace(/(^|\s)(odd|even|alt|alternate)(?=\s|$)/gi, '$1');

const shapes = new WeakMap<Element, string>();
function shapeOf(el: Element): string {
  let s = shapes.get(el);
  if (s === undefined) {
    const parts: string[] = [];
    for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement) {
      const part = `${e.tagName}.${stripe(e.getAttribute('class') ?? '')}`;
      // "<strong><strong>Brian Hunter</strong></strong>" is written like "<strong>Emily Mathews</strong>".
      if (part === parts[parts.length - 1] && INLINE_TAG.test(e.tagName)) continue;
      parts.push(part);
    }
    s = parts.join('<');
    shapes.set(el, s);
  }
  return s;
}

/** Sections under a team heading ("Our team", "Geschäftsführung", "Qui vous accompagne"). */
function teamScopes(leaves: Element[]): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  for (const leaf of leaves) {
    // A heading is a leaf, or holds one ("Un binôme, <em>deux métiers</em>"); an eyebrow line is marked by its class.
    const h = /^H[1-4]$/.test(leaf.tagName)
      ? leaf
      : leaf.parentElement && /^H[1-4]$/.test(leaf.parentElement.tagName)
        ? leaf.parentElement
        : /eyebrow|section-title/i.test(leaf.getAttribute('class') ?? '')
          ? leaf
          : undefined;
    if (!h || seen.has(h)) continue;
    seen.add(h);
    if (!TEAM_HEADING.test(h.textContent ?? '')) continue;
    // The heading's section: its parent, or the parent's parent when the heading is wrapped alone.
    let scope = h.parentElement;
    if (scope && scope.childElementCount === 1) scope = scope.parentElement;
    if (scope && scope.tagName !== 'BODY') out.push(scope);
    if (out.length >= 20) break;
  }
  return out;
}

/** The role a group heading gives its people: "Partners" → "Partner", "Of Counsel" as is. */
function groupRole(el: Element): string | undefined {
  for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) {
    for (let sib = e.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (!/^H[2-4]$/.test(sib.tagName)) continue;
      const text = cleanLine(sib.textContent);
      if (!text || text.split(' ').length > 3 || /&|\band\b|\bund\b|\bet\b/i.test(text)) return undefined;
      const singular = text.replace(/(?<=[a-z])s$/, '');
      return ROLE_WORD.test(singular) && !/\bboard\b/i.test(singular) ? singular : undefined;
    }
  }
  return undefined;
}
