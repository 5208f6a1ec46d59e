import { describe, expect, it } from 'vitest';
import { extract } from './helpers/extract-page';

// Pages written here imitating a training school's course page, a publisher's book page, an
// agency's service page under an SEO plugin, a hero-headed news story, a WordPress post at its
// plain permalink and a post in a company's own blog folder: what each page is follows from what
// it shows, not from the metadata its platform stamps on every page.

const para = (s: string, n: number) => Array.from({ length: n }, (_, i) => `<p>${s} (${i + 1})</p>`).join('');
const body =
  'This six-week module covers the basic concepts every electrical worker needs to know, from Ohm’s law to grounding, bonding and the wiring methods of the code';

describe('a page that prices what its headline names sells it', () => {
  it('a course page with its fee under the headline and its instructors named is the school’s page', () => {
    const html = `<html><head><title>Fundamentals of Electrical Work - Volta Training</title></head><body>
      <nav><a href="/">Home</a><a href="/courses">Courses</a></nav>
      <header><h1 class="page-title">Fundamentals of Electrical Work</h1>
      <p class="page-summary">The course is ideal for anyone with up to four years in the electrical trade.</p>
      <div class="page-subheading"><span class="banner-item"><i class="icon-dollar"></i> <span>$449.00 </span></span>
      <span class="banner-item"><i class="icon-user"></i> <span>Wayne H. Robinson, Michael V. Robinson</span></span></div></header><main>
      <h2>Description</h2>${para(body, 9)}<p>Next session starts March 4, 2025.</p><a class="btn" href="/register">Register</a></main></body></html>`;
    expect(extract(html, 'https://volta-training.example/w/seminars/2-fundamentals-of-electrical-work').kind).toBe('company-page');
  });

  it('a book page marked og:type article with its publication date and prices is the publisher’s page', () => {
    const html = `<html><head><title>Learning to Code</title><meta name="og:type" content="article"></head><body>
      <main><h1>Learning to Code</h1><p class="date">2019-04-26</p>
      <dl><dt>Pages</dt><dd>636</dd><dt>Format</dt><dd>Print PDF
      <div class="option"><div>Ebook</div><div>2,640円</div><a href="/cart">Buy</a></div>
      <div class="option"><div>Print</div><div>3,300円</div></div></dd></dl>
      ${para('A first book on programming that builds from data types and loops to modules, recursion and a larger application', 8)}</main></body></html>`;
    expect(extract(html, 'https://books.example.jp/books/9784873118741/').kind).toBe('company-page');
  });

  it('a news story that quotes a price inside its sentences stays a story', () => {
    const html = `<html><head><title>Volta cuts the price of its starter kit</title><meta property="og:type" content="article">
      <meta property="article:published_time" content="2024-03-02T09:00:00Z"></head><body><article>
      <h1>Volta cuts the price of its starter kit to win schools</h1><p class="byline">By Ana Ruiz</p>
      <p>The kit now costs $449.00, down from $599, the company said on Tuesday.</p>${para(body, 6)}</article></body></html>`;
    expect(extract(html, 'https://news.example.com/2024/03/02/volta-price-cut').kind).toBe('article');
  });
});

describe('a service page under an SEO plugin', () => {
  it('Article JSON-LD and a publishing time on a page in the services folder, with no date shown and no byline, make no story', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Marketing and Advertising',
      datePublished: '2024-06-06',
    });
    const html = `<html><head><title>Marketing and Advertising - Brandwise</title><meta property="og:type" content="article">
      <meta property="article:published_time" content="2024-06-06T13:23:15+05:30"><script type="application/ld+json">${ld}</script></head><body>
      <main><h1>Marketing and Advertising Services for Growing Brands</h1>${para('We plan campaigns, buy media and measure what each channel brings, for brands that want more customers without wasting budget', 8)}
      <a href="/contact">Get a quote</a></main></body></html>`;
    expect(extract(html, 'https://brandwise.example/services/digital-marketing/marketing-and-advertising/').kind).toBe('company-page');
  });
});

describe('stories the page shows in unusual places', () => {
  const story = para(
    'Matthias Flohr becomes head coach of the club from next season, the club announced on Sunday; the former international now assists a first-division side',
    6,
  );

  it('a story whose headline sits in a hero block’s caption is a story', () => {
    const html = `<html><head><title>New head coach for Dormagen: Flohr takes over in summer | League</title><meta property="og:type" content="website"></head><body>
      <nav><a href="/news/">News</a></nav><div class="hero"><figure><img src="a.jpg" alt=""></figure>
      <figcaption><small>31.01.2022 2nd league</small><h1 class="heading">New head coach for Dormagen: Flohr takes over in summer</h1>
      <p>Flohr will coach the club from the 2022/23 season.</p></figcaption></div><div class="content">${story}</div></body></html>`;
    expect(extract(html, 'https://league.example/de/n/news/transfers/new-head-coach-for-dormagen/').kind).toBe('article');
  });

  it('a WordPress post at its plain permalink ("/?p=31228") is not the home page', () => {
    const html = `<html><head><title>Does Tesla plan a second factory in China?</title></head><body>
      <div class="post"><h1>Does Tesla plan a second factory in China?</h1><span class="date">5. November 2021</span>${story}</div></body></html>`;
    expect(extract(html, 'https://www.autoblatt.example/?p=31228').kind).toBe('article');
    expect(extract(html, 'https://www.autoblatt.example/').kind).toBe('company-page');
  });

  it('a short post in a company’s own blog folder is a story', () => {
    const html = `<html><head><title>FALL IN LOVE WITH BLACK – LDT – Blog</title></head><body>
      <nav><a href="/">Home</a></nav><div class="entry"><h2>FALL IN LOVE WITH BLACK</h2>${para('Black shades return to our collection this autumn, and our designers explain why the colour suits every room of a house', 8)}</div></body></html>`;
    expect(extract(html, 'https://www.ldt.example/ldtblog/fall-in-love-with-black/').kind).toBe('article');
  });
});
