import { describe, expect, it } from 'vitest';
import { splitAuthors } from '../lib/extract/byline';
import { extract } from './helpers/extract-page';

// Small pages written here to imitate bylines and dates that news sites show only as text: a
// prose byline with its section and date, a name set before a date line that also says when it
// changed.

const body = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the survey numbers for the month prior show a small change in the share of players on each operating system, and the change is within the usual noise.</p>`,
).join('');

describe('bylines and dates in the text beside the headline', () => {
  it('a prose byline names the author, and its date dates the story ("Written by A in Section on 1 June 2019 at 08:34 PM EDT")', () => {
    const x = extract(
      `<html><head><title>Linux share ticks up ever so slightly for May - Kernelwatch</title></head>
      <body><header><a href="/">Kernelwatch</a></header>
      <article class="full"><h1>Linux share ticks up ever so slightly for May</h1>
      <div class="author">Written by <a href="https://www.example.org/">Marta Kowalczyk</a> in <a href="/linux/Games">Games</a> on 1 June 2019 at 08:34 PM EDT. <a href="/forums/1">51 Comments</a></div>
      <div class="content">${body}</div></article></body></html>`,
      'https://www.kernelwatch.example/scan.php?page=news_item&px=Linux-May-2019',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.authors).toEqual(['Marta Kowalczyk']);
    expect(x.article?.publishedAt).toBe('2019-06-01');
  });

  it('a desk after the name is no author, and the date past a long byline line still dates the story ("A, ET Bureau | Jul 17, 2013, 10.13 AM IST")', () => {
    const x = extract(
      `<html><head><title>Handset sales see sharp fall - The Daily Courier</title></head>
      <body><div class="story"><span class="headline"><h1>Handset sales see sharp fall in the region</h1></span>
      <span class="byline"><span class="hov"><label>The writer has posted comments on this article</label></span>Priya Raman<span class="hide">Priya Raman</span>, DC Bureau <span>|</span> Jul 17, 2013, 10.13 AM IST</span>
      <div class="content">${body}</div></div></body></html>`,
      'https://dailycourier.example/tech/handset-sales-see-sharp-fall/articleshow/2111637.cms',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.authors).toEqual(['Priya Raman']);
    expect(x.article?.publishedAt).toBe('2013-07-17');
  });

  it('a name set before the date line is the byline, and the date before "Updated" is the publication date', () => {
    const x = extract(
      `<html><head><title>Şarj istasyonu sayısı 11 bini aştı</title>
      <meta property="og:type" content="article"></head>
      <body><div class="detay"><h1>Şarj istasyonu sayısı 11 bini aştı</h1>
      <h4>Bakan, şubat ayı sonu itibarıyla 11 bin 37 şarj istasyonu bulunduğunu bildirdi.</h4>
      <div class="row"><span style="float:left">Deniz Aksoy  |</span><span class="tarih">05.04.2025 - Güncelleme : 07.04.2025 </span></div>
      </div><div class="detay-icerik">${body}</div></body></html>`,
      'https://www.haber.example/tr/ekonomi/sarj-istasyonu/3529015',
    );
    expect(x.article?.authors).toEqual(['Deniz Aksoy']);
    expect(x.article?.publishedAt).toBe('2025-04-05');
  });

  it('reads the name out of a prose byline', () => {
    expect(splitAuthors('Written by Marta Kowalczyk in Games on 1 June 2019 at 08:34 PM EDT.')).toEqual(['Marta Kowalczyk']);
    expect(splitAuthors('Posted by Jon Reyes on Monday')).toEqual(['Jon Reyes']);
  });

  it('a JSON-LD "Person" named as the publishing Organization is the publication, not an author', () => {
    const page = (author: string) =>
      `<html><head><title>Les principales infos de ce jeudi - Les Nouvelles</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Les principales infos de ce jeudi",
      "datePublished":"2019-07-18T08:00:00+02:00","author":[{"@type":"Person","name":"${author}"}],
      "publisher":{"@type":"Organization","name":"Les Nouvelles"}}</script></head>
      <body><article><h1>Les principales infos de ce jeudi</h1>${body}</article></body></html>`;
    const url = 'https://www.lesnouvelles.example/monde/le-fil-info-18-juillet-2108558';
    expect(extract(page('Les Nouvelles'), url).article?.authors).toBeUndefined();
    expect(extract(page('Claire Dubois'), url).article?.authors).toEqual(['Claire Dubois']);
  });
});
