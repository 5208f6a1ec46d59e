import { describe, expect, it } from 'vitest';
import { saveClip } from '../lib/db/save-clip';
import type { PageExtraction } from '../lib/schema/page-extraction';
import { companyPage, freshDb } from './helpers/factories';

const posting = (url: string, job: PageExtraction['job']): PageExtraction => ({
  kind: 'job-posting',
  url,
  title: job?.title ?? url,
  extractor: 'test',
  sources: {},
  job,
});

describe('saveClip: a job posting joins its employer', () => {
  it('on a board, joins the company the posting names and gives it no board domain', async () => {
    const db = freshDb();
    const site = await saveClip(db, companyPage('https://www.moorfield-energy.co.uk/', { name: 'Moorfield Energy' }));
    const job = await saveClip(
      db,
      posting('https://uk.linkedin.com/jobs/view/product-designer-at-moorfield-energy-4012345678', {
        title: 'Product Designer',
        company: 'Moorfield Energy',
        location: 'Leeds, England, United Kingdom',
      }),
    );
    expect(job.companyId).toBe(site.companyId);
    expect(job.companyCreated).toBe(false);
    const company = await db.companies.get(site.companyId!);
    expect(company?.domains).toEqual(['moorfield-energy.co.uk']);
    expect((await db.clips.get(job.clipId))?.companyId).toBe(site.companyId);
  });

  it('creates the employer when it is new, without a domain for an ATS host', async () => {
    const db = freshDb();
    const job = await saveClip(
      db,
      posting('https://job-boards.greenhouse.io/tallgrass/jobs/5e1c', { title: 'Nurse', company: 'Tallgrass Health' }),
    );
    expect(job.companyCreated).toBe(true);
    const company = await db.companies.get(job.companyId!);
    expect(company).toMatchObject({ name: 'Tallgrass Health', domains: [] });
  });

  it('on the employer’s own careers site, the site’s domain is the company’s', async () => {
    const db = freshDb();
    const job = await saveClip(
      db,
      posting('https://careers.tidewater-energy.no/field-engineer-1234', { title: 'Field Engineer', company: 'Tidewater' }),
    );
    expect((await db.companies.get(job.companyId!))?.domains).toEqual(['tidewater-energy.no']);
  });

  it('on the employer’s dedicated jobs domain, joins the company by name and gives it no jobs domain', async () => {
    const db = freshDb();
    const site = await saveClip(db, companyPage('https://www.brightwing.example/', { name: 'Brightwing' }));
    const job = await saveClip(
      db,
      posting('https://www.brightwingjobs.example/job/wichita/summer-intern/9/123', { title: 'Summer Intern', company: 'Brightwing' }),
    );
    expect(job.companyId).toBe(site.companyId);
    expect((await db.companies.get(site.companyId!))?.domains).toEqual(['brightwing.example']);
  });

  it('names no company: the clip is kept, unattached', async () => {
    const db = freshDb();
    const job = await saveClip(db, posting('https://www.seek.com.au/job/81234567', { title: 'Platform Engineer' }));
    expect(job.companyId).toBeUndefined();
    expect(await db.companies.count()).toBe(0);
    expect(await db.clips.count()).toBe(1);
  });
});
