import { describe, expect, it } from 'vitest';
import { publicationName } from '../lib/extract/article/publication';
import { extract } from './helpers/extract-page';

// Small pages written here to imitate how real sites set a story's headline and date outside the
// usual `h1` + `<time>`: a breadcrumb's `h1` over the headline in an `h2`, an aggregator's teaser
// heading, a kicker inside the heading, old table layouts, plain date lines under a blog headline.

const paragraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i + 1} says what the company launched, what it costs and when the first orders ship to customers.</p>`,
  ).join('');

describe('headlines set outside the headline h1', () => {
  it('a breadcrumb trail’s last item in an h1 yields to the headline the story is set under', () => {
    const x = extract(
      `<html><head><title>Wie groß ist Tessmar, der strauchelnde Baukonzern? - Wirtschaftsblatt</title>
      <meta property="og:title" content="5 Zahlen, die die enorme Größe von Tessmar zeigen">
      <meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-29T10:00:00+01:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Wie groß ist Tessmar, der strauchelnde Baukonzern?","datePublished":"2024-01-29T10:00:00+01:00"}</script></head>
      <body><header class="article-header"><div class="breadcrumbs"><span><a href="/">Home</a></span> <span><a href="/wirtschaft/">Wirtschaft</a></span>
      <h1 class="breadcrumb_last" aria-current="page">Wie groß ist Tessmar, der strauchelnde Baukonzern?</h1></div>
      <h2 class="entry-title" itemprop="headline">5 Zahlen, die die enorme Größe von Tessmar zeigen</h2></header>
      <div class="entry-content">${paragraphs(4)}</div></body></html>`,
      'https://www.wirtschaftsblatt.example/wirtschaft/wie-gross-ist-tessmar/',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.title).toBe('5 Zahlen, die die enorme Größe von Tessmar zeigen');
  });

  it('a heading that links to another site is a recommended story, not this one’s headline', () => {
    const x = extract(
      `<html><head><title>The early reviews for Vantor's cloud console are here - Diggest</title>
      <meta property="og:type" content="article"><meta property="article:published_time" content="2019-11-18T15:00:00Z"></head>
      <body><section role="main"><article class="featured-story"><header><h1 class="headline"><a href="https://www.otherpaper.example/2019/reindeer">'Why Don't You Go Fight For The Reindeer?'</a></h1></header></article>
      <article><h2 itemprop="headline" class="headline"><a href="" itemprop="url">The early reviews for Vantor's cloud console are here</a></h2>
      ${paragraphs(3)}</article></section></body></html>`,
      'https://diggest.example/2019/vantor-cloud-console-reviews',
    );
    expect(x.article?.title).toBe("The early reviews for Vantor's cloud console are here");
  });

  it('a kicker inside the heading that the social title leaves out is not part of the headline', () => {
    const x = extract(
      `<html><head><title>Northwind Pay: so kann Europa die Kartenfirmen schlagen | Stadtkurier</title>
      <meta property="og:title" content="Statt Karte &amp; Co.: So könnte Europas neues Bezahlsystem die Konkurrenz schlagen">
      <meta property="og:type" content="article"><meta property="article:published_time" content="2024-07-02T08:00:00+02:00"></head>
      <body><article><header class="article__header"><h2 class="title__heading"><span class="title__kicker">Northwind Pay</span>
      <span class="title__headline">Statt Karte &amp; Co.: So könnte Europas neues Bezahlsystem die Konkurrenz schlagen</span></h2></header>
      ${paragraphs(4)}</article></body></html>`,
      'https://www.stadtkurier.example/wirtschaft/geld/northwind-pay-33420056.html',
    );
    expect(x.article?.title).toBe('Statt Karte & Co.: So könnte Europas neues Bezahlsystem die Konkurrenz schlagen');
  });

  it('a quote before the headline stays when the social title and the h1 both carry it, and only the tab title drops it', () => {
    const x = extract(
      `<html><head><title>Economists weigh in on the latest jobs report | Harbour Post</title>
      <meta property="og:title" content="'Ends recession debate': economists weigh in on the latest jobs report">
      <meta property="og:type" content="article"><meta property="article:published_time" content="2022-10-07T12:00:00Z"></head>
      <body><article><h1 class="article-title">'Ends recession debate': economists weigh in on the latest jobs report</h1>
      ${paragraphs(4)}</article></body></html>`,
      'https://harbourpost.example/news/economy/economists-weigh-in-jobs-report',
    );
    expect(x.article?.title).toBe("'Ends recession debate': economists weigh in on the latest jobs report");
  });
});

describe('a logo set as the page’s h1', () => {
  it('an h1 inside the link home is the logo; the headline is the title’s first part shown on the page ("标题_栏目_站名")', () => {
    const x = extract(
      `<html><head><meta charset="utf-8"><title>这个记账软件，想用你的消费习惯来帮你省钱_智能_晨光日报</title></head>
      <body><div class="page-header"><a href="http://www.chenguang.example/" class="logo"><h1 class="hidden">晨光日报</h1></a></div>
      <div class="article-detail"><div class="category-title"><p class="category">智能</p><h2 class="title">这个记账软件，想用你的消费习惯来帮你省钱</h2></div>
      <div class="author"><span class="name">李晓明</span><span class="date">2017-03-01 14:27:02</span></div>
      <div class="detail"><p>无法忍受乱花钱？最近有一个记账软件，通过分析用户的消费习惯，来帮大家找到可以节省的地方，很受年轻人欢迎。</p>
      <p>这个软件的做法很简单：用户绑定银行卡以后，它会自动整理每一笔支出，并在月底给出一份报告，告诉你哪些钱花得不值。</p>
      <p>开发团队说，他们希望用户不只是记账，而是真正改变自己的消费习惯，让每个月都能存下一点钱，这才是产品的意义。</p></div></div>
      </body></html>`,
      'http://www.chenguang.example/articles/38282.html',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.title).toBe('这个记账软件，想用你的消费习惯来帮你省钱');
    expect(x.article?.siteName).toBe('晨光日报');
    expect(x.article?.publishedAt).toBe('2017-03-01');
  });
});

describe('old table layouts and plain date lines', () => {
  it('a release set in tables: the "[News]" label off its title, the bold title line as headline, the date line above it', () => {
    const x = extract(
      `<html><head><meta charset="utf-8"><title>[News] 打ち心地が軽い薄型キーボード、接続タイプやサイズで選べる6モデルを発売</title></head>
      <body><table width="950"><tbody><tr><td>
      <table width="700"><tbody><tr><td align="right">
        <p class="section-last">2019.03.05</p>
      </td></tr></tbody></table><br>
      <table width="700"><tbody><tr><td align="center">
        <p class="text-4"><b>
          <font color="#FF6600">打ち心地が軽い<br>
            薄型キーボード<sup>※</sup>、接続タイプやサイズで選べる6モデルを発売</font>
        </b></p>
      </td></tr></tbody></table>
      <p>キタハラ株式会社（本社：大阪市中央区）は、キー荷重を従来比約18%軽くした薄型キーボード6モデルを発売します。</p>
      <p>キーピッチは19mmで、タイプミスを防ぎます。接続タイプはUSBと無線から選べます。価格はオープンです。</p>
      </td></tr></tbody></table>
      <div id="translate-tip" class="skiptranslate"><div class="top"><h1 class="title gray">Original text</h1></div></div></body></html>`,
      'http://www.kitahara.example/news/201903/keyboard/index.html',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.title).toBe('打ち心地が軽い薄型キーボード、接続タイプやサイズで選べる6モデルを発売');
    expect(x.article?.publishedAt).toBe('2019-03-05');
  });

  it('a blog post’s date in a plain line under its headline dates it and makes it a story', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="website"><title>Introducing Brimble: a faster way to train byte models | Lumen Labs</title></head>
      <body><header><nav><a href="/">Home</a><a href="/blog">Blog</a></nav></header>
      <main><section><div><h1 class="fs_2rem fw_semiBold">Introducing Brimble: a faster way to train byte models</h1>
      <div><div><p class="m_0 fw_medium">December 15, 2025</p><p class="m_0 fw_700"><span>Lumen Labs</span></p></div></div>
      ${paragraphs(5)}</div></section></main></body></html>`,
      'https://lumenlabs.example/blog/brimble',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.publishedAt).toBe('2025-12-15');
  });

  it('a sentence with a date in it is not a date line', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="website"><title>Introducing Brimble: a faster way to train byte models | Lumen Labs</title></head>
      <body><main><section><div><h1>Introducing Brimble: a faster way to train byte models</h1>
      <div><p>Lab opened 3 May 2015 in Oslo.</p></div>${paragraphs(2)}</div></section></main></body></html>`,
      'https://lumenlabs.example/blog/brimble',
    );
    expect(x.article?.publishedAt).toBeUndefined();
    expect(x.kind).toBe('company-page');
  });

  it('a company home page that shows its whole tab title in an archive’s bar stays a company page', () => {
    const x = extract(
      `<html><head><title>Questry | Gamification for the Enterprise with Questry Nitro</title></head>
      <body><div id="wm-banner"><wa-title>Questry | Gamification for the Enterprise with Questry Nitro</wa-title>
      <div class="wm-date">June 10, 2014</div></div>
      <div class="hero"><h1>Engage</h1><h1>Motivate</h1></div>${paragraphs(9)}</body></html>`,
      'http://www.questry.example/home',
    );
    expect(x.kind).toBe('company-page');
  });
});

describe('the publication’s name', () => {
  it('og:site_name and the title agreeing on "Skyline News" beat the JSON-LD publisher’s short "Skyline"', () => {
    expect(
      publicationName({
        hostname: 'news.skyline.example',
        ogSiteName: 'Skyline News',
        ldPublisher: 'Skyline',
        title: 'Coach agrees deal to replace rival as Harbour FC manager | UK News | Skyline News',
      }),
    ).toBe('Skyline News');
  });

  it('a name confirmed by two sources still drops its domain form ("Plexo.com" → "Plexo")', () => {
    expect(publicationName({ hostname: 'www.plexo.com', ogSiteName: 'Plexo.com', appName: 'Plexo', title: 'Radeon cards reviewed' })).toBe(
      'Plexo',
    );
  });

  it('a run of separators is one: a quoted headline’s closing guillemet before the dash leaves no dash on the name', () => {
    expect(
      publicationName({
        hostname: 'fr.rive.example',
        ogSiteName: 'Rive France',
        title: '« Les usagers paient pour des intérêts privés » - Rive France',
      }),
    ).toBe('Rive France');
  });
});
