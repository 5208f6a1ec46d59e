import { describe, expect, it } from 'vitest';
import { storySubject } from '../lib/extract/article/subject';
import { makerSubject } from '../lib/extract/article/subject-rank';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

// Misses read on fresh-26 (a university in a local business story, a design school's awards): stories
// written here in the same shapes, with invented names and text.
const subject = (title: string, paragraphs: string[], lang = 'en', excerpt?: string) =>
  storySubject({ title, excerpt, paragraphs, exclude: [], lang });

describe('an institution the headline names', () => {
  it('is the subject when the headline calls it by the initials of its words ("NVSU" of North Valley State University)', () => {
    const paragraphs = [
      'North Valley State University wants its planned 20,000-seat arena near the river to host concerts and trade shows, not just basketball games.',
      'The athletics department published a request for proposals last week to manage, operate and market the arena it plans to build.',
      'The hope is to land an outfit that keeps the building booked all year, said Dana Holt, who is NVSU’s director of athletics.',
      'Bids are due in October, and North Valley State University expects to pick a firm by the spring.',
    ];
    expect(subject('NVSU wants seasoned operator to run riverside arena', paragraphs)).toBe('North Valley State University');
  });

  it('is the subject when the headline names it in full, over the award body it names after', () => {
    const paragraphs = [
      'Harbor College of Design’s School of Illustration celebrates 12 wins at the 2026 PDXA Print Awards, showcasing student work across posters and books.',
      'Harbor College of Design students took home honors in eight categories at this year’s PDXA Print Awards.',
      'The winning projects range from a children’s book to a campaign for a local theater, and Harbor College of Design will show them in its spring exhibition.',
    ];
    expect(subject('Harbor College of Design Earns 12 Honors at the 2026 PDXA Print Awards', paragraphs)).toBe('Harbor College of Design');
  });
});

describe('an institution met only in the text', () => {
  it('is the story’s source, not its subject: "researchers at the University of …" under a headline naming nothing', () => {
    const paragraphs = [
      'Researchers at the University of Westmarch believe that much of the spilled fuel is still present in the bay, where its effect on fish is unclear.',
      'In a newly released report, researchers at the University of Westmarch looked at the official survey and reached different conclusions.',
      'The University of Westmarch team says the official figures count fuel that has merely dispersed as gone.',
    ];
    expect(subject('Fuel from spill could still pose major threat', paragraphs)).toBeUndefined();
  });
});

// A scooter's test, a shoe's launch, filed under a slug that opens with the maker (motor.at,
// herrpfleger.de on fresh-21/25): invented names and text.
describe('a product’s test or launch, filed under its maker', () => {
  const maker = (title: string, paragraphs: string[], path: string) => makerSubject({ title, paragraphs, exclude: [], lang: 'de', path });
  const scooter = [
    'Was kann der neue Elektro-Roller der Spanier mit der interessanten Akku-Lösung? Wir haben den Vela getestet.',
    'Der Marlo Vela fährt bis zu 95 km/h schnell, der Akku lässt sich wie ein Trolley zum Laden in die Wohnung ziehen.',
    'Für den Roller verlangt Marlo rund 6000 Euro, dazu kommen fünf Jahre Garantie auf den Akku.',
  ];

  it('is about the maker the headline opens with and the address’s slug opens with', () => {
    expect(
      maker(
        'Marlo Vela 125: Was kann der Elektroroller mit dem Akku-Trolley?',
        scooter,
        '/zweirad/marlo-vela-125-der-elektroroller-im-test/401755605',
      ),
    ).toBe('Marlo');
  });

  it('reads a maker of two words before the headline’s colon', () => {
    const shoe = [
      'Die FuelPace-Familie von North Ridge nimmt mit dem FuelPace Echo ein neues schnelles Mitglied auf.',
      'Bei der FuelPace-Technologie von North Ridge handelt es sich um eine Zwischensohle aus leichtem Schaum.',
      'Die North Ridge Dämpfungsmaterialien sollen den Läufer nach vorn treiben, der Echo wiegt 230 Gramm.',
    ];
    expect(maker('North Ridge: FuelPace Echo bringt Speed', shoe, '/2019/10/north-ridge-fuelpace-echo-bringt-speed/')).toBe('North Ridge');
  });

  it('leaves a story whose address is not filed under the name, and a headline in title case', () => {
    expect(
      maker('Marlo Vela 125: Was kann der Elektroroller mit dem Akku-Trolley?', scooter, '/zweirad/elektroroller-im-test/401755605'),
    ).toBeUndefined();
    expect(maker('Marlo Vela 125 Is the Scooter to Beat', scooter, '/zweirad/marlo-vela-125-scooter/401755605')).toBeUndefined();
  });
});

describe('a breadcrumb trail in the byline’s box', () => {
  it('is no author: "in Rubrik: Korvan > Korvan Tests" names sections', () => {
    const url = 'https://autoblatt.example/Korvan/Tests/Korvan-Talus-Test.html';
    const html = `<html lang="de"><head><title>Korvan Talus im Test - autoblatt.example</title>
      <meta property="og:type" content="article"><meta property="og:site_name" content="autoblatt.example"></head><body>
      <main><article><h1>Korvan Talus Luxury Line im Test</h1>
      <div class="article-author vcard"><time class="published" datetime="2021-11-04T02:00:00+01:00">4. November 2021</time>
      <div class="article-author-text">von <address class="article-author-name author"><a class="url fn n" rel="author" href="/impressum.html">autoblatt.example Redaktion</a></address></div>
      <ul class="article-breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">in Rubrik:
      <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/Korvan.html"><span itemprop="name">Korvan</span></a></li>
      <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">&gt; <a itemprop="item" href="/Korvan/Tests.html"><span itemprop="name">Korvan Tests</span></a></li></ul></div>
      <p>Normal wird bei einem Facelift ein Fahrzeug nur optisch aufgefrischt, nicht so beim neuen Korvan Talus.</p>
      <p>Für unseren Test haben wir die luxuriöseste Version des Korvan Talus gewählt, mit Allradantrieb und großem Akku.</p>
      <p>Mit dem Antrieb aus Benziner und Elektromotor möchte Korvan auch Sparsamkeit und Fahrspaß kombinieren.</p>
      </article></main></body></html>`;
    const x = extractPage(docFrom(html, url), new URL(url));
    expect(x.article?.authors ?? []).not.toContain('Korvan Tests');
  });
});

// A publishing deal (thestar.com on fresh-26): invented names and text.
describe('a publisher’s full name and its short form', () => {
  it('names "Quillbrook Publishing", which the story later calls "Quillbrook"', () => {
    const paragraphs = [
      'NEW YORK - Mara Lenz’s memoir, dropped by its original publisher after criticism, has found a new home.',
      'The 400-page book was released Monday by Quillbrook Publishing with little advance notice.',
      '“The book is a candid account of her life,” Quillbrook announced. Quillbrook is an imprint of a larger house, and a spokeswoman said no interviews were planned.',
      'Financial details of the deal with Quillbrook were not released.',
    ];
    expect(subject('Exclusive: Lenz has new publisher, memoir out Monday', paragraphs)).toBe('Quillbrook Publishing');
  });
});
