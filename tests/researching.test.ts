import { describe, expect, it } from 'vitest';
import { createHandlers } from '../lib/background/handlers';
import type { TabAccess } from '../lib/background/tab-clipper';
import { planInterview } from '../lib/db/interviews';
import { researchingCompany } from '../lib/db/researching';
import { saveClip } from '../lib/db/save-clip';
import { dispatch } from '../lib/messaging/server';
import type { PreviewResponse } from '../lib/messaging/protocol';
import { companyPage, freshDb } from './helpers/factories';

const NOW = Date.UTC(2026, 10, 26, 9);
const DAY = 86_400_000;
const self = { id: 'rapport-id', origin: 'chrome-extension://rapport-id/' };
const popup = { id: 'rapport-id', url: 'chrome-extension://rapport-id/popup.html' };

async function twoCompanies() {
  const db = freshDb();
  const fernhill = await saveClip(db, companyPage('https://www.fernhill-robotics.com/about', { name: 'Fernhill Robotics' }));
  const quillmark = await saveClip(db, companyPage('https://www.quillmark.example/about', { name: 'Quillmark' }));
  return { db, fernhillId: fernhill.companyId!, quillmarkId: quillmark.companyId! };
}

describe('the company the user is researching', () => {
  it('is the company of their next planned meeting', async () => {
    const { db, fernhillId } = await twoCompanies();
    await planInterview(db, { companyId: fernhillId, when: NOW + 2 * DAY, timeZone: 'UTC', durationMinutes: 30 }, NOW);
    expect(await researchingCompany(db, NOW)).toEqual({ id: fernhillId, name: 'Fernhill Robotics', reason: 'meeting' });
  });

  it('is the soonest meeting’s, and a meeting past or cancelled does not count', async () => {
    const { db, fernhillId, quillmarkId } = await twoCompanies();
    await planInterview(db, { companyId: fernhillId, when: NOW - 2 * DAY, timeZone: 'UTC', durationMinutes: 30 }, NOW - 5 * DAY);
    const cancelled = await planInterview(db, { companyId: fernhillId, when: NOW + DAY, timeZone: 'UTC', durationMinutes: 30 }, NOW);
    await db.interviews.update(cancelled.id, { status: 'cancelled' });
    await planInterview(db, { companyId: quillmarkId, when: NOW + 3 * DAY, timeZone: 'UTC', durationMinutes: 30 }, NOW);
    expect(await researchingCompany(db, NOW)).toMatchObject({ id: quillmarkId, reason: 'meeting' });
  });

  it('without a meeting ahead, is the company updated last; in an empty dossier, none', async () => {
    const { db, fernhillId } = await twoCompanies();
    await db.companies.update(fernhillId, { updatedAt: Date.now() + 1_000 });
    expect(await researchingCompany(db, NOW)).toEqual({ id: fernhillId, name: 'Fernhill Robotics', reason: 'recent' });
    expect(await researchingCompany(freshDb(), NOW)).toBeUndefined();
  });
});

describe('the popup’s company picker on a story', () => {
  const story = (title: string, lead: string, url: string): TabAccess => {
    const html = `<html><head><title>${title} - Harbour Gazette</title><meta property="og:site_name" content="Harbour Gazette">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-18"}</script></head>
        <body><article><h1>${title}</h1><p>${lead}</p><p>${lead}</p></article></body></html>`;
    return {
      getTab: async () => ({ url, title, status: 'complete' }),
      // The two scripts the browser injects into a story's tab: the clipper, then the article's reading.
      runClipper: async () => {
        const { docFrom } = await import('./helpers/dom');
        const { runClipper } = await import('../lib/extract/run');
        return runClipper(docFrom(html, url), url);
      },
      runReadable: async () => {
        const { docFrom } = await import('./helpers/dom');
        const { runReadable } = await import('../lib/extract/run-readable');
        return runReadable(docFrom(html, url), url);
      },
    };
  };
  const preview = async (db: ReturnType<typeof freshDb>, tabs: TabAccess) => {
    const reply = await dispatch(createHandlers(db, tabs), { type: 'preview', payload: { tabId: 1 } }, popup, self);
    expect(reply.ok).toBe(true);
    return (reply as { data: PreviewResponse }).data;
  };

  it('preselects the company the story is about when the dossier knows it, and offers nothing else', async () => {
    const { db, fernhillId } = await twoCompanies();
    const data = await preview(
      db,
      story(
        'Fernhill Robotics raises £38m',
        'Fernhill Robotics, the Bristol maker of turbine robots, announced a £38m round on Tuesday.',
        'https://www.harbourgazette.example/2025/03/18/fernhill-raises',
      ),
    );
    expect(data.extraction.article?.aboutCompany).toBe('Fernhill Robotics');
    expect(data.company).toEqual({ id: fernhillId, name: 'Fernhill Robotics' });
    expect(data.suggested).toBeUndefined();
  });

  it('offers the company of the next meeting when the story names a company the dossier does not know', async () => {
    const { db, quillmarkId } = await twoCompanies();
    await planInterview(db, { companyId: quillmarkId, when: Date.now() + DAY, timeZone: 'UTC', durationMinutes: 30 });
    const data = await preview(
      db,
      story(
        'Tessaly Robotics raises $40m',
        'Tessaly Robotics, a maker of warehouse robots, announced a $40m round on Tuesday.',
        'https://www.harbourgazette.example/2025/03/18/tessaly-raises',
      ),
    );
    expect(data.company).toEqual({ name: 'Tessaly Robotics' });
    expect(data.suggested).toEqual({ id: quillmarkId, name: 'Quillmark', reason: 'meeting' });
  });

  it('offers the company researched last when the story names none', async () => {
    const { db, fernhillId } = await twoCompanies();
    await db.companies.update(fernhillId, { updatedAt: Date.now() + 1_000 });
    const data = await preview(
      db,
      story(
        'Five things to know before markets open',
        'Markets were quiet on Tuesday as traders waited for the central bank to speak.',
        'https://www.harbourgazette.example/2025/03/18/five-things',
      ),
    );
    expect(data.extraction.article?.aboutCompany).toBeUndefined();
    expect(data.company).toBeUndefined();
    expect(data.suggested).toEqual({ id: fernhillId, name: 'Fernhill Robotics', reason: 'recent' });
  });
});
