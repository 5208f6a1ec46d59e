import type { EntityTable } from 'dexie';
import type { RapportDb } from '../db/database';
import { tokens } from './words';
import { fold } from '../text/fold';

export interface SearchHit {
  kind: 'company' | 'person' | 'clip' | 'note';
  id: string;
  title: string;
  subtitle?: string;
  /** A short piece of text around the first match, for highlighting. */
  snippet?: string;
  companyId?: string;
  personId?: string;
  interviewId?: string;
}

/** Companies or people read per query before filtering by the other terms. */
export const CANDIDATES = 60;
/** Rows of `terms` a typed prefix may expand to. */
const PREFIX_TERMS = 200;

/** Every term matches the start of some word of the list. */
function matchesAll(words: string[] | undefined, terms: string[]): boolean {
  return !!words && terms.every((t) => words.some((w) => w.startsWith(t)));
}

/** Around the first place one of the terms appears, so the UI can highlight it. */
export function snippet(text: string | undefined, terms: string[], width = 140): string | undefined {
  if (!text) return undefined;
  const folded = fold(text);
  const found = Math.min(...terms.map((t) => folded.indexOf(t)).filter((i) => i >= 0));
  if (!Number.isFinite(found)) return undefined;
  const at = Math.min(found, text.length);
  let start = Math.max(0, at - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  // Whole words at both ends: a cut at a character count opened a German review's snippet on
  // "…achvollziehen" (fresh17-happycoffee, searched "kaffee"). Not past the match itself.
  if (start > 0) {
    const space = text.slice(start, at).search(/\s/);
    if (space >= 0) start += space + 1;
  }
  if (end < text.length) {
    const space = text.slice(at, end).search(/\s\S*$/);
    if (space >= 0) end = at + space;
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/**
 * Search as you type across companies, people, clips and notes. Companies, people, meetings and
 * questions through their multiEntry word indexes, clips through the `terms` posting lists
 * (intersected in memory, then only the newest few clips read).
 */
export async function search(db: RapportDb, query: string, limit = 20): Promise<SearchHit[]> {
  const terms = [...new Set(tokens(query))].filter((t) => t.length >= 2).slice(0, 6);
  if (!terms.length) return [];
  // The longest term is usually the rarest: it gives the fewest candidates.
  const lead = [...terms].sort((a, b) => b.length - a.length)[0]!;
  // A record with two words starting with the term is one hit: `distinct`.
  const [companies, people, clips, interviews, answers] = await Promise.all([
    withWordStarting(db.companies, lead),
    withWordStarting(db.people, lead),
    clipsFor(db, terms, limit),
    withWordStarting(db.interviews, lead),
    withWordStarting(db.questions, lead),
  ]);
  const hits: SearchHit[] = [];
  for (const c of companies) {
    if (matchesAll(c.words, terms)) hits.push({ kind: 'company', id: c.id, title: c.name, subtitle: c.domains[0], companyId: c.id });
  }
  for (const p of people) {
    if (!matchesAll(p.words, terms)) continue;
    hits.push({
      kind: 'person',
      id: p.id,
      title: p.name,
      subtitle: p.currentTitle ?? p.headline,
      personId: p.id,
      companyId: p.currentCompanyId,
    });
  }
  for (const i of interviews) {
    if (!matchesAll(i.words, terms)) continue;
    const text = [i.notes, i.goal, i.outcome].filter(Boolean).join('\n');
    hits.push({
      kind: 'note',
      id: `interview:${i.id}`,
      title: 'Meeting notes',
      snippet: snippet(text, terms),
      interviewId: i.id,
      personId: i.personId,
    });
  }
  for (const q of answers) {
    if (!matchesAll(q.words, terms) || !q.answerNotes) continue;
    hits.push({ kind: 'note', id: `answer:${q.id}`, title: q.text, snippet: snippet(q.answerNotes, terms), interviewId: q.interviewId });
  }
  const texts = await db.clipTexts.bulkGet(clips.map((c) => c.id));
  clips.forEach((c, i) => {
    hits.push({
      kind: 'clip',
      id: c.id,
      title: c.title,
      subtitle: c.siteName,
      snippet: snippet(texts[i]?.text, terms) ?? snippet(c.title, terms),
      companyId: c.companyId,
      personId: c.personId,
    });
  });
  return hits.slice(0, limit * 2);
}

/**
 * The first CANDIDATES records, in the word index's order, with a word starting with `prefix`: what
 * `where('words').startsWith(prefix).distinct().limit(CANDIDATES)` reads, read in one request.
 * Dexie's distinct() filters a cursor, record by record (four cursors per keystroke); this reads
 * the index's first entries at once (getAll) and keeps each record's first entry, as that filter
 * does, reading further only when records with several matching words left fewer than CANDIDATES.
 */
export async function withWordStarting<T extends { id: string }>(table: EntityTable<T, 'id'>, prefix: string): Promise<T[]> {
  for (let take = CANDIDATES * 2; ; take *= 4) {
    const rows = await table.where('words').startsWith(prefix).limit(take).toArray();
    const seen = new Set<string>();
    const out: T[] = [];
    for (const r of rows) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push(r);
      if (out.length === CANDIDATES) return out;
    }
    if (rows.length < take) return out;
  }
}

/**
 * Clips whose words start with every term: each term's few matching rows of `terms` give a set
 * of ids, the sets are intersected in memory, and only the newest `limit` clips are read.
 */
async function clipsFor(db: RapportDb, terms: string[], limit: number) {
  const lists = await Promise.all(
    terms.map(async (t) => (await db.terms.where('term').startsWith(t).limit(PREFIX_TERMS).toArray()).map((row) => row.ids)),
  );
  // Walk the term with the fewest ids; the others only answer "does it contain this id?".
  const size = (l: string[][]) => l.reduce((n, ids) => n + ids.length, 0);
  lists.sort((a, b) => size(a) - size(b));
  const [walk, ...filters] = lists;
  const sets = filters.map((l) => (l.length === 1 ? new Set(l[0]) : new Set(l.flat())));
  // Ids are appended as clips are saved: walking backwards finds the newest first.
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const row of walk ?? []) {
    for (let i = row.length - 1; i >= 0 && ids.length < limit * 4; i--) {
      const id = row[i]!;
      if (!seen.has(id) && sets.every((s) => s.has(id))) {
        seen.add(id);
        ids.push(id);
      }
    }
  }
  const clips = (await db.clips.bulkGet(ids)).filter((c) => c !== undefined);
  return clips.sort((a, b) => b.updatedAt - a.updatedAt).slice(0, limit);
}
