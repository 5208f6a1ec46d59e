import { describe, expect, it } from 'vitest';
import { headline } from '../lib/extract/article/headline';
import { pathBlogOwner } from '../lib/extract/article/own-site';
import { storySubject } from '../lib/extract/article/subject';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

// Misses read on fresh-16 (pages written here in the same shapes: invented names and text).
const read = (html: string, url: string) => extractPage(docFrom(html, url), new URL(url));
const body = (n: number, text: string) => Array.from({ length: n }, () => `<p>${text}</p>`).join('\n');

describe('a post on a company’s blog kept under its own address', () => {
  const post = (site: string, title: string) => `<html><head><title>${title}</title>
    <meta property="og:title" content="${title}"><meta property="og:type" content="article">
    ${site ? `<meta property="og:site_name" content="${site}">` : ''}
    <meta name="author" content="Mira Tal"><meta name="published-time" content="2026-03-09T08:45:32.183Z">
    <meta name="published-date" content="2021-02-16"></head><body>
    <main><article><h1>Emerging tools against heat waves</h1><div class="byline">By Mira Tal</div>
    ${body(6, 'Cities are planting trees and painting roofs white, and new sensors tell planners where the heat gathers first in a summer.')}
    </article></main></body></html>`;

  it('is the company’s, though the post never names it, with the story’s date and not the deployment’s', () => {
    const x = read(
      post('Quorvo', 'Emerging tools against heat waves | Quorvo'),
      'https://www.quorvo.com/blogs/emerging-tools-against-heat-waves',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.aboutCompany).toBe('Quorvo');
    expect(x.article?.publishedAt).toBe('2021-02-16');
  });

  it('names the site after its address when the page names none', () => {
    const x = read(post('', 'Quorvo Blog: Emerging tools against heat waves'), 'https://quorvo.io/blog/emerging-tools');
    expect(x.article?.aboutCompany).toBe('Quorvo');
    expect(x.article?.siteName).toBe('Quorvo');
  });

  it('leaves a blog whose site is named otherwise than its address, and a page outside a blog folder', () => {
    expect(pathBlogOwner(new URL('https://www.dailyherald.example/blogs/tech/post'), 'The Evening Courier')).toBeUndefined();
    expect(pathBlogOwner(new URL('https://www.quorvo.com/news/post'), 'Quorvo')).toBeUndefined();
    expect(pathBlogOwner(new URL('https://www.quorvo.com/blog/'), 'Quorvo')).toBeUndefined();
    expect(pathBlogOwner(new URL('https://www.quorvo.com/en/blog/post'), 'Quorvo')).toBe('Quorvo');
  });

  it('a blog under a section, a shop named with its address, an address that adds the trade (fresh-20 first sight)', () => {
    expect(pathBlogOwner(new URL('https://quorvo.com/managed-services/resources/blog/hr-explained'), 'Quorvo')).toBe('Quorvo');
    expect(pathBlogOwner(new URL('https://quorvo.shop/blogs/news/desk-setup'), 'Quorvo.shop')).toBe('Quorvo');
    expect(pathBlogOwner(new URL('https://us.7xtech.com/blogs/news/mapping'), '7x')).toBe('7x');
    expect(pathBlogOwner(new URL('https://quorvofitness.com/blogs/news/home-gym'), 'QUORVO')).toBe('QUORVO');
    // A name the address only begins with, and not by a trade word, is another site's.
    expect(pathBlogOwner(new URL('https://quorvopedia.com/blog/post'), 'Quorvo')).toBeUndefined();
    expect(pathBlogOwner(new URL('https://news.example/a/b/c/blog/post'), 'Example')).toBeUndefined();
    // A newspaper desk's blog, and a name that is an address (review of the change).
    expect(pathBlogOwner(new URL('https://www.dailyherald.com/business/blog/2024/post'), 'Dailyherald')).toBeUndefined();
    expect(pathBlogOwner(new URL('https://www.booking.com/blog/post'), 'Booking.com')).toBe('Booking.com');
  });
});

describe('names that are no company in a story', () => {
  it('skips a common word numbered ("Local 90") for the company the story is about', () => {
    const paragraphs = [
      'In the early morning, members of Teamsters Local 90 rallied in the parking lot of the Parcelon distribution hub in Des Moines.',
      'The militant Local 90 is preparing for what could be the largest strike against a single company this summer, said the president of the local.',
      'Parcelon said it had offered drivers a raise and that talks would go on next week.',
      'Workers at Parcelon say the company has pushed them to work six days a week.',
      'Parcelon employs more than 300,000 union drivers and loaders across the country.',
    ];
    expect(
      storySubject({
        title: 'Inside a union rebellion',
        excerpt: 'In Des Moines, the militant Local 90 prepares for a strike.',
        paragraphs,
        exclude: [],
      }),
    ).toBe('Parcelon');
  });

  it('never takes a people named in Polish for a company ("Rosjanie sugerują …")', () => {
    const paragraphs = [
      'Rosjanie twierdzą, że z planów polskiej spółki wynika, jakoby zamierzała ona przejąć odcinek gazociągu.',
      'Rosjanie piszą też o arbitrażu, który zakończył się przelewem na konto polskiej spółki.',
      'Rosjanie wzywają Moskwę do bardziej aktywnych działań, w tym wstrzymania dostaw gazu.',
    ];
    expect(storySubject({ title: 'Rosjanie sugerują odcięcie Polski od gazu', paragraphs, exclude: [], lang: 'pl' })).toBeUndefined();
  });
});

describe('a story whose JSON-LD a template broke', () => {
  it('is read as a story when its NewsArticle block writes a value without quotes', () => {
    const html = `<html lang="pl"><head><title>Gazociąg w sporze - Energia24</title>
      <script type="application/ld+json">
      { "@context": "http://schema.org", "@type": "NewsArticle", "@author": Jan Wolski, "@publisher": Energia24,
        "headline": "Gazociąg w sporze", "datePublished": "2021-05-11 09:49:18" }
      </script>
      <meta property="og:type" content="website"><meta property="og:site_name" content="Energia24">
      <meta property="og:url" content="https://www.energia24.example/gazociag-w-sporze"></head><body>
      <section class="news"><h1>Gazociąg w sporze</h1><div><span>11 maja 2021, 11:49</span></div>
      <div class="news-body"><p>Media biją na alarm, że spór o odcinek gazociągu może się zaostrzyć.</p></div></section></body></html>`;
    const x = read(html, 'https://www.energia24.example/gazociag-w-sporze');
    expect(x.kind).toBe('article');
    expect(x.article?.publishedAt).toBe('2021-05-11');
    expect(x.article?.title).toBe('Gazociąg w sporze');
  });
});

describe('a headline beside a breadcrumb trail that holds the title too', () => {
  it('reads the story under its own heading, not the crumb, and keeps the part the page marks as headline', () => {
    const html = `<html lang="de"><head><title>Abriss am Fluss: Alte Brücke in Weiler gesprengt - Politik</title>
      <meta property="og:title" content="Abriss am Fluss: Alte Brücke in Weiler gesprengt"><meta property="og:type" content="article">
      <meta property="article:published_time" content="2025-10-25T12:00:00+02:00"></head><body>
      <ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
      <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/politik">Politik</a></li>
      <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><h1 class="level-2 active"><span itemprop="name">Alte Brücke in Weiler gesprengt</span></h1></li></ol>
      <article itemscope itemtype="http://schema.org/NewsArticle"><h2><span class="article-kicker">Abriss am Fluss</span>
      <span class="article-headline" itemprop="headline">Alte Brücke in Weiler gesprengt</span></h2>
      ${body(6, 'Die alte Brücke über den Fluss fiel pünktlich um zwölf Uhr in sich zusammen, und viele Schaulustige sahen vom Ufer aus zu.')}
      </article></body></html>`;
    const url = 'https://www.zeitung.example/inhalt.abriss-alte-bruecke.html';
    const heading = headline(
      docFrom(html, url),
      ['Abriss am Fluss: Alte Brücke in Weiler gesprengt'],
      undefined,
      [],
      'www.zeitung.example',
    );
    expect(heading?.el?.tagName).toBe('H2');
    const x = read(html, url);
    expect(x.kind).toBe('article');
    expect(x.article?.title).toBe('Alte Brücke in Weiler gesprengt');
    expect(x.text).toContain('pünktlich um zwölf Uhr');
  });
});
