import { describe, expect, it } from 'vitest';
import { ownerInLead } from '../lib/extract/article/owner-in-lead';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

// fresh-29 … fresh-31 (issue 10): a zoo's, a fire brigade's, a university's and an association's
// own news on their own sites, with no publisher in JSON-LD and no product menu, got no company.
// Written here in the same shapes, with invented names and text.
const page = (opts: { site: string; title: string; lead: string }) =>
  `<html lang="de"><head><title>${opts.title} – ${opts.site}</title>
  <meta property="og:site_name" content="${opts.site}"><meta property="og:title" content="${opts.title}">
  <meta property="og:type" content="article">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${opts.title}","datePublished":"2022-03-14"}</script></head>
  <body><main><article><h1>${opts.title}</h1>
  <p>${opts.lead}</p>
  <p>Die Arbeiten an dem neuen Gehege laufen seit dem Spätsommer, und bis zum Frühjahr sollen die letzten Pflanzen gesetzt sein.</p>
  <p>Die Gäste können den Fortgang der Bauarbeiten von einem Aussichtspunkt am Eingang aus verfolgen.</p>
  </article></main></body></html>`;

describe('articles: an organisation’s own news naming it in the lead', () => {
  it('is about the organisation the address is named after', () => {
    const url = 'https://www.tierpark-ulmenau.de/aktuelles/der-neue-turm-3896/';
    const html = page({
      site: 'Tierpark Ulmenau',
      title: 'Der neue Turm',
      lead: 'Für das Elefantenhaus im Tierpark Ulmenau wächst derzeit ein zwanzig Meter hoher Turm in den Himmel, als Zeichen für den Schutz der Tiere.',
    });
    const x = extractPage(docFrom(html, url), new URL(url));
    expect(x.kind).toBe('article');
    expect(x.article?.aboutCompany).toBe('Tierpark Ulmenau');
  });

  it('takes the publisher’s full name when the lead uses its bracketed acronym', () => {
    expect(
      ownerInLead(['Imkerverband', 'Deutscher Imkerverband e. V. (DIV)'], 'www.imkerverband.de', 'DIV auf der Tagung der Imker', []),
    ).toBe('Deutscher Imkerverband');
    // "Ulmenau University" on ulmenau.edu, named by its first word in the lead.
    expect(ownerInLead(['Ulmenau University'], 'www.ulmenau.edu', undefined, ['An Ulmenau-led team has built a robot.'])).toBe(
      'Ulmenau University',
    );
    // "LAGO.no" is LAGO; its initials open the address of "Deutscher Segler Bund" (dsb-segeln.de).
    expect(ownerInLead(['LAGO.no'], 'www.lago.no', 'LAGO Seilskole er viktig', [])).toBe('LAGO');
    expect(ownerInLead(['Deutscher Segler Bund'], 'www.dsb-segeln.de', 'DSB nominiert zwei Neulinge', [])).toBe('Deutscher Segler Bund');
  });

  it('needs the name in the headline or lead, the address’s name, and a real name', () => {
    // A guide on the site that never names its owner.
    expect(ownerInLead(['Tierpark Ulmenau'], 'www.tierpark-ulmenau.de', 'Wie Lawinen entstehen', [])).toBeUndefined();
    // A name unlike the address.
    expect(ownerInLead(['Acme Robotics'], 'www.roboterwelt.de', 'Acme Robotics stellt vor', [])).toBeUndefined();
    // A name that is an address in lower case says nothing of how the organisation is called.
    expect(ownerInLead(['caritas.de'], 'www.caritas.de', 'Caritas wählt', [])).toBeUndefined();
  });
});
