/**
 * Field-by-field scoring of extractions against expected files (tests/fixtures/README.md states
 * the format): for every field, how many facts the pages state (expected), how many the
 * extraction gives (extracted) and how many agree (correct). Recall = correct / expected,
 * precision = correct / extracted, F1 their harmonic mean.
 *
 * "Agree" means what a careful reader would accept, not byte equality: case, spacing, quotes,
 * dashes and a final full stop do not matter; long texts agree when they say mostly the same
 * words; places agree when the city agrees and no other part contradicts; dates agree to the
 * precision the page gives; URLs agree whatever their scheme, `www.` or trailing slash. Lists
 * score per item, and entries of experience and education are paired by content, not index, so
 * one missed entry does not make every later one wrong. Company names agree whatever their legal
 * form ("Acme GmbH" is "Acme"), as the dossier itself files them.
 */

import { companyNameKey } from '../db/names';
import { fold } from './score-fold';
import { sameAddress, samePlace } from './score-places';

export { fold };

export interface FieldScore {
  expected: number;
  extracted: number;
  correct: number;
}

export type Scores = Map<string, FieldScore>;

export interface PageResult {
  kindRight: boolean;
  expectedKind: string;
  actualKind: string;
  missed: string[];
  wrong: Array<{ path: string; expected: string; actual: string }>;
  extra: string[];
}

/** Groups of single facts; each key is one leaf. */
const GROUPS = ['company', 'person', 'article', 'job'] as const;
/** Lists of mentions, each item one leaf keyed by its name or title. */
const MENTION_LISTS = ['people', 'jobs'] as const;
/** Facts too long to write out by hand; their opening goes in the expected file's `text.includes`. */
const UNSCORED = new Set(['job.description']);
/**
 * Lists no expected file annotates yet: a person's own posts (lib/extract/linkedin-posts.ts) are
 * checked by unit tests on our fixtures; counted here they would all be "extra" values.
 */
const UNSCORED_LISTS = ['person.posts[]'];
/** Texts a reader judges by content, not wording. */
const LONG = new Set(['description', 'summary', 'about', 'excerpt', 'mission']);
const PLACES = new Set(['headquarters', 'location']);
const DATES = new Set(['publishedAt', 'postedAt', 'start', 'end']);
/** Fields that name a company (`company.name` is scored as `companyName`; see `leaf`). */
const COMPANY_NAMES = new Set(['companyName', 'aboutCompany', 'company', 'currentCompany']);
const URLS = new Set(['website', 'linkedinUrl', 'profileUrl', 'companyUrl', 'currentCompanyUrl', 'url', 'socials']);

type Json = Record<string, unknown>;

const words = (s: string) =>
  fold(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** Token F1 of two texts: 1 when they hold the same words, whatever the spacing or punctuation. */
export function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return wa.length === wb.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  const p = common / wb.length;
  const r = common / wa.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/**
 * Long texts: mostly the same words. An expected text that ends in "…" is the opening of a text
 * too long to write out (an About section, a post): the extraction must open with those words.
 */
function sameText(expected: string, actual: string): boolean {
  const e = expected.trim();
  if (e.endsWith('…') || e.endsWith('...')) {
    const head = words(e.replace(/(…|\.\.\.)$/, ''));
    const got = words(actual).slice(0, head.length);
    return head.length > 0 && overlap(head.join(' '), got.join(' ')) >= 0.9;
  }
  return overlap(e, actual) >= 0.8;
}

/**
 * "What it does" in one sentence or two: the format allows both, and readers choose either. A
 * summary that opens with the other's whole words (at least five) says the same thing, one
 * sentence shorter or longer (a longer one of at most 60 words: a paragraph is no summary).
 */
function sameOpening(expected: string, actual: string): boolean {
  const [e, a] = [words(expected), words(actual)];
  const [short, long] = e.length <= a.length ? [e, a] : [a, e];
  return short.length >= 5 && long.length <= 60 && overlap(short.join(' '), long.slice(0, short.length).join(' ')) >= 0.9;
}

/**
 * A person by name, an honorific before it left out: "Dr. Santosh Bothe", "Herr Jörg Pufahl" and
 * "Santosh Bothe" are one person to a reader (the extraction keeps the title the page gives).
 */
export const personKey = (name: string) => fold(name).replace(/^(?:(?:dr|prof|mr|mrs|ms|mme|herr|frau|sir|dame)\.?\s+)+/, '');

export function normUrl(s: string): string {
  try {
    const u = new URL(s.trim());
    const host = u.hostname
      .toLowerCase()
      .replace(/^(www|[a-z]{2})\.(?=linkedin\.com$)/, '')
      .replace(/^www\./, '');
    const path = decodeURI(u.pathname).replace(/\/+$/, '').toLowerCase();
    const query = host === 'linkedin.com' ? '' : u.search;
    return `${host}${path}${query}`;
  } catch {
    return fold(s);
  }
}

/** Does an extracted value agree with the expected one, for this field? */
export function agrees(field: string, expected: unknown, actual: unknown): boolean {
  if (actual === undefined || actual === null) return false;
  if (typeof expected === 'number' || typeof expected === 'boolean') return expected === actual;
  if (typeof expected !== 'string' || typeof actual !== 'string') return JSON.stringify(expected) === JSON.stringify(actual);
  if (field === 'summary') return sameText(expected, actual) || sameOpening(expected, actual);
  if (LONG.has(field)) return sameText(expected, actual);
  if (PLACES.has(field)) return samePlace(expected, actual);
  if (field === 'address') return sameAddress(expected, actual);
  if (DATES.has(field)) return actual.slice(0, expected.length) === expected;
  if (URLS.has(field)) return normUrl(expected) === normUrl(actual);
  // "Acme Robotics GmbH" and "Acme Robotics" are one company to a reader, as to the dossier, which
  // files both under one name key: a legal form never tells two companies apart.
  // "ChampionMotoUK" and "Champion Moto UK", "Ward4" and "Ward 4": one name, written with or without its spaces.
  if (COMPANY_NAMES.has(field)) {
    const [e, a] = [companyNameKey(expected), companyNameKey(actual)];
    return fold(expected) === fold(actual) || (e !== '' && (e === a || e.replace(/\s+/g, '') === a.replace(/\s+/g, '')));
  }
  // "The San Diego Union-Tribune" and "San Diego Union-Tribune" are one paper: readers write its
  // article or leave it off, as the paper itself does in its own title and its logo.
  if (field === 'siteName') return fold(expected).replace(/^the\s+/, '') === fold(actual).replace(/^the\s+/, '');
  // "Full Time", "Full-time" and "FULL_TIME" are one employment type.
  if (field === 'employmentType') return fold(expected).replace(/[\s_-]+/g, '') === fold(actual).replace(/[\s_-]+/g, '');
  // "Director, Technology Investment Banking" and "Director Technology Investment Banking" are one
  // title: a card sets role and practice on two lines, which a reader joins with or without a comma.
  if (field === 'title') return fold(expected).replace(/\s*,\s*/g, ' ') === fold(actual).replace(/\s*,\s*/g, ' ');
  return fold(expected) === fold(actual);
}

/** The name of the last part of a path: `person.experience[].title` → `title`. */
const lastName = (field: string) =>
  field
    .replace(/\[\]$/, '')
    .split(/[.[\]]+/)
    .filter(Boolean)
    .pop() ?? field;

/** How alike two entries of a list of objects are: used to pair them, not to score them. */
function likeness(a: Json, b: Json): number {
  let s = 0;
  for (const k of ['title', 'company', 'school', 'degree', 'field', 'name']) {
    const x = a[k];
    const y = b[k];
    if (typeof x === 'string' && typeof y === 'string') s += overlap(x, y);
  }
  for (const k of ['start', 'end']) if (a[k] !== undefined && a[k] === b[k]) s += 0.5;
  return s;
}

/** Pairs expected entries with extracted ones, best pairs first; unpaired ones are missed or extra. */
function pair(expected: Json[], actual: Json[]): Array<[Json | undefined, Json | undefined]> {
  const cand: Array<[number, number, number]> = [];
  expected.forEach((e, i) => actual.forEach((a, j) => cand.push([likeness(e, a), i, j])));
  cand.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedE = new Set<number>();
  const usedA = new Set<number>();
  const out: Array<[Json | undefined, Json | undefined]> = [];
  for (const [s, i, j] of cand) {
    if (s <= 0.3 || usedE.has(i) || usedA.has(j)) continue;
    usedE.add(i);
    usedA.add(j);
    out.push([expected[i], actual[j]]);
  }
  expected.forEach((e, i) => usedE.has(i) || out.push([e, undefined]));
  actual.forEach((a, j) => usedA.has(j) || out.push([undefined, a]));
  return out;
}

const isObjList = (v: unknown): v is Json[] => Array.isArray(v) && v.some((i) => i && typeof i === 'object');
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every((i) => typeof i === 'string');

export function scorePage(scores: Scores, expected: Json, actual: Json, byKind?: Scores): PageResult {
  const res: PageResult = {
    kindRight: expected.kind === actual.kind,
    expectedKind: String(expected.kind),
    actualKind: String(actual.kind),
    missed: [],
    wrong: [],
    extra: [],
  };
  const bump = (field: string, k: keyof FieldScore) => {
    for (const [map, key] of [
      [scores, field],
      [byKind, String(expected.kind)],
    ] as const) {
      if (!map) continue;
      const s = map.get(key) ?? { expected: 0, extracted: 0, correct: 0 };
      s[k]++;
      map.set(key, s);
    }
  };
  const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const leaf = (path: string, field: string, e: unknown, a: unknown) => {
    if (UNSCORED.has(field) || UNSCORED_LISTS.some((l) => field.startsWith(l))) return;
    if (e !== undefined) bump(field, 'expected');
    if (a !== undefined) bump(field, 'extracted');
    if (e === undefined) return void res.extra.push(`${path} = ${show(a).slice(0, 120)}`);
    if (a === undefined) return void res.missed.push(`${path} (${show(e).slice(0, 120)})`);
    if (agrees(field === 'company.name' ? 'companyName' : lastName(field), e, a)) bump(field, 'correct');
    else res.wrong.push({ path, expected: show(e), actual: show(a) });
  };
  const strList = (path: string, field: string, e: string[] = [], a: string[] = []) => {
    const name = lastName(field);
    const left = [...a];
    for (const item of e) {
      const i = left.findIndex((x) => agrees(name, item, x));
      if (i >= 0) {
        leaf(`${path}[${item}]`, field, item, left[i]);
        left.splice(i, 1);
      } else leaf(`${path}[${item}]`, field, item, undefined);
    }
    for (const item of left) leaf(`${path}[${item}]`, field, undefined, item);
  };
  const object = (path: string, field: string, e: Json = {}, a: Json = {}) => {
    for (const k of new Set([...Object.keys(e), ...Object.keys(a)])) {
      const ev = e[k];
      const av = a[k];
      if (isObjList(ev) || isObjList(av)) {
        for (const [pe, pa] of pair((ev as Json[]) ?? [], (av as Json[]) ?? [])) {
          const label = String((pe ?? pa)?.title ?? (pe ?? pa)?.school ?? (pe ?? pa)?.name ?? '?');
          object(`${path}.${k}[${label}]`, `${field}.${k}[]`, pe, pa);
        }
      } else if (isStrList(ev) || isStrList(av)) strList(`${path}.${k}`, `${field}.${k}`, ev as string[], av as string[]);
      else leaf(`${path}.${k}`, `${field}.${k}`, ev, av);
    }
  };
  for (const g of GROUPS) {
    if (expected[g] === undefined && actual[g] === undefined) continue;
    object(g, g, expected[g] as Json | undefined, actual[g] as Json | undefined);
  }
  for (const l of MENTION_LISTS) {
    const e = (expected[l] as Json[] | undefined) ?? [];
    const a = [...((actual[l] as Json[] | undefined) ?? [])];
    const id = (x: Json) => (l === 'people' ? personKey(String(x.name ?? '')) : fold(String(x.name ?? x.title ?? '')));
    for (const item of e) {
      const i = a.findIndex((x) => id(x) === id(item));
      const got = i >= 0 ? a.splice(i, 1)[0] : undefined;
      mention(`${l}[${String(item.name ?? item.title)}]`, l, item, got);
    }
    for (const item of a) mention(`${l}[${String(item.name ?? item.title)}]`, l, undefined, item);
  }
  return res;

  /** A person or a job listed: one fact, right when every detail the page gives agrees. */
  function mention(path: string, field: string, e: Json | undefined, a: Json | undefined) {
    if (e === undefined || a === undefined) return leaf(path, field, e, a);
    const ok = Object.entries(e).every(([k, v]) =>
      field === 'people' && k === 'name' ? personKey(String(v)) === personKey(String(a[k] ?? '')) : agrees(k, v, a[k]),
    );
    bump(field, 'expected');
    bump(field, 'extracted');
    if (ok) bump(field, 'correct');
    else res.wrong.push({ path, expected: JSON.stringify(e), actual: JSON.stringify(a) });
  }
}

export function totals(scores: Scores): FieldScore {
  const t = { expected: 0, extracted: 0, correct: 0 };
  for (const s of scores.values()) {
    t.expected += s.expected;
    t.extracted += s.extracted;
    t.correct += s.correct;
  }
  return t;
}

const ratio = (n: number, d: number) => (d ? n / d : NaN);
export const f1 = (s: FieldScore) => {
  const p = ratio(s.correct, s.extracted);
  const r = ratio(s.correct, s.expected);
  return p + r ? (2 * p * r) / (p + r) : 0;
};
const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '—');

export function table(scores: Scores, title = 'field'): string {
  const rows = [...scores.entries()].sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(24, ...rows.map(([f]) => f.length));
  const cols = ['expected', 'extracted', 'correct', 'recall', 'precision', 'F1'];
  const line = (f: string, s: FieldScore) =>
    [
      f.padEnd(width),
      ...[s.expected, s.extracted, s.correct].map((n, i) => String(n).padStart(cols[i]!.length)),
      pct(ratio(s.correct, s.expected)).padStart(6),
      pct(ratio(s.correct, s.extracted)).padStart(9),
      pct(f1(s)).padStart(6),
    ].join('  ');
  const head = [title.padEnd(width), ...cols.map((c, i) => (i < 3 ? c : c.padStart(i === 4 ? 9 : 6)))].join('  ');
  return [
    head,
    '-'.repeat(head.length),
    ...rows.map(([f, s]) => line(f, s)),
    '-'.repeat(head.length),
    line('OVERALL', totals(scores)),
  ].join('\n');
}
