import type { CompanyFactKey } from '../schema/dossier';
import type { CompanyEvent } from './events';
import type { Career, Move } from './moves';
import type { RoleFamily } from './roles';
import type { Bio, PriorRole } from './bio';
import type { Quote } from './quote';
import type { StoryFact } from './story-facts';
import type { StoryCare } from './story-care';
import type { StoryPoint } from './story-point';
import type { PendingDeal } from './pending';
import type { Statement } from './statements';
import type { NewsItem } from './news';
import type { TitleScope } from './title-scope';
import type { Appointment } from './appointment';
import type { Departure } from './departure';
import type { PageSubject } from './own-page-subject';
import type { Referral } from './referrals';
import type { SelfSignals } from './self-signals';
import type { OwnPost } from './own-posts';
import type { PostingPoints } from './posting-points';

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

/**
 * What a coach reads out of the dossier before writing anything: the person's career and where
 * they sit relative to the user's goal, events at the company with dates and sources, open roles,
 * common ground, named people to ask about. Computed once per sheet.
 */
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
  /** Their own appointment, told in a story about the company (lib/prep/appointment.ts). */
  appointed?: Grounded<Appointment>;
  /** Their own exit from the company, told in a story (lib/prep/departure.ts). */
  leaving?: Grounded<Departure>;
  /** What the company's own clipped page is about, from its title (lib/prep/own-page-subject.ts). */
  ownPage?: Grounded<PageSubject>;
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
