import { describe, expect, it } from 'vitest';
import { publicationName } from '../lib/extract/article/publication';
import { ownReleaseIssuer, publisherActsInLead, spelledAcronym } from '../lib/extract/article/own-newsroom';
import { namesSite } from '../lib/extract/article/site-title';
import { isNotACompany } from '../lib/extract/article/gazetteer';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

// fresh-24 and fresh-25 (issue 10): an association's and a federal agency's releases in the
// press folders of their own sites (typed NewsArticle by the association's CMS) got no company,
// and a club's site spelled "Rhein-Neckar Löwen" on rhein-neckar-loewen.de was called "Rhein".
// Written here in the same shapes, with invented names and text.
const release = (opts: { site: string; header: string; title: string; lead: string }) =>
  `<html lang="de"><head><title>${opts.title} - ${opts.site}</title>
  <meta property="og:title" content="${opts.title}">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${opts.title}","datePublished":"2022-01-25"}</script></head>
  <body><header class="pageHeader"><div class="pageHeader__claim"><span> ${opts.header} </span></div>
  <nav><a href="/">Start</a><a href="/presse/">Presse</a></nav></header>
  <main><article><time datetime="2022-01-25">25.01.2022</time><h1>${opts.title}</h1>
  <p>${opts.lead}</p>
  <p>Die Förderung müsse rasch wieder aufgenommen werden, damit Betriebe und Kunden planen könnten. Viele Vorhaben stünden sonst still, und das schade dem Klima wie den Betrieben.</p>
  <p>Dringend müsse das angekündigte Programm verabschiedet werden, um Verlässlichkeit zu schaffen.</p>
  </article></main></body></html>`;

describe('articles: a release in the press folder of an organisation’s own site', () => {
  const url = 'https://www.zbh.de/presse/veroeffentlichungen/pressemitteilungen/foerderstopp-ist-fatales-signal/';
  const html = release({
    site: 'ZBH',
    header: 'Zentralverband des <br> Bayerischen Handwerks',
    title: 'Förderstopp ist fatales Signal',
    lead: 'ZBH-Generalsekretär Holger Brandt äußert sich zum Stopp sämtlicher Förderprogramme für effiziente Gebäude.',
  });

  it('is about the organisation, named in full as its header spells the acronym', () => {
    const x = extractPage(docFrom(html, url), new URL(url));
    expect(x.kind).toBe('article');
    expect(x.article?.aboutCompany).toBe('Zentralverband des Bayerischen Handwerks');
  });

  it('needs the organisation named in the headline or lead, and its own release folder', () => {
    expect(ownReleaseIssuer('ZBH', '/presse/pressemitteilungen/x/', ['ZBH-Generalsekretär Brandt äußert sich'])).toBe(true);
    // A trade site carrying another firm's release names the issuer, not itself.
    expect(ownReleaseIssuer('Podhub', '/press-release/x/', ['Acme launches a new show'])).toBe(false);
    // A news story filed elsewhere.
    expect(ownReleaseIssuer('ZBH', '/news/x/', ['ZBH-Generalsekretär Brandt äußert sich'])).toBe(false);
    // A site named by its address says nothing of how the organisation is called.
    expect(ownReleaseIssuer('caritas.de', '/presse/pressemeldungen-dcv/x', ['Caritas wählt'])).toBe(false);
  });

  it('reads an acronym spelled out in the header, and nothing from other words', () => {
    const doc = docFrom('<html><body><header><div class="logo">Zentralverband des <br>Bayerischen Handwerks</div></header></body></html>');
    expect(spelledAcronym(doc, 'ZBH')).toBe('Zentralverband des Bayerischen Handwerks');
    expect(spelledAcronym(doc, 'ABC')).toBeUndefined();
    expect(spelledAcronym(doc, 'Acme')).toBeUndefined();
  });
});

describe('articles: a site’s name with an umlaut its address spells out', () => {
  it('names the site whole, not its first word', () => {
    expect(namesSite('Rhein-Neckar Löwen', [], 'www.rhein-neckar-loewen.de')).toBe(true);
    expect(
      publicationName({
        hostname: 'www.rhein-neckar-loewen.de',
        ogSiteName: 'Rhein-Neckar Löwen',
        ldPublisher: 'Rhein-Neckar Löwen GmbH',
        title: '„Kleiner“ Vorverkauf für Liga-Heimspiele gestartet - Rhein-Neckar Löwen',
      }),
    ).toBe('Rhein-Neckar Löwen');
  });
});

describe('articles: a club’s own news, its publisher named in the lead', () => {
  const url = 'https://www.kurpfalz-loewen.de/kleiner-vorverkauf-fuer-heimspiele-gestartet-920981';
  const html = `<html lang="de"><head><title>Kleiner Vorverkauf für Heimspiele gestartet - Kurpfalz Löwen</title>
  <meta property="og:type" content="article"><meta property="og:site_name" content="Kurpfalz Löwen">
  <meta property="og:title" content="Kleiner Vorverkauf für Heimspiele gestartet - Kurpfalz Löwen">
  <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
    {"@type":"Organization","@id":"https://www.kurpfalz-loewen.de/#organization","name":"Kurpfalz Löwen GmbH","url":"https://www.kurpfalz-loewen.de/"},
    {"@type":"Article","headline":"Kleiner Vorverkauf für Heimspiele gestartet","datePublished":"2022-02-02T10:00:00+01:00","publisher":{"@id":"https://www.kurpfalz-loewen.de/#organization"}}]}</script></head>
  <body><main><article><h1>Kleiner Vorverkauf für Heimspiele gestartet</h1>
  <p>Aufgrund der aktuellen Beschränkungen für Groß-Veranstaltungen können die Kurpfalz Löwen lediglich 3000 Personen zu den Heimspielen in der Arena zulassen.</p>
  <p>Für die beiden Heimspiele im Februar können seit Mittwoch Tickets über den Onlineshop geordert werden. Sollten sich die Rahmenbedingungen ändern, folgt ein weiterer Verkauf.</p>
  <p>Am Samstag treffen die Löwen im ersten Heimspiel des Jahres auf den HC Erlangen, am Sonntag darauf kommt es zum Duell mit Wetzlar.</p>
  </article></main></body></html>`;

  it('is about the club', () => {
    const x = extractPage(docFrom(html, url), new URL(url));
    expect(x.kind).toBe('article');
    expect(x.article?.siteName).toBe('Kurpfalz Löwen');
    expect(x.article?.aboutCompany).toBe('Kurpfalz Löwen');
  });

  it('needs the publisher named after the address and named in the lead', () => {
    const lead = ['… können die Kurpfalz Löwen lediglich 3000 Personen zulassen.'];
    expect(publisherActsInLead('Kurpfalz Löwen', 'Kurpfalz Löwen GmbH', 'www.kurpfalz-loewen.de', lead)).toBe(true);
    expect(
      publisherActsInLead('Kurpfalz Löwen', 'Kurpfalz Löwen GmbH', 'www.kurpfalz-loewen.de', ['Der Verkauf beginnt am Mittwoch.']),
    ).toBe(false);
    expect(publisherActsInLead('Kurpfalz Löwen', 'Rheinpresse Verlag GmbH', 'www.kurpfalz-loewen.de', lead)).toBe(false);
    expect(publisherActsInLead('Kurpfalz Löwen', 'Kurpfalz Löwen GmbH', 'www.sportecho.de', lead)).toBe(false);
  });
});

describe('articles: a place that stands for a trade', () => {
  it('is no company', () => {
    expect(isNotACompany('Hollywood')).toBe(true);
    expect(isNotACompany('Bollywood')).toBe(true);
    expect(isNotACompany('Planet Hollywood')).toBe(false);
  });
});
