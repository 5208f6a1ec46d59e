import type { Clip, Company, Interview, Person, Question } from '../schema/dossier';
import type { DossierExport } from '../schema/export';
import { UserError } from '../messaging/errors';
import { combineFacts } from '../facts';
import { advance } from './interviews';
import type { RapportDb } from './database';
import { putClips } from './clip-store';
import { companyNameKey, personNameKey } from './names';
import { stripUndefined } from '../objects';

/** What a merge did: counts, and the names of records combined with ones the dossier already had. */
export interface MergeReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Records of the file that matched one of the dossier's under another id, and were combined with it. */
  combined: string[];
}

type IdMap = Map<string, string>;
const mapped = (map: IdMap, id: string | undefined) => (id === undefined ? undefined : (map.get(id) ?? id));

/**
 * Merges an accepted export into the dossier, inside the caller's transaction. A record the
 * dossier holds under the same id: the newer copy wins. A record it holds under ANOTHER id (the
 * same page clipped on two computers, the same company or person found again) is mapped onto the
 * dossier's record and combined with it, and every reference in the file is rewritten to match:
 * facts' source clips, clips' company and person, people's company, referrer and sources,
 * meetings' person and company, questions' basis. Before anything is kept, the references of
 * every written record are checked; a merge that would leave one dangling throws.
 */
export async function mergeDossier(db: RapportDb, data: DossierExport): Promise<MergeReport> {
  const report: MergeReport = { added: 0, updated: 0, unchanged: 0, combined: [] };
  const companyMap: IdMap = new Map();
  const personMap: IdMap = new Map();
  const clipMap: IdMap = new Map();

  // 1. Match every record of the file to the dossier as it was before this merge.
  const existingCompanies = new Map<string, Company>();
  for (const c of data.companies) {
    const match = (await db.companies.get(c.id)) ?? (await sameCompany(db, c));
    if (match) existingCompanies.set(c.id, match);
    if (match && match.id !== c.id) companyMap.set(c.id, match.id);
  }
  const existingPeople = new Map<string, Person>();
  for (const p of data.people) {
    const match = (await db.people.get(p.id)) ?? (await samePerson(db, p, mapped(companyMap, p.currentCompanyId)));
    if (match) existingPeople.set(p.id, match);
    if (match && match.id !== p.id) personMap.set(p.id, match.id);
  }
  const existingClips = new Map<string, Clip>();
  const sameIds = await db.clips.bulkGet(data.clips.map((c) => c.id));
  for (const [i, c] of data.clips.entries()) {
    const match = sameIds[i] ?? (await db.clips.where('urlKey').equals(c.urlKey).first());
    if (match) existingClips.set(c.id, match);
    if (match && match.id !== c.id) clipMap.set(c.id, match.id);
  }

  // 2. Rewrite the file's references to the dossier's ids.
  const clipRef = (id: string) => mapped(clipMap, id)!;
  const companies = data.companies.map((c) => ({
    ...c,
    id: mapped(companyMap, c.id)!,
    facts: Object.fromEntries(
      Object.entries(c.facts).map(([k, entries]) => [k, entries?.map((e) => ({ ...e, sourceClipId: clipRef(e.sourceClipId) }))]),
    ) as Company['facts'],
  }));
  const people = data.people.map((p) =>
    stripUndefined({
      ...p,
      id: mapped(personMap, p.id)!,
      currentCompanyId: mapped(companyMap, p.currentCompanyId),
      referredBy: mapped(personMap, p.referredBy),
      sourceClipIds: [...new Set(p.sourceClipIds.map(clipRef))],
    }),
  );
  const clips = data.clips.map((c) =>
    stripUndefined({ ...c, id: clipRef(c.id), companyId: mapped(companyMap, c.companyId), personId: mapped(personMap, c.personId) }),
  );
  const interviews = data.interviews.map((i) =>
    stripUndefined({ ...i, personId: mapped(personMap, i.personId), companyId: mapped(companyMap, i.companyId) }),
  );
  const questions = data.questions.map((q) => ({ ...q, basis: q.basis.map((b) => rewriteBasis(b, clipMap, personMap)) }));

  // 3. Decide, record by record: add, replace with the newer copy, combine, or keep.
  const decide = <T extends { id: string; updatedAt: number }>(
    incoming: T,
    original: T | undefined,
    combinedWithOriginal: boolean,
    combine: (old: T, neu: T) => T,
    name: string,
  ): T | undefined => {
    if (!original) {
      report.added++;
      return incoming;
    }
    if (combinedWithOriginal) {
      report.combined.push(name);
      return combine(original, incoming);
    }
    if (incoming.updatedAt > original.updatedAt) {
      report.updated++;
      return incoming;
    }
    report.unchanged++;
    return undefined;
  };
  const companyWrites = new Map<string, Company>();
  companies.forEach((c, i) => {
    const original = companyWrites.get(c.id) ?? existingCompanies.get(data.companies[i]!.id);
    const out = decide(c, original, companyMap.has(data.companies[i]!.id), combineCompanies, c.name);
    if (out) companyWrites.set(out.id, out);
  });
  const personWrites = new Map<string, Person>();
  people.forEach((p, i) => {
    const original = personWrites.get(p.id) ?? existingPeople.get(data.people[i]!.id);
    const out = decide(p, original, personMap.has(data.people[i]!.id), combinePeople, p.name);
    if (out) personWrites.set(out.id, out);
  });
  const clipWrites = new Map<string, Clip>();
  clips.forEach((c, i) => {
    const original = existingClips.get(data.clips[i]!.id);
    // Same id, but the file's copy moved to an address another clip of the dossier holds: the
    // dossier's copy stays (one clip per address).
    if (original && original.urlKey !== c.urlKey) {
      report.unchanged++;
      return;
    }
    const out = decide(c, original, clipMap.has(data.clips[i]!.id), combineClips, `“${c.title.slice(0, 60)}”`);
    if (out) clipWrites.set(out.id, out);
  });
  const existingInterviews = await db.interviews.bulkGet(interviews.map((i) => i.id));
  const interviewWrites = interviews.filter((iv, i) => !!decide(iv, existingInterviews[i], false, (a) => a, ''));
  // Questions carry no timestamp: the dossier's own copy of a question wins.
  const existingQuestions = await db.questions.bulkGet(questions.map((q) => q.id));
  const questionWrites = questions.filter((q, i) => {
    if (existingQuestions[i]) report.unchanged++;
    else report.added++;
    return !existingQuestions[i];
  });

  // 4. Check, then write.
  await checkReferences(db, {
    companies: [...companyWrites.values()],
    people: [...personWrites.values()],
    clips: [...clipWrites.values()],
    interviews: interviewWrites,
    questions: questionWrites,
  });
  await db.companies.bulkPut([...companyWrites.values()]);
  await db.people.bulkPut([...personWrites.values()]);
  await putClips(db, [...clipWrites.values()]);
  await db.interviews.bulkPut(interviewWrites);
  await db.questions.bulkPut(questionWrites);
  if (data.self && !(await db.self.get('me'))) {
    await db.self.put(data.self);
    report.added++;
  }
  return report;
}

/** The company of the dossier that is this one under another id: same LinkedIn page, same domain, or same name. */
async function sameCompany(db: RapportDb, c: Company): Promise<Company | undefined> {
  if (c.linkedinUrl) {
    const byLinkedin = await db.companies.where('linkedinUrl').equals(c.linkedinUrl).first();
    if (byLinkedin) return byLinkedin;
  }
  if (c.domains.length) {
    const byDomain = await db.companies.where('domains').anyOf(c.domains).first();
    if (byDomain) return byDomain;
  }
  // Two companies of one name with different domains of their own are two companies.
  const key = companyNameKey(c.name);
  const byName = key ? await db.companies.where('nameKey').equals(key).toArray() : [];
  return byName.find((o) => !o.domains.length || !c.domains.length);
}

/** The person of the dossier that is this one under another id: same profile address, or same name at the same company. */
async function samePerson(db: RapportDb, p: Person, companyId: string | undefined): Promise<Person | undefined> {
  if (p.profileUrl) {
    const byProfile = await db.people.where('profileUrl').equals(p.profileUrl).first();
    if (byProfile) return byProfile;
  }
  if (!companyId) return undefined;
  const key = personNameKey(p.name);
  return db.people
    .where('currentCompanyId')
    .equals(companyId)
    .filter((o) => personNameKey(o.name) === key)
    .first();
}

const union = <T>(a: T[], b: T[], max: number) => [...new Set([...a, ...b])].slice(0, max);
const joinNotes = (a?: string, b?: string) => (a && b && a !== b ? `${a}\n\n${b}`.slice(0, 20_000) : (a ?? b));

/** One company from two copies: the dossier's name, both copies' domains, facts (each source once), tags and notes. */
function combineCompanies(old: Company, neu: Company): Company {
  return stripUndefined({
    ...old,
    domains: union(old.domains, neu.domains, 50),
    linkedinUrl: old.linkedinUrl ?? neu.linkedinUrl,
    facts: combineFacts(old.facts, neu.facts),
    tags: union(old.tags, neu.tags, 500),
    notes: joinNotes(old.notes, neu.notes),
    createdAt: Math.min(old.createdAt, neu.createdAt),
    updatedAt: Math.max(old.updatedAt, neu.updatedAt),
  });
}

/** One person from two copies: the newer copy's profile, both copies' tags, sources and notes, the further status. */
function combinePeople(old: Person, neu: Person): Person {
  const [older, newer] = neu.updatedAt > old.updatedAt ? [old, neu] : [neu, old];
  return stripUndefined({
    ...older,
    ...newer,
    id: old.id,
    status: newer.status ? advance(older.status, newer.status) : older.status,
    connection: newer.connection ?? older.connection,
    // Both copies' contact logs, each entry once, oldest first.
    log:
      old.log || neu.log
        ? [...new Map([...(old.log ?? []), ...(neu.log ?? [])].map((e) => [e.id, e])).values()].sort((a, b) => a.at - b.at).slice(-500)
        : undefined,
    currentCompanyId: newer.currentCompanyId ?? older.currentCompanyId,
    referredBy: old.referredBy ?? neu.referredBy,
    profileUrl: old.profileUrl ?? neu.profileUrl,
    tags: union(old.tags, neu.tags, 500),
    sourceClipIds: union(old.sourceClipIds, neu.sourceClipIds, 100),
    notes: joinNotes(old.notes, neu.notes),
    createdAt: Math.min(old.createdAt, neu.createdAt),
  });
}

/** One clip of one address: the newer copy, under the dossier's id, first captured when either was. */
function combineClips(old: Clip, neu: Clip): Clip {
  const newer = neu.updatedAt > old.updatedAt ? neu : old;
  return { ...newer, id: old.id, capturedAt: Math.min(old.capturedAt, neu.capturedAt) };
}

/** A question's basis names clips and people by id ("clip:ID", "fact:KEY:ID", "person:ID:field"). */
function rewriteBasis(b: string, clips: IdMap, people: IdMap): string {
  return b
    .replace(/^(clip:)([^:]+)$/, (_m, p: string, id: string) => p + mapped(clips, id))
    .replace(/^(fact:[^:]+:)([^:]+)$/, (_m, p: string, id: string) => p + mapped(clips, id))
    .replace(/^(person:)([^:]+)(:.*)$/, (_m, p: string, id: string, rest: string) => p + mapped(people, id) + rest);
}

/** Every reference of the records about to be written points at a record that is there or will be. */
async function checkReferences(
  db: RapportDb,
  w: { companies: Company[]; people: Person[]; clips: Clip[]; interviews: Interview[]; questions: Question[] },
): Promise<void> {
  const missing = async (table: 'clips' | 'companies' | 'people' | 'interviews', ids: Array<string | undefined>) => {
    const written = new Set<string>(w[table].map((r) => r.id));
    const rest = [...new Set(ids.filter((id): id is string => !!id && !written.has(id)))];
    const found = await db[table].bulkGet(rest);
    return rest.some((_, i) => !found[i]);
  };
  const fail = (what: string) => {
    throw new UserError('merge-inconsistent', `This export cannot be merged: ${what}. Nothing was imported.`);
  };
  for (const c of w.companies) {
    const cited = Object.values(c.facts).flatMap((entries) => (entries ?? []).map((e) => e.sourceClipId));
    if (await missing('clips', cited)) fail(`a fact of the company “${c.name}” cites a clip that is not there`);
  }
  for (const c of w.clips) {
    if (await missing('companies', [c.companyId])) fail(`the clip “${c.title.slice(0, 60)}” belongs to a company that is not there`);
    if (await missing('people', [c.personId])) fail(`the clip “${c.title.slice(0, 60)}” belongs to a person who is not there`);
  }
  if (
    await missing(
      'interviews',
      w.questions.map((q) => q.interviewId),
    )
  )
    fail('a question belongs to a meeting that is not there');
}
