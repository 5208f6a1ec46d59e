import type { z } from 'zod/mini';

/**
 * A schema problem in a dossier, said in plain words: which record (by its name or title) and
 * what is wrong with it. Import and export show these instead of Zod's paths and codes.
 */
type Issue = z.core.$ZodIssue;
type Rec = Record<string, unknown> | undefined;

const TIME_FIELDS = new Set(['at', 'createdAt', 'updatedAt', 'capturedAt', 'when', 'statusAt', 'startedAt']);

const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  nameKey: 'name key (derived from its name)',
  urlKey: 'address key (derived from its address)',
  url: 'address',
  canonicalUrl: 'canonical address',
  profileUrl: 'profile address',
  linkedinUrl: 'LinkedIn address',
  domains: 'list of domains',
  tags: 'list of tags',
  timeZone: 'time zone',
  words: 'search words',
  title: 'title',
  text: 'text',
  notes: 'notes',
  facts: 'facts',
  schools: 'list of schools',
  employers: 'list of employers',
  sourceClipIds: 'list of source clips',
  sourceClipId: 'source clip',
  experience: 'career',
  education: 'education',
};

const quoted = (v: unknown) => {
  const s = typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '';
  return s ? `“${s.length > 60 ? `${s.slice(0, 59)}…` : s}”` : '';
};

/** "the company “Acme”", "the clip “About us”", "your own profile": a record as a person names it. */
export function recordInWords(table: string, record: Rec, data?: Record<string, unknown>): string {
  const r = record ?? {};
  switch (table) {
    case 'companies':
      return `the company ${quoted(r.name) || 'without a name'}`;
    case 'people':
      return `the person ${quoted(r.name) || 'without a name'}`;
    case 'clips':
      return `the clip ${quoted(r.title) || quoted(r.url) || 'without a title'}`;
    case 'interviews': {
      const people = (data?.people as Rec[] | undefined) ?? [];
      const who = people.find((p) => p?.id === r.personId)?.name;
      return who ? `the meeting with ${quoted(who)}` : 'a meeting';
    }
    case 'questions':
      return `the question ${quoted(r.text) || 'without text'}`;
    case 'self':
      return 'your own profile';
    default:
      return 'a record';
  }
}

function fieldWords(path: PropertyKey[]): { key: string; words: string } {
  const names = path.filter((p): p is string => typeof p === 'string');
  const key = names[names.length - 1] ?? '';
  const inFacts = names.includes('facts') && key !== 'facts';
  const base = FIELD_WORDS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  // One item of a list ("schools", 3): "an entry of its list of schools".
  const item = typeof path[path.length - 1] === 'number' && !inFacts ? 'entry in its ' : '';
  return { key, words: inFacts ? `fact “${names[names.indexOf('facts') + 1] ?? ''}” (${base})` : `${item}${base}` };
}

/** "a name", "an email", "an entry in its …". */
const a = (words: string) => `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;

function problem(issue: Issue, key: string, words: string): string {
  if (TIME_FIELDS.has(key) && (issue.code === 'too_big' || issue.code === 'too_small')) {
    return `a date outside 1970–2200 (${key})`;
  }
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'set'
        ? `more than ${String(issue.maximum)} entries in its ${words}`
        : issue.origin === 'string'
          ? `${a(words)} longer than ${String(issue.maximum)} characters`
          : `${a(words)} that is too large`;
    case 'too_small':
      return issue.origin === 'string' ? `an empty ${words}` : `${a(words)} that is too small`;
    case 'invalid_format':
      return /url|https/i.test(`${key} ${'pattern' in issue ? String(issue.pattern) : ''}`)
        ? `${a(words)} that is not a web address`
        : `${a(words)} in the wrong format`;
    case 'invalid_value':
      return `${a(words)} Rapport does not know`;
    case 'invalid_type':
      return `a missing or malformed ${words}`;
    case 'custom':
      return `${a(words)} that ${issue.message}`;
    default:
      return `a malformed ${words}`;
  }
}

/**
 * One issue of a dossier-shaped object (an export, or the records about to be exported), as
 * "the clip “About us” has a date outside 1970–2200 (updatedAt)".
 */
export function issueInWords(issue: Issue, data: unknown): string {
  const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const [table, index] = issue.path;
  const { key, words } = fieldWords(issue.path.slice(table === 'self' ? 1 : 2));
  if (typeof table !== 'string' || !key) return `the file has ${problem(issue, String(table ?? ''), String(table ?? 'content'))}`;
  const record = table === 'self' ? (d.self as Rec) : ((d[table] as Rec[] | undefined)?.[index as number] ?? undefined);
  return `${recordInWords(table, record, d)} has ${problem(issue, key, words)}`;
}

/** One issue of a value that is not a whole dossier: "a name longer than 300 characters". */
export function valueProblemInWords(issue: Issue): string {
  const { key, words } = fieldWords(issue.path);
  return problem(issue, key, words || 'value');
}
