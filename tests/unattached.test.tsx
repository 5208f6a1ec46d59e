import { describe, expect, it, vi } from 'vitest';
import { UnattachedClips } from '../components/UnattachedClips';
import { attachClip } from '../lib/db/edits';
import { saveClip } from '../lib/db/save-clip';
import type { PageExtraction } from '../lib/schema/page-extraction';
import { unattachedClips } from '../lib/ui/dossier-queries';
import { companyPage, freshDb } from './helpers/factories';
import { mount } from './helpers/render';

const story = (url: string, title: string): PageExtraction => ({
  kind: 'article',
  url,
  title,
  extractor: 'generic',
  sources: {},
  article: { title, siteName: 'The Daily Example' },
  text: 'A story about the weather in Bristol.',
});

describe('clips with no company', () => {
  it('are listed newest first, and attaching one moves it into the company', async () => {
    const db = freshDb();
    const company = await saveClip(db, companyPage('https://www.fernhill.example/', { name: 'Fernhill Robotics' }), { now: 1_000 });
    const a = await saveClip(db, story('https://news.example/a', 'Storm over the Severn'), { now: 2_000 });
    const b = await saveClip(db, story('https://news.example/b', 'Wind farms and the grid'), { now: 3_000 });
    expect(a.companyId).toBeUndefined();
    expect((await unattachedClips(db)).map((c) => c.id)).toEqual([b.clipId, a.clipId]);
    // The dossier tab's quick look goes through the newest clips only.
    expect((await unattachedClips(db, Infinity, 1)).map((c) => c.id)).toEqual([b.clipId]);

    await attachClip(db, b.clipId, company.companyId!, 4_000);
    expect((await unattachedClips(db)).map((c) => c.id)).toEqual([a.clipId]);
    expect((await db.clips.get(b.clipId))?.companyId).toBe(company.companyId);
    expect((await db.companies.get(company.companyId!))?.updatedAt).toBe(4_000);
  });

  it('says so in words when the clip or the company is gone, or the clip already belongs to one', async () => {
    const db = freshDb();
    const company = await saveClip(db, companyPage('https://www.fernhill.example/', { name: 'Fernhill Robotics' }));
    const a = await saveClip(db, story('https://news.example/a', 'Storm over the Severn'));
    await expect(attachClip(db, 'nope', company.companyId!)).rejects.toThrow('This clip is no longer in your dossier');
    await expect(attachClip(db, a.clipId, 'nope')).rejects.toThrow('That company is no longer in your dossier');
    await attachClip(db, a.clipId, company.companyId!);
    await expect(attachClip(db, a.clipId, company.companyId!)).rejects.toThrow('already belongs to a company');
  });

  it('shows each clip with a company to choose, and attaches only once one is chosen', async () => {
    const db = freshDb();
    const a = await saveClip(db, story('https://news.example/a', 'Storm over the Severn'));
    const clips = await unattachedClips(db);
    const onAttach = vi.fn();
    const v = mount(<UnattachedClips clips={clips} companies={[{ id: 'c1', name: 'Fernhill Robotics' }]} onAttach={onAttach} />);
    const attach = v.button('Attach');
    expect(attach.disabled).toBe(true);
    const select = v.root.querySelector('select')!;
    v.choose(select, 'c1');
    v.click(v.button('Attach'));
    expect(onAttach).toHaveBeenCalledWith(a.clipId, 'c1');
    v.unmount();
  });
});
