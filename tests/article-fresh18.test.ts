import { describe, expect, it } from 'vitest';
import { visibleDate } from '../lib/extract/article/published';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

// Misses read on fresh-18 (pages written here in the same shapes: invented names and text).
const read = (html: string, url: string) => extractPage(docFrom(html, url), new URL(url));
const body = (n: number, text: string) => Array.from({ length: n }, () => `<p>${text}</p>`).join('\n');
const para = 'Der Hafen meldete im vergangenen Jahr einen neuen Rekord beim Umschlag auf der Schiene und will weiter wachsen.';

describe('the date a German trade paper shows, and so the story’s kind', () => {
  // eurailpress.de: the headline's section ends, the next section opens with the marked date.
  const markedNextSection = (teaser = '') => `<html><head><title>Hafen Nordby: Umschlag auf Rekordniveau | Bahnpresse</title>
    <meta property="og:type" content="article"><meta property="og:site_name" content="Bahnpresse"></head><body>
    <div class="off-canvas"><div class="container"><div class="row"><div class="columns">
    ${teaser}
    <section class="frame"><section class="news-single"><div class="no-img"><div class="row"><div class="columns">
      <h1 class="hl" itemprop="headline">Hafen Nordby: Umschlag auf Rekordniveau</h1><div>Teilen</div></div></div></div></section>
    <section class="section"><div class="row"><div class="columns">
      <div class="hl--pre" itemprop="datePublished" datetime="2022-02-04">04. Februar 2022</div>
      <div class="content-text">${body(2, para)}</div></div></div></section></section>
    </div></div></div></div></body></html>`;

  it('reads a marked date a block beyond the headline’s own, and the page as a story', () => {
    const doc = docFrom(markedNextSection(), 'https://www.bahnpresse.example/nachrichten/detail/news/hafen-nordby.html');
    expect(visibleDate(doc, doc.querySelector('h1')!)).toBe('2022-02-04');
    const x = read(markedNextSection(), 'https://www.bahnpresse.example/nachrichten/detail/news/hafen-nordby.html');
    expect(x.kind).toBe('article');
    expect(x.article?.publishedAt).toBe('2022-02-04');
  });

  it('takes no marked date that stands before the headline outside its blocks (a teaser’s)', () => {
    const teaser = '<div class="teaser"><span itemprop="datePublished" datetime="2019-05-01">1. Mai 2019</span></div>';
    const doc = docFrom(markedNextSection(teaser), 'https://www.bahnpresse.example/nachrichten/x.html');
    expect(visibleDate(doc, doc.querySelector('h1')!)).toBe('2022-02-04');
  });

  // autohaus.de: "Datum:" and "Autor:" as label elements, each value a bare text after it.
  const labelled = `<html><head><title>Kesko: Der lange Weg zum Strom</title><meta property="og:type" content="website"></head><body>
    <header><nav><a href="/abo">Abo</a> <a href="/jobs">Jobs</a> <a href="/nachrichten">Nachrichten</a> <a href="/preise">Preise</a>
    <a href="/shop">Shop</a></nav></header>
    <article><div class="section"><div class="container"><div class="row"><div class="col-8">
      <div class="subsection"><h1>Kesko: Der lange Weg zum Strom</h1><p class="lead">Im Gegensatz zu anderen hält sich Kesko zurück, wenn es um E-Autos geht.</p></div>
      <div class="row"><div class="col-12"><div class="subsection text-sm"><div class="row"><div class="col-md-4">
        <h5 class="title-inline">Datum:  </h5>03.11.2021<br><h5 class="title-inline">Autor:  </h5>Petra Lind/SP-X
      </div></div></div></div></div>
      <div class="subsection">${body(6, 'Kesko will bis 2030 sechs neue Elektroautos bringen, sagt der Vorstand, und baut dafür sein Werk in Mladá um.')}</div>
    </div></div></div></div></article></body></html>`;

  it('reads a date whose label is an element of its own, and the page as a story', () => {
    const doc = docFrom(labelled, 'https://www.autoblatt.example/nachrichten/hersteller/kesko-strom-2980654');
    expect(visibleDate(doc, doc.querySelector('h1')!)).toBe('2021-11-03');
    const x = read(labelled, 'https://www.autoblatt.example/nachrichten/hersteller/kesko-strom-2980654');
    expect(x.kind).toBe('article');
    expect(x.article?.publishedAt).toBe('2021-11-03');
  });

  it('reads the writer a facts box labels, without the agency after the slash', () => {
    const x = read(labelled, 'https://www.autoblatt.example/nachrichten/hersteller/kesko-strom-2980654');
    expect(x.article?.authors).toEqual(['Petra Lind']);
  });

  it('takes a menu with a subscription for a publication’s, whatever company words it holds', () => {
    const x = read(labelled, 'https://www.autoblatt.example/nachrichten/hersteller/kesko-strom-2980654');
    expect(x.article?.aboutCompany).toBe('Kesko');
    const company = read(labelled.replace('<a href="/abo">Abo</a>', ''), 'https://www.autoblatt.example/nachrichten/hersteller/kesko-strom-2980654');
    // (Without them, "Preise" and "Jobs" in the menu read as a company's own site: the control.)
    expect(company.article?.aboutCompany).not.toBe('Kesko');
  });
});
