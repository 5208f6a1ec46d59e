import type { DraftKind, LogEntry, LogKind, Person, PersonStatus } from '../schema/dossier';
import { LIMITS } from '../schema/common';
import type { RapportDb } from './database';
import { newId as defaultId } from './ids';
import { advance } from './status';

/** What a logged action means for the pipeline: it moves the person forward, never back. */
const MOVES: Partial<Record<LogKind, PersonStatus>> = {
  messaged: 'contacted',
  replied: 'contacted',
  scheduled: 'scheduled',
  met: 'met',
  thanked: 'thanked',
};

export interface NewLogEntry {
  kind: LogKind;
  /** When it happened; now when absent. */
  at?: number;
  draft?: DraftKind;
  text?: string;
}

/** The log with one more entry, oldest first, capped at the schema's list limit (the oldest go). */
export function withEntry(log: LogEntry[] | undefined, entry: LogEntry): LogEntry[] {
  return [...(log ?? []), entry].sort((a, b) => a.at - b.at).slice(-LIMITS.list);
}

/** The person's fields after logging `entry`: the log, and the status it implies. */
export function logPatch(p: Person, entry: LogEntry, now: number): Partial<Person> {
  const next = MOVES[entry.kind];
  const status = next ? advance(p.status, next) : p.status;
  return {
    log: withEntry(p.log, entry),
    ...(status !== p.status ? { status, statusAt: entry.at } : {}),
    updatedAt: now,
  };
}

/** Adds a dated entry to a person's contact log (by hand, or by "Mark as sent"). */
export async function addLogEntry(
  db: RapportDb,
  personId: string,
  input: NewLogEntry,
  now = Date.now(),
  newId = defaultId,
): Promise<LogEntry> {
  const entry: LogEntry = {
    id: newId(),
    at: input.at ?? now,
    kind: input.kind,
    ...(input.draft ? { draft: input.draft } : {}),
    ...(input.text?.trim() ? { text: input.text.trim().slice(0, LIMITS.paragraph) } : {}),
  };
  await db.transaction('rw', db.people, async () => {
    const p = await db.people.get(personId);
    if (!p) throw new Error('This person is no longer in your dossier.');
    await db.people.update(personId, logPatch(p, entry, now));
  });
  return entry;
}

/** "Mark as sent": the draft went out; the person is contacted, dated today. */
export function markSent(db: RapportDb, personId: string, draft: DraftKind, text: string, now = Date.now(), newId = defaultId) {
  return addLogEntry(db, personId, { kind: 'messaged', draft, text, at: now }, now, newId);
}

export async function removeLogEntry(db: RapportDb, personId: string, entryId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.people, async () => {
    const p = await db.people.get(personId);
    if (!p?.log) return;
    await db.people.update(personId, { log: p.log.filter((e) => e.id !== entryId), updatedAt: now });
  });
}
