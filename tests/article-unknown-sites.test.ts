import { describe, expect, it } from 'vitest';
import { storySubject } from '../lib/extract/article/subject';
import { copyrightHolder } from '../lib/extract/company-name';
import { docFrom } from './helpers/dom';
import { extract } from './helpers/extract-page';

// Small pages written here imitating the markup of blogs and small publishers that no site
// extractor knows (site builders with generated class names, static-site generators): bylines
// and dates without a class that says so, "Last updated" lines, "About X" headings on posts.

const body = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Part ${i + 1} of the post walks through the choices a small team makes when it plans its first release.</p>`,
  ).join('');

describe('dates a blog shows without saying so in its markup', () => {
  it('a date line with a calendar icon and a reading time is the date', () => {
    const x = extract(
      `<html><head><title>Why we rewrote our firmware in Rust</title></head><body>
      <main><h1>Why we rewrote our firmware in Rust</h1>
      <div class="flex gap-3"><div class="flex items-center"><svg class="size-5"><use href="/ui.svg#calendar"></use></svg> Dec 12, 2025 </div></div>
      <div class="css-2lv53q">${'<span class="x1">December 11, 2025 ・ 3 min read</span>'}</div>
      ${body(9)}</main></body></html>`,
      'https://blog.brindle.example/posts/why-rust',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.publishedAt).toBe('2025-12-12');
  });

  it('"Created on", a date in a heading above the headline', () => {
    const created = extract(
      `<html><head><title>13 alternatives for design teams</title></head><body><main><article>
      <h1>13 alternatives for design teams</h1><div class="flex"><p class="font-semibold">Ada Brill</p><p class="text-gray-600">Created on Jul 11, 2025</p></div>
      ${body(9)}</article></main></body></html>`,
      'https://www.pellum.example/blogs/design-alternatives',
    );
    expect(created.article?.publishedAt).toBe('2025-07-11');
    const above = extract(
      `<html><head><title>Solar installation in four steps</title></head><body><section class="hero">
      <h5 class="hero-preheadline"> January 23, 2025 </h5><h1 class="hero-headline">Solar installation in four steps: a guide</h1></section>
      <section class="content">${body(9)}</section></body></html>`,
      'https://www.sunwell.example/blog/solar-installation-guide',
    );
    expect(above.article?.publishedAt).toBe('2025-01-23');
  });

  it('a date labelled "Last updated" beside it is not the publication date when the page gives that', () => {
    const x = extract(
      `<html><head><title>Best telescopes for beginners</title></head><body><article>
      <header><h1>Best telescopes for beginners</h1><div class="meta"><span class="meta-label">Published</span> <span class="when">March 16, 2017</span></div></header>
      <p class="post-meta-note">Last updated: <time datetime="2026-01-12">January 12, 2026</time>.</p>
      ${body(9)}</article></body></html>`,
      'https://www.skyward.example/beginner-telescope/',
    );
    expect(x.article?.publishedAt).toBe('2017-03-16');
  });

  it('a page that shows only its "Updated on" date gets that date, as a last resort', () => {
    const x = extract(
      `<html><head><title>The best website builders, tested</title><meta property="article:modified_time" content="2026-02-24T15:17:17+00:00"></head><body><article><header>
      <h1>The best website builders, tested</h1><div class="info-block"><span class="meta-heading"> Updated on </span><span class="meta-value"> February 24, 2026 </span></div></header>
      ${body(9)}</article></body></html>`,
      'https://www.builderguide.example/website-builders/',
    );
    expect(x.article?.publishedAt).toBe('2026-02-24');
  });
});

describe('bylines without byline markup', () => {
  it('the name beside a "Written by" label, and never the label', () => {
    const x = extract(
      `<html><head><title>Ten trends in catering</title></head><body><main>
      <h1 class="text-grey-1200">Ten trends in catering to look for in 2025</h1>
      <div class="flex"><div><p>Last updated</p><time>Aug 04, 2025</time></div><div><p class="mb-1">Written by</p><p class="text-grey-700">Edzel Marlow</p></div></div>
      ${body(9)}</main></body></html>`,
      'https://www.trayhub.example/blog/restaurant-tips/trends-in-catering',
    );
    expect(x.article?.authors).toEqual(['Edzel Marlow']);
    const labelled = extract(
      `<html><head><title>Crypto SEO agencies compared</title></head><body><main>
      <h1>We compared seven crypto SEO agencies</h1><div class="author-block"><div class="author-label">Written By</div><div class="author-name-x">Stephen Okafor</div></div><div>December 12, 2025</div>
      ${body(9)}</main></body></html>`,
      'https://www.ember.example/post/crypto-seo-agencies',
    );
    expect(labelled.article?.authors).toEqual(['Stephen Okafor']);
  });

  it('"by: Name, date" on the line under the headline; a teaser of another story further down is not the byline', () => {
    const x = extract(
      `<html><head><title>Mini engine: inference in a nutshell</title></head><body><div class="container">
      <h1 class="text-4xl">Mini engine: an inference engine in a nutshell</h1><p class="text-xl pt-2">by: <!-- -->Zia Holm<!-- -->,<!-- --> <!-- -->Dec 17, 2025</p><hr/>
      ${body(9)}
      <div class="related"><a href="/other"><span>Another story entirely</span><span class="small">By Ines Varga, Washington</span></a></div>
      </div></body></html>`,
      'https://lab.example/blog/2025-12-17-mini-engine',
    );
    expect(x.article?.authors).toEqual(['Zia Holm']);
    expect(x.article?.publishedAt).toBe('2025-12-17');
  });

  it('a JSON-LD Person is the author even when the newsletter bears their name', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'The edge-first manifesto',
      datePublished: '2025-12-19T10:03:07+00:00',
      author: [{ '@type': 'Person', name: 'Marta Bellini' }],
      publisher: { '@type': 'Organization', name: 'Marta Bellini' },
    };
    const x = extract(
      `<html><head><title>The edge-first manifesto - by Marta Bellini</title><meta property="og:site_name" content="Marta Bellini">
      <script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>The edge-first manifesto</h1>${body(9)}</article></body></html>`,
      'https://martabellini.substack.example/p/the-edge-first-manifesto',
    );
    expect(x.article?.authors).toEqual(['Marta Bellini']);
  });
});

describe('"About X" on a post names a company only when it introduces one', () => {
  const post = (about: string, text: string) =>
    extract(
      `<html><head><title>How we plan a product launch</title><meta property="og:site_name" content="Larkspur"></head><body>
      <header><a href="/">Larkspur</a><nav><a href="/product">Product</a><a href="/pricing">Pricing</a></nav></header>
      <main><article><h1>How we plan a product launch</h1><p class="date">March 3, 2025</p>${body(9)}
      <h3>${about}</h3><p>${text}</p></article></main><footer>© 2025 Larkspur Ltd</footer></body></html>`,
      'https://www.larkspur.example/blog/plan-a-launch',
    );

  it('a heading that merely starts with "About" names nothing', () => {
    const x = post(
      'About 5–6 standard-sized mugs',
      'That is what a full carafe pours, enough for a morning meeting of a small team or a long day alone.',
    );
    expect(x.article?.aboutCompany).not.toBe('5–6 standard-sized mugs');
  });

  it('an author’s bio under "About Jane Roe" is no company', () => {
    const x = post(
      'About Tomas Reyes',
      'Tomas Reyes is the CEO and co-founder of Larkspur. He writes about launches, pricing and the craft of shipping.',
    );
    expect(x.article?.aboutCompany).not.toBe('Tomas Reyes');
  });

  it('a company the heading introduces is the issuer', () => {
    const x = post(
      'About Quenby Analytics',
      'Quenby Analytics is a data company based in Leeds that helps retailers forecast demand across their stores.',
    );
    expect(x.article?.aboutCompany).toBe('Quenby Analytics');
  });
});

describe('the site’s name', () => {
  it('drops a separator a template left at the end of og:site_name', () => {
    const x = extract(
      `<html><head><title>Web design for agencies</title><meta property="og:site_name" content="Mindwell -"><meta property="article:published_time" content="2025-03-01T09:00:00+00:00"></head>
      <body><article><h1>Web design for creative agencies</h1>${body(9)}</article></body></html>`,
      'https://mindwell.example/web-design-for-agencies/',
    );
    expect(x.article?.siteName).toBe('Mindwell');
  });
});

describe('names a story mostly uses as something else are not its company', () => {
  const subject = (title: string, paragraphs: string[]) => storySubject({ title, paragraphs, exclude: [] });

  it('a town the story is set in, however often, with one stray company cue', () => {
    expect(
      subject('Harwick stand-off sees protesters throw stones as three officers are hurt', [
        'Police in Harwick reported three officers hurt on Saturday evening as protesters gathered in the city centre.',
        'Crowds in Harwick had grown through the afternoon, and shops in Harwick closed early.',
        'Residents in Harwick described a tense evening near the Harwick market.',
        'Officers from across the county were sent to Harwick before nightfall, and roads into Harwick were shut.',
      ]),
    ).toBeUndefined();
  });

  it('an acronym the story uses as a common noun ("the RPA market")', () => {
    expect(
      subject('How RPA vendors aim to stay relevant in a world of AI agents', [
        'The RPA market grew quickly in the last decade, as firms automated the clicks of back-office work.',
        'Now the RPA pitch faces a new rival: agents that read screens and act on them, analysts say.',
        'RPA announced little this year, and the RPA tools most firms bought still need scripts.',
        'Several vendors told us the RPA category will merge with agent platforms within two years.',
      ]),
    ).toBeUndefined();
  });

  it('a person’s first name, which the story also uses alone, is neither a company nor one with products', () => {
    expect(
      subject('Dana Kessler calls the new album her best work yet', [
        'Dana Kessler has heard every song on the album twice, she told a radio host on Thursday.',
        'Kessler, whose son plays for the Chiefs, said the record moved her. Dana said she cried at the fourth track.',
        'Dana said the tour would stop in Kansas City in June, and Kessler hopes to be there.',
      ]),
    ).toBeUndefined();
  });

  it('a company named as one stays the subject', () => {
    expect(
      subject('Harwick Foods cuts 200 jobs at its Leeds plant', [
        'Harwick Foods, the snack maker, said on Monday it would cut 200 jobs at its plant in Leeds.',
        'Harwick Foods shares fell 4% after the announcement.',
        'The company said demand for its crisps had fallen since the spring.',
      ]),
    ).toBe('Harwick Foods');
  });
});

describe('the publisher is never the subject of its own stories', () => {
  const story = (ld: object, site: string) =>
    extract(
      `<html><head><title>Councillor accused over school goats</title><meta property="og:site_name" content="${site}">
      <script type="application/ld+json">${JSON.stringify(ld)}</script></head>
      <body><article><h1>Councillor accused over goats that ate the school’s rice</h1><p class="date">3 December 2025</p>${body(9)}</article></body></html>`,
      'https://www.umzansi.example/2025/12/03/councillor-goats/',
    );

  it('a news site that types its stories BlogPosting', () => {
    const x = story(
      {
        '@context': 'https://schema.org',
        '@type': 'BlogPosting',
        headline: 'Councillor accused over goats',
        datePublished: '2025-12-03',
        publisher: { '@type': 'Organization', name: 'Umzansi News' },
      },
      'Umzansi News',
    );
    expect(x.article?.siteName).toBe('Umzansi News');
    expect(x.article?.aboutCompany).toBeUndefined();
  });

  it('a JSON-LD about that names the publication itself', () => {
    const x = story(
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Councillor accused over goats',
        datePublished: '2025-12-03',
        about: { '@type': 'Organization', name: 'Umzansi Herald' },
        publisher: { '@type': 'NewsMediaOrganization', name: 'Umzansi Herald' },
      },
      'Umzansi Herald',
    );
    expect(x.article?.aboutCompany).toBeUndefined();
  });
});

describe('the copyright line', () => {
  it('a bare "©2025" beside a logo has no holder: the footer link after it is none', () => {
    const doc = docFrom(
      `<html><body><main><p>Text.</p></main><footer><p>©2025 <a href="/"><svg></svg></a></p><p><a href="../legal/terms-of-service">Terms of service</a></p></footer></body></html>`,
      'https://www.vantelo.example/blog/post',
    );
    expect(copyrightHolder(doc)).toBeUndefined();
    const named = docFrom(
      `<html><body><main><p>Text.</p></main><footer><p>© 2025 Vantelo Ltd. All rights reserved.</p><p><a href="/terms">Terms of service</a></p></footer></body></html>`,
      'https://www.vantelo.example/blog/post',
    );
    expect(copyrightHolder(named)).toBe('Vantelo');
  });
});

describe('a publication named only by its logo', () => {
  const page = (logo: string) =>
    `<html><head><title>Bramble makes $3B profit, but it is not enough for the street</title>
    <meta property="article:published_time" content="2013-04-19T08:00:00Z"></head><body>
    <div id="header">${logo}</div>
    <article><h1>Bramble makes $3B profit, but it is not enough for the street</h1>${body(6)}</article></body></html>`;

  it('the home link’s logo text is the site’s name when it is the address’s name, without its tagline or "Home"', () => {
    const tagline = extract(
      page('<a href="/"><img src="/logo.gif" alt="eDesk - Enterprise IT Technology News, Opinion and Reviews"></a>'),
      'http://www.edesk.example/cloud/bramble-profit/',
    );
    expect(tagline.article?.siteName).toBe('eDesk');
    const home = extract(
      page('<a href="http://www.theledger.example/"><img src="/images/logo.jpg" alt="The Ledger-Home"></a>'),
      'http://www.theledger.example/news/2273430/bramble-profit',
    );
    expect(home.article?.siteName).toBe('The Ledger');
  });

  it('a logo that names something else, or does not link home, names nothing', () => {
    const parent = extract(
      page('<a href="/"><img src="/logo.gif" alt="Incisive Media"></a>'),
      'http://www.edesk.example/cloud/bramble-profit/',
    );
    expect(parent.article?.siteName).toBeUndefined();
    const away = extract(
      page('<a href="/partners/"><img src="/logo.gif" alt="eDesk"></a>'),
      'http://www.edesk.example/cloud/bramble-profit/',
    );
    expect(away.article?.siteName).toBeUndefined();
  });
});
