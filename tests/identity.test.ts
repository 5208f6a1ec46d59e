import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../lib/background/handlers';
import type { TabAccess } from '../lib/background/tab-clipper';
import { saveClip } from '../lib/db/save-clip';
import { atLeast, STRENGTHS } from '../lib/db/trust';
import { runClipper } from '../lib/extract/run';
import { currentFact } from '../lib/facts';
import { dispatch } from '../lib/messaging/server';
import type { PageExtraction } from '../lib/schema/page-extraction';
import { docFrom } from './helpers/dom';
import { companyPage, freshDb } from './helpers/factories';

const JANE = 'https://www.linkedin.com/in/jane-achebe/';
const ACME_LI = 'https://www.linkedin.com/company/acme-robotics/';

const janeProfile = (extra: Partial<PageExtraction['person']> = {}, sources: Record<string, 'user'> = {}): PageExtraction => ({
  kind: 'person-profile',
  url: JANE,
  title: 'Jane Achebe | LinkedIn',
  extractor: 'test',
  sources,
  person: {
    name: 'Jane Achebe',
    headline: 'Head of Controls at Acme Robotics',
    currentTitle: 'Head of Controls',
    currentCompany: 'Acme Robotics',
    currentCompanyUrl: ACME_LI,
    about: 'I build robot arms.',
    education: [{ school: 'University of Leeds', degree: 'MEng' }],
    ...extra,
  },
});

/** A blog's "about the author" page whose Person JSON-LD claims Jane's LinkedIn profile. */
const BLOG_URL = 'https://blog.example/about-the-author';
const BLOG = `<html><head><title>About the author</title>
<link rel="canonical" href="${JANE}"><meta property="og:url" content="${JANE}">
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'Person',
  name: 'Jane Achebe',
  url: JANE,
  jobTitle: 'Crypto influencer',
  description: 'Buy my course.',
})}</script></head><body><main><p>Buy my course.</p></main></body></html>`;

/** An Organization on phish.example whose sameAs claims Acme's LinkedIn page and whose url claims acme-robotics.com. */
const PHISH_URL = 'https://www.phish.example/';
const PHISH = `<html><head><title>Acme Robotics</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'Organization',
  name: 'Acme Robotics',
  url: 'https://www.acme-robotics.com/',
  description: 'Send us your password.',
  sameAs: [ACME_LI],
})}</script></head><body><main><p>Send us your password.</p></main></body></html>`;

const extract = (html: string, url: string): PageExtraction => {
  const r = runClipper(docFrom(html, url), url);
  if (!r.ok) throw new Error(r.detail);
  return r.extraction as PageExtraction;
};
const served = (html: string, url: string): TabAccess => ({
  getTab: async () => ({ url, title: 't', status: 'complete' }),
  runClipper: async () => runClipper(docFrom(html, url), url),
});
const self = { id: 'rapport-id', origin: 'chrome-extension://rapport-id/' };
const popup = { id: 'rapport-id', url: 'chrome-extension://rapport-id/popup.html' };

async function acme(db: ReturnType<typeof freshDb>) {
  const site = await saveClip(
    db,
    companyPage('https://www.acme-robotics.com/about', { name: 'Acme Robotics', description: 'We build robot arms for warehouses.' }),
    { now: 1_000 },
  );
  await saveClip(
    db,
    {
      kind: 'company-profile',
      url: `${ACME_LI}about/`,
      title: 'Acme Robotics | LinkedIn',
      extractor: 'test',
      sources: {},
      company: { name: 'Acme Robotics', industry: 'Robotics' },
    },
    { now: 2_000 },
  );
  return site.companyId!;
}

describe('finding 3: an identity is trusted only from the site that owns it', () => {
  it("a blog's Person JSON-LD claiming a LinkedIn profile does not touch that person", async () => {
    const db = freshDb();
    const jane = await saveClip(db, janeProfile(), { now: 1_000 });
    const before = await db.people.get(jane.personId!);
    const blog = extract(BLOG, BLOG_URL);
    expect(blog.kind).toBe('person-profile');
    const r = await saveClip(db, blog, { now: 2_000 });
    expect(r.personId).not.toBe(jane.personId);
    const after = await db.people.get(jane.personId!);
    expect(after).toEqual(before);
    // The blog's person is the blog page's, not LinkedIn's.
    expect((await db.people.get(r.personId!))?.profileUrl).toBe(BLOG_URL);
  });

  it('the claim is offered in the popup as a hint, and the user can confirm it', async () => {
    const db = freshDb();
    const jane = await saveClip(db, janeProfile(), { now: 1_000 });
    const handlers = createHandlers(db, served(BLOG, BLOG_URL));
    const preview = await dispatch(handlers, { type: 'preview', payload: { tabId: 1 } }, popup, self);
    expect(preview).toMatchObject({ ok: true, data: { hints: { person: { id: jane.personId, name: 'Jane Achebe' } } } });
    const reason = (preview as { data: { hints: { person: { reason: string } } } }).data.hints.person.reason;
    expect(reason).toMatch(/only LinkedIn/);
    // Confirmed: the clip joins Jane, but a weaker source fills only what is empty.
    const saved = await dispatch(handlers, { type: 'save', payload: { tabId: 1, personId: jane.personId } }, popup, self);
    expect(saved).toMatchObject({ ok: true, data: { personId: jane.personId } });
    const after = (await db.people.get(jane.personId!))!;
    expect(after.headline).toBe('Head of Controls at Acme Robotics');
    expect(after.about).toBe('I build robot arms.');
    expect(after.education).toEqual([{ school: 'University of Leeds', degree: 'MEng' }]);
    expect(after.profileUrl).toBe(JANE);
  });

  it("an Organization on another site claiming a company's LinkedIn page and domain does not merge into it", async () => {
    const db = freshDb();
    const acmeId = await acme(db);
    const before = await db.companies.get(acmeId);
    const r = await saveClip(db, extract(PHISH, PHISH_URL), { now: 3_000 });
    expect(r.companyId).not.toBe(acmeId);
    const after = await db.companies.get(acmeId);
    expect(after).toEqual(before);
    expect(after?.domains).toEqual(['acme-robotics.com']);
    expect(currentFact(after!, 'description')?.value).toBe('We build robot arms for warehouses.');
    // And the phish company did not take Acme's LinkedIn identity.
    expect((await db.companies.get(r.companyId!))?.linkedinUrl).toBeUndefined();
  });

  it('the popup offers the claimed company as a hint', async () => {
    const db = freshDb();
    const acmeId = await acme(db);
    const preview = await dispatch(createHandlers(db, served(PHISH, PHISH_URL)), { type: 'preview', payload: { tabId: 1 } }, popup, self);
    expect(preview).toMatchObject({ ok: true, data: { hints: { company: { id: acmeId, name: 'Acme Robotics' } } } });
    // The default is not the claimed company.
    expect((preview as { data: { company?: { id?: string } } }).data.company?.id).not.toBe(acmeId);
  });

  it("a company's own site does not give it a LinkedIn identity; LinkedIn does", async () => {
    const db = freshDb();
    const site = await saveClip(
      db,
      companyPage('https://www.fernhill.example/', { name: 'Fernhill', linkedinUrl: 'https://www.linkedin.com/company/someone-else/' }),
    );
    expect((await db.companies.get(site.companyId!))?.linkedinUrl).toBeUndefined();
    const li = await saveClip(db, {
      kind: 'company-profile',
      url: 'https://www.linkedin.com/company/fernhill/',
      title: 'Fernhill | LinkedIn',
      extractor: 'test',
      sources: {},
      company: { name: 'Fernhill' },
    });
    expect(li.companyId).toBe(site.companyId);
    expect((await db.companies.get(site.companyId!))?.linkedinUrl).toBe('https://www.linkedin.com/company/fernhill/');
  });

  it('a team page on another site listing LinkedIn profiles does not attach itself to those people', async () => {
    const db = freshDb();
    const jane = await saveClip(db, janeProfile(), { now: 1_000 });
    const before = await db.people.get(jane.personId!);
    await saveClip(db, companyPage(PHISH_URL, { name: 'Phish' }, { people: [{ name: 'Someone Else', title: 'CEO', profileUrl: JANE }] }));
    expect(await db.people.get(jane.personId!)).toEqual(before);
  });

  it('a page whose extraction claims another address than its tab is refused', async () => {
    const db = freshDb();
    const lying: TabAccess = {
      getTab: async () => ({ url: PHISH_URL, status: 'complete' }),
      runClipper: async () => runClipper(docFrom('<title>x</title>', JANE), JANE),
    };
    const reply = await dispatch(createHandlers(db, lying), { type: 'preview', payload: { tabId: 1 } }, popup, self);
    expect(reply).toMatchObject({ ok: false });
    expect(await db.clips.count()).toBe(0);
  });
});

describe('finding 3, siblings: addresses a page names for itself', () => {
  it('a LinkedIn profile saved to disk and opened from file:// is read as LinkedIn, but speaks for no one', async () => {
    const html = readFileSync(join(__dirname, 'fixtures/pages/linkedin-person-public-graph.html'), 'utf8');
    const db = freshDb();
    const live = extract(html, 'https://uk.linkedin.com/in/catriona-mbeki-sinclair');
    const owner = await saveClip(db, live, { now: 1_000 });
    const before = await db.people.get(owner.personId!);
    // The same page as a file: its canonical link names LinkedIn, so the LinkedIn extractor reads
    // it; its address is the file's, so its claim to be that profile is a hint.
    const copy = extract(html.replace(/Catriona/g, 'Katrina'), 'file:///home/me/Downloads/profile.html');
    expect(copy.kind).toBe('person-profile');
    const r = await saveClip(db, copy, { now: 2_000 });
    expect(r.personId).not.toBe(owner.personId);
    expect(await db.people.get(owner.personId!)).toEqual(before);
  });
});

describe('finding 3: never overwrite a field with a value from a weaker source', () => {
  it('the order is: another page < the site that owns the identity < the user', () => {
    expect(STRENGTHS).toEqual(['other', 'owner', 'user']);
    for (const incoming of STRENGTHS)
      for (const existing of STRENGTHS)
        expect(atLeast(incoming, existing)).toBe(STRENGTHS.indexOf(incoming) >= STRENGTHS.indexOf(existing));
  });

  it('user beats owner beats other, field by field; an empty value never wipes', async () => {
    const db = freshDb();
    const first = await saveClip(db, janeProfile(), { now: 1_000 });
    // The user corrects the headline in the popup while clipping the profile again.
    await saveClip(db, janeProfile({ headline: 'Controls lead (my words)' }, { 'person.headline': 'user' }), { now: 2_000 });
    // LinkedIn again (owner): it may change what LinkedIn said, not what the user said; its
    // missing "about" and education do not wipe the ones stored.
    await saveClip(db, janeProfile({ headline: 'New LinkedIn headline', location: 'Leeds', about: undefined, education: [] }), {
      now: 3_000,
    });
    // A blog the user confirmed as Jane's (other): it fills nothing already known.
    const blog = extract(BLOG, BLOG_URL);
    await saveClip(db, blog, { now: 4_000, personId: first.personId });
    const jane = (await db.people.get(first.personId!))!;
    expect(jane.headline).toBe('Controls lead (my words)');
    expect(jane.location).toBe('Leeds');
    expect(jane.about).toBe('I build robot arms.');
    expect(jane.education).toHaveLength(1);
    expect(jane.currentTitle).toBe('Head of Controls');
    expect(jane.fieldStrengths).toMatchObject({ headline: 'user', location: 'owner', about: 'owner' });
  });

  it("a company's facts from its own site rank above a newer third party's", async () => {
    const db = freshDb();
    const acmeId = await acme(db);
    await saveClip(
      db,
      {
        kind: 'company-profile',
        url: 'https://en.wikipedia.org/wiki/Acme_Robotics',
        title: 'Acme Robotics - Wikipedia',
        extractor: 'test',
        sources: {},
        company: { name: 'Acme Robotics', description: 'Acme Robotics is a company.' },
      },
      { now: 9_000 },
    );
    const company = (await db.companies.get(acmeId))!;
    expect(company.facts.description).toHaveLength(2);
    expect(currentFact(company, 'description')?.value).toBe('We build robot arms for warehouses.');
    expect(company.facts.description!.map((f) => f.strength)).toEqual(['owner', 'other']);
  });
});
