import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PrepSheetView, type PrepSheetViewProps } from '../components/PrepSheetView';
import { findPerson, prepInputFor } from '../lib/prep/from-dossier';
import { prepSheetMarkdown } from '../lib/prep/markdown';
import { buildPrepSheet, type PrepSheet } from '../lib/prep/sheet';
import type { PrepInput } from '../lib/prep/types';
import type { Interview, Question } from '../lib/schema/dossier';
import { DossierExport } from '../lib/schema/export';
import { fingerprint, forgetSheets, sheetFor, SHEETS_KEPT } from '../lib/ui/sheet-cache';
import { mount } from './helpers/render';
import { freshDb } from './helpers/factories';
import { deleteAllData, importBackup } from '../lib/ui/data-actions';

const NOW = Date.UTC(2026, 10, 26);
const interview: Interview = {
  id: 'i1',
  when: NOW + 3 * 86_400_000,
  timeZone: 'Europe/London',
  where: 'Video call',
  durationMinutes: 30,
  status: 'planned',
  createdAt: NOW,
  updatedAt: NOW,
};

/** The prep input of a thick fixture dossier, read fresh each time (as each opening reads IndexedDB). */
function inputOf(name = 'rich-with-self', now = NOW): PrepInput {
  const d = DossierExport.parse(JSON.parse(readFileSync(join(__dirname, 'fixtures/dossiers', `${name}.json`), 'utf8')));
  const person = findPerson(d, undefined);
  const input = prepInputFor(d, person ? { personId: person.id } : { companyId: d.companies[0]?.id }, now);
  return { ...input, interview: { ...interview, personId: person?.id, companyId: input.company?.id } };
}

/** localStorage as a page has it, in memory; `full` refuses every write as a full storage does. */
function memoryStorage(full = false): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, String(v));
    },
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

function html(sheet: PrepSheet): string {
  const questions = sheet.questions.map((q, i) => ({ ...q, interviewId: 'i1', origin: 'suggested', asked: false, order: i }) as Question);
  const handlers = new Proxy({}, { get: () => vi.fn() });
  const props = { ...handlers, interview, sheet, questions, referrals: [], thankYou: '' } as unknown as PrepSheetViewProps;
  const v = mount(<PrepSheetView {...props} />);
  const out = v.root.innerHTML;
  v.unmount();
  return out;
}

describe('the prep sheet kept between openings of the side panel', () => {
  it('shows the kept sheet when nothing it reads changed: the same screen and Markdown as a fresh build, without building', () => {
    const store = memoryStorage();
    const build = vi.fn(buildPrepSheet);
    const first = sheetFor('i1', inputOf(), build, store);
    expect(build).toHaveBeenCalledTimes(1);
    const again = sheetFor('i1', inputOf(), build, store);
    expect(build).toHaveBeenCalledTimes(1);
    expect(again).not.toBe(first);
    expect(again.questions.length).toBeGreaterThan(3);
    expect(again).toEqual(first);
    expect(html(again)).toBe(html(first));
    expect(prepSheetMarkdown(again, [], again.intro)).toBe(prepSheetMarkdown(first, [], first.intro));
  });

  it('keeps every fixture dossier’s sheet whole: what it shows and exports reads the same after keeping', () => {
    const names = readdirSync(join(__dirname, 'fixtures/dossiers')).map((f) => f.replace(/\.json$/, ''));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const store = memoryStorage();
      const built = sheetFor('i1', inputOf(name), buildPrepSheet, store);
      const kept = sheetFor('i1', inputOf(name), () => expect.fail(`${name}: built again`), store);
      expect(kept, name).toEqual(built);
      expect(html(kept), name).toBe(html(built));
      expect(prepSheetMarkdown(kept, [], kept.intro), name).toBe(prepSheetMarkdown(built, [], built.intro));
    }
  });

  it('builds again after any change to what the sheet reads', () => {
    const changes: Array<(i: PrepInput) => void> = [
      (i) => (i.clips[0]!.text = `${i.clips[0]!.text ?? ''} One more sentence.`),
      (i) => (i.clips[i.clips.length - 1]!.title = 'Another title'),
      (i) => i.clips.pop(),
      (i) => (i.person!.currentTitle = 'Chief Executive Officer'),
      (i) => (i.company!.facts.founded = [{ value: 1999, sourceClipId: i.clips[0]!.id, at: NOW }]),
      (i) => (i.interview!.when += 86_400_000),
      (i) => (i.interview!.durationMinutes = 45),
      (i) => (i.self = { ...i.self!, target: 'Product manager' } as never),
      (i) => (i.colleagues = [...(i.colleagues ?? []), { ...i.person!, id: 'p-other', name: 'Ada Colleague' }]),
      // A key present but undefined is not a missing key: a reader may tell them apart.
      (i) => ((i.person as unknown as Record<string, unknown>).location = undefined),
    ];
    const base = fingerprint(inputOf());
    const seen = new Set([base]);
    for (const [n, change] of changes.entries()) {
      const store = memoryStorage();
      const build = vi.fn(buildPrepSheet);
      sheetFor('i1', inputOf(), build, store);
      const changed = inputOf();
      change(changed);
      const sheet = sheetFor('i1', changed, build, store);
      expect(build, `change ${n}`).toHaveBeenCalledTimes(2);
      expect(sheet).toEqual(buildPrepSheet(changed));
      seen.add(fingerprint(changed));
    }
    expect(seen.size).toBe(changes.length + 1);
  });

  it('reads "now" only where the engine does: with no meeting time', () => {
    expect(fingerprint(inputOf('rich-with-self', NOW))).toBe(fingerprint(inputOf('rich-with-self', NOW + 3_600_000)));
    const noMeeting = (now: number) => ({ ...inputOf('rich-with-self', now), interview: undefined });
    expect(fingerprint(noMeeting(NOW))).not.toBe(fingerprint(noMeeting(NOW + 1)));
  });

  it('keeps the last few meetings only, and forgets them all on "Delete all data"', () => {
    const store = memoryStorage();
    for (let k = 0; k <= SHEETS_KEPT; k++) sheetFor(`m${k}`, inputOf(), buildPrepSheet, store);
    const kept = [...store.map.keys()].filter((k) => k.startsWith('rapport:prep-sheet:'));
    expect(kept.sort()).toEqual(Array.from({ length: SHEETS_KEPT }, (_, k) => `rapport:prep-sheet:m${k + 1}`));
    forgetSheets(store);
    expect(store.map.size).toBe(0);
  });

  it('still gives the sheet when the storage refuses to keep it, or holds something unreadable', () => {
    const full = memoryStorage(true);
    expect(sheetFor('i1', inputOf(), buildPrepSheet, full).questions.length).toBeGreaterThan(3);
    const broken = memoryStorage();
    broken.map.set('rapport:prep-sheet:i1', '{not json');
    const build = vi.fn(buildPrepSheet);
    expect(sheetFor('i1', inputOf(), build, broken)).toEqual(buildPrepSheet(inputOf()));
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('forgets a kept sheet the order list does not name (two side panels write that list last-writer-wins)', () => {
    const store = memoryStorage();
    sheetFor('i1', inputOf(), buildPrepSheet, store);
    store.map.set('rapport:prep-sheets', '["another"]');
    forgetSheets(store);
    expect([...store.map.keys()]).toEqual([]);
  });

  it('a dossier replaced by an import forgets the kept sheets; a merge keeps them (the fingerprint tells what changed)', async () => {
    const data = DossierExport.parse(JSON.parse(readFileSync(join(__dirname, 'fixtures/dossiers', 'career-changer.json'), 'utf8')));
    const backup = {
      data,
      preview: { counts: { companies: 0, people: 0, clips: 0, interviews: 0, questions: 0 }, exportedAt: data.exportedAt },
    };
    sheetFor('i1', inputOf(), buildPrepSheet);
    await importBackup(freshDb(), backup as Parameters<typeof importBackup>[1], 'merge');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('rapport:prep-sheet:'))).toEqual(['rapport:prep-sheet:i1']);
    await importBackup(freshDb(), backup as Parameters<typeof importBackup>[1], 'replace');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('rapport:prep-sheet:'))).toEqual([]);
  });

  it('"Delete all data" forgets the sheets the side panel kept (they hold the dossier’s words)', async () => {
    sheetFor('i1', inputOf(), buildPrepSheet);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('rapport:prep-sheet:'))).toEqual(['rapport:prep-sheet:i1']);
    await deleteAllData(freshDb());
    expect(Object.keys(localStorage).filter((k) => k.startsWith('rapport:prep-sheet'))).toEqual([]);
  });
});
