import { describe, expect, it } from 'vitest';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { readMetadata } from '../lib/extract/metadata';
import { recruiterJob } from '../lib/extract/recruiter-job';
import { recruiterPosting } from '../lib/extract/recruiter-posting';
import { docFrom } from './helpers/dom';

// A recruiter's own page for one role, with neither JobPosting JSON-LD nor an ATS's markup: the
// role's heading, the wording of an offer and a posting's structure, weighed together (invented pages).
const run = (html: string, url: string) => extractPage(docFrom(html, url), new URL(url));

describe('a recruiter’s posting without markup', () => {
  it('finds one role on an executive-search firm’s page, written for a client', () => {
    const html = `<html><head><title>Harwell Search</title></head><body>
      <ul id="nav"><li><a href="/board.php">Board</a></li><li><a href="/events.php">CEO Dinner</a></li></ul>
      <div id="left"><p>1 Mill Lane, Oxford, OX1 2AB</p></div>
      <div id="right"><h1>Chief Technology Officer - Medical Imaging</h1>
        <p>Harwell Search is an independent executive search firm for technology companies.</p>
        <p>Our client has built a scanner that reads slides in seconds. The successful candidate will have led engineering teams in a regulated market.</p>
        <p>If you are interested in this opportunity please contact Ann Reid, Partner.</p></div>
      <div id="footer">© 2011 Harwell Search</div></body></html>`;
    // (Such a page reads as a company page, and only the article script asks: the clipper has no room.)
    const offer = recruiterPosting(docFrom(html, 'https://www.harwellsearch.example/Chief_Technology_Officer.php'));
    expect(offer?.title).toBe('Chief Technology Officer - Medical Imaging');
    expect(offer?.forClient).toBe(true);
    expect(offer?.root.textContent).toContain('The successful candidate will have led');
    expect(offer?.root.textContent).not.toContain('CEO Dinner');
  });

  it('reads a job board’s single listing: title without its badge and status, place beside it, posted date', () => {
    const html = `<html><head><title>Unfilled – Welder</title><meta name="author" content="Web Studio Ltd"><meta name="date" content="06/10/2014"><link rel="pingback" href="https://northshop.example/xmlrpc.php"></head>
      <body class="single single-job_listing"><nav><a href="/services/">Services</a></nav>
      <div style="display:none"><h1>Head Office</h1><p>Toll free: 555 0100</p></div>
      <div class="section single"><div class="section_header">
        <div class="date"><strong>3 June</strong> <span class="year">2014</span></div>
        <h1 class="title"><span class="type">Halifax</span> Unfilled – Welder</h1>
        <p class="meta"><a href="/author/sam/">Sam Ng</a> – <strong>Halifax</strong>, Nova Scotia, Canada</p></div>
      <div class="section_content"><h2>Job Description</h2>
        <p>PositionID: NSW77<br>Type: Trades</p>
        <p>Our client, a shipyard, is currently seeking a certified welder to join their growing team. The ideal candidate has five years of experience with steel hulls and holds a current ticket. For more information, or a discreet meeting, contact Sam Ng.</p>
        <h2>How to Apply</h2><p>Contact: Sam Ng</p></div></div></body></html>`;
    // (What the article script returns where the page reads as a story, as fresh-14's autocareersgroup listing does.)
    const url = new URL('https://northshop.example/jobs/welder-id-77/');
    const doc = docFrom(html, url.href);
    const x = recruiterJob(doc, url, readMetadata(doc, url))!;
    expect(x.kind).toBe('job-posting');
    expect(x.job).toMatchObject({ title: 'Welder', location: 'Halifax, Nova Scotia, Canada', postedAt: '2014-06-03' });
    expect(x.job?.company).toBeUndefined();
    expect(x.text).not.toContain('Toll free');
  });

  it('does not read a story whose headline names a role as a posting', () => {
    const html = `<html><head><title>Acme names new chief officer</title></head><body><article>
      <h1>Acme names Jo Park chief operating officer</h1>
      <p>Acme said on Monday that Jo Park will join its leadership team. Park was seeking a new role after ten years at Zenith, the company said in a statement.</p>
      <p>The successful candidate for the board seat has not been named.</p></article></body></html>`;
    expect(run(html, 'https://news.example/2020/01/acme-names-coo').kind).not.toBe('job-posting');
  });
});
