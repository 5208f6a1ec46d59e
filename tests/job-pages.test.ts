import { describe, expect, it } from 'vitest';
import { isJobsHost, labelledFacts } from '../lib/extract/job-posting';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

// Postings with neither JobPosting JSON-LD nor a known board's markup, recognised by their shape
// and labels, and careers pages whose lists are grouped by team or office (invented roles).
const run = (html: string, url: string) => extractPage(docFrom(html, url), new URL(url));

describe('a careers-site posting known by its labels', () => {
  // A careers platform's job page: a screen-reader h1 in the banner before <main>, the role's h1
  // with its place under it, Apply twice (top and bottom, one target), labelled lines in the text.
  const html = `<html><head><title>Summer Intern, Avionics | Brightwing</title>
    <meta property="og:title" content="Summer Intern, Avionics | Brightwing"></head><body>
    <header><nav><a href="/search-jobs">Search jobs</a></nav></header>
    <section><div id="page-hero"><h1 class="wai">Working at Brightwing</h1></div></section>
    <main><section class="ajd"><div class="ajd_header"><div class="ajd_header__job-heading">
      <h1 class="ajd_header__job-title">Summer Intern, Avionics</h1>
      <p class="ajd_header__location">Wichita, Kansas</p></div>
      <a class="button job-apply" href="https://ats.example/apply?job=77">Apply Now</a></div>
    <section class="ajd_section job-description"><h2>Job Responsibilities</h2><div>
      <span class="job-id"><b>Job ID:</b> 77BR</span> <span class="job-date"><b>Date posted:</b> Mar. 11, 2026</span>
      <br><b>Description:</b>Help us test flight computers.<br><b>Ability to Work Remotely: </b>Onsite Full-time: The work is performed at a Brightwing site.<br>
      <b>Schedule for this Position: </b>Part-Time as assigned</div>
      <a class="button job-apply" href="https://ats.example/apply?job=77">Apply Now</a></section></main>
    <footer>© Brightwing</footer></body></html>`;

  it('is a posting: the role’s h1, its place, on-site, an internship, the posted date, the company from the title', () => {
    const x = run(html, 'https://www.brightwingjobs.example/job/wichita/summer-intern-avionics/9/123');
    expect(x.kind).toBe('job-posting');
    expect(x.job).toMatchObject({
      title: 'Summer Intern, Avionics',
      company: 'Brightwing',
      location: 'Wichita, Kansas',
      remote: false,
      employmentType: 'Internship',
      postedAt: '2026-03-11',
    });
    expect(x.company).toBeUndefined();
  });

  it('opened from disk, is still a posting', () => {
    expect(run(html, 'file:///tmp/posting.html').kind).toBe('job-posting');
  });

  it('a careers platform’s own page type is enough beside the title and Apply', () => {
    const page = `<html><head><title>Welder | Brightwing</title><meta name="career-site-page-type" content="Job Description"></head>
      <body><main><h1>Welder</h1><p>Join the shop floor.</p><a href="https://ats.example/apply?job=9">Apply</a></main></body></html>`;
    const x = run(page, 'file:///tmp/welder.html');
    expect(x.kind).toBe('job-posting');
    expect(x.job?.title).toBe('Welder');
  });
});

describe('postings labelled in German and French', () => {
  it('German: a definition list (Standort, Anstellungsart, Veröffentlicht am, Homeoffice möglich) and “Jetzt bewerben”', () => {
    const html = `<html><head><title>Elektroniker (m/w/d) – Nordlicht GmbH</title><meta property="og:site_name" content="Nordlicht GmbH"></head><body>
      <main><h1>Elektroniker (m/w/d)</h1><dl class="facts"><dt>Standort</dt><dd>Kassel</dd><dt>Anstellungsart</dt><dd>Vollzeit</dd>
      <dt>Veröffentlicht am</dt><dd>4. März 2026</dd><dt>Homeoffice</dt><dd>möglich, 2 Tage</dd></dl><p>Sie warten unsere Anlagen.</p><a href="/bewerbung?id=5">Jetzt bewerben</a></main></body></html>`;
    const x = run(html, 'https://www.nordlicht.example/stellen/elektroniker-5');
    expect(x.kind).toBe('job-posting');
    expect(x.job).toMatchObject({
      title: 'Elektroniker (m/w/d)',
      company: 'Nordlicht GmbH',
      location: 'Kassel',
      employmentType: 'Vollzeit',
      remote: true,
      postedAt: '2026-03-04',
    });
  });

  it('French: a table (Lieu, Type de contrat, Date de publication, Télétravail : non) and “Envoyer ma candidature”', () => {
    const html = `<html><head><title>Chargée de communication | Atelier Brume</title></head><body>
      <main><h1>Chargée de communication</h1><table><tr><th>Lieu</th><td>Lyon</td></tr><tr><th>Type de contrat</th><td>CDI</td></tr>
      <tr><th>Date de publication</th><td>4 mars 2026</td></tr><tr><th>Télétravail</th><td>Non</td></tr></table><p>Vous portez notre voix.</p><button>Envoyer ma candidature</button></main></body></html>`;
    const x = run(html, 'https://atelier-brume.example/offres/chargee-communication');
    expect(x.kind).toBe('job-posting');
    expect(x.job).toMatchObject({
      title: 'Chargée de communication',
      location: 'Lyon',
      employmentType: 'CDI',
      remote: false,
      postedAt: '2026-03-04',
    });
  });

  it('labels read to the end of their line, and only the first of each counts', () => {
    const root = docFrom(
      `<div><b>Location:</b> Leeds, England<br><b>Employment type:</b> Part-time<br><strong>Location</strong>: York</div>`,
      'https://x.example/',
    ).body;
    expect(labelledFacts(root)).toEqual({ location: 'Leeds, England', type: 'Part-time' });
  });
});

describe('pages that are not one posting', () => {
  it('a careers index whose rows each have their own Apply is not a posting', () => {
    const html = `<html><head><title>Careers | Brightwing</title></head><body><main><h1>Open roles</h1><ul>
      <li><h3>Welding Technician</h3><b>Location:</b> Wichita<br><a href="/job/wichita/welder/1">Apply</a></li>
      <li><h3>Avionics Engineer</h3><b>Location:</b> Tulsa<br><a href="/job/tulsa/avionics-engineer/2">Apply</a></li></ul></main></body></html>`;
    const x = run(html, 'https://www.brightwing.example/careers');
    expect(x.kind).toBe('company-page');
    expect(x.jobs?.map((j) => j.title)).toEqual(['Welding Technician', 'Avionics Engineer']);
  });

  it('a story with a “Veröffentlicht am” line and a call to apply is not a posting', () => {
    const html = `<html><head><title>Förderprogramm startet – Nordlicht GmbH</title></head><body><main><h1>Förderprogramm startet</h1>
      <p><strong>Veröffentlicht am:</strong> 4. März 2026</p><p>Ab heute fördern wir zehn Start-ups aus Kassel.</p>
      <a href="/foerderung/antrag">Jetzt bewerben</a></main></body></html>`;
    expect(run(html, 'https://www.nordlicht.example/aktuelles/foerderprogramm').kind).not.toBe('job-posting');
  });

  it('a company page that invites applications but states no posting’s facts is not a posting', () => {
    const html = `<html><head><title>About us | Brightwing</title></head><body><main><h1>We build small aircraft</h1>
      <p>Founded in 1998 in Wichita. We are hiring engineers.</p><a href="/careers">Apply now</a></main></body></html>`;
    expect(run(html, 'https://www.brightwing.example/about').kind).not.toBe('job-posting');
  });

  it('a careers index of BEM cards ("job__title", as Greenhouse names its one title) that take applications by e-mail lists its roles', () => {
    const card = (title: string, tag: string, place: string) => `<div class="job"><div class="job__main"><div>
      <h3 class="job__title">${title}</h3><div class="job__meta"><span class="tag tag--blue">${tag}</span>
      <span><strong>Location:</strong> ${place}</span><span><strong>Type:</strong> Full time</span></div></div>
      <a class="btn" href="mailto:jobs@brightwing.example?subject=${encodeURIComponent(title)}">Apply</a></div>
      <div class="job-detail"><h4>Tasks</h4><ul><li>Weld frames</li></ul></div></div>`;
    const html = `<html><head><title>Jobs | Brightwing</title></head><body><main><h1>3 open positions</h1>
      ${card('Welder (m/f/d)', 'Metal', 'Wichita')}${card('Electrician (m/f/d)', 'Electrical', 'Tulsa')}${card('Painter (m/f/d)', 'Finish · Paint', 'Wichita')}
      </main></body></html>`;
    const x = run(html, 'https://www.brightwing.example/en/jobs.html');
    expect(x.kind).toBe('company-page');
    expect(x.jobs).toEqual([
      { title: 'Welder (m/f/d)', team: 'Metal', location: 'Wichita' },
      { title: 'Electrician (m/f/d)', team: 'Electrical', location: 'Tulsa' },
      { title: 'Painter (m/f/d)', team: 'Finish · Paint', location: 'Wichita' },
    ]);
  });

  it('a role heading met once, without its own Apply or place, is not a list of roles', () => {
    const html = `<html><head><title>Careers | Brightwing</title></head><body><main><h1>Careers</h1>
      <div class="role"><h3>We are always looking for a good engineer</h3><p>Write to us.</p></div>
      <div class="role"><h3>Life at Brightwing</h3><p>Photos.</p></div></main></body></html>`;
    expect(run(html, 'https://www.brightwing.example/careers').jobs).toBeUndefined();
  });
});

describe('careers lists grouped by team or by office', () => {
  it('title headings linking to an ATS short link, the department heading above, the smaller heading under as the place', () => {
    const html = `<html><head><title>Work with us – Open Commons Foundation</title></head><body class="page-template-jobs">
      <main><h1>Work with us</h1><h2>Advancement</h2>
      <h4><a href="https://grnh.se/abc123">Dutch Translator (Part-Time Contract)</a></h4><h5>Remote</h5><p>Translate our campaigns.</p>
      <h4><a href="https://grnh.se/def456">Major Gifts Officer</a></h4><h5>Remote</h5><p>Raise funds.</p>
      <h2>Legal</h2><h4><a href="https://grnh.se/ghi789">Lead Counsel</a></h4><h5>Berlin, Germany</h5><p>Advise us.</p></main></body></html>`;
    const x = run(html, 'https://opencommons.example/about/jobs/');
    expect(x.jobs).toEqual([
      { title: 'Dutch Translator (Part-Time Contract)', team: 'Advancement', location: 'Remote', url: 'https://grnh.se/abc123' },
      { title: 'Major Gifts Officer', team: 'Advancement', location: 'Remote', url: 'https://grnh.se/def456' },
      { title: 'Lead Counsel', team: 'Legal', location: 'Berlin, Germany', url: 'https://grnh.se/ghi789' },
    ]);
  });

  it('a link to one ATS posting is a role whatever the trade; calls to action and the board’s index are not', () => {
    const html = `<html><head><title>Careers – Harbour Bakery</title></head><body><main><h1>Careers</h1><ul>
      <li><a href="https://boards.greenhouse.io/harbourbakery/jobs/4011">Baker</a> <span class="location">Bristol</span></li>
      <li><a href="https://jobs.lever.co/harbourbakery/9f1c2d3e-aaaa-4bbb-8ccc-0123456789ab">Delivery Driver</a> <span class="location">Bath</span></li>
      <li><a href="https://boards.greenhouse.io/harbourbakery/jobs/4012">Apply now</a></li></ul>
      <p><a href="https://jobs.lever.co/harbourbakery">Harbour Bakery</a> · <a href="https://boards.greenhouse.io/harbourbakery/jobs/4013">See all openings</a></p></main></body></html>`;
    const x = run(html, 'https://www.harbourbakery.example/careers');
    expect(x.jobs).toEqual([
      { title: 'Baker', location: 'Bristol', url: 'https://boards.greenhouse.io/harbourbakery/jobs/4011' },
      { title: 'Delivery Driver', location: 'Bath', url: 'https://jobs.lever.co/harbourbakery/9f1c2d3e-aaaa-4bbb-8ccc-0123456789ab' },
    ]);
  });

  it('a bare line under the title that reads as a place is the place; a country named twice is named once; other lines are not', () => {
    const html = `<html><head><title>Careers – Fernwind</title></head><body><main><h1>Open roles</h1><h3>Finance</h3><ul>
      <li><h4><a href="/jobs/grant-director">Grant Director</a></h4><div>United States, United States</div></li>
      <li><h4><a href="/jobs/accounting-lead">Accounting Lead (80-100%)</a></h4><div>Zurich, Switzerland</div></li>
      <li><h4><a href="/jobs/plant-manager">Plant Manager</a></h4><div>Austin, TX</div></li>
      <li><h4><a href="/jobs/tax-manager">Tax Manager</a></h4><div>Posted 3 days ago</div></li>
      <li><h4><a href="/jobs/systems-engineer">Systems Engineer</a></h4><div>IT</div></li>
      <li><h4><a href="/jobs/finance-manager">Finance Manager</a></h4><div>Operations - Capital Projects</div></li>
      <li><h4><a href="/jobs/versuchsmechaniker">VersuchsmechanikerIn (80-100%)</a></h4><div>Zurich, Switzerland</div></li>
      <li><h4><a href="/jobs/assembly-supervisor">Assembly Supervisor – Mechanical</a></h4><div>Austin, United States</div></li>
      <li><h4><a href="/jobs/our-culture">Our culture</a></h4></li></ul></main></body></html>`;
    const x = run(html, 'https://fernwind.example/careers');
    expect(x.jobs?.map((j) => [j.title, j.location])).toEqual([
      ['Grant Director', 'United States'],
      ['Accounting Lead (80-100%)', 'Zurich, Switzerland'],
      ['Plant Manager', 'Austin, TX'],
      ['Tax Manager', undefined],
      // Two capitals alone are a team, not a state.
      ['Systems Engineer', undefined],
      ['Finance Manager', undefined],
      // Role words beyond the usual: a German trade at the end of a compound, a Swiss workload, a supervisor.
      ['VersuchsmechanikerIn (80-100%)', 'Zurich, Switzerland'],
      ['Assembly Supervisor – Mechanical', 'Austin, United States'],
    ]);
  });

  it('an accordion per office: its title is each role’s place, not a team', () => {
    const html = `<html><head><title>Careers – Lumen Capital</title></head><body><main><h1>Careers</h1>
      <section><h2>Current vacancies</h2><div class="js-accordion">
      <div class="toggle-card"><div class="toggle-card__title" data-item="office-1">Lima<svg><path d=""/></svg></div>
        <div class="toggle-card__content" id="office-1"><p><a href="https://lumen.bamboohr.com/careers/220">Impact Manager</a></p>
        <p><a href="https://lumen.bamboohr.com/careers/223">Investment Officer</a></p></div></div>
      <div class="toggle-card"><div class="toggle-card__title" data-item="office-2">Tbilisi</div>
        <div class="toggle-card__content" id="office-2"><p><a href="https://lumen.bamboohr.com/careers/224">Operations Officer</a></p></div></div>
      </div></section>
      <details><summary>Germany</summary><p><a href="/jobs/analyst-9">Credit Analyst</a></p></details></main></body></html>`;
    const x = run(html, 'https://www.lumen.example/careers/');
    expect(x.jobs).toEqual([
      { title: 'Impact Manager', location: 'Lima', url: 'https://lumen.bamboohr.com/careers/220' },
      { title: 'Investment Officer', location: 'Lima', url: 'https://lumen.bamboohr.com/careers/223' },
      { title: 'Operations Officer', location: 'Tbilisi', url: 'https://lumen.bamboohr.com/careers/224' },
      { title: 'Credit Analyst', location: 'Germany', url: 'https://www.lumen.example/jobs/analyst-9' },
    ]);
  });
});

describe('applicant tracking systems', () => {
  it('a posting in schema.org microdata (as SuccessFactors and SmartRecruiters pages carry it) is read from it', () => {
    const html = `<html><head><title>Careers</title></head><body><main>
      <div itemscope itemtype="http://schema.org/JobPosting"><h1 itemprop="title">Payroll Specialist</h1>
      <span itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Kestrel Logistics AG"></span>
      <span itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
        <span itemprop="addressLocality">Basel</span>, <meta itemprop="addressCountry" content="CH"></span></span>
      <meta itemprop="datePosted" content="2026-02-20"><meta itemprop="employmentType" content="FULL_TIME">
      <div itemprop="description"><p>Run payroll for 900 people.</p></div></div></main></body></html>`;
    const x = run(html, 'https://career5.successfactors.eu/career?career_ns=job_listing&company=kestrel&career_job_req_id=88');
    expect(x.kind).toBe('job-posting');
    expect(x.job).toMatchObject({
      title: 'Payroll Specialist',
      company: 'Kestrel Logistics AG',
      location: 'Basel, Switzerland',
      employmentType: 'Full-time',
      postedAt: '2026-02-20',
    });
    expect(x.sources?.job).toBe('microdata');
    expect(run(html, 'file:///tmp/sf.html').kind).toBe('job-posting');
  });

  it('an ATS posting whose address names no job (jobs.lever.co/<employer>/<id>) is read from its markup', () => {
    const html = `<html><head><title>Kestrel Logistics - Data Analyst</title>
      <link rel="canonical" href="https://jobs.lever.co/kestrel/0b6c1f2e-1111-4e5a-9c3d-123456789abc"></head><body>
      <div class="posting-headline"><h2>Data Analyst</h2><div class="posting-categories">
      <div class="location">Zürich</div><div class="commitment">Full-time</div><div class="workplaceTypes">Hybrid</div></div></div>
      <div data-qa="job-description">Model our routes.</div></body></html>`;
    const x = run(html, 'https://jobs.lever.co/kestrel/0b6c1f2e-1111-4e5a-9c3d-123456789abc');
    expect(x.kind).toBe('job-posting');
    expect(x.job).toMatchObject({ title: 'Data Analyst', company: 'Kestrel Logistics', location: 'Zürich', remote: true });
  });
});

describe('where postings sit', () => {
  it('a board, an ATS or an employer’s dedicated jobs domain is a jobs host; the employer’s own site and its careers subdomain are not', () => {
    expect(isJobsHost('career5.successfactors.eu')).toBe(true);
    expect(isJobsHost('kestrel.taleo.net')).toBe(true);
    expect(isJobsHost('www.brightwingjobs.example')).toBe(true);
    expect(isJobsHost('jobs-brightwing.example')).toBe(true);
    expect(isJobsHost('careers.brightwing.example')).toBe(false);
    expect(isJobsHost('www.brightwing.example')).toBe(false);
  });
});

describe('careers pages that take applications by e-mail', () => {
  it('an accordion per role: the head holds the title, the Apply button sits in the folded details (Pufahl-like)', () => {
    const card = (i: number, title: string) => `<article class="job-card" id="job-${i}">
      <button class="job-card-head" aria-expanded="false"><div class="job-main"><h3>${title} <span class="job-mwd">(m/w/d)</span></h3><p>Teaser.</p></div></button>
      <div class="job-details"><h4>Das erwartet Dich</h4><p>Aufgaben.</p>
      <a class="btn" href="mailto:jobs@autohaus.example">Jetzt bewerben <span aria-hidden="true">→</span></a></div></article>`;
    const html = `<html><head><title>Stellenangebote – Autohaus Weber</title></head><body><main>
      <h2>Aktuelle Stellenangebote</h2><div class="job-list">${card(0, 'Kfz-Mechatroniker')}${card(1, 'Serviceberater')}</div>
      <div class="job-card"><h3>Initiativbewerbung</h3><p>Schreiben Sie uns.</p></div></main></body></html>`;
    const x = run(html, 'https://autohaus-weber.example/stellenangebote.html');
    expect(x.jobs?.map((j) => j.title)).toEqual(['Kfz-Mechatroniker (m/w/d)', 'Serviceberater (m/w/d)']);
  });

  it('one long text, a heading per role with its own Apply link: each role, with the heading’s anchor (1851-Labs-like)', () => {
    const role = (id: string, title: string) => `<h2 id="${id}">${title}</h2><ul><li>Ships features.</li></ul>
      <p class="meta"><a href="mailto:careers@glim.example?subject=${encodeURIComponent(title)}">Apply →</a></p><hr>`;
    const html = `<html><head><title>Careers – Glim</title></head><body><main><h1>Come build Glim with us.</h1>
      <h2>Open roles</h2><ul><li><a href="#eng">Software Engineer</a></li><li><a href="#design">Designer</a></li><li><a href="#ops">Operations</a></li></ul><hr>
      ${role('eng', 'Software Engineer')}${role('design', 'Designer')}${role('ops', 'Operations')}
      <h2>What you get</h2><ul><li>Equity.</li></ul></main></body></html>`;
    const x = run(html, 'https://glim.example/careers');
    expect(x.jobs).toEqual([
      { title: 'Software Engineer', url: 'https://glim.example/careers#eng' },
      { title: 'Designer', url: 'https://glim.example/careers#design' },
      // No role word, but a section of its own with an Apply link among roles.
      { title: 'Operations', url: 'https://glim.example/careers#ops' },
    ]);
  });

  it('sections with a contact button that name no role are not jobs', () => {
    const s = (t: string) => `<h2>${t}</h2><p>Text.</p><p><a href="mailto:hi@glim.example">Apply</a></p>`;
    const html = `<html><head><title>Careers – Glim</title></head><body><main>${s('Our culture')}${s('Benefits')}${s('Designer')}</main></body></html>`;
    expect(run(html, 'https://glim.example/careers').jobs).toBeUndefined();
  });
});

describe('a careers page’s own folder and roles offered in several places', () => {
  // A block-built listing ("Offene Stellen" at /offene-stellen): each role is a page of the
  // listing's own folder, whatever word the folder uses; a role offered in three towns writes
  // each town in its own element of one class (invented roles and towns).
  const html = `<html><head><title>Offene Stellen | Nordlicht Sicherheit</title></head><body><main><h1>Offene Stellen</h1>
    <div class="list"><div class="item"><a href="/offene-stellen/siem-engineer-m-w-d" class="job-card">
      <h3>SIEM Engineer (m/w/d)</h3><div class="places"><div class="job-place"><img alt="">Kiel</div>
      <div class="job-place"><img alt="">Lübeck</div><div class="job-place"><img alt="">Flensburg</div></div></a></div>
    <div class="item"><a href="/offene-stellen/qa-engineer" class="job-card"><h3>QA Engineer</h3>
      <div class="places"><div class="job-place">Kiel</div></div></a></div>
    <div class="item"><a href="/offene-stellen/bewerbungsprozess">So bewerben Sie sich</a></div></div>
    <p><a href="/ueber-uns/team">Unser Team</a></p></main></body></html>`;

  it('reads every role of the folder, with all its places; a folder page that names no role is none', () => {
    const x = run(html, 'https://www.nordlicht.example/offene-stellen');
    expect(x.jobs).toEqual([
      { title: 'SIEM Engineer (m/w/d)', location: 'Kiel; Lübeck; Flensburg', url: 'https://www.nordlicht.example/offene-stellen/siem-engineer-m-w-d' },
      { title: 'QA Engineer', location: 'Kiel', url: 'https://www.nordlicht.example/offene-stellen/qa-engineer' },
    ]);
  });
});

describe('German-style role marks and the page’s own anchors', () => {
  it('a link whose text carries "(m/w/d)" is a role wherever the site files it', () => {
    const html = `<html><head><title>Karriere | Feldmark Lohn</title></head><body><main><h1>Karriere</h1>
      <article><h3><a href="https://feldmark.example/lohnbuchhalter-teilzeit/">Lohnbuchhalter (m/w/d) Teilzeit</a></h3><p>Am Standort Kassel.</p></article>
      <article><h3><a href="https://feldmark.example/fullstack-entwickler/">Fullstack-Entwickler (w/m/d)</a></h3><p>Remote möglich.</p></article>
      <article><h3><a href="https://feldmark.example/unser-team/">Unser Team</a></h3></article></main></body></html>`;
    const x = run(html, 'https://feldmark.example/karriere/');
    expect(x.jobs?.map((j) => [j.title, j.url])).toEqual([
      ['Lohnbuchhalter (m/w/d) Teilzeit', 'https://feldmark.example/lohnbuchhalter-teilzeit/'],
      ['Fullstack-Entwickler (w/m/d)', 'https://feldmark.example/fullstack-entwickler/'],
    ]);
  });

  it('an Apply button that scrolls to the form on the same page is no posting: every role card is read', () => {
    const card = (t: string) =>
      `<article class="job-item"><div class="job-content"><h3><span>${t}</span></h3><p>Du arbeitest gern im Team und freust dich auf Kunden.</p><a href="#bewerben" class="btn">Jetzt bewerben</a></div></article>`;
    const html = `<html><head><title>Karriere – Studio Weitblick</title></head><body><main><h1>Wir suchen Unterstützung</h1>
      ${card('Texter (m/w/d)')}${card('Grafikdesigner (m/w/d)')}${card('Projektmanager (m/w/d)')}
      <section id="bewerben"><h2>Jetzt bewerben</h2><form action="/karriere/bewerbung"></form></section></main></body></html>`;
    const x = run(html, 'https://www.weitblick.example/karriere/');
    expect(x.jobs?.map((j) => j.title)).toEqual(['Texter (m/w/d)', 'Grafikdesigner (m/w/d)', 'Projektmanager (m/w/d)']);
  });
});
