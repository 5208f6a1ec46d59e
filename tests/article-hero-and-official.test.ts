import { describe, expect, it } from 'vitest';
import { applyReadable } from '../lib/extract/readable-merge';
import { dateline } from '../lib/extract/article/dateline';
import { ownCompanyName } from '../lib/extract/article/own-site';
import { storyParagraphs } from '../lib/extract/article/paragraphs';
import { docFrom } from './helpers/dom';
import { extract } from './helpers/extract-page';

// Small pages written here: a story whose headline sits in a hero banner apart from its text, a
// company blog that calls itself "official", a release set as loose text under its headline, a
// publication's box about itself, and an excerpt no metadata gives.

const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Finding ${i + 1}: Harlow Rentals led the survey of renters, ahead of two rivals, on pick-up times and on the state of its cars.</p>`,
  ).join('');

describe('a headline in a hero banner, the story in a body block further down', () => {
  const page = (bodyClass: string) =>
    `<html><head><title>The best rental firm of the year, says a survey - Wayfarer</title>
    <meta property="og:type" content="article"><meta property="og:site_name" content="Wayfarer"></head><body>
    <div><div><div><div><div class="hero"><div class="col"><h1 class="text-4xl">The best rental firm of the year, says a survey</h1></div>
    <div class="col"><p class="text-xl">Renters say one firm does it best.</p><p><a href="/author/ada">Ada Brill</a> • Oct 20, 2025</p><p></p></div></div></div></div></div></div>
    <div class="wrap"><div class="${bodyClass}">${prose(6)}</div></div>
    </body></html>`;

  it('reads the block the page names as the story body: the page is a story, its text the body', () => {
    const x = extract(page('article-body'), 'https://wayfarer.example/best-rental-firm');
    expect(x.kind).toBe('article');
    expect(x.article?.title).toBe('The best rental firm of the year, says a survey');
  });

  it('its paragraphs are the body block’s; a block named for nothing is not taken for the story', () => {
    const named = docFrom(page('article-body'), 'https://wayfarer.example/best-rental-firm');
    const paragraphs = storyParagraphs(named, named.querySelector('h1')!);
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^Finding 1: Harlow Rentals/);
    const unnamed = docFrom(page('grid-cols-2'), 'https://wayfarer.example/best-rental-firm');
    expect(storyParagraphs(unnamed, unnamed.querySelector('h1')!)[0]).toBe('Renters say one firm does it best.');
  });
});

describe('a blog that calls itself official', () => {
  it('"The Official Nimbra Blog" on blogs.nimbra.com is Nimbra’s', () => {
    expect(ownCompanyName('The Official Nimbra Blog', undefined, new URL('https://blogs.nimbra.com/blog/2020/07/27/x/'))).toBe('Nimbra');
    expect(ownCompanyName('Official Nimbra Blog', undefined, new URL('https://blog.nimbra.com/x'))).toBe('Nimbra');
  });

  it('"Official" not before the address’s name leaves the name as it was', () => {
    expect(ownCompanyName('The Official Gazette', undefined, new URL('https://gazette.example/x'))).toBe('The Official Gazette');
  });
});

describe('a release set as loose text under its headline', () => {
  const release = `<html><head><title>Korvane - Press Info - Korvane Raises Its Dividend</title></head><body>
    <div id="main" class="content"><div id="content">
    <h1 class="title">Korvane Raises Its Dividend by Eleven Percent</h1>
    SAN MARETO, California—April 27, 2015—Korvane® today announced that its Board of Directors has raised the quarterly dividend by eleven percent.<br><br>
    The Board has also approved a larger programme to buy back shares, to be funded from cash and from the debt markets over two years.<br><br>
    “We believe Korvane has a bright future ahead, and the size of our programme reflects that confidence,” said Ada Brill, Korvane’s CEO.<br><br>
    From the start of the programme in 2012 through March 2015, Korvane has returned over twelve billion dollars to its shareholders.<br><br>
    </div></div>
    <div class="footer"><p>Korvane, the Korvane logo and Korvane Cloud are trademarks of Korvane. Other company and product names may be trademarks of their owners.</p>
    <p>Shop the Korvane Online Store, visit a Korvane Retail Store, or find a reseller near you, any day of the week.</p></div>
    </body></html>`;

  it('its lines are the story, not the legal lines set in p elements below it', () => {
    const doc = docFrom(release, 'https://www.korvane.example/pr/library/2015/04/27dividend.html');
    const paragraphs = storyParagraphs(doc, doc.querySelector('h1.title')!);
    expect(paragraphs[0]).toMatch(/^SAN MARETO, California—April 27, 2015—Korvane® today announced/);
    expect(paragraphs[3]).toMatch(/^From the start of the programme in 2012/);
  });

  it('a dateline set close after the year, the city in capitals and the state as written', () => {
    const d = dateline(['CUPERTINO, California—April 27, 2015—Korvane® today announced a dividend.']);
    expect(d).toMatchObject({ place: 'Cupertino, California', date: '2015-04-27', rest: 'Korvane® today announced a dividend.' });
    // A hyphen inside a name is no dash; a short part in capitals beside mixed case is an abbreviation.
    expect(dateline(['Baden-Baden is where Korvane opened its first office in 2015.'])).toBeUndefined();
    expect(dateline(['New York, USA – With a new plan, Korvane said it would grow.'])?.place).toBe('New York, USA');
  });

  it('reads as a press release of the issuer, dated by its dateline', () => {
    const x = extract(release, 'https://www.korvane.example/pr/library/2015/04/27dividend.html');
    expect(x.kind).toBe('article');
    expect(x.article).toMatchObject({ publishedAt: '2015-04-27', aboutCompany: 'Korvane' });
  });
});

describe('headings that are not the headline', () => {
  const page = `<html><head><title>How Larkspur Cloud runs inference at scale - Signalbox</title>
    <meta property="og:site_name" content="Signalbox"><meta property="og:type" content="article">
    <meta property="article:published_time" content="2025-12-19T16:47:40-05:00"></head><body>
    <main><h3 class="sb-post-title">How Larkspur Cloud is shaping the enterprise inference moment</h3>
    <p>by Vera Gaynor</p>
    ${'<p>Larkspur Cloud has moved its inference service to a new scheduler, and the company says its customers now wait less for each answer they ask for.</p>'.repeat(4)}
    <h1><span>A message from Tomas Ferrer, co-founder of Signalbox:</span></h1>
    <p>Support our mission to keep content open and free by joining our community of readers.</p>
    <h2>About Signalbox Media</h2>
    <p>Signalbox Media is a recognized leader in digital media, uniting technology, strategic insight and real-time audience engagement.</p>
    </main></body></html>`;

  it('an h1 that shares no word with the title is a box’s label: the post title is the headline', () => {
    const x = extract(page, 'https://signalbox.example/2025/12/19/larkspur-cloud-inference/');
    expect(x.article?.title).toBe('How Larkspur Cloud is shaping the enterprise inference moment');
  });

  it('the publication’s own box about itself names no issuer: the story is about its subject', () => {
    const x = extract(page, 'https://signalbox.example/2025/12/19/larkspur-cloud-inference/');
    expect(x.article?.aboutCompany).toBe('Larkspur Cloud');
    expect(x.company).toBeUndefined();
  });
});

describe('the excerpt', () => {
  it('is never Readability’s first paragraph: only the page’s metadata gives one', () => {
    const x = applyReadable(
      {
        kind: 'article',
        url: 'https://news.example/a',
        title: 'A story',
        extractor: 'generic',
        article: { title: 'A story' },
        sources: {},
      },
      {
        text: 'A top executive said the publishers gave an ultimatum.\n\nMore text.',
        excerpt: 'A top executive said the publishers gave an ultimatum.',
      },
    );
    expect(x.article?.excerpt).toBeUndefined();
    expect(x.text).toMatch(/^A top executive/);
  });
});
