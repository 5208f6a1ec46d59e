import { shownFact } from '../facts';
import { fold, foldWords } from '../text/fold';
import type { Clip, CompanyFactKey, Person, SelfProfile } from '../schema/dossier';
import { plain } from './clean';
import { isRecent, yearsSince } from './dates';
import { companyEvents, companyNames, eventsInClip, type CompanyEvent } from './events';
import { bestMove, careerOf, sameOrg, type Career, type Move } from './moves';
import { FAMILY_WORDS, roleFamily, roleLevel, worksWith, type RoleFamily } from './roles';
import { openRoles } from './open-roles';
import type { PrepInput } from './types';

/** A value and what it rests on. */
export interface Grounded<T> {
  value: T;
  basis: string[];
}

export interface OpenRole {
  title: string;
  team?: string;
  location?: string;
  date?: string;
  family?: RoleFamily;
  /** The role the user is aiming at, by its words (open-roles.ts) or its family. */
  matchesTarget: boolean;
  clipId: string;
  url: string;
  /** "careers page", "job posting". */
  source: string;
}

export interface Referral {
  personId: string;
  name: string;
  title?: string;
  /** Why this name, in a few words: "works in product management". */
  why: string;
  /** Works in the family the user is aiming at. */
  inTarget: boolean;
  basis: string[];
}

export interface CommonGround {
  kind: 'school' | 'employer' | 'city' | 'field';
  value: string;
}

/** What the user brings: their own words, and the families they are in and aiming at. */
export interface SelfSignals {
  name?: string;
  target?: string;
  targetFamily?: RoleFamily;
  field?: string;
  ownFamily?: RoleFamily;
  exploring?: string;
  /** The user's latest employer, as they wrote it. */
  employer?: string;
  school?: string;
}

/**
 * What a coach reads out of the dossier before writing anything: the person's career and where
 * they sit relative to the user's goal, events at the company with dates and sources, open roles,
 * common ground, named people to ask about. Computed once per sheet.
 */
export interface Signals {
  /** The meeting's start, or "now" when there is no meeting: what "recent" is measured from. */
  meetingAt: number;
  personId?: string;
  personName?: string;
  firstName?: string;
  companyName?: string;
  /** Their title now: the current job's, else the one the profile or team page gives. */
  title?: string;
  career: Career;
  /** The move to talk about (closest to the user's target). */
  move?: Grounded<Move>;
  /** Studied one thing, works in another ("MEng Civil Engineering" → software). */
  studySwitch?: Grounded<{ field: string; school?: string; family: RoleFamily }>;
  tenureYears?: number;
  fact(key: CompanyFactKey): Grounded<string> | undefined;
  events: CompanyEvent[];
  openRoles: OpenRole[];
  /** Recent stories about the company in which no event was recognised (an interview, an analysis). */
  stories: Array<Grounded<{ title: string; date?: string; url: string; source: string }>>;
  /** Posts or articles the person wrote that are in the dossier. */
  posts: Array<Grounded<{ title: string; date?: string; url: string; source: string }>>;
  commonGround: Array<Grounded<CommonGround>>;
  referrals: Referral[];
  self: SelfSignals;
  /** A student or a peer about two years in: no hiring or career-advice questions. */
  peer: boolean;
  /** They work in the family the user is aiming at. */
  sameFamily: boolean;
  /** They work beside it every day (an engineer for a would-be PM). */
  nearFamily: boolean;
  /** They lead people (and may hire). */
  leads: boolean;
  /** The event names the person met ("appointed Jane Doe as CEO" when meeting Jane Doe). */
  aboutPerson(e: CompanyEvent): boolean;
  /** The story of the event quotes or names the person met (they spoke for the company about it). */
  quotedIn(e: CompanyEvent): boolean;
}

const norm = foldWords;

/** A sentence names the person: their full name, or their surname when it is distinctive. */
function namesPerson(text: string, name: string): boolean {
  const t = norm(text);
  const n = norm(name);
  const last = n.split(' ').pop() ?? '';
  return (!!n && ` ${t} `.includes(` ${n} `)) || (last.length >= 4 && ` ${t} `.includes(` ${last} `));
}

function factSignal(company: PrepInput['company'], key: CompanyFactKey): Grounded<string> | undefined {
  if (!company) return undefined;
  const f = shownFact(company, key);
  if (!f) return undefined;
  const value = plain(Array.isArray(f.value) ? f.value.join(', ') : String(f.value));
  return value ? { value, basis: [`fact:${key}:${f.sourceClipId}`] } : undefined;
}

/** Common ground, the strongest first: a past employer, then a school, a city, a field. */
function commonGround(person: Person | undefined, self: SelfProfile | undefined): Array<Grounded<CommonGround>> {
  if (!person || !self) return [];
  const out: Array<Grounded<CommonGround>> = [];
  for (const e of person.experience)
    if (e.company && self.employers.some((x) => sameOrg(x, e.company)) && !out.some((c) => c.value.value === e.company))
      out.push({ value: { kind: 'employer', value: plain(e.company) }, basis: [`person:${person.id}:experience`, 'self:employers'] });
  const schools = new Set(self.schools.map(norm));
  for (const e of person.education)
    if (e.school && schools.has(norm(e.school)) && !out.some((c) => c.value.value === e.school))
      out.push({ value: { kind: 'school', value: plain(e.school) }, basis: [`person:${person.id}:education`, 'self:schools'] });
  const city = (s: string | undefined) => norm(s?.split(',')[0]);
  if (self.location && person.location && city(self.location) && city(self.location) === city(person.location))
    out.push({
      value: { kind: 'city', value: plain(person.location.split(',')[0]) },
      basis: [`person:${person.id}:location`, 'self:location'],
    });
  if (self.field) {
    const f = norm(self.field);
    const shared = person.education.find((e) => e.field && f && (norm(e.field).includes(f) || f.includes(norm(e.field))));
    if (shared?.field)
      out.push({ value: { kind: 'field', value: plain(shared.field) }, basis: [`person:${person.id}:education`, 'self:field'] });
  }
  return out;
}

/** The company's open roles (lib/prep/open-roles.ts), as the sheet reads them: with a family and a plain source. */
function rolesOf(input: PrepInput): OpenRole[] {
  return openRoles({ company: input.company, clips: input.clips }, input.self).map((r) => ({
    title: plain(r.title),
    team: r.team,
    location: r.location,
    date: r.postedAt,
    family: roleFamily(r.title),
    matchesTarget: r.matchesTarget,
    clipId: r.sourceClipId,
    url: r.url ?? input.clips.find((c) => c.id === r.sourceClipId)?.url ?? '',
    source: r.source === 'posting' ? 'job posting' : 'careers page',
  }));
}

/** People at the company worth naming in the closing question: the user's target family first. */
/** A page that lists a company's people without making them reachable: an encyclopedia or an investor's directory. */
const REFERENCE = /(^|\.)(wikipedia\.org|wikiwand\.com|britannica\.com|crunchbase\.com|sequoiacap\.com)$/i;
const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

function referrals(colleagues: Person[], person: Person | undefined, target: RoleFamily | undefined, clips: Clip[]): Referral[] {
  const reference = new Set(clips.filter((c) => REFERENCE.test(hostOf(c.url))).map((c) => c.id));
  const scored = colleagues
    // Key people named by Wikipedia are not people to ask an introduction to.
    .filter((p) => !p.sourceClipIds.length || p.sourceClipIds.some((id) => !reference.has(id)))
    // Not the founders and chief executives: a name to ask for is someone who might say yes.
    .filter(
      (p) =>
        p.id !== person?.id &&
        p.name.trim() &&
        (!!p.connection || target === 'executive' || roleLevel(p.currentTitle ?? p.headline) !== 'executive'),
    )
    .map((p) => {
      const family = roleFamily(p.currentTitle) ?? roleFamily(p.headline);
      const inTarget = !!target && family === target;
      // Someone the user already knows there is the easiest introduction to ask for.
      const score = (p.connection ? 5 : 0) + (inTarget ? 4 : 0) + (target && worksWith(family, target) ? 1 : 0) + (p.currentTitle ? 1 : 0);
      const why = p.connection
        ? `is one of your LinkedIn connections${p.connection.since ? ` (since ${p.connection.since.slice(0, 4)})` : ''}`
        : inTarget
          ? `works in ${target === 'executive' ? 'leadership' : familyWords(family!)}`
          : p.currentTitle
            ? `is ${plain(p.currentTitle)}`
            : 'works there';
      return { p, score, why, inTarget };
    })
    .sort((a, b) => b.score - a.score || a.p.name.localeCompare(b.p.name));
  return scored.slice(0, 3).map(({ p, why, inTarget }) => ({
    personId: p.id,
    name: plain(p.name),
    title: p.currentTitle ? plain(p.currentTitle) : p.connection?.position ? plain(p.connection.position) : undefined,
    why,
    inTarget,
    basis: [`person:${p.id}:name`],
  }));
}

const familyWords = (f: RoleFamily) => FAMILY_WORDS[f];

function selfSignals(self: SelfProfile | undefined): SelfSignals {
  if (!self) return {};
  return {
    name: self.name ? plain(self.name) : undefined,
    target: self.targetRole ? plain(self.targetRole) : undefined,
    targetFamily: roleFamily(self.targetRole) ?? roleFamily(self.exploring),
    field: self.field ? plain(self.field) : undefined,
    ownFamily: roleFamily(self.field),
    exploring: self.exploring ? plain(self.exploring) : undefined,
    employer: self.employers[0] ? plain(self.employers[0]) : undefined,
    school: self.schools[0] ? plain(self.schools[0]) : undefined,
  };
}

export function signals(input: PrepInput): Signals {
  const { person, company, clips, self, interview, now } = input;
  const meetingAt = interview?.when ?? now;
  const me = selfSignals(self);
  const career = careerOf(person, meetingAt);
  const move = bestMove(career.moves, me.targetFamily, me.ownFamily, meetingAt);
  const basisOf = (field: string) => (person ? [`person:${person.id}:${field}`] : []);
  // The latest degree in another family than the work they do now.
  const degree = (person?.education ?? []).find((e) => e.field || e.degree);
  const studyFamily = roleFamily(degree?.field) ?? roleFamily(degree?.degree);
  const studySwitch =
    degree && studyFamily && career.family && studyFamily !== career.family && career.family !== 'executive'
      ? {
          value: {
            field: plain(degree.field ?? degree.degree),
            school: degree.school ? plain(degree.school) : undefined,
            family: studyFamily,
          },
          basis: basisOf('education'),
        }
      : undefined;
  const posts = clips
    .filter((c) => c.kind === 'article' && person && (c.extraction.article?.authors ?? []).some((a) => norm(a) === norm(person.name)))
    .map((c) => ({
      value: { title: plain(c.extraction.article?.title ?? c.title), date: c.publishedAt, url: c.url, source: c.siteName ?? 'their post' },
      basis: [`clip:${c.id}`],
    }));
  const events = companyEvents(clips, company, meetingAt);
  // Every story with an event of its own (even one merged into another story's) is told by its event.
  const withEvents = new Set(clips.filter((c) => company && eventsInClip(c, company, meetingAt).length).map((c) => c.id));
  // A story is about the company when its title names it; a guess in the title is no news.
  const stories = clips
    .filter((c) => c.kind === 'article' && !withEvents.has(c.id) && isRecent(c.publishedAt, meetingAt))
    .map((c) => ({ c, title: plain(c.extraction.article?.title ?? c.title) }))
    .filter(
      ({ title }) =>
        company &&
        companyNames(company).some((n) => fold(title).includes(fold(n))) &&
        !/\b(rumou?r|expected|reportedly|could|may|might)\b|\?/i.test(title),
    )
    .sort((a, b) => (b.c.publishedAt ?? '').localeCompare(a.c.publishedAt ?? ''))
    .map(({ c, title }) => ({
      value: { title, date: c.publishedAt, url: c.url, source: c.siteName ?? 'a story you clipped' },
      basis: [`clip:${c.id}`],
    }));
  const family = career.family;
  // Stories that name the person in full: they were quoted, or spoke for the company.
  const quoting = new Set(
    person
      ? clips.filter((c) => c.kind !== 'person-profile' && ` ${norm(c.text)} `.includes(` ${norm(person.name)} `)).map((c) => c.id)
      : [],
  );
  const peer =
    career.student ||
    career.level === 'intern' ||
    (career.level !== 'senior' && !['manager', 'director', 'executive'].includes(career.level ?? '') && (career.yearsInFamily ?? 99) < 2.5);
  return {
    meetingAt,
    personId: person?.id,
    personName: person ? plain(person.name) : undefined,
    firstName: person ? plain(person.name).split(/\s+/)[0] : undefined,
    companyName: company ? plain(company.name) : undefined,
    title: career.current?.title ?? (person?.currentTitle ? plain(person.currentTitle) : undefined),
    career,
    move: move ? { value: move, basis: basisOf('experience') } : undefined,
    studySwitch,
    tenureYears: yearsSince(career.since, meetingAt),
    fact: (key) => factSignal(company, key),
    events,
    stories,
    openRoles: rolesOf(input),
    posts,
    commonGround: commonGround(person, self),
    referrals: referrals(input.colleagues ?? [], person, me.targetFamily, clips),
    self: me,
    peer: !!person && peer,
    sameFamily: !!me.targetFamily && family === me.targetFamily,
    nearFamily: !!me.targetFamily && family !== me.targetFamily && worksWith(family, me.targetFamily),
    leads: ['manager', 'director', 'executive'].includes(career.level ?? ''),
    aboutPerson: (e) => !!person && namesPerson(e.evidence, person.name),
    quotedIn: (e) => !!person && quoting.has(e.clipId),
  };
}
