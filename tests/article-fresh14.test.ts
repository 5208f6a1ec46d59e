import { describe, expect, it } from 'vitest';
import { splitAuthors } from '../lib/extract/byline';
import { realDate } from '../lib/extract/article/published';
import { publicationName } from '../lib/extract/article/publication';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

// Misses read on fresh-13 and fresh-14 (invented pages and bylines of the same shape).
describe('articles: fresh-13/14 causes', () => {
  it('keeps the writers of a byline and drops the team named after their role', () => {
    expect(splitAuthors('Posted by Ana Ruiz and Tom Berg, Software Engineers, Acme Research Lab')).toEqual(['Ana Ruiz', 'Tom Berg']);
    expect(splitAuthors('By Ana Ruiz, Tom Berg and Li Wei')).toEqual(['Ana Ruiz', 'Tom Berg', 'Li Wei']);
  });

  it('cuts a tagline glued to the site’s name by a dash, only when the name is the site’s', () => {
    expect(publicationName({ hostname: 'news7daily.example', ogSiteName: 'News7Daily-Realtime Updates On Breaking Stories' })).toBe(
      'News7Daily',
    );
    expect(publicationName({ hostname: 'othersite.example', ogSiteName: 'Coca-Cola Journey' })).toBe('Coca-Cola Journey');
  });

  it('takes Unix time zero as a CMS’s empty date, not a date', () => {
    expect(realDate('1970-01-01T01:00:00+01:00')).toBeUndefined();
    expect(realDate('1969-12-31T23:00:00Z')).toBeUndefined();
    expect(realDate('2021-04-28T10:00:00+02:00')).toBe('2021-04-28T10:00:00+02:00');
  });

  it('reads no published date from a JSON-LD datePublished of 1970-01-01', () => {
    const html = `<html><head><title>Retailer opens a platform</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Retailer opens a platform","datePublished":"1970-01-01T01:00:00+01:00","author":{"@type":"Person","name":"Jan Nowak"},"publisher":{"@type":"Organization","name":"Portal Handlu"}}</script>
      </head><body><article><h1>Retailer opens a platform</h1><p>Eurostore has opened a platform for small shops across the country, the company said on Wednesday in a statement to the press.</p>
      <p>The platform lets shop owners order goods and pay for them in one place, and it will be extended to more regions next year.</p></article></body></html>`;
    const x = extractPage(
      docFrom(html, 'https://www.portalhandlu.example/handel/eurostore-platform,1234.html'),
      new URL('https://www.portalhandlu.example/handel/eurostore-platform,1234.html'),
    );
    expect(x.kind).toBe('article');
    expect(x.article?.publishedAt).toBeUndefined();
  });
});
