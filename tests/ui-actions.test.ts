import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { NoticeArea } from '../components/NoticeArea';
import { saveSelfProfile, setCompanyNotes, setCompanyTags, setStatus, updateInterview } from '../lib/db/edits';
import { exportDossier } from '../lib/db/export';
import { planInterview } from '../lib/db/interviews';
import { saveClip } from '../lib/db/save-clip';
import { type Notice, runAction, useActions } from '../lib/ui/actions';
import { companyPage, freshDb } from './helpers/factories';

async function outcome(action: () => unknown, success?: string): Promise<Notice | undefined> {
  let shown: Notice | undefined;
  await runAction(action, (n) => (shown = n), { success });
  return shown;
}

describe('finding 9: one way to run a user action, and it shows the outcome', () => {
  it('a failing action shows a sentence; a succeeding one its success; nothing is thrown or lost', async () => {
    expect(await outcome(() => Promise.reject(new DOMException('quota', 'QuotaExceededError')))).toEqual({
      ok: false,
      text: expect.stringMatching(/disk is full/),
    });
    expect(await outcome(() => 1, 'Saved.')).toEqual({ ok: true, text: 'Saved.' });
    expect(await outcome(() => 1)).toBeUndefined();
  });

  it('renders the outcome in the notice area of the page', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    function Page() {
      const { notice, run, dismiss } = useActions();
      return h('div', null, [
        h(NoticeArea, { notice, onDismiss: dismiss }),
        h('button', { onClick: () => run(() => Promise.reject(new Error('Extension context invalidated.'))) }, 'Edit'),
      ]);
    }
    await act(() => render(h(Page, null), root));
    await act(async () => {
      root.querySelector('button')!.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/reloaded while this page was open/);
    render(null, root);
  });

  it('an edit of a record deleted elsewhere says so instead of doing nothing', async () => {
    const db = freshDb();
    const r = await saveClip(db, companyPage('https://gone.example/', { name: 'Gone' }));
    await db.companies.delete(r.companyId!);
    expect(await outcome(() => setCompanyTags(db, r.companyId!, ['x']))).toEqual({
      ok: false,
      text: expect.stringMatching(/no longer in your dossier.*Nothing was saved/),
    });
    expect(await outcome(() => setStatus(db, 'nobody', 'met'))).toMatchObject({ ok: false });
    expect(await outcome(() => updateInterview(db, 'no-meeting', { notes: 'x' }))).toMatchObject({ ok: false });
  });

  it('a full disk during an edit is said, and the edit is not half-written', async () => {
    const db = freshDb();
    const r = await saveClip(db, companyPage('https://full.example/', { name: 'Full' }));
    db.companies.hook('updating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await outcome(() => setCompanyNotes(db, r.companyId!, 'A note'))).toEqual({
      ok: false,
      text: expect.stringMatching(/disk is full/),
    });
    expect((await db.companies.get(r.companyId!))?.notes).toBeUndefined();
  });

  it('an edit that would not fit its limits (the 501st tag, a school of 400 characters) is refused in words; the export still works', async () => {
    const db = freshDb();
    const r = await saveClip(db, companyPage('https://tags.example/', { name: 'Tags' }));
    const tags = Array.from({ length: 501 }, (_, i) => `tag ${i}`);
    expect(await outcome(() => setCompanyTags(db, r.companyId!, tags))).toEqual({
      ok: false,
      text: expect.stringMatching(/tags.*more than 500 entries/),
    });
    expect(await outcome(() => saveSelfProfile(db, { schools: ['x'.repeat(400)], employers: [] }))).toEqual({
      ok: false,
      text: expect.stringMatching(/your profile.*school.*longer than 300 characters/),
    });
    await planInterview(db, { companyId: r.companyId, when: Date.UTC(2027, 0, 1), timeZone: 'UTC', durationMinutes: 30 });
    await expect(exportDossier(db)).resolves.toBeTruthy();
  });
});
