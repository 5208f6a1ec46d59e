import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { CompanyScreen } from '../entrypoints/sidepanel/CompanyScreen';
import { PersonScreen } from '../entrypoints/sidepanel/PersonScreen';
import { db } from '../lib/db/database';
import { addPersonAt } from '../lib/db/people-by-hand';
import { saveClip } from '../lib/db/save-clip';
import type { PrepSheet } from '../lib/prep/sheet';
import type { PrepInput } from '../lib/prep/types';
import { ActionsContext, runAction } from '../lib/ui/actions';
import { sheetFor } from '../lib/ui/sheet-cache';
import { companyPage } from './helpers/factories';
import { mount } from './helpers/render';

// A kept prep sheet (lib/ui/sheet-cache.ts) holds the dossier's words: deleting a company or a
// person from the side panel forgets every kept sheet, so nothing of what was deleted stays behind.

const kept = () => Object.keys(localStorage).filter((k) => k.startsWith('rapport:prep-sheet'));
const keepOne = () => sheetFor('m1', { now: 1 } as unknown as PrepInput, () => ({ title: 'kept' }) as unknown as PrepSheet);
/** Mounted as the side panel mounts its screens: actions run, their notices dropped. */
const inPanel = (node: preact.ComponentChild) =>
  mount(<ActionsContext.Provider value={(action, opts) => void runAction(action, () => {}, opts)}>{node}</ActionsContext.Provider>);
const until = async (ok: () => boolean) => {
  for (let i = 0; i < 300 && !ok(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
};

describe('deleting from the side panel forgets the kept prep sheets', () => {
  it('a company', async () => {
    const saved = await saveClip(db(), companyPage('https://www.fernhill.example/', { name: 'Fernhill Robotics' }), { now: 1_000 });
    keepOne();
    expect(kept().length).toBeGreaterThan(0);
    let deleted = '';
    const view = inPanel(<CompanyScreen companyId={saved.companyId} empty={false} go={() => {}} onDeleted={(t) => (deleted = t)} />);
    await until(() => view.text().includes('Fernhill Robotics'));
    view.click(view.button('Delete this company…'));
    view.click(view.button('Delete this company'));
    await until(() => deleted !== '');
    expect(deleted).toBe('Fernhill Robotics was deleted.');
    expect(kept()).toEqual([]);
  });

  it('a person', async () => {
    const at = await saveClip(db(), companyPage('https://www.quillworks.example/', { name: 'Quillworks' }), { now: 1_000 });
    const { person } = await addPersonAt(db(), { name: 'Ada Quill', title: 'Head of Design', companyId: at.companyId! });
    keepOne();
    expect(kept().length).toBeGreaterThan(0);
    let deleted = '';
    const view = inPanel(<PersonScreen id={person.id} go={() => {}} onDeleted={(t) => (deleted = t)} />);
    await until(() => view.text().includes('Ada Quill'));
    view.click(view.button('Delete this person…'));
    view.click(view.button('Delete this person'));
    await until(() => deleted !== '');
    expect(deleted).toBe('Ada Quill was deleted.');
    expect(kept()).toEqual([]);
  });
});
