import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../lib/extract/registry';
import { docFrom } from './helpers/dom';

// Directory pages about one person or one company, written here in the structure of the real
// ones (Crunchbase's server-rendered person pages, its Angular organization pages, an investor's
// portfolio page). The people and companies are invented.

const FILE = 'file:///home/me/saved/page.html';
const run = (html: string, url: string) => extractPage(docFrom(html, url), new URL(url));

const CB_PERSON = `<html><head><title>Rosa Lindqvist - Chief Technology Officer @ Fernhill Labs | crunchbase</title>
<link href="https://www.crunchbase.com/person/rosa-lindqvist" rel="canonical"></head><body><div id="main-content">
<h1 id="profile_header_heading"><a href="/person/rosa-lindqvist">Rosa Lindqvist</a></h1>
<dl class="definition-list container"><div class="overview-stats"><dt>Primary Role</dt><dd>Chief Technology Officer <span class="connecting">@</span> <a href="/organization/fernhill-labs">Fernhill Labs</a></dd></div>
<dt>Gender:</dt><dd>Female</dd><dt>Location:</dt><dd>Unknown</dd></dl>
<div id="description"><span class="description"><div class="description-ellipsis"><p>Click/Touch UPDATE above to add Details for Rosa Lindqvist</p></div></span></div>
<div class="base info-tab experiences"><h2 class="headline">Jobs</h2>
<div class="current_job"><div class="info-block"><h4>Chief Technology Officer</h4><h5><a href="/organization/fernhill-labs">Fernhill Labs</a></h5><h5 class="date">Mar 3, 2016 - Current &nbsp; (about 1 year)</h5></div></div>
<div class="past_job"><div class="section-head">Past</div>
<div class="info-row"><div class="cell header">Started</div><div class="cell header">Ended</div><div class="cell header">Title</div><div class="cell header">Company</div></div>
<div class="info-row"><div class="cell date">May, 2011</div><div class="cell date">Unknown</div><div class="cell title">Lead Engineer</div><div class="cell company"><a href="/organization/ostra">Ostra</a></div></div>
<div class="info-row"><div class="cell footer"></div></div></div></div>
<div class="base info-tab education"><h2 class="headline">Education</h2><ul class="section-list"><li><div class="info-block"><h4><a href="/organization/kth">KTH Royal Institute of Technology</a></h4><h5>M.Sc., Computer Science</h5>2006 - 2011</div></li>
<li><div class="info-block"><h4><a href="/organization/lund">Lund University</a></h4><h5>Mathematics</h5>2005</div></li></ul></div>
</div></body></html>`;

describe('Crunchbase person page', () => {
  it('reads the primary role, jobs (current and past) and education, and leaves placeholders out', () => {
    const x = run(CB_PERSON, 'https://www.crunchbase.com/person/rosa-lindqvist');
    expect(x.kind).toBe('person-profile');
    expect(x.person).toEqual({
      name: 'Rosa Lindqvist',
      currentTitle: 'Chief Technology Officer',
      currentCompany: 'Fernhill Labs',
      profileUrl: 'https://www.crunchbase.com/person/rosa-lindqvist',
      experience: [
        { title: 'Chief Technology Officer', company: 'Fernhill Labs', start: '2016-03-03' },
        { title: 'Lead Engineer', company: 'Ostra', start: '2011-05' },
      ],
      education: [
        { school: 'KTH Royal Institute of Technology', degree: 'M.Sc.', field: 'Computer Science', start: '2006', end: '2011' },
        { school: 'Lund University', field: 'Mathematics', end: '2005' },
      ],
    });
  });

  it('is known by its structure when opened from disk', () => {
    expect(run(CB_PERSON, FILE)).toMatchObject({ kind: 'person-profile', extractor: 'crunchbase', url: FILE });
  });
});

describe('Crunchbase organization page', () => {
  const html = readFileSync(join(__dirname, 'fixtures/pages/crunchbase-organization.html'), 'utf8');

  it('never takes Crunchbase’s own Organization JSON-LD for the company', () => {
    const x = run(html, 'https://www.crunchbase.com/organization/larkspur-robotics');
    expect(x.company?.name).toBe('Larkspur Robotics');
    expect(x.company?.headquarters).not.toMatch(/San Francisco/);
    expect(x.company?.founded).toBe(2019);
  });

  it('falls back on the subject’s JSON-LD (WebPage.mainEntity) when the Angular state is gone', () => {
    const x = run(html.replace(/<script id="ng-state"[\s\S]*?<\/script>/, ''), 'https://www.crunchbase.com/organization/larkspur-robotics');
    expect(x.company).toMatchObject({ name: 'Larkspur Robotics', website: 'https://www.larkspur-robotics.example/', founded: 2019 });
    expect(x.people).toBeUndefined();
  });

  it('is known by its structure when opened from disk', () => {
    expect(run(html, FILE)).toMatchObject({ kind: 'company-profile', extractor: 'crunchbase', url: FILE });
  });
});

describe('investor portfolio page', () => {
  const html = readFileSync(join(__dirname, 'fixtures/pages/vc-portfolio-company.html'), 'utf8');

  it('takes the founders from Team, never the investor’s Partners, and is never an article', () => {
    const x = run(html, 'https://sequoiacap.com/companies/tallgrass-health/');
    expect(x.kind).toBe('company-profile');
    expect(x.people?.map((p) => p.name)).toEqual(['Amara Okafor', 'Daniel Whitfield']);
    expect(x.company?.name).toBe('Tallgrass Health');
  });

  it('is known by its structure when opened from disk', () => {
    expect(run(html, FILE)).toMatchObject({ kind: 'company-profile', extractor: 'vc-portfolio' });
  });
});

describe('startup directory page (Y Combinator-style)', () => {
  const html = readFileSync(join(__dirname, 'fixtures/pages/startup-directory-yc.html'), 'utf8');

  it('never takes the directory’s own Organization JSON-LD for the company', () => {
    const x = run(html, 'https://www.ycombinator.com/companies/tidebrook');
    expect(x.company?.name).toBe('Tidebrook');
    expect(x.company?.headquarters).toBe('Rotterdam, Netherlands');
    expect(x.company?.linkedinUrl).toBe('https://www.linkedin.com/company/tidebrook/');
  });

  it('without the facts card and founder cards, reads the directory’s sentence', () => {
    const bare = `<html><head><title>Quayline | Y Combinator</title>
      <meta name="description" content="Berth booking for small ports. Founded in 2021 by Ana Lima, Tomás Reis and Inês Sousa, Quayline has 12 employees based in Lisbon, Portugal.">
      </head><body><main><h1>Quayline</h1><div class="text-xl">Berth booking for small ports.</div></main></body></html>`;
    const x = run(bare, 'https://www.ycombinator.com/companies/quayline');
    expect(x.company).toMatchObject({
      name: 'Quayline',
      founded: 2021,
      size: '12',
      sizeMin: 12,
      sizeMax: 12,
      headquarters: 'Lisbon, Portugal',
    });
    expect(x.people).toEqual([
      { name: 'Ana Lima', title: 'Founder' },
      { name: 'Tomás Reis', title: 'Founder' },
      { name: 'Inês Sousa', title: 'Founder' },
    ]);
  });

  it('is known by its structure when opened from disk', () => {
    expect(run(html, FILE)).toMatchObject({ kind: 'company-profile', extractor: 'startup-directory' });
  });
});

describe('Crunchbase person page rendered in the browser (no server-rendered cards)', () => {
  it('reads the subject’s JSON-LD and the title, never Crunchbase’s own Organization', () => {
    const html = `<html><head><title>Rosa Lindqvist - Chief Technology Officer @ Fernhill Labs - Crunchbase Person Profile</title>
      <script type="application/ld+json">{"@context":"http://schema.org/","@type":"WebSite","mainEntity":{"@type":"Organization","name":"Crunchbase","address":{"@type":"PostalAddress","addressLocality":"San Francisco"}}}</script>
      <script type="application/ld+json">{"@context":"http://schema.org/","@type":"WebPage","mainEntity":{"@type":"Person","name":"Rosa Lindqvist","address":{"@type":"PostalAddress","addressLocality":"Stockholm, Stockholms Lan, Sweden"}}}</script>
      </head><body><app-root><main><h1 class="profile-name">Rosa Lindqvist</h1></main></app-root></body></html>`;
    const x = run(html, 'https://www.crunchbase.com/person/rosa-lindqvist');
    expect(x.kind).toBe('person-profile');
    expect(x.person).toMatchObject({
      name: 'Rosa Lindqvist',
      currentTitle: 'Chief Technology Officer',
      currentCompany: 'Fernhill Labs',
      location: 'Stockholm, Stockholms Lan, Sweden',
      profileUrl: 'https://www.crunchbase.com/person/rosa-lindqvist',
    });
  });
});
