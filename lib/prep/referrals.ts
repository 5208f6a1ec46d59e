import { escapeRegExp } from '../text/regexp';
import { urlParts } from '../text/hosts';
import { foldWords } from '../text/fold';
import { GENDER_MARK } from '../text/gender-mark';
import type { Clip, Company, Person } from '../schema/dossier';
import { plain } from './clean';
import { companyNames } from './events';
import { onlyInQuarrel } from './dispute-side';
import { sameOrg } from './moves';
import { FAMILY_WORDS, isDepartmentName, roleFamily, roleLevel, worksWith, type RoleFamily } from './roles';
import type { Quote } from './quote';
import type { StoryFriend } from './story-friends';
import type { StoryPerson } from './story-people';

// The people a sheet names for the closing question: the company's own pages' people (not those an
// encyclopedia lists), the people who spoke for it in a clipped story, and the people a story
// names with a post there. Read by lib/prep/signals.ts.

const norm = foldWords;

export interface Referral {
  /** The person in the dossier; absent for someone only a clipped story names (a quoted head of design). */
  personId?: string;
  name: string;
  title?: string;
  /** Why this name, in a few words: "works in product management". */
  why: string;
  /** Works in the family the user is aiming at. */
  inTarget: boolean;
  basis: string[];
  /** A friend or mentor of the person met, as a story about them says ("his friend Bill Welter"): asked for as theirs. */
  relation?: string;
  /** Where that friend works, as the story says ("Journeyman Distillery"). */
  org?: string;
}

/** A page that lists a company's people without making them reachable: an encyclopedia or an investor's directory. */
const REFERENCE = /(^|\.)(wikipedia\.org|wikiwand\.com|britannica\.com|crunchbase\.com|sequoiacap\.com)$/i;
const hostOf = (url: string) => urlParts(url)?.hostname ?? '';

/** Their title at this company: the open role there on their profile ("Co-Founder & Technical Lead" at DWYL), not a role held elsewhere ("Lead Mentor" at Founders & Coders). */
function titleAt(p: Person, company: Pick<Company, 'name'> | undefined): string | undefined {
  const here = company ? p.experience.find((e) => e.end === undefined && e.title && sameOrg(e.company, company.name)) : undefined;
  if (here?.title) return here.title;
  const current = p.experience.find((e) => e.end === undefined && e.title === p.currentTitle);
  // Their current title is of another organisation: say nothing rather than something wrong.
  if (company && current?.company && !sameOrg(current.company, company.name)) return undefined;
  return p.currentTitle;
}

/**
 * Whether a story names this person as one of the company's people: a press release quotes its
 * partner's people too ("Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: ‘Our
 * new solution with Ascom …’"). A person known only from stories, every mention of whom ties them
 * to another organisation, is not a name to ask the company's people about.
 */
function speaksForCompany(p: Person, clips: Clip[], company: Pick<Company, 'name'> | undefined): boolean {
  const sources = clips.filter((c) => p.sourceClipIds.includes(c.id));
  if (!company || !sources.length || sources.some((c) => c.kind !== 'article')) return true;
  const co = companyNames(company)
    .map((n) => escapeRegExp(n))
    .join('|');
  const own = new RegExp(`(?:^|[^\\p{L}])(?:${co})(?![\\p{L}])`, 'iu');
  const partner = new RegExp(`\\b(?:with|and)\\s+(?:${co})(?![\\p{L}])`, 'iu');
  for (const c of sources) {
    const text = plain(c.text);
    const lower = text.toLowerCase();
    const name = p.name.toLowerCase();
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      const end = at + name.length;
      // Their title: from the name to the verb or the quote that follows ("…, Head of Platform Solutions for Ascom.").
      const title = text.slice(end, end + 120).split(/\b(?:says|said|adds|added|explains|notes)\b|[“"]/)[0]!;
      if (own.test(title)) return true;
      // Their words: the quote just before the name ("“…,” adds Olivier Bosc") or just after it.
      const open = Math.max(text.lastIndexOf('“', at), text.lastIndexOf('"', at));
      const before = open >= 0 && at - open < 500 ? text.slice(open, at) : '';
      const after = text
        .slice(end, end + 600)
        .split(/[”"]/)
        .slice(0, 2)
        .join(' ');
      const elsewhere = /\b(?:for|at)\s+[\p{Lu}][\p{L}&'’.-]+/u.test(title) || partner.test(`${before} ${after}`);
      if (!elsewhere) return true;
    }
  }
  return false;
}

const FOUNDER =
  /\b(?:co-?founder|founder|gründer\w*|mitgründer\w*|fondat\w*|cofondat\w*|oprichter|medeoprichter|fundador\w*|cofundador\w*)\b/iu;
/** The parts of a title that names several jobs ("Geschäftsleitung / Partner / Verkauf"). */
const splitTitle = (title: string | undefined) => (title ?? '').split(/\s*[/|,&]\s*|\s+(?:and|und|et|en|y)\s+/).filter(Boolean);

/**
 * Two records of the person met: a card names him "Salah Mahdi", the imprint "Salah Mahdi Saleh".
 * A name of two words or more whose words open the other's is the same person, never a referral to themselves.
 */
export function samePerson(a: string, b: string | undefined): boolean {
  if (!b) return false;
  const [x, y] = [a, b].map((n) => n.toLowerCase().split(/\s+/).filter(Boolean));
  const [short, long] = x!.length <= y!.length ? [x!, y!] : [y!, x!];
  return short.length >= 2 && short.every((w, i) => long[i] === w);
}

/**
 * A person's name as people write one: no brackets, digits, "&" or "/", no acronym ("KMU",
 * "IT-Betreuung": a service card read as a person). A surname in capitals ("Jean DUPONT") is a name.
 */
export function personName(name: string): boolean {
  return !/[()&/\d@]/.test(name) && !name.split(/\s+/).some((w) => /^\p{Lu}{2,4}$/u.test(w) || /^\p{Lu}{2,}-/u.test(w));
}

/**
 * A job posting's title, not a person's: a workload ("Cost Controller (100%)", "(80-100%)") or the
 * gender note of a German posting ("(m/w/d)"). A careers index read as people gave "Project Controls,
 * Cost Controller (100%)" as a name to ask for (blind-17 climeworks-careers-changer).
 */
export const postingTitle = (title: string) => WORKLOAD.test(title) || GENDER_MARK.test(title);
const WORKLOAD = /\(\s*\d{1,3}\s*(?:[-–]\s*\d{1,3}\s*)?%\s*\)/;

/** A press contact's title: "Apple spokesman", "Pressesprecherin", "media relations manager". */
const PRESS_TITLE =
  /\b(?:spokes(?:man|woman|person)|press (?:officer|secretary|contact|spokesperson)|media relations|public relations manager|porte-parole|woordvoerder)\b|pressesprecher(?:in)?\b|\bsprecher(?:in)?\b/i;

/** Words of a title that say how senior, not what work. */
const LEVEL_WORDS =
  /^(?:manager|director|senior|junior|assistant|associate|officer|specialist|coordinator|executive|licensed|certified|principal|lead|head|chief|staff|trainee|intern)$/;

/** People at the company worth naming in the closing question: the user's target family first. */
export function referrals(
  colleagues: Person[],
  person: Person | undefined,
  target: RoleFamily | undefined,
  clips: Clip[],
  company: Pick<Company, 'name'> | undefined,
  targetRole?: string,
): Referral[] {
  // The words of the role the user wants ("representative" in "Licensed real estate representative"):
  // a title sharing one does the work the user wants, whatever family it is read as. A level
  // ("manager", "senior") is no kind of work.
  const wanted = new Set(
    (targetRole ?? '')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 5 && !LEVEL_WORDS.test(w)),
  );
  const sameWork = (title: string | undefined) =>
    !!title &&
    title
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => wanted.has(w));
  const reference = new Set(clips.filter((c) => REFERENCE.test(hostOf(c.url))).map((c) => c.id));
  const known = colleagues
    // Key people named by Wikipedia are not people to ask an introduction to.
    .filter((p) => !p.sourceClipIds.length || p.sourceClipIds.some((id) => !reference.has(id)))
    .filter((p) => speaksForCompany(p, clips, company))
    // Known only from stories that name them in a quarrel (a works council's head criticising the chief): the other side.
    .filter((p) => {
      const sources = clips.filter((c) => p.sourceClipIds.includes(c.id));
      return !sources.length || sources.some((c) => c.kind !== 'article') || !onlyInQuarrel(p.name, sources);
    });
  // Co-founders name each other; a leader whose title also names the work the user wants
  // ("Geschäftsleitung / Partner / Verkauf" to a would-be salesman) is the person to ask about it.
  const founderMet = !!person && FOUNDER.test(titleAt(person, company) ?? person.headline ?? '');
  // Someone who runs the company names the one who runs it beside them (a second managing director):
  // out of reach for the user alone, an easy name for a fellow head to give.
  const execMet = !!person && roleLevel(titleAt(person, company) ?? person.headline) === 'executive';
  const inReach = (p: Person, title: string | undefined) =>
    (founderMet && FOUNDER.test(title ?? p.headline ?? '')) ||
    // Sideways, never up: a chief executive or a founder is no name to ask a newer head about.
    (execMet &&
      roleLevel(title ?? p.headline) === 'executive' &&
      !FOUNDER.test(title ?? '') &&
      !/\b(?:CEO|chief executive)\b/i.test(title ?? '')) ||
    (!!target && splitTitle(title).some((t) => roleFamily(t) === target));
  const scored = known
    .map((p) => ({ p, title: titleAt(p, company) }))
    // Not the founders and chief executives: a name to ask for is someone who might say yes.
    .filter(
      ({ p, title }) =>
        p.id !== person?.id &&
        !samePerson(p.name, person?.name) &&
        p.name.trim() &&
        personName(p.name) &&
        !postingTitle(title ?? p.currentTitle ?? p.headline ?? '') &&
        // A spokesperson quoted in the news answers the press, not a job seeker's questions about the work.
        (!!p.connection || target === 'marketing' || !PRESS_TITLE.test(title ?? p.currentTitle ?? '')) &&
        (!!p.connection || target === 'executive' || inReach(p, title) || roleLevel(title ?? p.headline) !== 'executive'),
    )
    .map(({ p, title }) => {
      const family = roleFamily(title) ?? roleFamily(p.headline);
      const inTarget = !!target && family === target;
      // Someone the user already knows there is the easiest introduction to ask for.
      // Then someone who leads a part of it: they know how the company works and whom to ask next.
      // An owner or partner who still does the work the user wants ("Owner / Representative") leads and knows it.
      const same = sameWork(title);
      const leads = roleLevel(title) === 'director' || (same && /\b(?:owner|partner|principal)\b/i.test(title ?? ''));
      const score =
        (p.connection ? 5 : 0) +
        (inTarget ? 4 : 0) +
        (target && worksWith(family, target) ? 1 : 0) +
        (title ? 1 : 0) +
        (leads ? 1 : 0) +
        (!inTarget && same ? 1 : 0);
      const why = p.connection
        ? `is one of your LinkedIn connections${p.connection.since ? ` (since ${p.connection.since.slice(0, 4)})` : ''}`
        : inTarget
          ? `works in ${target === 'executive' ? 'leadership' : familyWords(family!)}`
          : title
            ? `${isDepartmentName(plain(title)) ? 'works in' : 'is'} ${plain(title)}`
            : 'works there';
      return { p, title, score, why, inTarget };
    })
    .sort((a, b) => b.score - a.score || a.p.name.localeCompare(b.p.name));
  return scored.slice(0, 3).map(({ p, title, why, inTarget }) => ({
    personId: p.id,
    name: plain(p.name),
    title: title ? plain(title) : p.connection?.position ? plain(p.connection.position) : undefined,
    why,
    inTarget,
    basis: [`person:${p.id}:name`],
  }));
}

const familyWords = (f: RoleFamily) => FAMILY_WORDS[f];

/**
 * People who spoke for the company in a clipped story ("Ralf Groene, Microsoft's head of industrial
 * design") are named people to ask about too, after the company's own pages' people: not its chief
 * executives, and not the person met.
 */
export function withSpeakers(refs: Referral[], quotes: Quote[], target: RoleFamily | undefined): Referral[] {
  const out = [...refs];
  for (const q of quotes) {
    // "the Disney executive overseeing Disney+" is an executive too, though no title says so.
    if (
      out.length >= 3 ||
      q.byPerson ||
      !q.role ||
      roleLevel(q.role) === 'executive' ||
      /\bexecutive\b(?!\s+(?:assistant|producer))/i.test(q.role)
    )
      continue;
    if (out.some((r) => norm(r.name) === norm(q.speaker))) continue;
    const family = roleFamily(q.role);
    const inTarget = !!target && family === target;
    out.push({
      name: q.speaker,
      title: q.role,
      why: `was quoted for the company in ${q.source}`,
      inTarget,
      basis: [`clip:${q.clipId}`],
    });
  }
  return out;
}

/**
 * People a clipped story names with a post at the company ("Chris Yeh, Box's VP of Platform"), or
 * who founded a company it bought there: named people to ask about, after the company's own pages'
 * people and its speakers.
 */
export function withNamed(refs: Referral[], named: StoryPerson[], target: RoleFamily | undefined): Referral[] {
  const out = [...refs];
  for (const p of named) {
    if (out.length >= 3) break;
    if (out.some((r) => norm(r.name) === norm(p.name))) continue;
    out.push({
      name: p.name,
      title: p.title,
      why: p.why,
      inTarget: !!target && roleFamily(p.title) === target,
      basis: [`clip:${p.clipId}`],
    });
  }
  return out;
}

/**
 * The friends and mentors a story about the person met names (story-friends.ts), after everyone the
 * company's own pages and stories name: one message from the person met reaches them.
 */
export function withFriends(refs: Referral[], friends: StoryFriend[]): Referral[] {
  const out = [...refs];
  for (const f of friends) {
    if (out.length >= 3) break;
    if (out.some((r) => norm(r.name) === norm(f.name))) continue;
    out.push({
      name: f.name,
      // Where they work is all the glance's "people to ask about" can say of someone at another firm.
      ...(f.org ? { org: f.org, title: f.org } : {}),
      relation: f.relation,
      why: `is their ${f.relation}${f.org ? ` at ${f.org}` : ''}, as ${f.source} tells: “${f.evidence}”`,
      inTarget: false,
      basis: [`clip:${f.clipId}`],
    });
  }
  return out;
}
