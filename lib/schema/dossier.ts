import { z } from 'zod/mini';
import { httpUrl, id, isoDate, lineText, list, longText, pageUrl, paragraphText, shortText } from './common';
import { COMPANY_FACT_KEYS, type CompanyFactKey as FactKey } from './company-facts';
import { EducationEntry, ExperienceEntry, PageExtraction, PageKind } from './page-extraction';

export const FactValue = z.union([shortText, paragraphText, z.number(), list(shortText)]);
export type FactValue = z.infer<typeof FactValue>;

/** One statement of a fact by one clip. Disagreeing sources are all kept; `pinned` marks the user's choice. */
export const FactEntry = z.object({
  value: FactValue,
  sourceClipId: id,
  at: z.number(),
  pinned: z.optional(z.boolean()),
});
export type FactEntry = z.infer<typeof FactEntry>;

export { COMPANY_FACT_KEYS };
export type CompanyFactKey = FactKey;
export const CompanyFactKey = z.enum(COMPANY_FACT_KEYS);

export const Company = z.object({
  id,
  name: shortText,
  /** The name folded for matching: "ACME Robotics GmbH" and "Acme Robotics" share one key. */
  nameKey: shortText,
  domains: list(shortText),
  linkedinUrl: z.optional(httpUrl),
  facts: z.partialRecord(CompanyFactKey, list(FactEntry)),
  tags: list(shortText),
  /** The user's own notes: selections saved from pages, thoughts. */
  notes: z.optional(paragraphText),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Search words (derived, rebuilt on every write; not exported). */
  words: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(64))),
});
export type Company = z.infer<typeof Company>;

export const PERSON_STATUSES = ['to-contact', 'contacted', 'scheduled', 'met', 'thanked'] as const;
export const PersonStatus = z.enum(PERSON_STATUSES);
export type PersonStatus = z.infer<typeof PersonStatus>;

/** What the user's LinkedIn data export says about a first-degree connection (Connections.csv). */
export const Connection = z.object({
  /** "Connected On", as an ISO date. */
  since: z.optional(isoDate),
  /** Company and position as the connection's own profile named them at export time. */
  company: z.optional(shortText),
  position: z.optional(shortText),
  /** Present only when the connection lets their connections download it. */
  email: z.optional(shortText),
  /** When this export was imported (a newer export updates these fields). */
  importedAt: z.number(),
});
export type Connection = z.infer<typeof Connection>;

export const LOG_KINDS = ['messaged', 'replied', 'scheduled', 'met', 'thanked', 'referred', 'note'] as const;
export const LogKind = z.enum(LOG_KINDS);
export type LogKind = z.infer<typeof LogKind>;

/** Which outreach draft a "messaged" entry records. */
export const DRAFT_KINDS = ['connection-note', 'ask', 'nudge'] as const;
export const DraftKind = z.enum(DRAFT_KINDS);
export type DraftKind = z.infer<typeof DraftKind>;

/** One dated entry of a person's contact log. */
export const LogEntry = z.object({
  id,
  /** When it happened, epoch ms (the user may back-date an entry added by hand). */
  at: z.number(),
  kind: LogKind,
  draft: z.optional(DraftKind),
  text: z.optional(paragraphText),
});
export type LogEntry = z.infer<typeof LogEntry>;

export const Person = z.object({
  id,
  name: shortText,
  headline: z.optional(lineText),
  currentTitle: z.optional(shortText),
  currentCompanyId: z.optional(id),
  location: z.optional(shortText),
  about: z.optional(paragraphText),
  experience: list(ExperienceEntry),
  education: list(EducationEntry),
  skills: list(shortText),
  profileUrl: z.optional(httpUrl),
  referredBy: z.optional(id),
  /** Absent: not in the pipeline (a LinkedIn connection the user has not approached). */
  status: z.optional(PersonStatus),
  /** When the status last changed, for the pipeline's due dates. */
  statusAt: z.optional(z.number()),
  tags: list(shortText),
  notes: z.optional(paragraphText),
  sourceClipIds: list(id),
  /** Set when the person is one of the user's LinkedIn connections. */
  connection: z.optional(Connection),
  /** The contact log, oldest first. */
  log: z.optional(list(LogEntry)),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Search words (derived, rebuilt on every write; not exported). */
  words: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(64))),
  /** Keys of the organisations a connection works at (lib/warm/org-keys.ts); derived on every write. */
  orgs: z.optional(z.array(z.string().check(z.maxLength(310))).check(z.maxLength(20))),
});
export type Person = z.infer<typeof Person>;

export const Clip = z.object({
  id,
  url: pageUrl,
  /** The normalised URL the clip is known by; clipping the same page again updates this clip. */
  urlKey: z.string().check(z.maxLength(4_000)),
  canonicalUrl: z.optional(httpUrl),
  title: lineText,
  kind: PageKind,
  capturedAt: z.number(),
  updatedAt: z.number(),
  companyId: z.optional(id),
  personId: z.optional(id),
  extraction: PageExtraction,
  text: z.optional(longText),
  siteName: z.optional(shortText),
  publishedAt: z.optional(isoDate),
  /** Words the search index finds this clip by (lib/search/words.ts); derived, rebuilt on import. */
  words: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(64))),
  /** The company id when the clip lists open roles (a job posting, a careers page); derived on every write. */
  rolesOf: z.optional(id),
});
export type Clip = z.infer<typeof Clip>;

/** Words of a note for the search index: every distinct word, up to lib/db/record-words NOTE_WORDS. */
const noteWords = z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(500)));

export const Interview = z.object({
  id,
  personId: z.optional(id),
  companyId: z.optional(id),
  /** Start, epoch milliseconds. */
  when: z.number(),
  timeZone: shortText,
  where: z.optional(lineText),
  durationMinutes: z.int().check(z.minimum(5), z.maximum(480)),
  goal: z.optional(paragraphText),
  notes: z.optional(longText),
  outcome: z.optional(paragraphText),
  /** The user's own version of the introduction draft. */
  intro: z.optional(paragraphText),
  /** Etiquette items ticked, by index into lib/prep/etiquette.ts. */
  checklist: z.optional(z.array(z.int()).check(z.maxLength(50))),
  /** When the meeting timer was started, epoch ms. */
  startedAt: z.optional(z.number()),
  /** The thank-you as the user edited it. */
  thankYou: z.optional(paragraphText),
  status: z.enum(['planned', 'done', 'thanked', 'cancelled']),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Search words of goal, notes and outcome (derived, rebuilt on every write). */
  words: noteWords,
});
export type Interview = z.infer<typeof Interview>;

export const QUESTION_CATEGORIES = ['path', 'role', 'company', 'industry', 'getting-in', 'upsides', 'closing'] as const;
export const QuestionCategory = z.enum(QUESTION_CATEGORIES);
export type QuestionCategory = z.infer<typeof QuestionCategory>;

export const Question = z.object({
  id,
  interviewId: id,
  text: lineText,
  category: QuestionCategory,
  priority: z.int(),
  mustAsk: z.boolean(),
  origin: z.enum(['suggested', 'own']),
  reason: z.optional(lineText),
  basis: list(shortText),
  asked: z.boolean(),
  answerNotes: z.optional(paragraphText),
  order: z.number(),
  /** Search words of the answer notes (derived, rebuilt on every write). */
  words: noteWords,
});
export type Question = z.infer<typeof Question>;

export const SelfProfile = z.object({
  id: z.literal('me'),
  name: z.optional(shortText),
  /** The user's own LinkedIn headline (Profile.csv). */
  headline: z.optional(lineText),
  schools: list(shortText),
  employers: list(shortText),
  field: z.optional(shortText),
  targetRole: z.optional(shortText),
  exploring: z.optional(lineText),
  location: z.optional(shortText),
  updatedAt: z.number(),
});
export type SelfProfile = z.infer<typeof SelfProfile>;
