import { describe, expect, it } from 'vitest';
import { isCut, uncut, withoutPageMarker } from '../lib/extract/article/title-forms';
import { stripSiteName } from '../lib/extract/article/site-title';
import { extract } from './helpers/extract-page';

// Damaged forms of a headline, written here to imitate what real pages carry: a social title and
// a JSON-LD headline cut with "...", a paged story's "（1/2 ページ）", a subtitle set inside the `h1`.

const paragraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i + 1} says what the firm published, what the report covers and who is likely to read it first.</p>`,
  ).join('');

describe('title forms', () => {
  it('a title cut with an ellipsis is read in the whole form another title gives', () => {
    const tab = 'Corvane publishes Lithium Recycling Equipment Market Forecast 2025-2035 report';
    expect(uncut('Corvane publishes Lithium Recycling Equipment Market Forecast 2025-2035...', [tab])).toBe(tab);
    // The last word kept may itself be cut.
    expect(uncut('Corvane publishes Lithium Recycling Equipment Market Fore…', [tab])).toBe(tab);
    // A headline ending in an ellipsis on purpose, with no longer form, stays as written.
    expect(uncut('And then the lights went out...', ['And then the lights went out...'])).toBeUndefined();
    expect(isCut('Wait for it')).toBe(false);
    // Another title that does not open with the kept words is no whole form of it.
    expect(uncut('Corvane publishes Lithium Recycling...', ['Corvane publishes its annual report'])).toBeUndefined();
  });

  it('a page marker at the end of a paged story’s title is no part of its headline', () => {
    expect(withoutPageMarker('Intel NUCで最新SSDを比較してみた（1/2 ページ）')).toBe('Intel NUCで最新SSDを比較してみた');
    expect(withoutPageMarker('How we rebuilt the warehouse robots - Page 2 of 3')).toBe('How we rebuilt the warehouse robots');
    expect(withoutPageMarker('Die neue Fabrik in Kassel (Seite 2)')).toBe('Die neue Fabrik in Kassel');
    // Words that only look like a marker stay.
    expect(withoutPageMarker('The Last Page 2')).toBe('The Last Page 2');
  });

  it('the cut JSON-LD headline and social title yield to the whole tab title', () => {
    const x = extract(
      `<html><head><title>Corvane publishes Lithium Recycling Equipment Market Forecast 2025-2035 report - Corvane</title>
      <meta property="og:site_name" content="Corvane"><meta property="og:type" content="article">
      <meta property="og:title" content="Corvane publishes Lithium Recycling Equipment Market Forecast 2025-2035...">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Corvane publishes Lithium Recycling Equipment Market Forecast 2025-2035...","datePublished":"2025-03-02T09:00:00+00:00"}</script></head>
      <body><header><h1>Our Clients</h1></header><main><div class="post">${paragraphs(5)}</div></main></body></html>`,
      'https://www.corvane.example/corvane-publishes-lithium-recycling-equipment-market-report/',
    );
    expect(x.article?.title).toBe('Corvane publishes Lithium Recycling Equipment Market Forecast 2025-2035 report');
  });

  it('a cut JSON-LD headline never shortens the whole heading the page shows', () => {
    const x = extract(
      `<html><head><title>Harbour cranes go electric at three northern ports this winter | Dockside</title>
      <meta property="og:type" content="article">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour cranes go electric at three northern...","datePublished":"2025-01-12T09:00:00+00:00"}</script></head>
      <body><article><h1>Harbour cranes go electric at three northern ports this winter</h1>${paragraphs(4)}</article></body></html>`,
      'https://dockside.example/2025/01/12/harbour-cranes-electric',
    );
    expect(x.article?.title).toBe('Harbour cranes go electric at three northern ports this winter');
  });

  it('a subtitle and a page number the heading’s markup sets after the headline are left out', () => {
    const x = extract(
      `<html><head><title>小型PCで最新SSDを比較してみた：さらば水冷（1/2 ページ） - テック通信</title>
      <meta property="og:type" content="article"><meta property="article:published_time" content="2019-02-22T06:00:00+09:00"></head>
      <body><article><h1 class="title"><span class="title__maintext">小型PCで最新SSDを比較してみた</span><i class="title__delimiter">：</i><i class="title__subtitle">さらば水冷</i><span class="title__pagenumber">（1/2 ページ）</span></h1>
      <p>第4回となる今回は、完成した小型PCを使って最新のSSDをテストしてみました。読み書きの速さと発熱を比べています。</p>
      <p>新モデルでは省電力機能を無効にして常に性能をフルに発揮するモードが追加されました。その効果も確かめました。</p></article></body></html>`,
      'https://www.techtsushin.example/pc/articles/1902/22/news089.html',
    );
    expect(x.article?.title).toBe('小型PCで最新SSDを比較してみた');
  });

  it('a section’s name between the headline and the site’s, and a date after it, are the tab’s', () => {
    expect(stripSiteName('Harbour cranes go electric at three ports | World News | Dockside News', ['Dockside'], 'dockside.example')).toBe(
      'Harbour cranes go electric at three ports',
    );
    expect(stripSiteName('Kräne im Hafen: Ziele, Kosten, Risiken | Europa | DK | 28.04.2023', ['DK.COM'], 'www.dk.example')).toBe(
      'Kräne im Hafen: Ziele, Kosten, Risiken',
    );
    // A dash or a colon sets a headline's own parts apart, and a lower-case part is no section.
    expect(stripSiteName('Vantor unveils the new console - the review - Golem.de', ['Golem.de'], 'www.golem.de')).toBe(
      'Vantor unveils the new console - the review',
    );
    expect(stripSiteName('Vantor unveils the new console | first look | Wired', ['Wired'], 'www.wired.com')).toBe(
      'Vantor unveils the new console | first look',
    );
  });

  it('a page tagged for news search, with a headline and a story’s text but no date we read, is a story', () => {
    const html = (keywords: string) =>
      `<html><head><title>Kräne im Hafen: Ziele, Kosten, Risiken | Europa | DK | 28.04.2023</title>${keywords}
      <meta name="description" content="Der Hafen bereitet den Umbau seiner Kräne vor."></head>
      <body><div id="bodyContent"><h1>Kräne im Hafen: Ziele, Kosten, Risiken</h1>
      ${Array.from({ length: 10 }, (_, i) => `<p>Absatz ${i + 1}: Der Hafen will bis zum Winter drei Kräne auf Strom umstellen, sagt die Betreibergesellschaft, und die Kosten tragen Stadt und Land gemeinsam über mehrere Jahre.</p>`).join('')}
      <ul class="facts"><li><strong>Datum</strong> 28.04.2023</li></ul></div></body></html>`;
    const tagged = extract(
      html('<meta name="news_keywords" content="Hafen,Kräne,Strom">'),
      'https://www.dk.example/de/kraene-im-hafen/a-65464327',
    );
    expect(tagged.kind).toBe('article');
    expect(tagged.article?.title).toBe('Kräne im Hafen: Ziele, Kosten, Risiken');
    expect(extract(html(''), 'https://www.dk.example/de/kraene-im-hafen/a-65464327').kind).not.toBe('article');
  });

  it('a Korean title’s ㅣ bar sets the site’s name apart', () => {
    expect(stripSiteName('장동혁, 한동훈 제명했지만… 부담 커졌다-정치ㅣ한국일보', ['한국일보'], 'www.hankookilbo.com')).toBe(
      '장동혁, 한동훈 제명했지만… 부담 커졌다-정치',
    );
  });
});
