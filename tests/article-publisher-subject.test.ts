import { describe, expect, it } from 'vitest';
import { publicationName } from '../lib/extract/article/publication';
import { storySubject } from '../lib/extract/article/subject';
import { extract } from './helpers/extract-page';

// Small pages and clues written here to imitate how news sites on unknown hosts name themselves
// and which company (if any) a story is about.

const story = [
  '<p>Acorn Freight said on Monday it would close two depots in the region and move the work to its new hub near the port.</p>',
  '<p>Acorn Freight has been losing money on short routes for three years, its chief executive told analysts.</p>',
  '<p>The company expects the move to save about $40 million a year once the hub is running at full speed.</p>',
  '<p>Acorn Freight shares rose 3 percent in early trading after the announcement was made public.</p>',
].join('');

describe('a newspaper is not the subject of its own stories', () => {
  it('menus with only a newspaper’s weak links (About Us, Services, Jobs) do not make it a company’s own site', () => {
    const x = extract(
      `<html><head><title>Acorn Freight to close two depots as work moves to the port | Wexcombe Herald</title>
      <meta property="og:site_name" content="Wexcombe Herald"><meta property="og:type" content="article"><meta property="article:published_time" content="2016-12-12T08:00:00Z"></head>
      <body><header><nav><a href="/about-us">About Us</a><a href="/classifieds/services">Services</a><a href="https://jobs.example/wh">Jobs</a></nav></header>
      <article><h1>Acorn Freight to close two depots as work moves to the port</h1>
      
      ${story}</article></body></html>`,
      'https://www.wexcombeherald.example/news/business/article123.html',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.aboutCompany).not.toBe('Wexcombe Herald');
  });

  it('a breadcrumb or a staff byline that opens with the site’s name is not the site speaking about itself', () => {
    const x = extract(
      `<html><head><title>Raspberry rival runs a full desktop</title>
      <meta property="og:site_name" content="TechPost Japan"><meta property="og:type" content="article"><meta property="article:published_time" content="2019-04-28T08:00:00Z"></head>
      <body><article><h1>Raspberry rival runs a full desktop</h1>
      <p>TechPost Japan Staff 2019年04月28日 08時00分</p>
      <p>TechPost Japan Home News Raspberry rival runs a full desktop</p>
      <p>The little board runs several operating systems, and it seems to be faster than the best known boards of its size.</p>
      <p>The board was shown at a fair last year, and it has since been sold to makers and schools in small numbers.</p>
      <p>Its maker says a second version with more memory will follow next spring, at a slightly higher price.</p>
      </article></body></html>`,
      'https://japan.techpost.example/article/35136396/',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.aboutCompany).toBeUndefined();
  });
});

describe('a story about several companies has no one subject', () => {
  const body = [
    'Brimstone Games has spent two years building a league for its shooter, and the league now sells out arenas.',
    'Brimstone Games said its league revenue doubled last year. Brimstone Games expects more growth.',
    'Marlowe, the online retailer, bought a streaming site for games and keeps adding viewers.',
    'Marlowe said viewers now watch for hours a day. Marlowe shares rose on the news.',
  ];
  it('a headline that joins the company to another company ("Marlowe and Brimstone Games …")', () => {
    expect(
      storySubject({ title: 'Why Marlowe and Brimstone Games Are Betting on eSports', paragraphs: body, exclude: ['The Daily Dollar'] }),
    ).toBeUndefined();
  });
  it('the same story headlined on one company keeps it', () => {
    expect(storySubject({ title: 'Why Brimstone Games is betting on eSports', paragraphs: body, exclude: [] })).toBe('Brimstone Games');
  });
  it('a headline about "five companies" has no subject it does not name', () => {
    expect(
      storySubject({
        title: 'Space agency adds five companies to lunar lander program',
        paragraphs: [
          'The agency said Nov. 18 that it was adding five companies to a contract to deliver payloads to the moon.',
          'The five companies are Quasar Robotics, Tellurite Systems, Ridgeback Aerospace, Lumen Orbital and Farpoint Nano-Satellite Systems.',
          'Quasar Robotics, a small company, said it would bid on its first task order next year. Quasar Robotics has a lander design.',
          'Tellurite Systems said it was proud to be selected.',
        ],
        exclude: [],
        keywords: ['Quasar Robotics', 'Tellurite Systems', 'Ridgeback Aerospace'],
      }),
    ).toBeUndefined();
  });
});

describe('the publication’s name', () => {
  it.each([
    [{ hostname: 'fortune.example', ogSiteName: 'Brightwater', title: 'Six gadgets | Brightwater.com' }, undefined],
    [{ hostname: 'brightwater.com', ogSiteName: 'Brightwater', title: 'Six gadgets | Brightwater.com' }, 'Brightwater'],
    [
      { hostname: 'orbitnews.com', ogSiteName: 'OrbitNews.com', ldPublisher: 'OrbitNews', title: 'Five companies - OrbitNews.com' },
      'OrbitNews',
    ],
    // og:site_name names the site; the title and app name name one of its editions.
    [{ hostname: 'qp.example', ogSiteName: 'Quarry', appName: 'Quarry Africa', title: 'Economy grows — Quarry Africa' }, 'Quarry'],
    // The full name whose address is its last word, or its initials.
    [{ hostname: 'www.abendkurier.de', title: 'Warum Mangos teurer sind - Wexcomber Abendkurier' }, 'Wexcomber Abendkurier'],
    [
      {
        hostname: 'www.ka.com.tr',
        title: 'Şarj istasyonu sayısı arttı',
        description: 'Bakan, 11 bin istasyon bulunduğunu bildirdi. - Kuzey Ajansı',
      },
      'Kuzey Ajansı',
    ],
  ])('publication of %o', (clues, name) => {
    if (name) expect(publicationName(clues)).toBe(name);
    else expect(publicationName(clues)).not.toBe('Brightwater.com');
  });

  it('a wire’s release is published by the wire, named as readers know it, not by its issuer', () => {
    // Old PR Newswire pages carry no og:site_name; the title ends on the release's dateline.
    expect(
      publicationName({
        hostname: 'www.prnewswire.com',
        title: ' Kestrel to Present at Upcoming Investor Conferences -- SEATTLE, Feb. 24, 2015 /PRNewswire/ --',
      }),
    ).toBe('PR Newswire');
  });

  it('a description’s last words are no signature unless they name the site', () => {
    expect(
      publicationName({
        hostname: 'www.ka.com.tr',
        title: 'Şarj istasyonu sayısı arttı',
        description: 'Yeni istasyonlar açıldı - Kısa Haber',
      }),
    ).toBeUndefined();
  });
});
