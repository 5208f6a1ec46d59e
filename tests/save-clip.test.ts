import { describe, expect, it } from 'vitest';
import { advance } from '../lib/db/interviews';
import { saveClip } from '../lib/db/save-clip';
import { pipeline } from '../lib/ui/pipeline';
import { currentFact, factVariants, pinFact } from '../lib/facts';
import { companyPage, freshDb } from './helpers/factories';
import type { PageExtraction } from '../lib/schema/page-extraction';

describe('saveClip: which company a clip joins', () => {
  it('maps www, careers, jobs and about subdomains of one registrable domain to one company', async () => {
    const db = freshDb();
    const a = await saveClip(db, companyPage('https://www.brightwater-health.co.uk/about', { name: 'Brightwater Health' }));
    const b = await saveClip(db, companyPage('https://careers.brightwater-health.co.uk/jobs/123', { name: 'Brightwater Health Careers' }));
    const c = await saveClip(db, companyPage('https://jobs.brightwater-health.co.uk/', { name: 'Join Brightwater' }));
    const d = await saveClip(db, companyPage('https://about.brightwater-health.co.uk/story', { name: 'Our story' }));
    expect(new Set([a.companyId, b.companyId, c.companyId, d.companyId]).size).toBe(1);
    expect(await db.companies.count()).toBe(1);
    const company = await db.companies.get(a.companyId!);
    expect(company?.name).toBe('Brightwater Health');
    expect(company?.domains).toEqual(['brightwater-health.co.uk']);
    expect(a.companyCreated).toBe(true);
    expect(b.companyCreated).toBe(false);
  });

  it('keeps two companies under one multi-part public suffix apart', async () => {
    const db = freshDb();
    const a = await saveClip(db, companyPage('https://www.alpha.co.uk/', { name: 'Alpha' }));
    const b = await saveClip(db, companyPage('https://www.beta.co.uk/', { name: 'Beta' }));
    expect(a.companyId).not.toBe(b.companyId);
    const gh1 = await saveClip(db, companyPage('https://one.github.io/', { name: 'One' }));
    const gh2 = await saveClip(db, companyPage('https://two.github.io/', { name: 'Two' }));
    expect(gh1.companyId).not.toBe(gh2.companyId);
  });

  it('matches a LinkedIn company page to the company by the LinkedIn URL its website listed', async () => {
    const db = freshDb();
    const site = await saveClip(
      db,
      companyPage('https://www.fernhill-robotics.com/', {
        name: 'Fernhill Robotics',
        linkedinUrl: 'https://www.linkedin.com/company/fernhill-robotics/',
      }),
    );
    const li = await saveClip(db, {
      kind: 'company-profile',
      url: 'https://www.linkedin.com/company/fernhill-robotics/about/',
      title: 'Fernhill Robotics | LinkedIn',
      extractor: 'test',
      sources: {},
      company: { name: 'Fernhill Robotics Ltd', industry: 'Robotics Engineering' },
    });
    expect(li.companyId).toBe(site.companyId);
    const company = await db.companies.get(site.companyId!);
    expect(company?.domains).toEqual(['fernhill-robotics.com']); // linkedin.com is never a company's domain
    expect(currentFact(company!, 'industry')?.value).toBe('Robotics Engineering');
  });

  it('attaches a news story to the known company it names, and creates none for an unknown one', async () => {
    const db = freshDb();
    const site = await saveClip(db, companyPage('https://www.fernhill-robotics.com/', { name: 'Fernhill Robotics' }));
    const story = await saveClip(db, {
      kind: 'article',
      url: 'https://news.example.net/2025/fernhill-raises',
      title: 'Fernhill Robotics raises £38m',
      extractor: 'test',
      sources: {},
      article: { title: 'Fernhill Robotics raises £38m' },
    });
    expect(story.companyId).toBe(site.companyId);
    const other = await saveClip(db, {
      kind: 'article',
      url: 'https://news.example.net/2025/markets',
      title: 'Markets close higher',
      extractor: 'test',
      sources: {},
    });
    expect(other.companyId).toBeUndefined();
    expect(await db.companies.count()).toBe(1);
  });
});

describe('saveClip: the same page twice', () => {
  it('updates the clip instead of adding a duplicate, and says so', async () => {
    const db = freshDb();
    const first = await saveClip(
      db,
      companyPage('https://www.quillstone.io/company?utm_source=x#team', { name: 'Quillstone', size: '85' }),
      { now: 1000 },
    );
    const second = await saveClip(db, companyPage('https://quillstone.io/company/', { name: 'Quillstone', size: '90' }), { now: 2000 });
    expect(first.status).toBe('created');
    expect(second.status).toBe('updated');
    expect(second.clipId).toBe(first.clipId);
    expect(await db.clips.count()).toBe(1);
    const clip = await db.clips.get(first.clipId);
    expect(clip?.capturedAt).toBe(1000);
    expect(clip?.updatedAt).toBe(2000);
    const company = await db.companies.get(first.companyId!);
    // The clip's old statement is replaced, not kept as a disagreeing source.
    expect(company?.facts.size?.map((f) => f.value)).toEqual(['90']);
  });
});

describe('facts with provenance', () => {
  it('keeps disagreeing sources newest first and lets the user pin one', async () => {
    const db = freshDb();
    const a = await saveClip(db, companyPage('https://acme-test.com/about', { name: 'Acme', headquarters: 'Berlin' }), { now: 1000 });
    const b = await saveClip(db, companyPage('https://acme-test.com/contact', { name: 'Acme', headquarters: 'Munich' }), { now: 2000 });
    let company = (await db.companies.get(a.companyId!))!;
    expect(factVariants(company, 'headquarters').map((v) => [v.value, v.entries[0]!.sourceClipId])).toEqual([
      ['Munich', b.clipId],
      ['Berlin', a.clipId],
    ]);
    expect(currentFact(company, 'headquarters')?.value).toBe('Munich');
    company = { ...company, facts: pinFact(company, 'headquarters', 'Berlin') };
    expect(currentFact(company, 'headquarters')?.value).toBe('Berlin');
  });
});

describe('person profiles', () => {
  it('links a clipped person to their current company, creating it when new', async () => {
    const db = freshDb();
    const r = await saveClip(db, {
      kind: 'person-profile',
      url: 'https://www.linkedin.com/in/marta-okonjo-4b1a2c/',
      title: 'Marta Okonjo | LinkedIn',
      extractor: 'test',
      sources: {},
      person: { name: 'Marta Okonjo', currentTitle: 'CEO', currentCompany: 'Fernhill Robotics' },
    });
    expect(r.personName).toBe('Marta Okonjo');
    expect(r.companyName).toBe('Fernhill Robotics');
    const person = await db.people.get(r.personId!);
    expect(person?.currentCompanyId).toBe(r.companyId);
    expect(person?.profileUrl).toBe('https://www.linkedin.com/in/marta-okonjo-4b1a2c/');
    const again = await saveClip(db, companyPage('https://www.fernhill-robotics.com/', { name: 'Fernhill Robotics Ltd' }));
    expect(again.companyId).toBe(r.companyId); // matched by name without the legal form
  });
});

describe("people a page names: to contact, or known as the company's", () => {
  it("saves Wikipedia's key people as known people of the company, outside the pipeline", async () => {
    const db = freshDb();
    const wiki = await saveClip(db, {
      kind: 'company-profile',
      url: 'https://en.wikipedia.org/wiki/Tessaline_Systems',
      title: 'Tessaline Systems - Wikipedia',
      extractor: 'wikipedia',
      sources: {},
      company: { name: 'Tessaline Systems', website: 'https://www.tessaline.com/' },
      people: [
        { name: 'Rohan Tiwary', title: 'CEO' },
        { name: 'Alina Marsh', title: 'Founder' },
      ],
    });
    const known = await db.people.where('currentCompanyId').equals(wiki.companyId!).toArray();
    expect(known.map((p) => [p.name, p.currentTitle, p.status]).sort()).toEqual([
      ['Alina Marsh', 'Founder', undefined],
      ['Rohan Tiwary', 'CEO', undefined],
    ]);
    const board = pipeline(known, new Map(), [], 6, Date.now());
    expect(Object.values(board).flat()).toEqual([]);

    // A team page on the company's own site lists people to reach: they are in the pipeline,
    // and a known person it names keeps being known until the user moves them.
    await saveClip(
      db,
      companyPage(
        'https://www.tessaline.com/about/leadership',
        { name: 'Tessaline Systems' },
        {
          people: [
            { name: 'Priya Nair', title: 'VP Engineering' },
            { name: 'Rohan Tiwary', title: 'Chief Executive Officer' },
          ],
        },
      ),
    );
    const all = await db.people.where('currentCompanyId').equals(wiki.companyId!).toArray();
    const status = Object.fromEntries(all.map((p) => [p.name, p.status]));
    expect(status).toEqual({ 'Rohan Tiwary': undefined, 'Alina Marsh': undefined, 'Priya Nair': 'to-contact' });
    expect(advance(undefined, 'scheduled')).toBe('scheduled');
  });
});

describe('saveClip: a story names its company', () => {
  it('joins the company it is about, though the news site’s domain is not the company’s', async () => {
    const db = freshDb();
    const own = await saveClip(db, companyPage('https://www.fernhill-robotics.com/about', { name: 'Fernhill Robotics' }));
    const story = await saveClip(db, {
      kind: 'article',
      url: 'https://www.harbour-gazette.example/2025/03/18/fernhill-raises',
      title: 'Fernhill Robotics raises £12m',
      extractor: 'generic',
      sources: {},
      article: { title: 'Fernhill Robotics raises £12m', aboutCompany: 'Fernhill Robotics', siteName: 'Harbour Gazette' },
    });
    expect(story.companyId).toBe(own.companyId);
    // A story vouches for no domain: the company keeps only its own.
    expect((await db.companies.get(own.companyId!))?.domains).toEqual(['fernhill-robotics.com']);
  });

  it('joins a company of the dossier the story mentions, unless the user typed which company it is about', async () => {
    const db = freshDb();
    const known = await saveClip(db, companyPage('https://www.komen.example/', { name: 'Komen' }));
    const story = (aboutCompany: string, sources: PageExtraction['sources']): PageExtraction => ({
      kind: 'article',
      url: `https://www.harbour-gazette.example/2013/06/06/${encodeURIComponent(aboutCompany)}`,
      title: 'Did backlash prompt the cancellations?',
      extractor: 'generic',
      sources,
      text: 'The Susan G. Komen Foundation scrapped fundraisers in seven cities. Komen declined to comment.',
      article: { title: 'Did backlash prompt the cancellations?', aboutCompany },
    });
    // Read by Rapport: a name the dossier lacks, in a story naming one it has: the known one.
    const read = await saveClip(db, story('Susan G. Komen Foundation', {}));
    expect(read.companyId).toBe(known.companyId);
    // Typed by the user in "Correct before saving": their company, created, not the one the text mentions.
    const typed = await saveClip(db, story('Susan G. Komen', { 'article.aboutCompany': 'user' }));
    expect(typed.companyId).not.toBe(known.companyId);
    expect(typed.companyCreated).toBe(true);
    expect((await db.companies.get(typed.companyId!))?.name).toBe('Susan G. Komen');
  });

  it("files a story's people under the company it is about, not under another company it was saved to", async () => {
    const db = freshDb();
    const quillfen = await saveClip(db, companyPage('https://www.quillfen.example/', { name: 'Quillfen' }));
    const story = (n: number): PageExtraction => ({
      kind: 'article',
      url: `https://www.brackwater.example/2025/03/18/tallowmere-to-buy-quillfen-${n}`,
      title: 'Tallowmere Logistics to buy Quillfen',
      extractor: 'generic',
      sources: {},
      article: { title: 'Tallowmere Logistics to buy Quillfen', aboutCompany: 'Tallowmere Logistics' },
      people: [{ name: 'Dolores Arkwright', title: 'Tallowmere chief executive' }],
    });
    // The user files it under Quillfen, the company they research: its quoted CEO is not Quillfen's.
    const saved = await saveClip(db, story(1), { companyId: quillfen.companyId });
    expect(saved.companyId).toBe(quillfen.companyId);
    expect(await db.people.count()).toBe(0);
    // Nor when the user corrected which company it is about: she was read as Tallowmere's.
    const typed = await saveClip(db, {
      ...story(3),
      sources: { 'article.aboutCompany': 'user' },
      article: { title: 'Tallowmere Logistics to buy Quillfen', aboutCompany: 'Quillfen' },
    });
    expect(typed.companyId).toBe(quillfen.companyId);
    expect(await db.people.count()).toBe(0);
    // Saved to the company it is about (a dossier without Quillfen), she is that company's.
    const other = freshDb();
    const tallowmere = await saveClip(other, story(2));
    expect((await other.companies.get(tallowmere.companyId!))?.name).toBe('Tallowmere Logistics');
    const people = await other.people.toArray();
    expect(people.map((p) => [p.name, p.currentCompanyId])).toEqual([['Dolores Arkwright', tallowmere.companyId]]);
  });

  it("saves a team card's role without the separator its line ended on", async () => {
    // fresh5-centric-cybersecurity through the built extension: "V-CISO Capability Lead, at Centric Consulting".
    const db = freshDb();
    const saved = await saveClip(
      db,
      companyPage(
        'https://www.centric.example/cybersecurity',
        { name: 'Centric Example' },
        {
          people: [
            { name: 'Brandyn Fisher', title: 'V-CISO Capability Lead,' },
            { name: 'Matt Kipp', title: 'Director of IT Risk –' },
            { name: 'Dana Oak', title: ' , ' },
          ],
        },
      ),
    );
    const people = await db.people.where('currentCompanyId').equals(saved.companyId!).toArray();
    expect(Object.fromEntries(people.map((p) => [p.name, p.currentTitle]))).toEqual({
      'Brandyn Fisher': 'V-CISO Capability Lead',
      'Matt Kipp': 'Director of IT Risk',
      'Dana Oak': undefined,
    });
  });
});
