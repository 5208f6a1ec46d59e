import type { PersonMention } from '../schema/page-extraction';
import { cleanLine, httpUrlOf } from './clean';
import { linkedinProfileUrl } from './facts';
import { prune } from '../objects';
import { GENDER_MARK } from '../text/gender-mark';
import type { PageRole } from './page-role';
import { scanPage } from './page-scan';
import { shapeOf, slotOf } from './card-shape';
import {
  bioAfter,
  brJoined,
  brName,
  cardFinder,
  hasPhoto,
  inRunningText,
  nameAndPart,
  namedPhoto,
  signedLetter,
  TEAM_HEADING,
  TITLE_CLASS,
  titleFromBio,
  titleIn,
  titleLike,
} from './team-card';
import { cleanTitle, looksLikeName, NOT_A_NAME, ROLE_WORD, severalNames, splitNameTitle } from './person-name';

/**
 * The people a company's own page lists: team and leadership cards (a name, then a title),
 * "Name, Title" and "Name – Title" headings or links, photo grids whose titles sit in a separate
 * list, and groups under a heading that is their role ("Partners"). Never navigation, menus,
 * footers, lists of towns or a customer's testimonial: a name counts only where people are listed.
 */

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
  /** Where the title line sits (its tags and classes), and whether it was taken for its place alone, in no role's words. */
  titleAt?: string;
  loose?: boolean;
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
  const texts = new Map(
    leaves.map((l) => [l, (l.getElementsByTagName('br').length ? (brName(l) ?? brJoined(l)) : cleanLine(l.textContent, 200)) ?? '']),
  );
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
  // Names written alike (the same tags and classes up the tree), three or more: a repeated card.
  const nameShapes = new Map<string, number>();
  for (const l of nameLeaves) if (looksLikeName(texts.get(l))) nameShapes.set(shapeOf(l), (nameShapes.get(shapeOf(l)) ?? 0) + 1);
  // "Name / <span>Title</span>" written alike three times or more: each line is a person and their title.
  const parted = new Map(leaves.flatMap((l) => (l.firstElementChild ? [[l, nameAndPart(l)] as const] : [])).filter((e) => e[1]));
  const partShapes = new Map<string, number>();
  for (const l of parted.keys()) partShapes.set(shapeOf(l), (partShapes.get(shapeOf(l)) ?? 0) + 1);
  const company = opts.companyName
    ? new Set(
        opts.companyName
          .toLowerCase()
          .split(/[\s,]+/)
          .filter((w) => w.length > 2),
      )
    : undefined;
  for (const el of leaves) {
    const text = texts.get(el)!.replace(BULLET, '').replace(HONORIFIC, '');
    if (!text || text.length > 150) continue;
    // Testimonials and reviews are customers speaking, wherever they are.
    if (scan.testimonial.has(el)) continue;
    const part = parted.get(el);
    if (part && (partShapes.get(shapeOf(el)) ?? 0) >= 3) {
      const card = cards(el);
      found.push({ ...part, el, card, joined: true, evidence: hasPhoto(card, part.name) });
      continue;
    }
    const joined = splitNameTitle(text);
    if (!joined && !SINGLE.test(text) && !looksLikeName(text)) {
      // "Jani Daly, Cathy Hooper" under "Customer Service": two people who share a title.
      const names = severalNames(text);
      const card = names && !inRunningText(el) ? cards(el) : undefined;
      const title = card && titleIn(card, el, text, scan);
      // "Data Integrity and Tracking Optimization" above "Custom KPIs and Marketing Measurement" in
      // one bulleted list (fresh15-forthea): the next item of a list is another item, never a title.
      if (names && card && title && titleLike(title.text) && !(el.tagName === 'LI' && title.el?.parentElement === el.parentElement))
        for (const name of names) found.push({ name, title: title.text, el, card, evidence: hasPhoto(card, name) || undefined });
      continue;
    }
    // "Port Jervis, NY", "Wantage Township, NJ" (fresh18-alonso's service areas): a town and its
    // state, not a name and a profession's letters ("MD", "PA" and "CA" may be either: kept).
    if (joined && !joined.title && STATE_TAIL.test(text)) continue;
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
    // A line its class marks as the role ("<span class="card-role">Regiomanager Oost-Noord
    // Nederland</span>": fresh26-binc) is a title, not a name.
    const cls = el.getAttribute('class') ?? '';
    if (!joined && TITLE_CLASS.test(cls) && !/name/i.test(cls)) continue;
    // "Scott P. Bruder, MD, PhD": the name, its letters dropped; the title is on the card.
    const name = joined?.name ?? text;
    if (company && company.has(name.toLowerCase().split(/\s+/)[0]!)) continue;
    // A name inside running text ("he worked at Pioneer Equipment") is not a card's name.
    if (inRunningText(el)) continue;
    // "Campaign Tracker" linking to /templates/campaign-tracker: a catalogue's item, not a person.
    if (linksIntoCatalogue(el)) continue;
    const single = !joined && SINGLE.test(text) && !NOT_A_NAME.test(text) && !ROLE_WORD.test(text);
    if (!joined && !looksLikeName(text) && !single) continue;
    const card = cards(el);
    const repeated = (nameShapes.get(shapeOf(el)) ?? 0) >= 3 && (onTeamPage || namedPhoto(card, name));
    const found_ = titleIn(card, el, text, scan, repeated);
    const titleEl = found_?.el;
    const rawTitle = found_?.text;
    // "Jeanne Blondia, Vice President": a title line that repeats the name.
    const restated = rawTitle ? splitNameTitle(rawTitle) : undefined;
    if (single && restated) continue;
    const title = (restated ? restated.title : rawTitle) ?? (single ? undefined : titleFromBio(el, name));
    if (title && /\s(at|bei|chez|bij)\s|@/i.test(title)) continue;
    // "(m/w/d)" beside a role is a vacancy's heading: its card is a job's ("Kfz-Mechatroniker
    // (m/w/d)" over "Ihr Profil" and "Unbefristeter Arbeitsvertrag", fresh27-pufahl), no one's.
    if (rawTitle && GENDER_MARK.exec(rawTitle)?.[0] === rawTitle) continue;
    // A card that links to a post on a social network is a testimonial.
    if (card.querySelector('a[href*="/status/"], a[href*="/feed/update/"], a[href*="/posts/"]')) continue;
    const bio = bioAfter(el, name);
    const photo = hasPhoto(card, name) || bio;
    const marked =
      TITLE_CLASS.test(`${titleEl?.getAttribute('class') ?? ''} ${titleEl?.parentElement?.getAttribute('class') ?? ''}`) ||
      /name/i.test(el.getAttribute('class') ?? '');
    // A card its markup calls a person's ("person-card", a builder's "team-member" box).
    const personCard = PERSON_CARD.test(`${card.getAttribute('class') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''}`);
    // A first name alone ("Jennifer") is a person only on a card with a photo and a role, or on
    // a card marked as a person's with a role ("<div class="person-card"><strong>Levi</strong>
    // <span>Tekenaar &amp; adviseur</span>": fresh25-technischbouwadvies).
    // A word in the card's role line ("<p class="team-card__role">Diplomingenieur</p>", fresh3-tab) is no first name.
    if (
      single &&
      !(
        (photo || personCard) &&
        (marked || personCard) &&
        title &&
        ROLE_WORD.test(title) &&
        !TITLE_CLASS.test(el.getAttribute('class') ?? '')
      )
    )
      continue;
    const credentials = (!!joined && !joined.title && joined.name !== text) || undefined;
    found.push(
      prune({
        name,
        title,
        el,
        evidence: photo || marked || personCard || undefined,
        speaker: (quoted && !!title) || undefined,
        card,
        credentials,
        bio: bio || undefined,
        titleAt: titleEl && title === rawTitle ? slotOf(titleEl) : undefined,
        loose: found_?.loose,
      }),
    );
  }
  // A line taken as a title for its place alone ("Auszubildende" under a name) stands where another
  // card's line in a role's words stands ("Geschäftsführer"): the cards share one title slot. Feature
  // cards ("Bed Bug Treatment" over "Starting at") have no such card.
  const slots = new Set(found.flatMap((f) => (f.titleAt && !f.loose ? [f.titleAt] : [])));
  for (const f of found) if (f.loose && !(f.titleAt && slots.has(f.titleAt))) delete f.title;
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

/**
 * The name links into a catalogue of things (templates, integrations, products, features,
 * courses): "Campaign Tracker" → /templates/campaign-tracker names an item, never a person, however
 * much its card looks like one (a picture, two capitalised words, a department word above it).
 */
const linksIntoCatalogue = (el: Element) => CATALOGUE.test(el.closest('a')?.getAttribute('href') ?? '');

const CATALOGUE =
  /\/(?:templates?|integrations?|apps|products?|features?|solutions|services|tools|categor(?:y|ies)|collections|shop|courses?|recipes|use-cases|vorlagen|produkte|modeles|produits)\/[^/?#]/i;

/** The class of a card that holds one person: "person-card", "team-member", Divi's "et_pb_team_member", "staff-item". */
const PERSON_CARD = /(?:^|[\s_-])(?:person|team|staff|member|employee|people)[-_]+(?:card|member|item|box|profile|tile)(?:$|[\s_-])/i;

/** A first name alone: "Jennifer". */
const SINGLE = /^\p{Lu}[\p{Ll}'’-]{2,20}$/u;

/** A guillemet set before each name of a list: "» Wiebke Scharf" (fresh17-viehbacher); a list of towns is bulleted "• Costa Mesa" (fresh20-gymprovisions), left as it is. */
const BULLET = /^[»›]\s*/;

const HONORIFIC = /^(?:professor|prof\.|mr\.|mrs\.|ms\.|mme|herr|frau)\s+/i;

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
  return withoutEndorsers(out).slice(0, 200);
}

/** How many other found names sit in elements of the same shape (tag and class, three ancestors up): a repeated card. */
function siblingsLike(f: Found, all: Found[]): number {
  const mine = shapeOf(f.el);
  return all.filter((o) => o !== f && o.name !== f.name && shapeOf(o.el) === mine).length;
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

/** A US state's code after a comma that no profession's letters share. */
const STATE_TAIL =
  /,\s*(?:AL|AK|AZ|AR|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MI|MN|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)$/;

/**
 * Cards that sign each name with a role at another firm ("Art Director, Warner Bros", "Founder,
 * Prost Work", "Designer, McCann"): three firms and more among most of the cards are clients
 * or students speaking for the company, not its staff. A department after the comma ("Director,
 * Sales") is the company's own; so is one firm named again and again.
 */
function withoutEndorsers(people: PersonMention[]): PersonMention[] {
  const firms = people.map((p) => {
    const tail = p.title ? SIGNED.exec(p.title)?.[1]?.trim() : undefined;
    return tail && !DEPARTMENT.test(tail) ? tail.toLowerCase() : undefined;
  });
  const signed = firms.filter((f) => f !== undefined);
  if (signed.length < 3 || new Set(signed).size < 3 || signed.length < 0.6 * people.length) return people;
  // Once the list reads as endorsements, a card signed "Senior Designer, Uncommon Creative Studio" is one of them too.
  return people.filter((p) => !(p.title && SIGNED.test(p.title)));
}

/** A title signed with what follows its one comma: "Art Director, Warner Bros". */
const SIGNED = /^.{3,}?,\s*([^,]{2,60})$/;

/** What follows a title's comma when it names a part of the company, not another firm. */
const DEPARTMENT =
  /\b(?:sales|marketing|operations|finance|financial|engineering|products?|hr|human|people|talent|legal|research|development|design|communications?|customer|clients?|support|services?|technology|it|strategy|partnerships?|growth|data|analytics|security|accounting|administration|admin|programs?|projects?|education|outreach|events?|community|brand|content|digital|media|creative|quality|supply|procurement|logistics|facilities|europe|emea|apac|asia|americas|north|south|east|west|global|international|region(?:al)?|us|usa|uk|retired|emeritus|ret\.?)\b/i;
