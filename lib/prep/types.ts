import type { Clip, Company, Interview, Person, QuestionCategory, SelfProfile } from '../schema/dossier';

/** Everything the prep sheet is built from. Pure data: the same input gives the same sheet. */
export interface PrepInput {
  person?: Person;
  /** With the short names its stories call it by (lib/prep/aliases.ts), when they agree on one. */
  company?: Company & { aliases?: string[] };
  /** Clips of the company and of the person, with their text where it was stored. */
  clips: Clip[];
  /** Other people of the company in the dossier (team pages, the user's contacts): named referral targets. */
  colleagues?: Person[];
  self?: SelfProfile;
  interview?: Interview;
  /** "Today", for tenure and recency when there is no meeting; passed in so the sheet is deterministic. */
  now: number;
}

export interface SuggestedQuestion {
  /** Stable: the template's id, plus the slot it was filled with. */
  id: string;
  text: string;
  category: QuestionCategory;
  /** 1 is the highest. */
  priority: number;
  mustAsk: boolean;
  /** One line on why this question is worth the other person's time. */
  reason: string;
  /**
   * What it rests on: `clip:<id>` (an event or open role read from that clip), `fact:<key>:<clipId>`,
   * `person:<id>:<field>`, `self:<field>`. Empty = generic.
   */
  basis: string[];
  /** What it asks about, for judging duplicates by intent ("their-move", "event:funding"). */
  intent: string;
  /** Minutes it is worth in this meeting (0 for questions in reserve). */
  minutes: number;
}

/** A fact worth raising in the meeting, with where and when it was read. */
export interface Hook {
  kind:
    | 'funding'
    | 'launch'
    | 'acquisition'
    | 'partnership'
    | 'deal'
    | 'news'
    | 'leadership'
    | 'open-role'
    | 'mission'
    | 'post'
    /** A post the person wrote on LinkedIn (lib/prep/own-posts.ts): like news, background once older than about six months. */
    | 'own-post'
    | 'quote'
    | 'move'
    | 'hiring'
    | 'approval'
    | 'report'
    | 'fix'
    /** What the company says about itself on its own pages (lib/prep/statements.ts). */
    | 'statement';
  /** As a coach writes it: "Raised $25 million (Series B)". */
  text: string;
  /** The sentence it was read from, when it came from a page's text. */
  evidence?: string;
  /** "TechCrunch", "their LinkedIn profile", "careers page". */
  source: string;
  url?: string;
  date?: string;
  /** Within about six months before the meeting; older news is background. */
  recent: boolean;
  basis: string[];
}

/** Something the dossier lacks that a web page would answer, and where to look. */
export interface Gap {
  what: string;
  where: string;
}

/** A subject to handle with care: never the opener. */
export interface CarefulTopic {
  text: string;
  source: string;
  url?: string;
  date?: string;
  basis: string[];
}

/** Something the dossier already answers: not to be asked. */
export interface KnownFact {
  label: string;
  value: string;
  basis: string[];
}

export const CATEGORY_LABELS: Record<QuestionCategory, string> = {
  path: 'Their path',
  role: 'The role, day to day',
  company: 'The company and its culture',
  industry: 'The industry',
  'getting-in': 'Getting in',
  upsides: 'Upsides and downsides',
  closing: 'Closing and network',
};
