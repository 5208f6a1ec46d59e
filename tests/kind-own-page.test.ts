import { describe, expect, it } from 'vitest';
import { extract } from './helpers/extract-page';

// Small pages written here imitating a WordPress company site whose SEO plugin stamps og:type
// "article", article:published_time and Article JSON-LD on every page (a town's service page, a
// testimonials page, a contact form: fresh22-losangeleshousecleaners, -makemoremusic,
// fld22-gorillajunk, fresh6-promiseprenatal), and the company's own post that still shows a story.

const stamped = (ld = '') =>
  `<meta property="og:type" content="article"><meta property="article:published_time" content="2021-03-17T00:31:59+00:00">${ld}`;
const articleLd =
  '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"#page"},{"@type":"Article","headline":"Reviews","datePublished":"2020-08-10","author":{"@type":"Person","name":"admin"},"isPartOf":{"@id":"#page"}}]}</script>';
const para = (s: string) =>
  `<p>${s} Our cleaners bring their own supplies, work from a checklist you agree, and come back the same week if anything was missed on the day.</p>`;
const body = Array.from({ length: 8 }, (_, i) =>
  para(`Point ${i + 1}: homes in Lancaster and the valley get a weekly, biweekly or one-time clean.`),
).join('');
const phones = '<a href="tel:+16615550100">(661) 555-0100</a><a href="tel:+16615550100">Call now</a>';
const page = (head: string, main: string, path: string) =>
  extract(
    `<html><head><title>Lancaster, CA House Cleaning &amp; Maid Service</title>${head}</head><body><header><a href="/">Sparkle Maids</a>${phones}</header><main>${main}</main></body></html>`,
    `https://www.sparklemaids.example${path}`,
  );

describe('a company page that only its metadata calls a story', () => {
  it('a service-area page stamped og:type article with a publishing date, showing no date or byline, giving a phone: company page', () => {
    const x = page(stamped(), `<h1>Lancaster, CA House Cleaning &amp; Maid Service</h1>${body}`, '/lancaster-ca/');
    expect(x.kind).toBe('company-page');
  });

  it('a testimonials page with Article JSON-LD and a phone, showing no date or byline: company page', () => {
    const x = page(stamped(articleLd), `<h1>Reviews from our clients</h1>${body}`, '/why-us/testimonials/');
    expect(x.kind).toBe('company-page');
  });

  it('a contact or About page stamped so, without Article JSON-LD and without a phone: company page', () => {
    const about = extract(
      `<html><head><title>About Us</title>${stamped()}</head><body><main><h1>About Us</h1>${body}</main></body></html>`,
      'https://www.sparklemaids.example/about-us.html',
    );
    expect(about.kind).toBe('company-page');
  });

  it('the same company’s post that shows its date and byline stays an article', () => {
    const x = page(
      stamped(),
      `<article><h1>Five things to clean before the holidays</h1><p class="byline">By Maria Lopez</p><time datetime="2021-03-17">March 17, 2021</time>${body}</article>`,
      '/five-things-to-clean-before-the-holidays/',
    );
    expect(x.kind).toBe('article');
  });

  it('a post under a tips folder with BlogPosting JSON-LD and the header phone twice stays an article (review of kind25)', () => {
    const blogLd =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"How to keep your gutters clean","datePublished":"2021-03-17"}</script>';
    const x = page(
      stamped(blogLd),
      `<article><h1>How to keep your gutters clean</h1>${body}</article>`,
      '/tips/how-to-keep-your-gutters-clean/',
    );
    expect(x.kind).toBe('article');
  });

  it('a page under the blog folder stays an article though it shows no date', () => {
    const x = page(
      stamped(),
      `<h1>Five things to clean before the holidays</h1>${body}`,
      '/blog/five-things-to-clean-before-the-holidays/',
    );
    expect(x.kind).toBe('article');
  });

  it('a news story stamped the same way that links no telephone stays an article', () => {
    const x = extract(
      `<html><head><title>Lancaster cleaners raise wages</title>${stamped()}</head><body><main><h1>Lancaster house cleaners raise wages as demand grows</h1>${body}</main></body></html>`,
      'https://www.valleynews.example/lancaster-cleaners-raise-wages',
    );
    expect(x.kind).toBe('article');
  });
});
