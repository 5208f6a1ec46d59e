import { describe, expect, it } from 'vitest';
import { extractPageFull } from '../lib/extract/full';
import { docFrom } from './helpers/dom';
import { extract } from './helpers/extract-page';

// Small pages written here to imitate the structures real news sites, newsrooms and company
// blogs use (see tests/corpus for the real ones): metadata that disagrees with the page, bylines
// in spans, dates in byline lines, press release datelines and boilerplate.

const lorem = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i + 1} of the story goes on about the plant, its workers and the orders it has won this year.</p>`,
  ).join('');

describe('the headline of a post with comments', () => {
  it('is not the heading over its comments, which quotes it whole', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><meta property="og:title" content="Open-sourcing the Frame Files Under a New License - Tessaly Blog">
      <meta property="article:published_time" content="2025-12-02T10:00:00Z"><title>Open-sourcing the Frame Files Under a New License - Tessaly Blog</title></head><body>
      <main><article><h3>Open-sourcing the Frame Files Under a New License</h3>${lorem(6)}</article>
      <section id="comments"><h1>15 Replies to “Open-sourcing the Frame Files Under a New License”</h1><p>Great news!</p></section></main></body></html>`,
      'https://blog.tessaly.example/open-sourcing-frame-files_1234/',
    );
    expect(x.article?.title).toBe('Open-sourcing the Frame Files Under a New License');
  });
});

describe('which pages are stories', () => {
  it('an About page a site builder marks og:type article is still a company page', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><meta property="og:title" content="About Quillmark"><title>About Quillmark</title></head>
      <body><header><nav><a href="/">Home</a><a href="/about">About</a></nav></header>
      <main><h1>About Quillmark</h1><p>Quillmark builds invoicing software for small firms. Founded in 2015, we are based in Leeds.</p></main></body></html>`,
      'https://www.quillmark.example/about',
    );
    expect(x.kind).toBe('company-page');
  });

  it('a press release marked og:type website, with its date beside the headline, is an article', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="website"><title>Dunmore Systems opens a plant in Leipzig</title></head><body>
      <div class="press"><h1 class="press__title">Dunmore Systems opens a plant in Leipzig</h1><div class="press__date">October 12, 2017</div>
      ${lorem(3)}</div></body></html>`,
      'https://www.dunmore.example/news-and-events/business-news/dunmore-opens-plant-in-leipzig.html',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.publishedAt).toBe('2017-10-12');
    expect(x.article?.title).toBe('Dunmore Systems opens a plant in Leipzig');
  });

  it('a long text filed under a compact date is a story, though its headline is in no heading found', () => {
    const page = (path: string) =>
      extract(
        `<html><head><title>FDA Panel Votes to Change Tight Restrictions on Diabetes Drug Avandia</title></head><body>
        <div class="section"><h1>Diabetes Health Center</h1></div><div class="story"><div class="hed">FDA Panel Votes to Change Restrictions on Avandia</div>
        ${lorem(16)}</div></body></html>`,
        `https://www.healthsite.example${path}`,
      );
    const story = page('/diabetes/news/20130606/fda-mulls-lifting-limits-on-avandia');
    expect(story.kind).toBe('article');
    expect(story.article?.publishedAt).toBe('2013-06-06');
    // Filed under a full date on any path (a guide is an article too, tests/fixtures/README.md); no date: the site's own page.
    expect(page('/diabetes/guide/20130606/avandia').kind).toBe('article');
    expect(page('/diabetes/news/fda-mulls-lifting-limits-on-avandia').kind).toBe('company-page');
    expect(page('/diabetes/guide/avandia').kind).toBe('company-page');
  });

  it('a dated page of long text under a long headline is a story, whatever its og:type says', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="website"><meta name="date" content="2019-11-18"><title>Royal self-indicting arrogance in a long interview</title></head>
      <body><div class="col"><h1>Royal self-indicting arrogance in a long interview</h1>${lorem(9)}</div></body></html>`,
      'https://www.worldnews.example/columnists/201911181077337412-royal-arrogance/',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.publishedAt).toBe('2019-11-18');
  });

  it('a story without a date on the page still reads as one: a long headline over paragraphs', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><title>Lyft extends free scooter rides for critical workers | Engadget</title></head><body>
      <header><h1>Engadget</h1></header><article><h1>Lyft extends free scooter rides for critical workers through May</h1>${lorem(10)}</article></body></html>`,
      'https://www.engadget.example/lyft-extends-free-scooter-rides-184144961.html',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.title).toBe('Lyft extends free scooter rides for critical workers through May');
    expect(x.article?.siteName).toBe('Engadget');
  });
});

describe('pages that carry a story’s metadata but are the company’s own', () => {
  const text = (n: number) =>
    lorem(n).replace(
      /the plant, its workers and the orders it has won this year/g,
      'our team, our methods and the results our clients see',
    );

  it('a shop’s product page with og:type article and a published time (WooCommerce) is a company page', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2022-10-28T09:00:00Z">
      <title>Professional Resume Writing Service - Brightpath Careers</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Product","name":"Professional Resume Writing Service"},{"@type":"Organization","name":"Brightpath Careers"}]}</script></head>
      <body><h1>Professional Resume Writing Service for every career stage</h1>${text(4)}</body></html>`,
      'https://www.brightpath.example/product/professional-resume-writing-service/',
    );
    expect(x.kind).toBe('company-page');
  });

  it('a page its site types as a plain WebPage is a company page, despite og:type article, a published time and a long text', () => {
    const html = (extra: string) =>
      `<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2023-09-29T10:00:00Z">
      <title>Generative AI Consulting Services | Northgate</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Northgate"},{"@type":"WebPage","name":"Generative AI Consulting Services"},{"@type":"Organization","name":"Northgate"}${extra}]}</script></head>
      <body><h1>Generative AI consulting services that take your models to production</h1>${text(8)}</body></html>`;
    expect(extract(html(''), 'https://www.northgate.example/generative-ai-consulting-services/').kind).toBe('company-page');
    // Older Yoast typed posts as WebPage too, with the author as a Person, under the blog: a story.
    expect(
      extract(html(',{"@type":"Person","name":"Dana Ruiz"}'), 'https://www.northgate.example/blog/introducing-our-new-ceo/').kind,
    ).toBe('article');
  });

  it('og:type article over a long text under a short headline is an article, undated', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><title>Pour-over brewing | Coffee Origins</title></head>
      <body><main><h1>Pour-over brewing</h1>${lorem(26)}</main></body></html>`,
      'https://www.coffee-origins.example/coffee/pour-over-brewing/',
    );
    expect(x.kind).toBe('article');
  });

  it('an undated post filed under the blog, a headline over a long text, is an article', () => {
    const x = extract(
      `<html><head><title>How Much to Tip at Restaurants: Your Ultimate Guide</title></head>
      <body><nav><a href="/">Home</a><a href="/blog">Blog</a></nav><main><h1>How Much to Tip at Restaurants: Your Ultimate Guide</h1>${lorem(18)}</main></body></html>`,
      'https://www.tabletop.example/blog/tip-chart-and-guide',
    );
    expect(x.kind).toBe('article');
  });
});

describe('a news story whose metadata disagrees with its page', () => {
  const page = `<html><head>
    <title>Disney+ glitches blamed on heavy demand says executive - Pacific Times</title>
    <meta property="og:site_name" content="Pacific Times">
    <meta name="author" content="Web Desk">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Disney+ glitches blamed on heavy demand says executive",
      "datePublished":"2019-11-20T01:50:59.403Z","dateModified":"2019-11-20T03:00:00Z",
      "author":[{"@type":"Organization","name":"Associated Press"}],
      "publisher":{"@type":"Organization","name":"Associated Press"},
      "description":"The executive in charge blamed the glitches on demand."}</script></head>
    <body><nav><a href="/">Home</a></nav>
    <div class="ArticlePage-content"><h1 class="ArticlePage-headline">‘We had some issues,’ exec says on Disney+ glitches</h1>
    <div class="ArticlePage-byline">By <a href="/people/meg-james">Meg James</a><span>Staff Writer</span></div>
    <div class="ArticlePage-datePublished">Nov. 19, 2019 5:50 PM</div>
    <p>Disney acknowledged on Tuesday that its new streaming service had a rocky start, as Disney executives said demand overwhelmed the service.</p>
    <p>Disney said more than 10 million people signed up. Disney shares rose 2% on Tuesday, and the company said it had fixed the problems.</p>
    <p>Kevin Mayer, the Disney executive in charge, said the company learned from the launch.</p>
    <p>Pacific Times reported last week that Disney planned more shows.</p></div>
    <aside class="related"><h2>More stories</h2><p>Netflix raises prices again as Netflix subscribers grow.</p></aside></body></html>`;
  const x = extract(page, 'https://www.pacifictimes.example/business/story/2019-11-19/disney-plus-glitches');

  it('takes the visible headline over the JSON-LD rewrite', () =>
    expect(x.article?.title).toBe('‘We had some issues,’ exec says on Disney+ glitches'));
  it('takes the byline over the meta author, without the job title', () => expect(x.article?.authors).toEqual(['Meg James']));
  it('dates the story as the publication does, not by the UTC timestamp', () => expect(x.article?.publishedAt).toBe('2019-11-19'));
  it('names the site, not the agency its JSON-LD names', () => expect(x.article?.siteName).toBe('Pacific Times'));
  it('finds the company the story is about, not the publication', () => expect(x.article?.aboutCompany).toBe('Disney'));
});

describe('the company a story is about, from the page’s own data', () => {
  it('JSON-LD about: an Organization, or a Thing the headline names', () => {
    const x = extract(
      `<html><head><title>LTE-Patent: Samsung soll Smartphones zerstören - Technikblatt</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"LTE-Patent: Samsung soll Smartphones zerstören","datePublished":"2024-04-10",
      "about":{"@type":"Thing","name":"Samsung Electronics","url":"https://technikblatt.example/specials/samsung/"}}</script></head>
      <body><article><h1>LTE-Patent: Samsung soll Smartphones zerstören</h1>${lorem(3)}</article></body></html>`,
      'https://www.technikblatt.example/news/lte-patent-samsung-2404-1.html',
    );
    expect(x.article?.aboutCompany).toBe('Samsung Electronics');
  });

  it('a post on a company’s own blog is about that company', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><meta property="og:site_name" content="Harrowgate Blog">
      <meta property="article:published_time" content="2021-03-02T09:00:00Z"><title>Three ways to be the thermostat</title></head>
      <body><header><nav><a href="/products">Products</a><a href="/pricing">Pricing</a><a href="/careers">Careers</a></nav></header>
      <article><h1>Three ways to be the thermostat</h1><p>One of the best pieces of advice I have ever received is to be the thermostat, not the thermometer.</p>${lorem(3)}</article></body></html>`,
      'https://www.harrowgate.example/blog/three-ways-to-be-the-thermostat',
    );
    expect(x.article?.aboutCompany).toBe('Harrowgate');
  });
});

describe('press releases', () => {
  it('an English release: the issuer from its About paragraph and dateline, the people it quotes', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><meta property="og:site_name" content="Corvell">
      <meta property="article:published_time" content="2018-07-02T10:00:00Z"><title>Corvell names Ida Brandt Chief Strategy Officer | Corvell</title></head>
      <body><article><h1>Corvell names Ida Brandt Chief Strategy Officer</h1>
      <p>New York, NY – Corvell, the ad platform, is adding Ida Brandt as the company’s first Chief Strategy Officer.</p>
      <p>“We’re excited to have Ida join our team,” said Avi Rosen, CEO and founder of Corvell.</p>
      <p>“It is an exciting time to be joining,” said Ida Brandt, Corvell’s new Chief Strategy Officer.</p>
      <p><strong>About Corvell</strong></p>
      <p>Corvell offers a white-label native advertising platform for ad networks and publishers. Founded in 2012, Corvell employs more than 60 people.</p>
      </article><footer><a href="https://www.linkedin.com/company/corvell-technologies" aria-label="LinkedIn">in</a>
      <a href="https://twitter.com/corvell" aria-label="Twitter">t</a></footer></body></html>`,
      'https://corvell.example/2018/07/02/corvell-names-ida-brandt/',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.aboutCompany).toBe('Corvell');
    expect(x.company).toMatchObject({
      name: 'Corvell',
      website: 'https://corvell.example/',
      domain: 'corvell.example',
      headquarters: 'New York, NY',
      summary: 'Corvell offers a white-label native advertising platform for ad networks and publishers.',
      founded: 2012,
      sizeMin: 60,
      // On its own site, the site's icons are the issuer's profiles.
      socials: ['https://www.linkedin.com/company/corvell-technologies', 'https://twitter.com/corvell'],
      linkedinUrl: 'https://www.linkedin.com/company/corvell-technologies/',
    });
    expect(x.people).toEqual([
      { name: 'Avi Rosen', title: 'CEO and founder' },
      { name: 'Ida Brandt', title: 'Chief Strategy Officer' },
    ]);
  });

  it('a German release: Über X, and „…“, sagt …', () => {
    const x = extract(
      `<html><head><title>Lindqvist eröffnet Werk in Leipzig</title><meta property="og:type" content="website"></head><body>
      <main><h1>Lindqvist eröffnet Werk in Leipzig</h1><p class="date">4. März 2025</p>
      <p>München, 4. März 2025 – Die Lindqvist GmbH eröffnet ihr erstes Werk in Leipzig und schafft 200 Arbeitsplätze.</p>
      <p>„Leipzig gibt uns die Größe, die wir brauchen“, sagt Jana Roe, Geschäftsführerin der Lindqvist GmbH.</p>
      <h2>Über Lindqvist</h2><p>Lindqvist entwickelt Wärmepumpen für Mehrfamilienhäuser. Das Unternehmen wurde 2016 gegründet und hat seinen Sitz in München.</p>
      </main></body></html>`,
      'https://www.lindqvist.example/presse/werk-leipzig',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.publishedAt).toBe('2025-03-04');
    expect(x.company?.name).toBe('Lindqvist');
    expect(x.company?.headquarters).toBe('München');
    expect(x.company?.founded).toBe(2016);
    expect(x.people).toEqual([{ name: 'Jana Roe', title: 'Geschäftsführerin' }]);
  });

  it('a Japanese release: the issuer and its head office in the opening', () => {
    const x = extract(
      `<html><head><title>指紋認証機能付きマウスを発売。｜ミナト電機株式会社</title></head><body>
      <div id="contents"><h1>ニュースリリース</h1><dl class="date"><dt>2019.03.08</dt></dl>
      <div id="newsContent"><h1 class="news">指紋認証機能付きマウスを発売</h1>
      <p>ミナト電機株式会社（本社：岡山市北区田町1-10-1、代表取締役社長 山田太郎)は、指紋認証機能付きマウス「MA-1」を発売しました。</p>
      <p>「MA-1」は、指紋認証機能付きのUSB有線マウスです。指紋認証リーダーを内蔵しており、サインインが簡単になります。</p>
      <p>パソコンを共有する会社やご家庭でも、複数人の指紋を登録すれば、セキュリティ性を保ちながらパソコンを共有できます。</p></div></div></body></html>`,
      'https://www.minato-denki.example/info/news/201903/ma-1/index.html',
    );
    expect(x.kind).toBe('article');
    expect(x.article).toMatchObject({
      title: '指紋認証機能付きマウスを発売',
      publishedAt: '2019-03-08',
      siteName: 'ミナト電機株式会社',
      aboutCompany: 'ミナト電機株式会社',
    });
    expect(x.company).toMatchObject({ name: 'ミナト電機株式会社', headquarters: '岡山市', address: '岡山市北区田町1-10-1' });
  });

  it('a wire release, on the wire’s site or reprinted: the issuer is the company its lead names, never the wire', () => {
    const release = (
      site: string,
      nav: string,
      about: string,
    ) => `<html><head><meta property="og:type" content="article"><meta property="og:site_name" content="${site}">
      <meta property="article:published_time" content="2019-11-19T13:00:00Z"><title>Tessaly Robotics raises $40 million</title></head>
      <body><header><nav>${nav}</nav></header>
      <article><h1>Tessaly Robotics raises $40 million to build warehouse robots</h1>
      <p>BOSTON, Nov. 19, 2019 /PRNewswire/ -- Tessaly Robotics (NASDAQ: TSLR), a maker of warehouse robots, today announced a $40 million round.</p>
      <p>"This round lets us double the team," said Nora Vance, chief executive officer of Tessaly Robotics.</p>${about}</article></body></html>`;
    const onWire = extract(
      release(
        'PR Wireline',
        '<a href="/products">Products</a><a href="/pricing">Pricing</a><a href="/contact-sales">Contact sales</a><a href="https://twitter.com/prwireline">Twitter</a>',
        '<h3>About Tessaly Robotics</h3><p>Tessaly Robotics builds autonomous robots for warehouses. Learn more at <a href="https://www.tessaly.example/">tessaly.example</a>.</p>',
      ),
      'https://www.prnewswire.example.com/news-releases/tessaly-robotics-raises-40-million-300123.html',
    );
    expect(onWire.article?.aboutCompany).toBe('Tessaly Robotics');
    expect(onWire.company).toMatchObject({ name: 'Tessaly Robotics', website: 'https://www.tessaly.example/', headquarters: 'Boston' });
    expect(onWire.people).toEqual([{ name: 'Nora Vance', title: 'chief executive officer' }]);
    // The wire's own icons are the wire's, not the issuer's.
    expect(onWire.company?.socials).toBeUndefined();
    const reprinted = extract(
      release('Newsportal Finance', '<a href="/markets">Markets</a><a href="/news">News</a>', ''),
      'https://finance.newsportal.example/news/tessaly-robotics-raises-40-million',
    );
    expect(reprinted.article?.aboutCompany).toBe('Tessaly Robotics');
    expect(reprinted.company?.name).toBe('Tessaly Robotics');
  });
  it('a release a news site reprints whole: the lead announces, the close introduces the company and names its leader', () => {
    const page = (close: string) =>
      extract(
        `<html><head><meta property="og:type" content="article"><meta property="og:site_name" content="StageBeat">
        <meta property="article:published_time" content="2016-10-13T10:00:00Z"><title>Harlow Theatre Guild launches training scholarships</title></head>
        <body><article><h1>Harlow Theatre Guild launches training scholarships</h1>
        <p>The Harlow Theatre Guild announced today that its scholarship initiative has launched its second program for young artists.</p>
        <p>"We are thrilled to open the second phase," said Ms. Quist. The deadline to apply is January 6, 2017.</p>
        <p>The program covers voice, dance and music lessons for public school students who show talent and need.</p>
        ${close}</article></body></html>`,
        'https://www.stagebeat.example/article/harlow-theatre-guild-launches-scholarships-20161013',
      );
    const x = page(
      `<p>The Harlow Theatre Guild (Mira Quist, President and CEO) is dedicated to nurturing theatre's next generation on the stage and behind it. For nearly a century the Guild has pursued this mission.</p>`,
    );
    expect(x.article?.aboutCompany).toBe('Harlow Theatre Guild');
    expect(x.company).toMatchObject({
      name: 'Harlow Theatre Guild',
      summary:
        "The Harlow Theatre Guild (Mira Quist, President and CEO) is dedicated to nurturing theatre's next generation on the stage and behind it.",
    });
    expect(x.people).toEqual([{ name: 'Mira Quist', title: 'President and CEO' }]);
    // Without the closing introduction, the news story is only a story: no issuer's facts, no people.
    const story = page('<p>Other funders are urged to join the effort, the organisers said on Thursday at a gala in New York.</p>');
    expect(story.company).toBeUndefined();
    expect(story.people).toBeUndefined();
  });
});

describe('a story saved to disk', () => {
  it('is read by the address it names: its site, its company, its date in the path', () => {
    const html = `<html><head><link rel="canonical" href="https://www.harbourgazette.example/2019/11/18/tessaly-raises/">
      <meta property="og:site_name" content="Harbour Gazette"><title>Tessaly Robotics raises $40m - Harbour Gazette</title></head>
      <body><article><h1>Tessaly Robotics raises $40m to build warehouse robots</h1>
      <p>Tessaly Robotics, a maker of warehouse robots, announced a $40m round on Monday. Tessaly Robotics said it will hire 50 engineers.</p>
      <p>The company said demand for its robots doubled. Tessaly Robotics shares are not listed.</p></article></body></html>`;
    const x = extractPageFull(docFrom(html, 'file:///home/me/saved/tessaly.html'), new URL('file:///home/me/saved/tessaly.html'));
    expect(x.url).toBe('file:///home/me/saved/tessaly.html');
    expect(x.kind).toBe('article');
    expect(x.article).toMatchObject({ siteName: 'Harbour Gazette', publishedAt: '2019-11-18', aboutCompany: 'Tessaly Robotics' });
  });
});
