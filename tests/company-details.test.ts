import { describe, expect, it } from 'vitest';
import { extractTab, type TabAccess } from '../lib/background/tab-clipper';
import { runClipper } from '../lib/extract/run';
import { runCompanyDetails } from '../lib/extract/run-details';
import { docFrom } from './helpers/dom';

const URL_ = 'https://www.acme-robots.example/about/team';
const PAGE = `<html><head><title>Our team | Acme Robots</title><meta property="og:site_name" content="Acme Robots"></head><body>
  <main><h1>Our team</h1><ul class="team"><li><img src="/a.jpg" alt="Dana Whitcombe"><h3>Dana Whitcombe</h3><p class="role">Co-founder &amp; CEO</p></li>
  <li><img src="/b.jpg" alt="Luis Ferreira"><h3>Luis Ferreira</h3><p class="role">CTO</p></li></ul></main>
  <footer><p>12 Harbour Row<br>Bristol BS1 5TT</p><a href="https://www.linkedin.com/company/acme-robots/">LinkedIn</a></footer></body></html>`;

function tab(withDetails: boolean): TabAccess {
  return {
    getTab: async () => ({ url: URL_, title: 'Our team', status: 'complete' }),
    runClipper: async () => runClipper(docFrom(PAGE, URL_), URL_),
    runDetails: withDetails ? async () => runCompanyDetails(docFrom(PAGE, URL_), URL_) : undefined,
  };
}

describe("a company page's details, injected as a second script", () => {
  it("takes the clipper's reading of the same page, once, and answers without one", () => {
    runClipper(docFrom(PAGE, URL_), URL_);
    expect(runCompanyDetails(docFrom(PAGE, 'https://elsewhere.example/'), 'https://elsewhere.example/')).toMatchObject({ ok: false });
    runClipper(docFrom(PAGE, URL_), URL_);
    const r = runCompanyDetails(docFrom(PAGE, URL_), URL_);
    expect(r).toMatchObject({
      ok: true,
      extraction: {
        kind: 'company-page',
        company: { name: 'Acme Robots' },
        people: [{ name: 'Dana Whitcombe' }, { name: 'Luis Ferreira' }],
      },
    });
    // Taken: a second run finds nothing left, rather than a stale reading.
    expect(runCompanyDetails(docFrom(PAGE, URL_), URL_)).toMatchObject({ ok: false });
  });

  it('asks for them from the clipper, which stays light', () => {
    const r = runClipper(docFrom(PAGE, URL_), URL_);
    expect(r).toMatchObject({ ok: true, needsDetails: true, needsReadable: false });
    expect(r.ok && (r.extraction as { people?: unknown }).people).toBeUndefined();
  });

  it('merges them into the clip when the second script answers, and keeps the first reading when it cannot', async () => {
    const full = await extractTab(tab(true), 1);
    expect(full.extraction.people).toEqual([
      { name: 'Dana Whitcombe', title: 'Co-founder & CEO' },
      { name: 'Luis Ferreira', title: 'CTO' },
    ]);
    expect(full.extraction.company).toMatchObject({ name: 'Acme Robots', linkedinUrl: 'https://www.linkedin.com/company/acme-robots/' });
    const light = await extractTab(tab(false), 1);
    expect(light.extraction.kind).toBe('company-page');
    expect(light.extraction.people).toBeUndefined();
    expect(light.extraction.company?.name).toBe('Acme Robots');
  });

  it('reads the facts its sentences state in the background, from the text the script returned', async () => {
    const prose = PAGE.replace(
      '<h1>Our team</h1>',
      '<h1>Our team</h1><p>Acme Robots was founded in 2012 in Bristol. Our mission is to take the heavy lifting out of warehouse work. More than 140 people build our robots.</p>',
    );
    const access: TabAccess = {
      getTab: async () => ({ url: URL_, title: 'Our team', status: 'complete' }),
      runClipper: async () => runClipper(docFrom(prose, URL_), URL_),
      runDetails: async () => runCompanyDetails(docFrom(prose, URL_), URL_),
    };
    // The injected script carries no sentence patterns: it leaves them to the background.
    runClipper(docFrom(prose, URL_), URL_);
    const script = runCompanyDetails(docFrom(prose, URL_), URL_);
    expect(script.ok && script.extraction.company?.founded).toBeUndefined();
    const clip = await extractTab(access, 1);
    expect(clip.extraction.company).toMatchObject({
      founded: 2012,
      mission: 'Our mission is to take the heavy lifting out of warehouse work.',
      sizeMin: 140,
    });
    expect(clip.extraction.sources['company.founded']).toBe('prose');
    // The script hands the page's own lines over for that reading (this short page's text is a teaser to the clipper).
    expect(script.ok && script.pageLines).toContain('founded in 2012');
  });

  it('reads a saved page at the address it claims', () => {
    const saved = PAGE.replace('</head>', `<link rel="canonical" href="${URL_}"></head>`);
    runClipper(docFrom(saved, 'file:///tmp/team.html'), 'file:///tmp/team.html');
    const r = runCompanyDetails(docFrom(saved, 'file:///tmp/team.html'), 'file:///tmp/team.html');
    expect(r).toMatchObject({
      ok: true,
      extraction: { url: 'file:///tmp/team.html', canonicalUrl: URL_, company: { website: 'https://www.acme-robots.example/' } },
    });
  });
});
