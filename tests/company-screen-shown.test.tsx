import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { CompanyScreen } from '../entrypoints/sidepanel/CompanyScreen';
import { db } from '../lib/db/database';
import { saveClip } from '../lib/db/save-clip';
import { companyPage } from './helpers/factories';
import { mount } from './helpers/render';

// The side panel counts the clips with no company only once the company view shows what it read:
// that count walks up to 500 clips record by record and, run beside the view's own reads, held it
// back (App.tsx). The view says when it has shown.
describe('the company view says when it has shown what it read', () => {
  const until = async (ok: () => boolean) => {
    for (let i = 0; i < 200 && !ok(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  };

  it('after the company is on screen, not before', async () => {
    const saved = await saveClip(db(), companyPage('https://www.fernhill.example/', { name: 'Fernhill Robotics' }), { now: 1_000 });
    const seen: string[] = [];
    const view = mount(
      <CompanyScreen companyId={saved.companyId} empty={false} go={() => {}} onDeleted={() => {}} onShown={() => seen.push(view.text())} />,
    );
    expect(seen).toEqual([]);
    await until(() => seen.length > 0);
    expect(seen[0]).toContain('Fernhill Robotics');
  });

  it('when there is no company to show, and when the dossier is empty', async () => {
    const none = vi.fn();
    mount(<CompanyScreen companyId={undefined} empty={false} go={() => {}} onDeleted={() => {}} onShown={none} />);
    await until(() => none.mock.calls.length > 0);
    expect(none).toHaveBeenCalled();
    const empty = vi.fn();
    mount(<CompanyScreen companyId={undefined} empty={true} go={() => {}} onDeleted={() => {}} onShown={empty} />);
    await until(() => empty.mock.calls.length > 0);
    expect(empty).toHaveBeenCalled();
  });
});
