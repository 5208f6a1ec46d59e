import { describe, expect, it } from 'vitest';
import { companyFromTitle, placeOf, placesList, remoteOf } from '../lib/extract/job-posting';
import { extractPage } from '../lib/extract/registry';
import { docFrom } from './helpers/dom';

// Job postings as boards, ATSs and careers sites mark them up, written here (invented roles).
const run = (html: string, url: string) => extractPage(docFrom(html, url), new URL(url));

describe('a job posting with JobPosting JSON-LD', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Senior Data Engineer',
    datePosted: '2026-03-04T22:15:00.000Z',
    employmentType: ['FULL_TIME'],
    hiringOrganization: { '@type': 'Organization', name: 'Quillfeather &amp; Sons', sameAs: 'https://quillfeather.example' },
    jobLocation: [
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Toronto', addressRegion: 'ON', addressCountry: 'CA' } },
    ],
    jobLocationType: 'TELECOMMUTE',
    description: '<p><b>About us</b></p><p>We print books &amp; ship them.</p>',
  };
  const html = `<html><head><title>Senior Data Engineer - Toronto, ON - Indeed.com</title>
    <script type="application/ld+json">${JSON.stringify(ld)}</script></head>
    <body><nav>Find jobs</nav><div id="jobDescriptionText"><p><b>About us</b></p><p>We print books &amp; ship them.</p></div>
    <footer>© 2026 Indeed</footer></body></html>`;

  it('names the employer from hiringOrganization, never the board, and keeps the posting’s text only', () => {
    const x = run(html, 'https://ca.indeed.com/viewjob?jk=abc123');
    expect(x.kind).toBe('job-posting');
    expect(x.job).toMatchObject({
      title: 'Senior Data Engineer',
      company: 'Quillfeather & Sons',
      location: 'Toronto, ON, Canada',
      remote: true,
      employmentType: 'Full-time',
      postedAt: '2026-03-04',
    });
    expect(x.job?.description).toBe('About us We print books & ship them.');
    expect(x.text).toContain('We print books & ship them.');
    expect(x.text).not.toContain('Find jobs');
  });

  it('is a job posting on any site, even one whose address says nothing of jobs', () => {
    const x = run(html, 'https://www.quillfeather.example/en/opportunities/123');
    expect(x.kind).toBe('job-posting');
    expect(x.job?.company).toBe('Quillfeather & Sons');
  });

  it('opened from disk, is still a job posting', () => {
    expect(run(html, 'file:///tmp/job.html').kind).toBe('job-posting');
  });
});

describe('a board without JSON-LD (SEEK’s data-automation hooks)', () => {
  const html = `<html><head><title>Job</title><meta property="og:site_name" content="SEEK Australia"></head><body>
    <div data-automation="jobDetailsPage"><h1 data-automation="job-detail-title">Platform Engineer | Remote</h1>
    <span data-automation="advertiser-name">Northwind Health<a data-automation="job-details-header-more-jobs">View all jobs</a></span>
    <span data-automation="job-detail-location"><a>Brisbane QLD</a> (Remote)</span>
    <span data-automation="job-detail-work-type"><a>Contract/Temp</a></span>
    <div data-automation="jobAdDetails"><p>Run our Kubernetes platform.</p></div></div>
    <script>window.SEEK_APOLLO_DATA = {"job":{"listedAt":{"__typename":"SeekDateTime","label":"2d ago","dateTimeUtc":"2026-05-02T01:00:00.000Z"}}};</script>
    </body></html>`;

  it('reads title, advertiser, place, work type, remote and the listing date', () => {
    const x = run(html, 'https://www.seek.com.au/job/81234567');
    expect(x.job).toMatchObject({
      title: 'Platform Engineer | Remote',
      company: 'Northwind Health',
      location: 'Brisbane, QLD',
      remote: true,
      employmentType: 'Contract/Temp',
      postedAt: '2026-05-02',
    });
    expect(x.text).toBe('Run our Kubernetes platform.');
  });
});

describe('a careers page for one role with no board markup', () => {
  const html = `<html><head><title>Field Engineer – Tidewater</title></head><body>
    <header><nav><a href="/">Tidewater</a></nav></header>
    <main><section class="hero_container__a1"><a href="/careers">← Back to Careers</a><h1 class="hero_title__b2">Field Engineer</h1>
      <div class="hero_features__c3"><div class="hero_feature__d4"><i></i>Operations</div>
      <div class="hero_feature__d4"><i></i>Remote <span class="hero_locations__e5">(<span>Norway</span><span>Denmark</span>)</span></div>
      <div class="hero_feature__d4"><i></i>Full Time</div></div><a role="button" href="#apply">Apply</a></section>
    <section class="details_container__f6" data-testid="career-details/details"><h2>About the role</h2><p>Keep our tidal turbines turning.</p></section>
    <section><form id="apply"><p>Resume should be a PDF</p></form></section></main>
    <footer>Terms</footer></body></html>`;

  it('reads the facts beside the title, takes the site as the employer, and the details as the text', () => {
    const x = run(html, 'https://tidewater.example/careers/field-engineer-1234');
    expect(x.kind).toBe('job-posting');
    expect(x.job).toMatchObject({
      title: 'Field Engineer',
      company: 'Tidewater',
      location: 'Norway; Denmark',
      remote: true,
      employmentType: 'Full Time',
    });
    expect(x.text).toContain('Keep our tidal turbines turning.');
    expect(x.text).not.toContain('Resume should be a PDF');
  });

  it('a careers index of such roles lists them with their places', () => {
    const index = `<html><head><title>Careers – Tidewater</title></head><body><main><h1>Careers</h1></main>
      <div><ul><a class="job-card_a1" href="/careers/field-engineer-1234"><li><div class="job-card_title"><h3>Field Engineer </h3><span>Apply</span></div><h4>Norway, Denmark</h4></li></a>
      <a class="job-card_a1" href="/careers/product-advocate-77"><li><div class="job-card_title"><h3>Product Advocate</h3><span>Apply</span></div><h4>United States</h4></li></a></ul></div></body></html>`;
    const x = run(index, 'https://tidewater.example/careers');
    expect(x.kind).toBe('company-page');
    expect(x.jobs).toEqual([
      { title: 'Field Engineer', location: 'Norway; Denmark', url: 'https://tidewater.example/careers/field-engineer-1234' },
      { title: 'Product Advocate', location: 'United States', url: 'https://tidewater.example/careers/product-advocate-77' },
    ]);
  });
});

describe('job facts', () => {
  it('places: a region code gets its comma, a remote note goes, a list of countries becomes a list', () => {
    expect(placeOf('Melbourne VIC (Remote)')).toBe('Melbourne, VIC');
    expect(placeOf('Remote')).toBeUndefined();
    expect(placesList('United States, Canada')).toBe('United States; Canada');
    expect(placesList('Leeds, England')).toBe('Leeds, England');
  });

  it('remote: said remote or hybrid, said on-site only, or unknown', () => {
    expect(remoteOf('Flexible hybrid working, 3 days in the office')).toBe(true);
    expect(remoteOf('This role is on-site only.')).toBe(false);
    expect(remoteOf('On-site')).toBe(false);
    expect(remoteOf('We build turbines.')).toBeUndefined();
  });
});

describe('LinkedIn job view, signed in', () => {
  const html = `<html><head><title>(3) Product Designer | Moorfield Energy | LinkedIn</title></head><body class="render-mode-BIGPIPE">
    <header id="global-nav"><a href="https://www.linkedin.com/feed/">Home</a><a href="https://www.linkedin.com/jobs/">Jobs</a></header>
    <main class="scaffold-layout__main"><div class="job-view-layout jobs-details"><div class="t-14">
      <div class="job-details-jobs-unified-top-card__company-name" dir="ltr"><a class="app-aware-link" href="https://www.linkedin.com/company/moorfield-energy/life">Moorfield Energy</a></div>
      <h1 class="t-24 t-bold inline"><a href="/jobs/view/4012345678/" class="job-details-jobs-unified-top-card__job-title-link">Product Designer</a></h1>
      <div class="job-details-jobs-unified-top-card__primary-description-container"><div class="t-black--light mt2"><span class="tvm__text">Leeds, England, United Kingdom</span><span> · </span><span class="tvm__text"><span>3 days ago</span></span><span> · </span><span class="tvm__text">41 applicants</span></div></div>
      <div class="job-details-fit-level-preferences"><button class="artdeco-button"><span class="tvm__text"><strong>Hybrid</strong><span class="visually-hidden">Matches your job preferences, workplace type is Hybrid.</span></span></button>
        <button class="artdeco-button"><span class="tvm__text"><strong>Full-time</strong></span></button></div>
      <button class="jobs-apply-button artdeco-button"><span class="artdeco-button__text">Easy Apply</span></button></div>
      <div class="jobs-description__content jobs-description-content"><div class="jobs-box__html-content" id="job-details"><div class="mt4"><p>Moorfield Energy helps households switch to heat pumps.</p></div></div></div>
    </div></main>
    <aside class="scaffold-layout__aside"><h2>People you can reach out to</h2></aside></body></html>`;

  it('reads title, employer, place, workplace and type from the unified top card', () => {
    const x = run(html, 'https://www.linkedin.com/jobs/view/4012345678/');
    expect(x.kind).toBe('job-posting');
    expect(x.job).toMatchObject({
      title: 'Product Designer',
      company: 'Moorfield Energy',
      location: 'Leeds, England, United Kingdom',
      remote: true,
      employmentType: 'Full-time',
    });
    expect(x.text).toBe('Moorfield Energy helps households switch to heat pumps.');
  });
});

describe('the employer named by the page title', () => {
  it('reads the ATS and board title patterns, never a board or the job itself', () => {
    expect(companyFromTitle('Job Application for Field Engineer at Tidewater', 'Field Engineer')).toBe('Tidewater');
    expect(companyFromTitle('Field Engineer @ Tidewater', 'Field Engineer')).toBe('Tidewater');
    expect(companyFromTitle('Tidewater - Field Engineer', 'Field Engineer')).toBe('Tidewater');
    expect(companyFromTitle('Field Engineer – Tidewater', 'Field Engineer')).toBe('Tidewater');
    expect(companyFromTitle('Tidewater hiring Field Engineer in Bergen, Norway | LinkedIn', 'Field Engineer')).toBe('Tidewater');
    expect(companyFromTitle('Field Engineer - Indeed.com', 'Field Engineer')).toBeUndefined();
    expect(companyFromTitle('Careers - Field Engineer', 'Field Engineer')).toBeUndefined();
  });

  it('names the employer of a Lever posting, which says it only in its title', () => {
    const html = `<html><head><title>Tidewater - Field Engineer</title></head><body><div class="content">
      <div class="posting-headline"><h2>Field Engineer</h2><div class="posting-categories"><div class="sort-by-location posting-category location">Bergen, Norway</div>
      <div class="sort-by-commitment posting-category commitment">Full-time</div><div class="posting-category workplaceTypes">On-site</div></div></div>
      <div class="section-wrapper page-full-width" data-qa="job-description"><p>Keep our tidal turbines turning.</p></div>
      <div class="postings-btn-wrapper"><a class="postings-btn" href="https://jobs.lever.co/tidewater/abc/apply">Apply for this job</a></div></div></body></html>`;
    const x = run(html, 'https://jobs.lever.co/tidewater/0b1c2d3e-aaaa-bbbb-cccc-0123456789ab');
    expect(x.job).toMatchObject({
      title: 'Field Engineer',
      company: 'Tidewater',
      location: 'Bergen, Norway',
      employmentType: 'Full-time',
      remote: false,
    });
  });
});
