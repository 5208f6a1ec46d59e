import type { RapportDb } from '../db/database';
import type { Clip, Company, Person } from '../schema/dossier';
import { tokens } from './words';

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

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Every term matches the start of some word of the text. */
function matchesAll(text: string, terms: string[]): boolean {
  const words = tokens(text);
  return terms.every((t) => words.some((w) => w.startsWith(t)));
}

/** Around the first place one of the terms appears, so the UI can highlight it. */
export function snippet(text: string | undefined, terms: string[], width = 140): string | undefined {
  if (!text) return undefined;
  const folded = fold(text);
  const at = Math.min(...terms.map((t) => folded.indexOf(t)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return undefined;
  const start = Math.max(0, at - Math.floor(width / 3));
  return `${start > 0 ? '…' : ''}${text
    .slice(start, start + width)
    .replace(/\s+/g, ' ')
    .trim()}${start + width < text.length ? '…' : ''}`;
}

/**
 * Search as you type across companies, people, clips and notes. Clips are found through the
 * multiEntry word index (a prefix match per term, intersected); the few thousand companies and
 * people are matched by name and role directly.
 */
export async function search(db: RapportDb, query: string, limit = 20): Promise<SearchHit[]> {
  const terms = [...new Set(tokens(query))].filter((t) => t.length >= 2).slice(0, 6);
  if (!terms.length) return [];
  const hits: SearchHit[] = [];
  const [companies, people, clipIds, interviews] = await Promise.all([
    db.companies.toArray(),
    db.people.toArray(),
    clipIdsFor(db, terms, limit),
    db.interviews.toArray(),
  ]);
  for (const c of companies as Company[]) {
    if (matchesAll(`${c.name} ${c.tags.join(' ')} ${c.domains.join(' ')}`, terms))
      hits.push({ kind: 'company', id: c.id, title: c.name, subtitle: c.domains[0], companyId: c.id });
  }
  for (const p of people as Person[]) {
    const about = `${p.name} ${p.currentTitle ?? ''} ${p.headline ?? ''} ${p.tags.join(' ')}`;
    if (matchesAll(about, terms))
      hits.push({
        kind: 'person',
        id: p.id,
        title: p.name,
        subtitle: p.currentTitle ?? p.headline,
        personId: p.id,
        companyId: p.currentCompanyId,
      });
    else if (p.notes && matchesAll(p.notes, terms))
      hits.push({ kind: 'note', id: `person-note:${p.id}`, title: `Note on ${p.name}`, snippet: snippet(p.notes, terms), personId: p.id });
  }
  for (const i of interviews) {
    const text = [i.notes, i.goal, i.outcome].filter(Boolean).join('\n');
    if (text && matchesAll(text, terms))
      hits.push({
        kind: 'note',
        id: `interview-note:${i.id}`,
        title: 'Meeting notes',
        snippet: snippet(text, terms),
        interviewId: i.id,
        personId: i.personId,
      });
  }
  const clips = (await db.clips.bulkGet(clipIds)).filter((c): c is Clip => !!c);
  clips.sort((a, b) => b.updatedAt - a.updatedAt);
  for (const c of clips)
    hits.push({
      kind: 'clip',
      id: c.id,
      title: c.title,
      subtitle: c.siteName,
      snippet: snippet(c.text, terms) ?? snippet(c.title, terms),
      companyId: c.companyId,
      personId: c.personId,
    });
  const answers = await db.questions
    .filter((q) => !!q.answerNotes && matchesAll(q.answerNotes, terms))
    .limit(limit)
    .toArray();
  for (const q of answers)
    hits.push({ kind: 'note', id: `answer:${q.id}`, title: q.text, snippet: snippet(q.answerNotes, terms), interviewId: q.interviewId });
  return hits.slice(0, limit * 2);
}

/** Clip ids whose words start with every term: the smallest set first, the others as filters. */
async function clipIdsFor(db: RapportDb, terms: string[], limit: number): Promise<string[]> {
  const sets = await Promise.all(terms.map((t) => db.clips.where('words').startsWith(t).primaryKeys() as Promise<string[]>));
  sets.sort((a, b) => a.length - b.length);
  const [first, ...rest] = sets;
  const filters = rest.map((s) => new Set(s));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const id of first ?? []) {
    if (seen.has(id) || !filters.every((f) => f.has(id))) continue;
    seen.add(id);
    out.push(id);
    if (out.length >= limit) break;
  }
  return out;
}
