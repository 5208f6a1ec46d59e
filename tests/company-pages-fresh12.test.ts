import { describe, expect, it } from 'vitest';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

const page = (head: string, body: string, url = 'https://www.clipwell.example/') =>
  extractPage(docFrom(`<html><head>${head}</head><body>${body}</body></html>`, url), new URL(url));

describe('an Organization node that gives only its legalName', () => {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Corporation',
    legalName: 'Clipwell Inc.',
    url: 'https://www.clipwell.example',
    description: 'Clipwell is the video notes platform for teams. It records, trims and shares in one place.',
    sameAs: ['https://twitter.com/clipwell', 'https://www.linkedin.com/company/clipwell/'],
  });
  const head = `<title>Free screen notes | Clipwell</title><meta property="og:site_name" content="Clipwell"><meta name="description" content="Best free screen notes tool trusted by millions."><script type="application/ld+json">${ld}</script>`;

  it('is still the site owner: its description and profiles are read, the everyday name kept', () => {
    const x = page(head, '<main><h1>Record it once</h1><p>Share it everywhere.</p></main>');
    expect(x.kind).toBe('company-page');
    expect(x.company?.name).toBe('Clipwell');
    expect(x.company?.summary).toBe('Clipwell is the video notes platform for teams. It records, trims and shares in one place.');
    expect(x.company?.linkedinUrl).toBe('https://www.linkedin.com/company/clipwell/');
    expect(x.company?.socials).toContain('https://twitter.com/clipwell');
  });
});

describe('a summary that opens on proof before the sentence defining the company', () => {
  const head = (d: string) =>
    `<title>Tasklane | To-do lists</title><meta property="og:site_name" content="Tasklane"><meta name="description" content="${d}">`;
  const body = '<main><h1>Get organized</h1><p>Plan your day.</p></main>';
  const url = 'https://www.tasklane.example/';

  it('starts at the definition ("Tasklane is the …")', () => {
    const x = page(
      head('Trusted by 30 million people and teams. Tasklane is the favorite to-do list app. Finally become calm.'),
      body,
      url,
    );
    expect(x.company?.summary?.startsWith('Tasklane is the favorite to-do list app.')).toBe(true);
  });

  it('keeps a first line that says what it does when the next only praises ("Tasklane is fast, simple")', () => {
    const x = page(head('To-do list software for busy teams. Tasklane is fast, simple and affordable.'), body, url);
    expect(x.company?.summary?.startsWith('To-do list software for busy teams.')).toBe(true);
  });
});

describe("a company's own post whose paragraph opens 'Here is …'", () => {
  it('is about the site owner, not "Here", and yields no company of that name', () => {
    const url = 'https://acmedb.example/blog/stop-nesting';
    const para = (t: string) => `<p>${t}</p>`;
    const x = page(
      '<title>Stop Nesting Database Systems | AcmeDB</title><meta property="og:type" content="article"><meta property="article:published_time" content="2025-06-02T09:00:00Z">',
      `<header><nav><ul><li><a href="/product">Product</a></li><li><a href="/pricing">Pricing</a></li><li><a href="/demo">Book a demo</a></li><li><a href="/blog">Blog</a></li></ul></nav></header>
      <main><article><h1>Stop Nesting Database Systems</h1><p class="byline">By Jane Roe</p>
      ${para('Analytical engines are being embedded in transactional systems, and the results are mixed for everyone who runs both kinds of queries on one copy of their data.')}
      ${para('The only way to have both is a system built for mixed workloads that optimizes the entire process, from scan to result, while still guaranteeing transactional integrity.')}
      ${para('Here is a short list of what we had to build at AcmeDB to achieve full performance for a mix of analytics and transactions:')}
      <ul><li>A columnar scan that respects snapshots.</li><li>A planner that sees both kinds of query.</li></ul>
      ${para('Each of these took a year of work, and each of them is needed for the whole to be fast, which is why a bolted-on engine falls short on real workloads.')}
      </article></main>`,
      url,
    );
    expect(x.kind).toBe('article');
    expect(x.article?.aboutCompany).toBe('AcmeDB');
    expect(x.company?.name).not.toBe('Here');
  });
});
