import { describe, expect, it } from 'vitest';
import { extract } from './helpers/extract-page';

// A WordPress post as SEO plugins mark it up: a graph whose WebPage node carries the dates, and
// the theme's own Article markup broken by an unescaped quote. Written here to imitate that.

const page = (graph: string) =>
  `<html><head><title>Design week: a light installation for Lumetta | Exhibit Notes</title>
  <meta property="og:type" content="article"><meta property="og:site_name" content="Exhibit Notes">
  <script type="application/ld+json">${graph}</script>
  <script type="application/ld+json">{"@context":"https://schema.org/","@type":"Article","headline":"Design week","description":"The showroom features "Jewels", a light installation","datePublished":"2018-04-18"}</script></head>
  <body><h1>Design week: a light installation for Lumetta</h1>
  <p class="post-text-author">By <a href="/author/fl/" rel="author">Fiona Lark</a> - 2019-04-10</p>
  <p>During the design week, the Lumetta showroom features a light installation made of brass rings and glass drops.</p>
  <p>The installation fills the courtyard, and its rings turn slowly as visitors walk beneath them in the evening.</p>
  <p>The designer has worked with Lumetta for ten years, and the rings will be sold as lamps from the autumn.</p></body></html>`;

describe('the publication date in a WordPress graph', () => {
  it('the WebPage node’s datePublished beats the date the page shows, the last update', () => {
    const x = extract(
      page(
        '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"https://exhibitnotes.example/#website","name":"Exhibit Notes"},{"@type":"WebPage","@id":"https://exhibitnotes.example/marker/design-week/#webpage","datePublished":"2018-04-18T14:39:09+02:00","dateModified":"2019-04-10T10:13:14+02:00"}]}',
      ),
      'https://exhibitnotes.example/marker/design-week/',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.publishedAt?.slice(0, 10)).toBe('2018-04-18');
  });

  it('without a date in the graph, the date the page shows stands', () => {
    const x = extract(
      page(
        '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"https://exhibitnotes.example/#website","name":"Exhibit Notes"}]}',
      ),
      'https://exhibitnotes.example/marker/design-week/',
    );
    expect(x.article?.publishedAt?.slice(0, 10)).toBe('2019-04-10');
  });
});
