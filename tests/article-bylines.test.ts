import { describe, expect, it } from 'vitest';
import { splitAuthors } from '../lib/extract/byline';
import { extractPageFull } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

// Bylines as Korean, Japanese and Chinese news sites write them: the role after the name.
describe('bylines with the role after the name', () => {
  it('"송유민 기자", "山田太郎記者", "张伟 记者" are the names without the role', () => {
    expect(splitAuthors('송유민 기자')).toEqual(['송유민']);
    expect(splitAuthors('김철수 특파원')).toEqual(['김철수']);
    expect(splitAuthors('山田太郎記者')).toEqual(['山田太郎']);
    expect(splitAuthors('张伟 记者')).toEqual(['张伟']);
  });

  it('a Korean story’s byline line gives the reporter’s name', () => {
    const x = extractPageFull(
      docFrom(
        `<html><head><meta charset="utf-8"><meta property="og:type" content="article"><title>브랜드 첫 팝업스토어 오픈 - 뉴스마을</title>
        <meta property="article:published_time" content="2016-03-16T21:14:00+09:00"><meta property="og:article:author" content="김하나 기자"></head>
        <body><article><header><h1 class="heading">프랑스 화장품 브랜드, 국내 첫 팝업스토어 오픈</h1>
        <div class="info-text"><ul><li><i class="fa fa-user-o"></i> 김하나 기자</li><li>승인 2016.03.16 21:14</li></ul></div></header>
        <p>프랑스 화장품 브랜드가 현대백화점 무역점에서 국내 첫 번째 팝업스토어를 오픈한다. 베스트 제품들을 모두 만날 수 있다.</p>
        <p>팝업스토어는 3월 말까지 열린다. 브랜드 관계자는 한국 시장에 대한 기대를 밝혔다.</p></article></body></html>`,
        'http://www.newsmaeul.example/news/articleView.html?idxno=243722',
      ),
      new URL('http://www.newsmaeul.example/news/articleView.html?idxno=243722'),
    );
    expect(x.article?.authors).toEqual(['김하나']);
  });
});

describe('a byline that is only a link to the writer’s page', () => {
  it('a link to /about/editors/<name>/ beside the headline names the author', () => {
    const x = extractPageFull(
      docFrom(
        `<html><head><meta property="og:type" content="article"><title>Scootly extends free rides for critical workers | Gadgetry</title></head>
        <body><div class="o-feed"><h1>Scootly extends free scooter rides for critical workers through May</h1>
        <section class="o-meta_bar"><div class="grid"><div class="grid__cell"><div class="t-meta-small">
        <a href="https://www.gadgetry.example/about/editors/jon-quill/" class="th-meta">Jon Quill</a><span class="th-meta">, @jonquill</span></div></div></div></section>
        <p>Scootly is extending its free scooter rides for critical workers through the end of May, the company said on Friday.</p>
        <p>The offer covers nurses, doctors and grocery staff in every city where Scootly runs its scooters.</p></div></body></html>`,
        'https://www.gadgetry.example/scootly-extends-free-scooter-rides-184144961.html',
      ),
      new URL('https://www.gadgetry.example/scootly-extends-free-scooter-rides-184144961.html'),
    );
    expect(x.article?.authors).toEqual(['Jon Quill']);
  });
});

describe('bylines a reader sees that are not a person’s name in a byline block', () => {
  const body =
    '<p>Die frühere Ministerin wird neue Generaldirektorin des Zentrums. Vertreter der Mitgliedsstaaten haben sie am Donnerstag gewählt.</p>' +
    '<p>Sie setzte sich in der Abstimmung mit 13 zu 8 Stimmen durch. Der Thinktank beschäftigt 540 Mitarbeiter in 31 Büros.</p>';

  it('a story signed only by an agency in the aside beside its headline ("von APA") has the agency as author', () => {
    const url = 'https://www.nachrichten.example/politik/ex-ministerin-neue-chefin-123';
    const x = extractPageFull(
      docFrom(
        `<html><head><meta property="og:type" content="article"><meta property="og:site_name" content="Nachrichten Beispiel">
        <meta name="author" content="Nachrichten Beispiel"><title>Ex-Ministerin neue Chefin von Thinktank | Nachrichten Beispiel</title></head>
        <body><article><div><header><h1 class="article-title">Ex-Ministerin neue Chefin von Thinktank</h1></header>
        <div class="article-content"><aside class="article-aside"><div class="article-author"><p class="article-author__prefix">von</p>
        <div class="article-author__source">APA</div></div><div class="article-date">Donnerstag, 05. Juni 2025</div></aside>
        <div class="article-body">${body}</div></div></div></article>
        <aside class="sidebar"><div class="author-card"><span class="author-name">Maria Sommer</span></div></aside></body></html>`,
        url,
      ),
      new URL(url),
    );
    expect(x.article?.authors).toEqual(['APA']);
  });

  it('reads a name from <meta name="article:author">, where some sites put it', () => {
    const url = 'https://fr.news.example/culture/2026/01/06/survetement-viral';
    const x = extractPageFull(
      docFrom(
        `<html><head><meta property="og:type" content="article"><meta name="article:author" content="David Marchetti">
        <title>Un survêtement viral | News Example</title></head>
        <body><main><h1>Un survêtement viral</h1><div class="text">${body}</div></main></body></html>`,
        url,
      ),
      new URL(url),
    );
    expect(x.article?.authors).toEqual(['David Marchetti']);
  });
});

describe('a publication that names itself only in its footer', () => {
  const page = () =>
    `<html><head><meta property="og:type" content="article"><meta name="author" content="Sam Okafor"><title>Report shows how big lenders slow green action</title></head>
    <body><div class="main"><article><h1 class="post-title">Report shows how big lenders slow green action</h1>
    <div class="byline-wrapper"><a href="/profile">Sam Okafor</a></div>
    <div class="body markup"><p>Hello and welcome back. We’re kicking off the year with a look at our new report on lenders and the climate.</p>
    <p>The report follows two years of research across twelve countries. It names the lenders that lobbied hardest.</p></div></article>
    <div class="footer-wrap publication-footer"><div class="footer"><div class="footer-terms"><span>© 2026 The Weighbridge</span><span> · </span><a href="/privacy">Privacy</a><span> ∙ </span><a href="/terms">Terms</a></div></div></div>
    <div class="modal">${'<p>Subscribe to keep reading and get every issue in your inbox, with the archive and comments open to members.</p>'.repeat(60)}</div>
    </div></body></html>`;
  const read = (host: string) => extractPageFull(docFrom(page(), `https://${host}/p/report`), new URL(`https://${host}/p/report`));

  it('takes the footer’s copyright holder as the site’s name when the address carries that name (a platform’s subdomain)', () =>
    expect(read('theweighbridge.substack.com').article?.siteName).toBe('The Weighbridge'));

  it('not when the address is another’s', () => expect(read('lendingwatch.example').article?.siteName).not.toBe('The Weighbridge'));
});

describe('the date beside the headline of a newsletter platform’s post', () => {
  it('counts though the article’s own class says "newsletter-post": a block holding the headline is the story’s', () => {
    const url = 'https://theweighbridge.substack.com/p/report';
    const x = extractPageFull(
      docFrom(
        `<html><head><meta property="og:type" content="article"><title>Report shows how big lenders slow green action</title></head>
        <body><article class="typography newsletter-post post"><div role="region" class="post-header">
        <h1 class="post-title">Report shows how big lenders slow green action</h1>
        <div class="byline-wrapper"><a href="/profile">Sam Okafor</a><div class="meta-EgzBVA">Jan 15, 2026</div></div></div>
        <div class="body markup"><p>Hello and welcome back. We’re kicking off the year with a look at our new report on lenders and the climate.</p>
        <p>The report follows two years of research across twelve countries. It names the lenders that lobbied hardest.</p></div>
        <div class="newsletter-signup"><p class="date">Jan 1, 2020</p><p>Subscribe for more.</p></div></article></body></html>`,
        url,
      ),
      new URL(url),
    );
    expect(x.article?.publishedAt).toBe('2026-01-15');
  });
});

// A writer named only after the story: a newswire's sign-off, the analytics configuration.
describe('a byline found late', () => {
  const story = (extra: string, head = '') =>
    extractPageFull(
      docFrom(
        `<html><head><title>Corvane and its unit to pay $56.5 million for price fixing</title><meta property="og:type" content="article">
        <meta property="article:published_time" content="2013-07-18T08:00:00Z">${head}</head>
        <body><article><h1>Corvane and its unit to pay $56.5 million for price fixing</h1>
        <p>Corvane Corp. and its lighting unit have agreed to plead guilty and pay a criminal fine for fixing prices of parts sold to carmakers.</p>
        <p>The companies conspired with others from 2001 until 2010, the Justice Department said on Thursday.</p>
        <p>The plea agreements are subject to court approval. Corvane declined to comment.</p>${extra}</article></body></html>`,
        'https://news.ledger.example/article/BT-CO-20130718-711176.html',
      ),
      new URL('https://news.ledger.example/article/BT-CO-20130718-711176.html'),
    );

  it('"Write to X at <address>" under the story names its writer', () =>
    expect(story('<p>Write to Kirsten Jonas at kirsten.jonas@ledger.example</p>').article?.authors).toEqual(['Kirsten Jonas']));

  it('a Korean story’s sign-off ("최윤호 기자 uknow@…", text set with <br>s) names its writer', () => {
    const doc = docFrom(
      `<html><head><title>시험인증 기업이 간다</title><meta property="og:type" content="article">
      <meta property="article:published_time" content="2013-10-23T08:00:00+09:00"></head>
      <body><div class="article"><h1>[CEO&amp;] 창의적 열정과 소통, 초일류 시험인증 기업이 간다</h1>
      <div class="article_txt">디지털이엠씨는 전자파 시험인증 분야에서 국내 선두 기업이다.<br><br>회사는 올해 매출 100억 원을 내다보고 있다.<br><br>
      그는 회사가 세계 시험인증 시장의 강자로 군림할 날이 꼭 올 것이라는 확신에 차 있다.<br><br>최윤호 기자 uknow@daily.example<br><br>
      <div class="relation">다른 기사: 김철수 기자 kim@daily.example</div></div></div></body></html>`,
      'https://news.daily.example/3/all/20131023/58406128/1',
    );
    expect(extractPageFull(doc, new URL('https://news.daily.example/3/all/20131023/58406128/1')).article?.authors).toEqual(['최윤호']);
  });

  it('the analytics configuration names the writer, without their role', () =>
    expect(
      story(
        `<script>window._sf_async_config={ uid: '34974', domain: 'news.ledger.example', sections: 'type:article', authors: 'Tim Gillard, news reporter', useCanonical: 'true' };</script>`,
      ).article?.authors,
    ).toEqual(['Tim Gillard']));

  it('a configuration naming no person, or a byline the page already gives, is not replaced', () => {
    expect(
      story(`<script>var _sf_async_config = {}; _sf_async_config.authors = 'content-commerce';</script>`).article?.authors,
    ).toBeUndefined();
    expect(
      story(
        `<script>var _sf_async_config = {}; _sf_async_config.authors = 'Tim Gillard';</script>`,
        '<meta name="author" content="Ada Brill">',
      ).article?.authors,
    ).toEqual(['Ada Brill']);
  });
});
