import { shownFact } from '../facts';
import { missionOf } from './mission';
import { fold, foldWords } from '../text/fold';
import type { Clip, CompanyFactKey, Person, SelfProfile } from '../schema/dossier';
import { plain } from './clean';
import { isRecent, yearsSince } from './dates';
import { companyEvents, companyNames, eventsInClip, type CompanyEvent } from './events';
import { bestMove, careerOf, sameOrg, type Career, type Move } from './moves';
import { roleFamily, roleLevel, worksWith, type RoleFamily } from './roles';
import { openRoles } from './open-roles';
import { bioOf, priorRole, type Bio, type PriorRole } from './bio';
import { quotesIn, type Quote } from './quotes';
import { personQuotes } from './person-words';
import { storyFacts, type StoryFact } from './story-facts';
import { storyCare, type StoryCare } from './story-care';
import { storyPoints, type StoryPoint } from './story-points';
import { storyLead } from './story-lead';
import { pendingDeals, type PendingDeal } from './pending';
import { storyPeople } from './story-people';
import { companyStatements, type Statement } from './statements';
import { companyNews, type NewsItem } from './news';
import { titleScope, type TitleScope } from './title-scope';
import type { PrepInput } from './types';
import { referrals, withNamed, withSpeakers, type Referral } from './referrals';
import { selfSignals, type SelfSignals } from './self-signals';
import { ownPosts, type OwnPost } from './own-posts';
import { withPostColleagues } from './post-colleagues';
import { spokenCompany } from './spoken-company';
import { dayToDay, mottoOf, ownWords } from './own-words';
import { postingPoints, type PostingPoints } from './posting-points';
import { aboutRole, type AboutRole } from './about-role';

export { spokenCompany } from './spoken-company';

export type { Referral } from './referrals';
export type { SelfSignals } from './self-signals';

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
  /** What the posting says the job is day to day, in its own words. */
  dayToDay?: string;
  /** Its duties, the teams they name, the tools it asks for, how the company works (lib/prep/posting-points.ts). */
  points?: PostingPoints;
}

export interface CommonGround {
  kind: 'school' | 'employer' | 'city' | 'field';
  value: string;
}

/** What the user brings: their own words, and the families they are in and aiming at. */

/**
 * What a coach reads out of the dossier before writing anything: the person's career and where
 * they sit relative to the user's goal, events at the company with dates and sources, open roles,
 * common ground, named people to ask about. Computed once per sheet.
 */
/** A title that reports hearsay: a rumour, speculation, a report the company denies. */
const HEARSAY = /\b(?:rumou?r(?:s|ed)?|speculat\w*|denies|denied|dementi\w*|démen\w*)\b/i;

export interface Signals {
  /** The meeting's start, or "now" when there is no meeting: what "recent" is measured from. */
  meetingAt: number;
  /** What the user wants from this meeting, as they typed it. */
  goal?: string;
  personId?: string;
  personName?: string;
  firstName?: string;
  companyName?: string;
  /** Their title now: the current job's, else the one the profile or team page gives. */
  title?: string;
  /** What their title says they are in charge of ("Marketing & Business Development", "Platform Solutions"). */
  scope?: Grounded<TitleScope>;
  /** Their headline and about text, as they wrote them (their own words about their work). */
  headline?: Grounded<string>;
  about?: Grounded<string>;
  /** Their bio on the company's own team page, when no profile tells their path. */
  bio?: Bio;
  /** The job a story about them says they held before, when no profile tells their path ("CEO of Hipcricket"). */
  prior?: Grounded<PriorRole>;
  career: Career;
  /** The move to talk about (closest to the user's target). */
  move?: Grounded<Move>;
  /** Their education, as the profile gives it (plain text). */
  education: Array<{ school?: string; degree?: string; field?: string; end?: string }>;
  /** Studied one thing, works in another ("MEng Civil Engineering" → software). */
  studySwitch?: Grounded<{ field: string; school?: string; family: RoleFamily }>;
  tenureYears?: number;
  fact(key: CompanyFactKey): Grounded<string> | undefined;
  events: CompanyEvent[];
  openRoles: OpenRole[];
  /** News about the company no event reader recognised, read from its headline (lib/prep/news.ts). */
  news: NewsItem[];
  /** Recent stories about the company in which no event was recognised (an interview, an analysis). */
  stories: Array<Grounded<{ title: string; date?: string; url: string; source: string; lead?: string }>>;
  /** A deal a recent story reports as planned, not closed (its sentence): for "handle with care", never a question. */
  pending: PendingDeal[];
  /** Recent stories of hearsay about the company (a rumour, a denial): for "handle with care", never a hook. */
  hearsay: Array<Grounded<{ title: string; date?: string; url: string; source: string }>>;
  /** What people of the company (or the person met) said on the record in clipped stories. */
  quotes: Quote[];
  /** Deals, differences between markets and figures read in recent stories about the company. */
  storyFacts: StoryFact[];
  /** Points of the body of stories about the company: what shipped, the figures, the rank (lib/prep/story-points.ts). */
  storyPoints: StoryPoint[];
  /** Stories to handle with care that no headline reader knows: trouble told in another language, a change taken back after feedback (lib/prep/story-care.ts). */
  storyCare: StoryCare[];
  /** What the company says about itself on its own pages (an exclusive right, its group, a prize, its timeline), strongest first. */
  statements: Statement[];
  /** Posts or articles the person wrote that are in the dossier. */
  posts: Array<Grounded<{ title: string; date?: string; url: string; source: string }>>;
  /** What they posted on LinkedIn themselves, newest first (lib/prep/own-posts.ts). */
  ownPosts: OwnPost[];
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
  /** A clip read in English (its page's language): words of any other are quoted as the page's own, never blended into a sentence. */
  englishClip(clipId: string): boolean;
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
    dayToDay: r.source === 'posting' ? dayToDay(input.clips.find((c) => c.id === r.sourceClipId)) : undefined,
    points: r.source === 'posting' ? postingPoints(input.clips.find((c) => c.id === r.sourceClipId)) : undefined,
  }));
}

/** The move a team-page bio tells: from where they were before to the company, when they joined. */
function bioAsMove(bio: Bio, company: string, person: Person | undefined): Move {
  const title = person?.currentTitle ? plain(person.currentTitle) : undefined;
  return {
    from: { entry: { company: bio.before }, company: bio.before },
    to: { entry: { company, title, start: bio.joined }, company, title, family: roleFamily(title), level: roleLevel(title) },
    kind: 'employer',
    when: bio.joined,
  };
}

/**
 * The employer their own About names, over the organisation the profile's top card shows, when
 * nothing else was clipped about that organisation and the About and headline never name it: blind-13
 * rizzico-agrivoltaico-changer's card shows a lodge ("Osdia Capitolo … #3009") while the About opens
 * "Origination Manager presso DVP Solar Italia". Undefined when the card's organisation stands.
 */
function employerSaid(
  company: NonNullable<PrepInput['company']>,
  opening: AboutRole | undefined,
  person: Person | undefined,
  clips: Clip[],
): string | undefined {
  if (!opening || !person) return undefined;
  const own = ` ${norm([person.about, person.headline].filter(Boolean).join(' '))} `;
  if (companyNames(company).some((n) => norm(n) && own.includes(` ${norm(n)} `))) return undefined;
  if (clips.some((c) => c.kind !== 'person-profile' && c.companyId === company.id)) return undefined;
  return opening.org;
}

export function signals(input: PrepInput): Signals {
  const { person, company, clips, self, interview, now } = input;
  const meetingAt = interview?.when ?? now;
  const me = selfSignals(self);
  const career = careerOf(person, meetingAt);
  const basisOf = (field: string) => (person ? [`person:${person.id}:${field}`] : []);
  // No profile tells their path: the bio on the company's team page may ("joined X in 2011; before, at Y").
  const bio = career.jobs.length ? undefined : bioOf(person, company, clips);
  const bioMove = bio?.before && company ? bioAsMove(bio, company.name, person) : undefined;
  // A user leaving academia (a postdoc, a lecturer) is best served by the move out of a university.
  const academic = /academ|postdoc|ph\.?d|lecturer|professor|universit/i.test(
    [self?.exploring, self?.field, self?.targetRole, self?.employers[0]].filter(Boolean).join(' '),
  );
  const move = bestMove(career.moves, me.targetFamily, me.ownFamily, meetingAt, academic);
  // With no job and no title, a headline that opens on one ("Founder & CEO | Building …") says it.
  const headTitle = plain(person?.headline ?? '')
    .split(/\s*[|•·]\s*/)[0]!
    .trim();
  // No job on the profile: the About may open on one, in their own words ("Origination Manager presso DVP Solar Italia").
  const opening = career.jobs.length || !person?.about ? undefined : aboutRole(ownWords(person.about));
  const title =
    career.current?.title ??
    (person?.currentTitle ? plain(person.currentTitle) : undefined) ??
    // "Building Sovereign Data Infrastructure" is a slogan, whatever family its words name.
    (headTitle && headTitle.split(/\s+/).length <= 5 && !/^\p{L}+ing\b/u.test(headTitle) && roleFamily(headTitle)
      ? headTitle
      : undefined) ??
    opening?.title;
  const scope = titleScope(title);
  // Everything said on the record; what was said in a story of a setback names people, never a question.
  const found = quotesIn(clips, company, person);
  // The person met, quoted by surname in a story the company's quotes do not read (person-words.ts).
  const spoken = found.some((q) => q.byPerson) ? found : [...personQuotes(clips, person), ...found];
  const quotes = spoken.filter((q) => !q.careful);
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
  const news = companyNews(clips, company, meetingAt);
  // Every story with an event of its own (even one merged into another story's) is told by its event.
  const withEvents = new Set(clips.filter((c) => company && eventsInClip(c, company, meetingAt).length).map((c) => c.id));
  // Recent stories about the company (their title names it), read once for the news and for hearsay.
  const names = company ? companyNames(company).map(fold) : [];
  const titled = clips
    .filter((c) => c.kind === 'article' && isRecent(c.publishedAt, meetingAt))
    .map((c) => ({ c, title: plain(c.extraction.article?.title ?? c.title) }))
    .filter(({ title }) => names.some((n) => fold(title).includes(n)));
  const asStory = ({ c, title }: (typeof titled)[number]) => ({
    value: { title, date: c.publishedAt, url: c.url, source: c.siteName ?? 'a story you clipped', lead: storyLead(c) },
    basis: [`clip:${c.id}`],
  });
  // A story whose deal was read as an event is told (and asked) by its event: a careful note beside it would contradict it.
  const pending = pendingDeals(
    titled.map((t) => t.c),
    clips,
    company,
    meetingAt,
  ).filter((p) => !p.basis.some((b) => withEvents.has(b.slice('clip:'.length))));
  // A guess in the title is no news.
  const stories = titled
    .filter(({ c, title }) => !withEvents.has(c.id) && !/\b(rumou?rs?|expected|reportedly|could|may|might)\b|\?/i.test(title))
    .sort((a, b) => (b.c.publishedAt ?? '').localeCompare(a.c.publishedAt ?? ''))
    .map(asStory);
  // A story of hearsay about the company (a takeover rumour it denies): handled with care, never a hook.
  const hearsay = titled.filter(({ title }) => HEARSAY.test(title)).map(asStory);
  const family = career.family;
  // Stories that name the person in full: they were quoted, or spoke for the company.
  const named = person && ` ${norm(person.name)} `;
  const quoting = new Set(
    named ? clips.filter((c) => c.kind !== 'person-profile' && ` ${norm(c.text)} `.includes(named)).map((c) => c.id) : [],
  );
  const peer =
    career.student ||
    career.level === 'intern' ||
    (career.level !== 'senior' && !['manager', 'director', 'executive'].includes(career.level ?? '') && (career.yearsInFamily ?? 99) < 2.5);
  return {
    meetingAt,
    goal: interview?.goal ? plain(interview.goal) : undefined,
    personId: person?.id,
    personName: person ? plain(person.name) : undefined,
    firstName: person ? plain(person.name).split(/\s+/)[0] : undefined,
    companyName: company ? spokenCompany(plain(employerSaid(company, opening, person, clips) ?? company.name)) : undefined,
    title,
    scope: scope ? { value: scope, basis: basisOf(career.current ? 'experience' : 'title') } : undefined,
    headline: person?.headline ? { value: plain(person.headline), basis: basisOf('headline') } : undefined,
    about: person?.about && ownWords(person.about) ? { value: ownWords(person.about)!, basis: basisOf('about') } : undefined,
    bio,
    prior: (() => {
      const p = career.jobs.length ? undefined : priorRole(person, company, clips);
      return p ? { value: p, basis: [`clip:${p.clipId}`] } : undefined;
    })(),
    quotes,
    career,
    move: move ? { value: move, basis: basisOf('experience') } : bioMove ? { value: bioMove, basis: [`clip:${bio!.clipId}`] } : undefined,
    studySwitch,
    education: (person?.education ?? []).map((e) => ({
      school: e.school ? plain(e.school) : undefined,
      degree: e.degree ? plain(e.degree) : undefined,
      field: e.field ? plain(e.field) : undefined,
      end: e.end,
    })),
    tenureYears: yearsSince(career.since ?? bio?.joined, meetingAt),
    // Its mission, else the motto its own page puts in quotation marks ("a strong philosophy of “always put the customers first.”").
    // Else the sentence of its own page that names its mission or purpose ("con propósito: transformar …").
    fact: (key) => factSignal(company, key) ?? (key === 'mission' ? (mottoOf(clips, company) ?? missionOf(clips, company)) : undefined),
    events,
    news,
    // A story read as news is told by its news.
    stories: stories.filter((st) => !news.some((n) => !n.careful && st.basis.includes(`clip:${n.clipId}`))),
    hearsay,
    pending,
    storyFacts: storyFacts(clips, company, meetingAt),
    storyPoints: storyPoints(clips, company, meetingAt),
    storyCare: storyCare(clips, company),
    statements: companyStatements(clips, company, {
      people: [person?.name, ...(input.colleagues ?? []).map((c) => c.name)].filter((n): n is string => !!n),
      target: me.target,
      meetingAt,
    }),
    openRoles: rolesOf(input),
    posts,
    ownPosts: ownPosts(person, clips, company ? spokenCompany(plain(company.name)) : undefined, meetingAt),
    commonGround: commonGround(person, self),
    referrals: withNamed(
      withSpeakers(
        withPostColleagues(referrals(input.colleagues ?? [], person, me.targetFamily, clips, company, me.target), person, clips),
        spoken,
        me.targetFamily,
      ),
      storyPeople(clips, company, events).filter((p) => !person || norm(p.name) !== norm(person.name)),
      me.targetFamily,
    ),
    self: me,
    peer: !!person && peer,
    sameFamily: !!me.targetFamily && family === me.targetFamily,
    nearFamily: !!me.targetFamily && family !== me.targetFamily && worksWith(family, me.targetFamily),
    leads: ['manager', 'director', 'executive'].includes(career.level ?? ''),
    // The story names them, or names the very office they now hold ("the company's first Chief Strategy Officer").
    aboutPerson: (e) =>
      !!person &&
      (namesPerson(`${e.evidence} ${e.who ?? ''}`, person.name) ||
        (e.kind === 'leadership' && !!title && title.length > 3 && ` ${norm(e.what)} `.includes(` ${norm(title)} `))),
    quotedIn: (e) => !!person && quoting.has(e.clipId),
    englishClip: (id) => (clips.find((c) => c.id === id)?.extraction.lang ?? 'en').toLowerCase().startsWith('en'),
  };
}
