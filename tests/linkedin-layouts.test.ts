import { describe, expect, it } from 'vitest';
import { linkedinCompanyUrl } from '../lib/extract/facts';
import { extractPage } from '../lib/extract/registry';
import { docFrom } from './helpers/dom';

// Small pages written here, imitating the structure of LinkedIn's layouts over the years (the
// people and companies are invented). The real pages are in tests/corpus.

const FILE = 'file:///home/me/Downloads/profile.html';
const run = (html: string, url: string) => extractPage(docFrom(html, url), new URL(url));

const PUBLIC_2016 = `<html><head><title>Mira Olsen | LinkedIn</title>
<link rel="canonical" href="https://no.linkedin.com/in/miraolsen"></head><body class="guest">
<main id="layout-main"><div id="profile"><section id="topcard" class="profile-section"><div class="profile-card vcard">
<h1 id="name" class="fn">Mira Olsen</h1><p class="headline title"><span class="translation"> Head of Data at Fjordline &amp; Co </span></p>
<dl id="demographics"><dt>Location</dt><dd class="descriptor adr"><span class="locality">Bergen, Norway</span></dd></dl></div></section>
<section id="summary" class="profile-section"><h3 class="title">Summary</h3><div class="description"><p>I build data teams.<br><br>Ask me about ferries.</p></div></section>
<section id="experience" class="profile-section"><ul class="positions">
 <li class="position"><header><h4 class="item-title"><a href="/title/head"><span class="translation"> Head of Data </span></a></h4>
  <h5 class="item-subtitle"><a href="https://www.linkedin.com/company/fjordline-&amp;-co?trk=ppro_cprof"><span class="translation"> Fjordline &amp; Co </span></a></h5></header>
  <div class="meta"><span class="date-range"><time>March 2014</time> – Present (2 years)</span><span class="location">Bergen, Norway</span></div>
  <p class="description">Built the team<br>from zero.</p></li>
 <li class="position"><header><h4 class="item-title">Analyst</h4><h5 class="item-subtitle">Kystbank</h5></header>
  <div class="meta"><span class="date-range"><time>June 2010</time> – <time>February 2014</time> (3 years 9 months)</span></div></li>
</ul></section>
<section id="volunteering"><ul><li class="position"><h4 class="item-title">Not a job</h4></li></ul></section>
<section id="skills" class="profile-section"><ul class="pills"><li class="skill"><a title="SQL"><span class="wrap">SQL</span></a></li>
 <li class="skill see-more"><label>See 1+</label></li><li class="skill extra"><a title="Python"><span class="wrap">Python</span></a></li>
 <li class="skill see-less extra"><label>See less</label></li></ul></section>
<section id="education"><ul class="schools">
 <li class="school"><header><h4 class="item-title"><span class="translated translation">University of Bergen</span><span class="original translation">Universitetet i Bergen</span></h4>
  <h5 class="item-subtitle"><span class="translation">MSc, Statistics, 1,5</span></h5></header>
  <div class="meta"><span class="date-range"><time>2008</time> – <time>2010</time></span></div></li>
 <li class="school"><header><h4 class="item-title">Bergen Katedralskole</h4><h5 class="item-subtitle"><span class="translation">, Science</span></h5></header></li>
</ul></section></div></main></body></html>`;

describe('LinkedIn 2016 public profile', () => {
  it('reads the top card, summary, positions, schools (without the grade) and skills', () => {
    const x = run(PUBLIC_2016, 'https://no.linkedin.com/in/miraolsen');
    expect(x.kind).toBe('person-profile');
    expect(x.person).toMatchObject({
      name: 'Mira Olsen',
      headline: 'Head of Data at Fjordline & Co',
      location: 'Bergen, Norway',
      about: 'I build data teams. Ask me about ferries.',
      currentTitle: 'Head of Data',
      currentCompany: 'Fjordline & Co',
      currentCompanyUrl: 'https://www.linkedin.com/company/fjordline-&-co/',
      profileUrl: 'https://www.linkedin.com/in/miraolsen/',
      skills: ['SQL', 'Python'],
    });
    expect(x.person?.experience).toEqual([
      {
        title: 'Head of Data',
        company: 'Fjordline & Co',
        start: '2014-03',
        location: 'Bergen, Norway',
        description: 'Built the team from zero.',
      },
      { title: 'Analyst', company: 'Kystbank', start: '2010-06', end: '2014-02' },
    ]);
    expect(x.person?.education).toEqual([
      { school: 'University of Bergen', degree: 'MSc', field: 'Statistics', start: '2008', end: '2010' },
      { school: 'Bergen Katedralskole', field: 'Science' },
    ]);
  });

  it('is known by its structure when opened from disk, and keeps the address it was opened from', () => {
    const x = run(PUBLIC_2016, FILE);
    expect(x).toMatchObject({ kind: 'person-profile', extractor: 'linkedin-person', url: FILE });
    expect(x.person?.profileUrl).toBe('https://www.linkedin.com/in/miraolsen/');
  });
});

const HRESUME_2013 = `<html><head><title>Tomas Reyes | LinkedIn</title></head><body>
<div id="content" class="resume hresume"><div class="profile-header"><div id="member-1" class="masthead vcard contact">
<h1><span id="name" class="n fn"><span class="full-name"><span class="given-name">Tomas</span> <span class="family-name">Reyes</span></span></span></h1>
<p class="headline-title title">Systems engineer</p>
<dl id="headline" class="demographic-info adr"><dt>Location</dt><dd><span class="locality">Austin, Texas</span> (Greater Austin Area)</dd></dl></div></div>
<div class="section" id="profile-summary"><div class="content"><p class="description summary">I keep servers up.<br>Mostly.</p></div></div>
<div class="section" id="profile-experience"><div class="content vcalendar">
 <div class="position first experience vevent vcard summary-current"><h3><span class="title">Engineer</span></h3>
  <h4><strong><a class="company-profile-public" href="/company/lonestar-grid?trk=ppro_cprof"><span class="org summary">Lonestar Grid</span></a></strong></h4>
  <p class="period"><abbr class="dtstart" title="2009-04-01">April 2009</abbr> – <abbr class="dtstamp" title="2013-05-28">Present</abbr><span class="location">Austin, Texas</span></p>
  <p class="description current-position">Grid software.</p></div>
 <div class="position experience vevent vcard summary-past"><h3><span class="title">Intern</span></h3><h4><strong><span class="org summary">Cedar Labs</span></strong></h4>
  <p class="period"><abbr class="dtstart" title="2008-06-01">June 2008</abbr> – <abbr class="dtend" title="2008-08-01">August 2008</abbr></p></div>
</div></div>
<div class="section" id="profile-skills"><ol class="skills"><li class="competency"><a> Linux </a></li><li class="competency"><a> Bash </a></li></ol></div>
<div class="section" id="profile-education"><div class="content vcalendar">
 <div class="position first education vevent vcard"><h3 class="summary fn org">Texas State University</h3>
  <h4 class="details-education"><span class="degree">BS</span>, <span class="major">Physics</span></h4>
  <p class="period"><abbr class="dtstart" title="2004-01-01">2004</abbr> – <abbr class="dtend" title="2008-12-31">2008</abbr></p></div>
</div></div></div></body></html>`;

describe('LinkedIn 2013 public profile (hResume)', () => {
  it('reads the hCard, positions with their abbr dates, education and skills', () => {
    const x = run(HRESUME_2013, 'https://www.linkedin.com/in/tomasreyes');
    expect(x.person).toMatchObject({
      name: 'Tomas Reyes',
      headline: 'Systems engineer',
      location: 'Austin, Texas (Greater Austin Area)',
      about: 'I keep servers up. Mostly.',
      currentTitle: 'Engineer',
      currentCompany: 'Lonestar Grid',
      currentCompanyUrl: 'https://www.linkedin.com/company/lonestar-grid/',
      skills: ['Linux', 'Bash'],
      education: [{ school: 'Texas State University', degree: 'BS', field: 'Physics', start: '2004', end: '2008' }],
    });
    expect(x.person?.experience).toEqual([
      { title: 'Engineer', company: 'Lonestar Grid', start: '2009-04', location: 'Austin, Texas', description: 'Grid software.' },
      { title: 'Intern', company: 'Cedar Labs', start: '2008-06', end: '2008-08' },
    ]);
  });

  it('opened from disk with no canonical link, is still a profile, without a profile address', () => {
    const x = run(HRESUME_2013, FILE);
    expect(x).toMatchObject({ kind: 'person-profile', extractor: 'linkedin-person' });
    expect(x.person?.name).toBe('Tomas Reyes');
    expect(x.person?.profileUrl).toBeUndefined();
  });
});

const card = (urn: string, name: string, inner: string) =>
  `<div componentkey="com.linkedin.sdui.profile.card.ref${urn}${name}"></div><section class="x9f" componentkey="com.linkedin.sdui.profile.card.ref${urn}${name}">${inner}</section>`;
const URN = 'ACoAAAbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const SDUI_2026 = `<html><head><title>Priya Natarajan | LinkedIn</title></head><body><main class="a1b2">
${card(
  URN,
  'Topcard',
  `<a href="https://www.linkedin.com/in/priya-natarajan-42/"><div><h2 class="k3">Priya Natarajan</h2></div></a>
  <div><p class="q1">She/Her</p><div><p class="q2">· 1st</p></div><p class="q2">· 2nd</p></div>
  <p class="q3">Co-founder &amp; CEO at Tidewell | Climate data</p><p class="q4">Tidewell · Indian Institute of Science</p>
  <div class="r1"><p class="q5">Bengaluru, Karnataka, India</p><p>·</p><p><a href="https://www.linkedin.com/in/priya-natarajan-42/overlay/contact-info/">Contact info</a></p></div>
  <div role="button"><figure aria-hidden="true"><img alt=""></figure><p>Tidewell</p></div>
  <div role="button"><figure aria-hidden="true"><img alt=""></figure><p>Indian Institute of Science</p></div>
  <p>500+</p><p>connections</p>`,
)}
${card(URN, 'About', `<h2>About</h2><p>Building tide models for ports.</p><span>…</span><button>more</button><p>Top skills</p><p>Climate modelling • Python • Fundraising</p>`)}
${card(URN, 'Featured', `<h2>Featured</h2><p>Position</p><p>CEO</p><p>Tidewell</p><p>Jan 2023 – Present</p><p>Bengaluru, India</p><p>Featured with Premium</p>`)}
</main></body></html>`;

describe('LinkedIn 2026 signed-in profile (hashed classes)', () => {
  it('reads the top card by its structure: name, headline, location, employer and school', () => {
    const x = run(SDUI_2026, 'https://www.linkedin.com/in/priya-natarajan-42/');
    expect(x.person).toMatchObject({
      name: 'Priya Natarajan',
      headline: 'Co-founder & CEO at Tidewell | Climate data',
      location: 'Bengaluru, Karnataka, India',
      about: 'Building tide models for ports.',
      skills: ['Climate modelling', 'Python', 'Fundraising'],
      education: [{ school: 'Indian Institute of Science' }],
      currentTitle: 'CEO',
      currentCompany: 'Tidewell',
      experience: [{ title: 'CEO', company: 'Tidewell', start: '2023-01', location: 'Bengaluru, India' }],
    });
  });

  it('without a Featured position, takes the role from a "Title at Company" headline', () => {
    const html = SDUI_2026.replace(/<div componentkey="[^"]*Featured"[\s\S]*?Premium<\/p><\/section>/, '');
    const x = run(html, 'https://www.linkedin.com/in/priya-natarajan-42/');
    expect(x.person).toMatchObject({ currentTitle: 'Co-founder & CEO', currentCompany: 'Tidewell' });
    expect(x.person?.experience).toBeUndefined();
  });

  it('opened from disk, finds the profile address in the top card', () => {
    const x = run(SDUI_2026, FILE);
    expect(x).toMatchObject({ kind: 'person-profile', url: FILE });
    expect(x.person?.profileUrl).toBe('https://www.linkedin.com/in/priya-natarajan-42/');
  });
});

const COMPANY_2016 = `<html><head><title>Brightwater Foods | LinkedIn</title>
<link rel="canonical" href="https://www.linkedin.com/company/brightwater-foods"></head><body><main>
<h1>Brightwater Foods</h1>
<code id="stream-right-rail-embed-id-content" style="display: none;"><!--{"jobCount":3,"companyName":"Brightwater Foods"}--></code>
<code id="stream-about-section-embed-id-content" style="display: none;"><!--{"specialties":["Frozen meals","Retail"],"website":"http://www.brightwater.example/","size":"201-500 employees","description":"Brightwater makes frozen meals. We sell them in 9 countries. We were founded by chefs.","industry":"Food Production","companyName":"Brightwater Foods","yearFounded":1998,"headquarters":{"city":"Leeds","zip":"LS1 4AP","state":"West Yorkshire","street1":"3 Canal Wharf","country":"United Kingdom","street2":""}}--></code>
</main></body></html>`;

describe('LinkedIn 2016 public company page', () => {
  it('reads the facts kept in HTML comments inside <code> blocks', () => {
    const x = run(COMPANY_2016, 'https://www.linkedin.com/company/brightwater-foods');
    expect(x.company).toEqual({
      name: 'Brightwater Foods',
      website: 'http://www.brightwater.example/',
      domain: 'brightwater.example',
      summary: 'Brightwater makes frozen meals. We sell them in 9 countries.',
      description: 'Brightwater makes frozen meals. We sell them in 9 countries. We were founded by chefs.',
      industry: 'Food Production',
      size: '201-500 employees',
      sizeMin: 201,
      sizeMax: 500,
      headquarters: 'Leeds, West Yorkshire, United Kingdom',
      address: '3 Canal Wharf, Leeds, West Yorkshire LS1 4AP',
      founded: 1998,
      specialties: ['Frozen meals', 'Retail'],
      linkedinUrl: 'https://www.linkedin.com/company/brightwater-foods/',
    });
  });

  it('is known by those blocks when opened from disk', () => {
    expect(run(COMPANY_2016, FILE)).toMatchObject({ kind: 'company-profile', extractor: 'linkedin-company', url: FILE });
  });
});

describe('LinkedIn URLs', () => {
  it('keep a slug as the browser shows it: an "&" stays, a "?" is escaped', () => {
    expect(linkedinCompanyUrl('https://www.linkedin.com/company/founders-%26-coders?trk=x')).toBe(
      'https://www.linkedin.com/company/founders-&-coders/',
    );
    expect(linkedinCompanyUrl('https://www.linkedin.com/company/M%C3%BCller-AG/')).toBe('https://www.linkedin.com/company/m%C3%BCller-ag/');
    expect(linkedinCompanyUrl('https://www.linkedin.com/company/odd%3Fname/')).toBe('https://www.linkedin.com/company/odd%3Fname/');
  });
});

describe('the benchmark’s large 2026 profile (tests/bench/linkedin-gen.ts)', () => {
  it('reads as the profile it names, with only that profile’s positions from the API JSON', async () => {
    const { largeLinkedinProfile } = await import('./bench/linkedin-gen');
    const g = largeLinkedinProfile(300_000);
    expect(g.html.length).toBeGreaterThan(300_000);
    const x = run(g.html, g.url);
    expect(x.person).toMatchObject({ name: g.name, currentTitle: 'VP Engineering', currentCompany: 'Skerrywind' });
    expect(x.person?.experience).toHaveLength(g.positions);
    expect(x.person?.experience?.some((e) => e.company === 'Elsewhere Inc')).toBe(false);
    expect(x.person?.education).toEqual([
      { school: 'Reykjavik University', degree: 'MSc', field: 'Computer Science', start: '2008', end: '2010' },
    ]);
  });
});

describe('LinkedIn signed-out profile, 2022-2025 guest layout', () => {
  const html = `<html><head><title>Ada Okonkwo - Head of Product - Larchmere | LinkedIn</title></head><body><main>
    <section class="top-card-layout container-lined"><div class="top-card-layout__entity-info">
      <h1 class="top-card-layout__title font-sans text-lg">Ada Okonkwo</h1>
      <h2 class="top-card-layout__headline break-words">Head of Product at Larchmere</h2>
      <h3 class="top-card-layout__first-subline"><div class="profile-info-subheader"><div class="not-first-middot"><span>Lagos, Lagos State, Nigeria</span><span>500+ connections</span></div></div></h3>
    </div></section>
    <section class="core-section-container summary pp-section" data-section="summary"><h2 class="core-section-container__title">About</h2>
      <div class="core-section-container__content break-words"><p>I build products for small lenders.</p></div></section>
    <section class="core-section-container experience pp-section" data-section="experience"><h2>Experience</h2><ul class="experience__list">
      <li class="profile-section-card experience-item"><a class="profile-section-card__image-link" href="https://ng.linkedin.com/company/larchmere?trk=x"></a>
        <div><h3><span class="experience-item__title">Head of Product</span></h3><h4><a href="https://ng.linkedin.com/company/larchmere?trk=y"><span class="experience-item__subtitle">Larchmere</span></a></h4>
        <p class="experience-item__meta-item"><span class="date-range"><time>Feb 2022</time> - Present <span class="before:middot">3 years</span></span></p>
        <p class="experience-item__meta-item experience-item__location">Lagos, Nigeria</p></div></li></ul></section>
    <section class="core-section-container education pp-section" data-section="educationsDetails"><h2>Education</h2><ul class="education__list">
      <li class="profile-section-card education__list-item"><div><h3><a href="https://www.linkedin.com/school/unilag/"><span>University of Lagos</span></a></h3><h4><span class="education__item education__item--degree-info">BSc</span><span class="education__item education__item--degree-info">Economics</span></h4>
        <p><span class="date-range"><time>2010</time> - <time>2014</time></span></p></div></li></ul></section>
    </main><aside class="right-rail"><section class="core-section-container browsemap"><h2>People also viewed</h2><ul><li><a href="https://ng.linkedin.com/in/other"><h3>Other Person</h3></a></li></ul></section></aside></body></html>`;

  it('reads the top card, the About (data-section="summary"), positions and schools', () => {
    const x = run(html, 'https://ng.linkedin.com/in/ada-okonkwo-1b2c3d');
    expect(x.person).toMatchObject({
      name: 'Ada Okonkwo',
      headline: 'Head of Product at Larchmere',
      location: 'Lagos, Lagos State, Nigeria',
      about: 'I build products for small lenders.',
      currentTitle: 'Head of Product',
      currentCompany: 'Larchmere',
      currentCompanyUrl: 'https://www.linkedin.com/company/larchmere/',
      experience: [{ title: 'Head of Product', company: 'Larchmere', start: '2022-02', location: 'Lagos, Nigeria' }],
      education: [{ school: 'University of Lagos', degree: 'BSc', field: 'Economics', start: '2010', end: '2014' }],
    });
  });

  it('is known by its structure when opened from disk', () => {
    expect(run(html, FILE)).toMatchObject({ kind: 'person-profile', extractor: 'linkedin-person' });
  });
});

describe('LinkedIn activity and posts tabs', () => {
  it('2020-2024: the person is the author of their posts, never someone they reshared', () => {
    const actor = (id: string, name: string, headline: string) =>
      `<div class="update-components-actor"><a class="update-components-actor__meta-link" href="https://www.linkedin.com/in/${id}?miniProfileUrn=x">
        <span class="update-components-actor__title"><span dir="ltr"><span aria-hidden="true">${name}</span><span class="visually-hidden">View ${name}’s profile</span></span></span>
        <span class="update-components-actor__description"><span aria-hidden="true">${headline}</span><span class="visually-hidden">${headline}</span></span></a></div>`;
    const html = `<html><head><title>(2) Activity | Mira Olsen | LinkedIn</title></head><body><main class="scaffold-layout__main">
      <h2>All activity</h2><ul><li><div class="feed-shared-update-v2">${actor('someone-else', 'Kari Berg', 'CEO at Fjordline')}<p>Reshared</p></div></li>
      <li><div class="feed-shared-update-v2">${actor('miraolsen', 'Mira Olsen', 'Head of Data at Fjordline & Co')}<p>We are hiring.</p></div></li></ul></main></body></html>`;
    const x = run(html, 'https://www.linkedin.com/in/miraolsen/recent-activity/all/');
    expect(x.kind).toBe('person-profile');
    expect(x.person).toMatchObject({
      name: 'Mira Olsen',
      headline: 'Head of Data at Fjordline & Co',
      currentTitle: 'Head of Data',
      currentCompany: 'Fjordline & Co',
      profileUrl: 'https://www.linkedin.com/in/miraolsen/',
    });
  });

  it('2025-2026: the author link, then the degree, then the headline', () => {
    const html = `<html><head><title>Priya Natarajan | LinkedIn</title></head><body><main class="a1">
      <div class="p1"><a href="https://www.linkedin.com/in/priya-natarajan-42/"><p class="q">Priya Natarajan</p></a><p class="q">• 2nd</p><p class="q">Co-founder &amp; CEO at Tidewell | Climate data</p><p class="q">14h •</p></div>
      <p>Tide tables are a data problem.</p></main></body></html>`;
    const x = run(html, 'https://www.linkedin.com/in/priya-natarajan-42/recent-activity/all/');
    expect(x.person).toMatchObject({ name: 'Priya Natarajan', headline: 'Co-founder & CEO at Tidewell | Climate data' });
  });

  it('with no post of their own on the page, the title names them', () => {
    const x = run(
      '<html><head><title>Activity | Mira Olsen | LinkedIn</title></head><body><main></main></body></html>',
      'https://www.linkedin.com/in/miraolsen/recent-activity/',
    );
    expect(x.person?.name).toBe('Mira Olsen');
  });
});
