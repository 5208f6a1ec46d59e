import type { PrepSheet } from '../prep/sheet';
import type { PrepInput } from '../prep/types';
import { valueHash } from './value-hash';

/**
 * A meeting's prep sheet as last built, kept beside a fingerprint of everything it was built from.
 * Building it is the side panel's slowest work (bench: ~60% of opening the 625-clip meeting, most
 * of it compiling the engine's Unicode patterns, which every opening of the page pays again), and
 * the same input always gives the same sheet (lib/prep is pure): an opening whose input did not
 * change since the last build shows the sheet built then. Any write that changes what the sheet
 * reads (a clip, a fact, the person, the meeting, the user's profile) changes the input, hence the
 * fingerprint, and the sheet is built again; so does a new version of the engine.
 *
 * Kept in the extension's localStorage (its own origin, like the dossier): read synchronously, and
 * small (a sheet is ~12 KB of JSON). Only the last few meetings are kept; "Delete all data" forgets
 * them (forgetSheets).
 */

const PREFIX = 'rapport:prep-sheet:';
const ORDER = 'rapport:prep-sheets';
/** Meetings whose sheet is kept: the ones a user moves between before a meeting. */
export const SHEETS_KEPT = 4;
/**
 * The engine's code as built: a hash of lib/ written in by the build (wxt.config.ts), so a new
 * engine never reads a sheet an old one built. (import.meta.url would not do: the build writes the
 * page's address for it, the same for every version.)
 */
declare const __RAPPORT_ENGINE__: string | undefined;
const ENGINE = typeof __RAPPORT_ENGINE__ === 'string' ? __RAPPORT_ENGINE__ : 'unbuilt';

/**
 * The sheet for this meeting: the one kept if `input` is what it was built from, else `build(input)`
 * (then kept). The engine is passed in: this module is imported by every screen that deletes
 * something (forgettingSheets), which must not load the engine with it.
 */
export function sheetFor(
  interviewId: string,
  input: PrepInput,
  build: (input: PrepInput) => PrepSheet,
  store: Storage | undefined = storage(),
): PrepSheet {
  if (!store) return build(input);
  const print = fingerprint(input);
  const key = PREFIX + interviewId;
  try {
    const kept = JSON.parse(store.getItem(key) ?? 'null') as { print?: string; sheet?: PrepSheet } | null;
    if (kept?.print === print && kept.sheet) return kept.sheet;
  } catch {
    // A kept sheet that cannot be read is built again below.
  }
  const sheet = build(input);
  try {
    const order = [interviewId, ...readOrder(store).filter((id) => id !== interviewId)];
    for (const id of order.slice(SHEETS_KEPT)) store.removeItem(PREFIX + id);
    store.setItem(ORDER, JSON.stringify(order.slice(0, SHEETS_KEPT)));
    store.setItem(key, JSON.stringify({ print, sheet }));
  } catch {
    // Full or refused storage: the sheet is still shown, only built again next time.
    try {
      store.removeItem(key);
    } catch {
      // A storage that refuses even this keeps nothing new: the sheet is shown all the same.
    }
  }
  return sheet;
}

/**
 * Runs a deletion (a company, a person), then forgets every kept sheet: a kept sheet holds the
 * words of what was deleted, which must not outlive it in the browser's storage.
 */
export async function forgettingSheets<T>(deletion: Promise<T>, store: Storage | undefined = storage()): Promise<T> {
  const done = await deletion;
  forgetSheets(store);
  return done;
}

/**
 * Forgets every kept sheet ("Delete all data", a deletion, a dossier replaced by an import): every
 * key of ours, not only those the order lists — two side panels write that list last-writer-wins.
 */
export function forgetSheets(store: Storage | undefined = storage()): void {
  if (!store) return;
  const ours = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k): k is string => !!k?.startsWith(PREFIX));
  for (const k of ours) store.removeItem(k);
  store.removeItem(ORDER);
}

/**
 * What a sheet is built from, as one hash (lib/ui/value-hash.ts: a key holding undefined told apart
 * from a missing one, as a reader may tell them apart): the input with its "now" as the engine reads
 * it — only when there is no meeting time (lib/prep/signals.ts: `interview?.when ?? now`) — and the
 * engine's code.
 */
export function fingerprint(input: PrepInput): string {
  return valueHash({ ...input, now: input.interview?.when ?? input.now, engine: ENGINE });
}

function readOrder(store: Storage): string[] {
  try {
    const order = JSON.parse(store.getItem(ORDER) ?? '[]') as unknown;
    return Array.isArray(order) ? order.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
