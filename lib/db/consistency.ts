import type { DossierData } from '../schema/export';
import { recordInWords } from '../schema/issue-words';

/**
 * The first thing that would stop a dossier from being restored, in plain words, or undefined.
 * Import refuses such a file; export refuses to write one (a backup that cannot be restored is
 * worse than no backup: the user learns it only when they need it).
 */
export function inconsistency(d: DossierData): string | undefined {
  return duplicateId(d) ?? danglingReference(d);
}

const TABLES = ['companies', 'people', 'clips', 'interviews', 'questions'] as const;

function duplicateId(d: DossierData): string | undefined {
  for (const table of TABLES) {
    const seen = new Set<string>();
    for (const r of d[table]) {
      if (seen.has(r.id)) return `${recordInWords(table, r, d as never)} is listed twice (id ${r.id.slice(0, 40)})`;
      seen.add(r.id);
    }
  }
  const urlKeys = new Set<string>();
  for (const c of d.clips) {
    if (urlKeys.has(c.urlKey)) return `two clips share the address ${c.url.slice(0, 80)}`;
    urlKeys.add(c.urlKey);
  }
  return undefined;
}

/**
 * References a restore cannot do without: a clip's company and person, a fact's source clip, a
 * question's meeting. (A person's company or referrer that is gone only unlinks: views cope.)
 */
function danglingReference(d: DossierData): string | undefined {
  const companies = new Set(d.companies.map((c) => c.id));
  const people = new Set(d.people.map((p) => p.id));
  const clips = new Set(d.clips.map((c) => c.id));
  const interviews = new Set(d.interviews.map((i) => i.id));
  const name = (table: (typeof TABLES)[number], r: object) => recordInWords(table, r as never, d as never);
  for (const c of d.clips) {
    if (c.companyId && !companies.has(c.companyId)) return `${name('clips', c)} belongs to a company that is not there`;
    if (c.personId && !people.has(c.personId)) return `${name('clips', c)} belongs to a person who is not there`;
  }
  for (const c of d.companies)
    for (const [key, entries] of Object.entries(c.facts))
      for (const f of entries ?? [])
        if (!clips.has(f.sourceClipId)) return `a fact (${key}) of ${name('companies', c)} cites a clip that is not there`;
  for (const q of d.questions) if (!interviews.has(q.interviewId)) return `${name('questions', q)} belongs to a meeting that is not there`;
  return undefined;
}
