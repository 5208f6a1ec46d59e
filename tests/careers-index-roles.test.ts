import { describe, expect, it } from 'vitest';
import { extractPageFull } from '../lib/extract/full';
import { jobOpenings } from '../lib/extract/jobs';
import { docFrom } from './helpers/dom';

// Careers indexes of small firms' own sites, as their templates write them (invented firms and roles).

describe("a careers index's roles", () => {
  it('reads a role whose link text opens on a line break, as templates indent it', () => {
    const url = 'https://www.nordlicht-media.example/jobs-in-leipzig';
    const html = `<body><header><nav><a href="/">Start</a></nav></header><h1>Jobs in Leipzig</h1>
      <ul class="jobs__list">
        <li class="jobs__item"><a href="/jobs-in-leipzig/backend-developer" class="jobs__link">
            Backend Developer (m/w/d)
        </a></li>
        <li class="jobs__item"><a href="/jobs-in-leipzig/buchhalter-teilzeit" class="jobs__link">
            Buchhalter (m/w/d) in Teilzeit
        </a></li>
      </ul></body>`;
    expect(jobOpenings(docFrom(html, url), new URL(url))).toEqual([
      { title: 'Backend Developer (m/w/d)', url: 'https://www.nordlicht-media.example/jobs-in-leipzig/backend-developer' },
      { title: 'Buchhalter (m/w/d) in Teilzeit', url: 'https://www.nordlicht-media.example/jobs-in-leipzig/buchhalter-teilzeit' },
    ]);
  });

  it('reads cards a template names as job listings, with no link or Apply button, and their place line', () => {
    const url = 'https://orbitwerk.example/job';
    const card = (place: string, role: string) => `<div role="listitem" class="w-dyn-item">
        <a href="#" class="job-listing-card w-inline-block"><div class="job-listing-info-block">
          <div class="job-listing-info-content"><img src="pin.svg" alt=""><div class="job-listing-info-text">${place}</div></div>
          <div class="job-listing-info-content"><img src="case.svg" alt=""><div class="job-listing-info-text">Full Time</div></div></div>
        <h3 class="job-listing-title">${role}</h3><p>You build and run the systems our customers rely on every day.</p></a></div>`;
    const html = `<body><h2>Jobs @ Orbitwerk</h2><div role="list" class="w-dyn-items">${card('Dresden', 'Platform Engineer')}${card(
      'Germany',
      'Software Developer',
    )}</div></body>`;
    expect(jobOpenings(docFrom(html, url), new URL(url))).toEqual([
      { title: 'Platform Engineer', location: 'Dresden' },
      { title: 'Software Developer', location: 'Germany' },
    ]);
    // The same headings in cards no template calls jobs, with nothing to apply with, are not roles.
    const plain = html.replace(/job-listing-/g, 'feature-');
    expect(jobOpenings(docFrom(plain, url), new URL(url))).toEqual([]);
  });

  it('keeps a careers index a company page when an SEO plugin stamps Article JSON-LD on it', () => {
    const url = 'https://karriere.brunsberg.example/jobs/';
    const html = `<head><title>Jobs - Brunsberg Software</title><meta property="og:type" content="article">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Jobs","author":{"@type":"Person","name":"admin"},"datePublished":"2021-04-01T08:00:00+00:00"}</script></head>
      <body><h1>Jobs</h1><p>Werde Teil unseres Teams.</p>
      <div class="job"><h2><a href="https://karriere.brunsberg.example/softwareentwickler/">Softwareentwickler (m/w/d)</a></h2></div>
      <div class="job"><h2><a href="https://karriere.brunsberg.example/vertrieb/">Vertriebsmitarbeiter (m/w/d)</a></h2></div></body>`;
    const page = extractPageFull(docFrom(html, url), new URL(url));
    expect(page.kind).toBe('company-page');
    expect(page.jobs?.map((j) => j.title)).toEqual(['Softwareentwickler (m/w/d)', 'Vertriebsmitarbeiter (m/w/d)']);
  });
});
