import type { Clip, Company, Interview, Person, QuestionCategory, SelfProfile } from '../schema/dossier';

/** Everything the prep sheet is built from. Pure data: the same input gives the same sheet. */
export interface PrepInput {
  person?: Person;
  company?: Company;
  /** Clips of the company and of the person. */
  clips: Clip[];
  self?: SelfProfile;
  interview?: Interview;
  /** "Today", for tenure and recency; passed in so the sheet is deterministic. */
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
  /** What it rests on: `clip:<id>`, `fact:<key>:<clipId>`, `person:<id>:<field>`, `self:<field>`. Empty = generic. */
  basis: string[];
}

export interface KnownFact {
  label: string;
  value: string;
  basis: string[];
}

export interface NewsItem {
  title: string;
  date?: string;
  url: string;
  siteName?: string;
  clipId: string;
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
