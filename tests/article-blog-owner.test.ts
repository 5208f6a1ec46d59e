import { describe, expect, it } from 'vitest';
import { extractTab, type TabAccess } from '../lib/background/tab-clipper';
import { runClipper } from '../lib/extract/run';
import { runReadable } from '../lib/extract/run-readable';
import { spelledBlogOwner, subdomainOwner } from '../lib/extract/article/own-site';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

// fresh-14 (a customer story on profit.lindorff.fi, "Lindorff Profit") and fresh-20 ("Musik und
// Sport" on blog.teufel.de, "Das Lautsprecher Teufel Blog", which never writes "Teufel" in its
// text) are posts on a company's own blog or section, and got no company. Written here in the
// same shapes, with invented names and text.
const page = (site: string, title: string, body: string[]) =>
  `<html lang="de"><head><title>${title} | ${site}</title><meta property="og:site_name" content="${site}">
  <meta property="og:type" content="article"><meta property="article:published_time" content="2020-05-04T10:00:00+02:00"></head>
  <body><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const read = (html: string, url: string) => extractPage(docFrom(html, url), new URL(url));

describe('articles: a post on a company’s blog that puts no company forward is the company’s', () => {
  it('gives the blog’s company when the post names none', () => {
    const x = read(
      page('Das Lautsprecher Klangwerk Blog', 'Musik und Sport: So steigern Songs deine Leistung', [
        'Wer beim Laufen Musik hört, läuft oft schneller und länger. Das zeigen viele Studien aus den letzten Jahren.',
        'Der richtige Takt hilft dabei: Songs mit 120 bis 140 Schlägen pro Minute passen gut zum Training im Studio.',
        'Auch beim Krafttraining kann die passende Playlist motivieren, wenn sie laut genug und gut abgemischt ist.',
      ]),
      'https://blog.klangwerk.de/musik-und-sport/',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.aboutCompany).toBe('Klangwerk');
  });

  it('keeps the blog’s company through the script’s clues, read in the background', async () => {
    const html = page('Das Lautsprecher Klangwerk Blog', 'Musik und Sport: So steigern Songs deine Leistung', [
      'Wer beim Laufen Musik hört, läuft oft schneller und länger. Das zeigen viele Studien aus den letzten Jahren.',
      'Der richtige Takt hilft dabei: Songs mit 120 bis 140 Schlägen pro Minute passen gut zum Training im Studio.',
    ]);
    const url = 'https://blog.klangwerk.de/musik-und-sport/';
    const tab: TabAccess = {
      getTab: async () => ({ url, title: 't', status: 'complete' }),
      runClipper: async () => runClipper(docFrom(html, url), url),
      runReadable: async () => runReadable(docFrom(html, url), url),
    };
    expect((await extractTab(tab, 1)).extraction.article?.aboutCompany).toBe('Klangwerk');
  });

  it('leaves the story’s own company first', () => {
    const x = read(
      page('Das Lautsprecher Klangwerk Blog', 'Borkan bringt neue Laufschuhe mit Musik', [
        'Der Schuhhersteller Borkan hat am Dienstag neue Laufschuhe vorgestellt, die Musik abspielen.',
        'Borkan will die Schuhe ab Juni verkaufen, teilte das Unternehmen mit. Borkan rechnet mit großer Nachfrage.',
        'Die Aktie von Borkan stieg nach der Ankündigung um drei Prozent.',
      ]),
      'https://blog.klangwerk.de/borkan-laufschuhe/',
    );
    expect(x.article?.aboutCompany).toBe('Borkan');
  });

  it('reads the owner from the site name on a blog host, and from a section subdomain only when the story names it alone', () => {
    expect(spelledBlogOwner(new URL('https://blog.klangwerk.de/x/'), undefined, ['Das Lautsprecher Klangwerk Blog'])).toBe('Klangwerk');
    expect(subdomainOwner('Nordkredit Profit', 'profit.nordkredit.fi', ['Nordkredit24.fi muuttaa maksujen hoidon mobiiliksi'])).toBe(
      'Nordkredit',
    );
    // A publication's edition names itself whole, in its bylines: no company's section.
    expect(subdomainOwner('TechWire Japan', 'japan.techwire.com', ['TechWire Japan Staff 2019年04月28日'])).toBeUndefined();
    expect(subdomainOwner('Nordkredit Profit', 'www.nordkredit.fi', ['Nordkredit'])).toBeUndefined();
  });
});
