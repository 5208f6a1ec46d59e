import type { EntityTable } from 'dexie';
import { pinFact } from '../facts';
import { UserError } from '../messaging/errors';
import {
  Company,
  type CompanyFactKey,
  type FactValue,
  Interview,
  Person,
  type PersonStatus,
  Question,
  SelfProfile,
  type SelfProfileInput,
} from '../schema/dossier';
import type { z } from 'zod/mini';
import { checked, type TableName } from './check';
import type { RapportDb } from './database';
import { stripUndefined } from '../objects';

/**
 * The edits our pages make, one typed function each. Each reads the record, applies the change,
 * checks the result against its schema (nothing stored can fail the export) and writes it in
 * one transaction; a record that is gone, or a value that does not fit, throws a UserError in
 * plain words, which `run` shows in the notice area.
 */
export async function edit<T extends { id: string }>(
  table: EntityTable<T, 'id'>,
  schema: z.ZodMiniType<T>,
  name: TableName,
  id: string,
  change: (record: T) => T,
  what: { gone: string; doing: string },
): Promise<T> {
  return table.db.transaction('rw', table, async () => {
    const record = await table.get(id as never);
    if (!record) throw new UserError('gone', what.gone);
    const next = checked(schema, name, stripUndefined(change(record)), what.doing);
    await table.put(next);
    return next;
  });
}

const company = (db: RapportDb, id: string, doing: string, change: (c: Company) => Company) =>
  edit(db.companies, Company, 'companies', id, change, {
    gone: 'This company is no longer in your dossier (it was deleted elsewhere). Nothing was saved.',
    doing,
  });

const person = (db: RapportDb, id: string, doing: string, change: (p: Person) => Person) =>
  edit(db.people, Person, 'people', id, change, {
    gone: 'This person is no longer in your dossier (deleted elsewhere). Nothing was saved.',
    doing,
  });

export const setCompanyTags = (db: RapportDb, id: string, tags: string[], now = Date.now()) =>
  company(db, id, 'Rapport could not save the tags', (c) => ({ ...c, tags, updatedAt: now }));

export const setCompanyNotes = (db: RapportDb, id: string, notes: string, now = Date.now()) =>
  company(db, id, 'Rapport could not save your notes', (c) => ({ ...c, notes: notes || undefined, updatedAt: now }));

/** The user picks which of a fact's values is right: the strongest source there is. */
export const pinCompanyFact = (db: RapportDb, id: string, key: CompanyFactKey, value: FactValue) =>
  company(db, id, 'Rapport could not keep your choice', (c) => ({ ...c, facts: pinFact(c, key, value) }));

export const setPersonTags = (db: RapportDb, id: string, tags: string[], now = Date.now()) =>
  person(db, id, 'Rapport could not save the tags', (p) => ({ ...p, tags, updatedAt: now }));

export const setPersonNotes = (db: RapportDb, id: string, notes: string, now = Date.now()) =>
  person(db, id, 'Rapport could not save your notes', (p) => ({ ...p, notes: notes || undefined, updatedAt: now }));

/** The user moves a person in the pipeline (any direction: they know best). */
export const setStatus = (db: RapportDb, id: string, status: PersonStatus, now = Date.now()) =>
  person(db, id, 'Rapport could not change the status', (p) => ({ ...p, status, statusAt: now, updatedAt: now }));

export const updateInterview = (db: RapportDb, id: string, patch: Partial<Omit<Interview, 'id'>>, now = Date.now()) =>
  edit(db.interviews, Interview, 'interviews', id, (i) => ({ ...i, ...patch, updatedAt: now }), {
    gone: 'This meeting is no longer in your dossier. Nothing was saved.',
    doing: 'Rapport could not save the meeting',
  });

export const updateQuestion = (
  db: RapportDb,
  id: string,
  patch: Partial<Pick<Question, 'text' | 'mustAsk' | 'asked' | 'answerNotes' | 'category'>>,
) =>
  edit(db.questions, Question, 'questions', id, (q) => ({ ...q, ...patch }), {
    gone: 'This question is no longer on the sheet. Nothing was saved.',
    doing: 'Rapport could not save the question',
  });

/**
 * The user's own profile (common ground, the introduction): checked, so a line too long is said,
 * not stored. Fields the form does not edit (the headline from the LinkedIn export) are kept.
 */
export async function saveSelfProfile(db: RapportDb, input: SelfProfileInput, now = Date.now()): Promise<SelfProfile> {
  return db.transaction('rw', db.self, async () => {
    const before = await db.self.get('me');
    const me = checked(
      SelfProfile,
      'self',
      stripUndefined({ ...before, ...input, id: 'me' as const, updatedAt: now }),
      'Rapport could not save your profile',
    );
    await db.self.put(me);
    return me;
  });
}

/**
 * Attaches a clip that belongs to no company (an article about no company the dossier knew) to
 * one the user chose. The clip's own facts stay on the clip: an article vouches for no company's
 * facts, so only the link changes, and the company moves up as touched now.
 */
export async function attachClip(db: RapportDb, clipId: string, companyId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.clips, db.companies, async () => {
    const clip = await db.clips.get(clipId);
    if (!clip) throw new UserError('gone', 'This clip is no longer in your dossier (deleted elsewhere). Nothing was changed.');
    const target = await db.companies.get(companyId);
    if (!target) throw new UserError('gone', 'That company is no longer in your dossier (deleted elsewhere). Nothing was changed.');
    if (clip.companyId) throw new UserError('attached', 'This clip already belongs to a company. Nothing was changed.');
    await db.clips.update(clipId, { companyId, updatedAt: now });
    await db.companies.update(companyId, { updatedAt: now });
  });
}
