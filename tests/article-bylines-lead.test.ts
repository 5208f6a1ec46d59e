import { describe, expect, it } from 'vitest';
import { koreanBylineNames, splitAuthors } from '../lib/extract/byline';
import { extractPageFull } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

// Bylines found on real news pages that Fundus keeps (Korean desks, small WordPress papers in
// Lesotho and South Africa). The pages here are written by us to imitate those structures.

const extract = (html: string, url: string) => extractPageFull(docFrom(html, url), new URL(url));

const text = [
  '<p>The community of five villages says the blasting at the quarry has cracked walls and dried up two wells since the company began work last year.</p>',
  '<p>The company says it follows every rule and that its permits were issued after a full assessment of the effects on the villages around the site.</p>',
].join('');

describe('a Korean byline: places before the name, the role after it', () => {
  it('"순천, 광양 구현모 기자" is the reporter alone, not the two places nor the role', () => {
    expect(koreanBylineNames('순천, 광양 구현모 기자')).toEqual(['구현모']);
    expect(splitAuthors('순천, 광양 구현모 기자')).toEqual(['구현모']);
    expect(splitAuthors('[서울=뉴시스] 홍길동 기자')).toEqual(['홍길동']);
    expect(splitAuthors('박준석 기자 외 1명')).toEqual(['박준석']);
  });

  it('a byline whose name, places and role stand in texts of their own gives the name only', () => {
    const x = extract(
      `<html><head><meta charset="utf-8"><meta property="og:type" content="article"><title>지역 통합 외친 후보 - 뉴스마을</title>
      <meta property="article:published_time" content="2025-05-15T16:33:00+09:00"></head>
      <body><article><h1 class="title">경상도, 전라도 나눠서 싸우나... 고향에서 통합 외친 후보</h1>
      <p>후보는 15일 고향을 찾아 지역 갈등을 넘어서는 국민 통합을 강조했다. 지지자 수천 명이 모였다.</p>
      <p>후보는 이어 인근 도시로 이동해 유세를 이어갔다. 선거운동은 이번 주말까지 계속된다.</p>
      <div class="writer"><span class="name"> 순천, 광양 <strong> 구현모 </strong> 기자<span class="email"> ninek@newsmaeul.example </span></span></div>
      </article></body></html>`,
      'https://www.newsmaeul.example/News/Read/A2025051516330004328',
    );
    expect(x.article?.authors).toEqual(['구현모']);
  });

  it('"기자" alone is never a name', () => {
    expect(splitAuthors('기자')).toEqual([]);
  });
});

describe('a byline set as the story’s first paragraph, the name alone in bold', () => {
  it('the bold name after the standfirst is the writer; two names apart by a slash are two', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><title>Mining blasts shatter homes – Maloti Times</title>
      <meta property="article:published_time" content="2025-11-21T10:00:00+02:00"></head>
      <body><div class="post"><h1 class="entry-title">Mining blasts shatter homes</h1>
      <div class="entry-meta">by <span class="author vcard"><a href="https://malotitimes.example/author/malotitimes/">Maloti Times</a></span></div>
      <div class="entry-content"><p><em>…as villages cry foul over lost livelihoods</em></p>
      <p><strong>Mathabo Lebusa/Tumelo Phakoe</strong></p>
      <p><strong>A</strong> quarry company has come under heavy criticism from five villages who claim its blasting is destroying their homes.</p>
      ${text}</div></div></body></html>`,
      'https://malotitimes.example/mining-blasts-shatter-homes/',
    );
    expect(x.article?.authors).toEqual(['Mathabo Lebusa', 'Tumelo Phakoe']);
  });

  it('a bold line that is not a name (a section heading) names nobody', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><title>Mining blasts shatter homes – Maloti Times</title>
      <meta property="article:published_time" content="2025-11-21T10:00:00+02:00"></head>
      <body><div class="post"><h1 class="entry-title">Mining blasts shatter homes</h1>
      <div class="entry-content"><p><strong>What the villagers say</strong></p>${text}</div></div></body></html>`,
      'https://malotitimes.example/mining-blasts-shatter-homes/',
    );
    expect(x.article?.authors).toBeUndefined();
  });

  it('a bold name further down the story (a quoted person introduced in bold) is no byline', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><title>Mining blasts shatter homes – Maloti Times</title>
      <meta property="article:published_time" content="2025-11-21T10:00:00+02:00"></head>
      <body><div class="post"><h1 class="entry-title">Mining blasts shatter homes</h1>
      <div class="entry-content">${text}${text}${text}<p><strong>Palesa Mokoena</strong></p>${text}</div></div></body></html>`,
      'https://malotitimes.example/mining-blasts-shatter-homes/',
    );
    expect(x.article?.authors).toBeUndefined();
  });
});

describe('the CMS account that posted the story is not its writer', () => {
  it('"by Ilanga D" linking to /author/admin/ (and the JSON-LD Person of that account) give way to the bold name in the text', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Person', '@id': 'https://langa.example/author/admin/', name: 'Langa D', url: 'https://langa.example/author/admin/' },
        {
          '@type': 'Article',
          headline: 'Ikhansela lisola uthishanhloko ngezimbuzi',
          datePublished: '2024-11-05T08:00:00+02:00',
          author: { '@id': 'https://langa.example/author/admin/', name: 'Langa D' },
        },
      ],
    });
    const x = extract(
      `<html><head><meta property="og:type" content="article"><title>Ikhansela lisola uthishanhloko ngezimbuzi - Langa News</title>
      <script type="application/ld+json">${ld}</script></head>
      <body><div class="post"><h1 class="entry-title">Ikhansela lisola uthishanhloko ngezimbuzi</h1>
      <p class="meta"> by <span class="author vcard"><a href="https://langa.example/author/admin/" rel="author">Langa D</a></span> | <span class="published">5 November 2024</span></p>
      <div class="entry-content"><p><strong>MTHOBISI NKOSI&nbsp;</strong></p>${text}</div></div></body></html>`,
      'https://langa.example/ikhansela-lisola-uthishanhloko-ngezimbuzi/',
    );
    expect(x.article?.authors).toEqual(['Mthobisi Nkosi']);
  });

  it('a writer’s own author page keeps their byline', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><title>Ikhansela lisola uthishanhloko ngezimbuzi - Langa News</title>
      <meta property="article:published_time" content="2024-11-05T08:00:00+02:00"></head>
      <body><div class="post"><h1 class="entry-title">Ikhansela lisola uthishanhloko ngezimbuzi</h1>
      <p class="meta"> by <span class="author vcard"><a href="https://langa.example/author/zanele-dube/" rel="author">Zanele Dube</a></span></p>
      <div class="entry-content">${text}</div></div></body></html>`,
      'https://langa.example/ikhansela-lisola-uthishanhloko-ngezimbuzi/',
    );
    expect(x.article?.authors).toEqual(['Zanele Dube']);
  });
});

describe('the byline list and the teasers around a story', () => {
  it('a list the site names for the authors ("metaInfoAuthorList") is the byline, not a widget', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><title>Nach dem Angriff: Interview mit einem Gewerkschafter</title></head>
      <body><main><article><header class="singleHeader"><div class="singleHeader-content"><h1 class="singleHeadline">Nach dem Angriff: Interview mit einem Gewerkschafter</h1>
      <ul class="metaInfoAuthorList"><li class="metaInfoAuthorList-item"><a href="https://kgk.example/author/nflak/">Nora Flake</a></li></ul>
      <div class="metaInfoDateTime"><span>06.01.2026</span>, <span>Lesezeit 5 Min.</span></div></div></header>
      <div class="content">${text}</div>
      <div class="articleBox"><ul class="articleBox__authorList"><li class="articleBox__authorListItem">Emil Albers</li></ul>
      <h3 class="articleBox__headline"><a href="https://kgk.example/anderer-artikel/">Ein anderer Artikel über denselben Angriff</a></h3></div>
      </article></main></body></html>`,
      'https://kgk.example/nach-dem-angriff-interview/',
    );
    expect(x.article?.authors).toEqual(['Nora Flake']);
  });

  it('an author’s bio under the story ("author-bio-text") still names no one', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><title>A hundred years at the stadium</title>
      <meta property="article:published_time" content="2023-06-26T10:00:00-07:00"></head>
      <body><article><h1>A hundred years at the stadium: much more than a sports venue</h1>
      <div class="byline"><a href="/people/hana-mori">Hana Mori</a></div>${text}
      <p class="author-bio-text">Hana Mori is an assistant sports editor, writer of the <a href="/newsletters/dugout">Dodgers Dugout</a> newsletter.</p></article></body></html>`,
      'https://www.dailyla.example/sports/story/2023-06-26/100-years-stadium',
    );
    expect(x.article?.authors).toEqual(['Hana Mori']);
  });

  it('the byline of a linked teaser inside the article ("Más información") is that story’s, not this one’s', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><title>Bruselas sondea centros de deportación | El Diario</title>
      <meta property="article:published_time" content="2024-10-15T10:00:00+02:00"></head>
      <body><article class="a"><header><h1 class="a_t">Bruselas sondea la apertura de centros de deportación fuera de la UE</h1></header>
      <div class="a_md"><div class="a_md_a"><a href="https://eldiario.example/autor/maria-sahagun/">María R. Sahagún</a></div></div>
      <div class="a_c">${text}</div>
      <section class="w w-mi"><div class="w_b"><div class="nt"><h3 class="nt_t"><a href="https://eldiario.example/italia-deporta/">Italia empieza a deportar migrantes a Albania</a></h3>
      <div class="nt_a"><a href="https://eldiario.example/autor/inigo-dorado/">Íñigo Dorado</a> | Roma</div></div></div></section></article></body></html>`,
      'https://eldiario.example/internacional/2024-10-15/bruselas-sondea.html',
    );
    expect(x.article?.authors).toEqual(['María R. Sahagún']);
  });
});

describe('bylines in more languages', () => {
  it('"Av A og B", "Door A en B", "Teksti: A ja B", "Autor: A", "Yazar: A" are the names', () => {
    expect(splitAuthors('Av Kari Nordmann og Ola Hansen')).toEqual(['Kari Nordmann', 'Ola Hansen']);
    expect(splitAuthors('Av Anna Svensson och Erik Lind')).toEqual(['Anna Svensson', 'Erik Lind']);
    expect(splitAuthors('Door Jan Jansen en Piet de Vries')).toEqual(['Jan Jansen', 'Piet de Vries']);
    expect(splitAuthors('Teksti: Matti Virtanen ja Liisa Korhonen')).toEqual(['Matti Virtanen', 'Liisa Korhonen']);
    expect(splitAuthors('Autor: Jan Kowalski')).toEqual(['Jan Kowalski']);
    expect(splitAuthors('Yazar: Ahmet Yılmaz')).toEqual(['Ahmet Yılmaz']);
  });

  it('the agency in brackets and the place written from are not names', () => {
    expect(splitAuthors('Von Anna Muster (dpa)')).toEqual(['Anna Muster']);
    expect(splitAuthors('By Jane Roe and John Doe in London')).toEqual(['Jane Roe', 'John Doe']);
    expect(splitAuthors('Av Kari Nordmann i Oslo')).toEqual(['Kari Nordmann']);
  });

  it('an unmarked line "Av A og B" under the headline is the byline', () => {
    const x = extract(
      `<html><head><meta property="og:type" content="article"><title>Bruddet i Oslo</title>
      <meta property="article:published_time" content="2025-01-01T10:00:00+01:00"></head>
      <body><article><h1>Bruddet som endret alt i Oslo sentrum</h1><p>Av Kari Nordmann og Ola Hansen</p>${text}</article></body></html>`,
      'https://avis.example/nyheter/bruddet',
    );
    expect(x.article?.authors).toEqual(['Kari Nordmann', 'Ola Hansen']);
  });
});

describe('authors from markup other sites use', () => {
  const page = (head: string, byline = '') =>
    extract(
      `<html><head><meta property="og:type" content="article"><title>The quarry and the villages</title>
      <meta property="article:published_time" content="2025-01-01T10:00:00Z">${head}</head>
      <body><article><h1>The quarry and the five villages around it</h1>${byline}${text}</article></body></html>`,
      'https://news.example/2025/01/01/quarry',
    );

  it('one JSON-LD Person naming two ("A and B", "A, B") gives both names', () => {
    const ld = (name: string) =>
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'The quarry', author: { '@type': 'Person', name } })}</script>`;
    expect(page(ld('Jane Roe and John Doe')).article?.authors).toEqual(['Jane Roe', 'John Doe']);
    expect(page(ld('Jane Roe, John Doe')).article?.authors).toEqual(['Jane Roe', 'John Doe']);
    expect(page(ld('Monika Brun und Anna Trell, Sweida')).article?.authors).toEqual(['Monika Brun', 'Anna Trell']);
  });

  it('the "byl" and "sailthru.author" meta name the authors', () => {
    expect(page('<meta name="byl" content="By Jane Roe and John Doe">').article?.authors).toEqual(['Jane Roe', 'John Doe']);
    expect(page('<meta name="sailthru.author" content="Jane Roe">').article?.authors).toEqual(['Jane Roe']);
  });

  it('a data-testid "byline" block and links to /contributors/, /journalist/ pages are bylines', () => {
    expect(page('', '<div data-testid="byline"><span>Jane Roe</span></div>').article?.authors).toEqual(['Jane Roe']);
    expect(page('', '<div class="meta"><a href="/contributors/jane-roe">Jane Roe</a></div>').article?.authors).toEqual(['Jane Roe']);
    expect(page('', '<div class="meta"><a href="/journalist/john-doe">John Doe</a></div>').article?.authors).toEqual(['John Doe']);
  });
});
