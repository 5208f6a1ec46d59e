import { describe, expect, it } from 'vitest';
import { storyPeople } from '../lib/extract/article/story-people';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

// fresh-17's news stories name their company's people with their titles ("Crocs-CEO Andrew Rees",
// "sagte Vorstandschef Stefan Schulte", "Tim Thabe, CEO von creditshelf"), and none was read.
// Written here in the same shapes, with invented names and text.
describe('articles: the people of the story’s company', () => {
  it('reads a German office compound, the company first ("Crocs-CEO Andrew Rees")', () => {
    const people = storyPeople(
      ['Der Stiefel sei ausverkauft gewesen, verkündete Borkan-CEO Ida Venn am Donnerstag bei der Vorlage der Zahlen.'],
      'Borkan',
      'Borkan erzielt Rekordumsätze',
    );
    expect(people).toEqual([{ name: 'Ida Venn', title: 'Borkan-CEO' }]);
  });

  it('reads the company by its initials, and the weak form after "der" in its own form ("der EBAA-Vorsitzende")', () => {
    const people = storyPeople(
      ['„Wir sind optimistisch“, sagte der NBVA-Vorsitzende Jens Olm.'],
      'Nordic Business Vessel Association',
      'Neuer Generalsekretär',
    );
    expect(people).toEqual([{ name: 'Jens Olm', title: 'NBVA-Vorsitzender' }]);
  });

  it('reads an English title before the name and "company spokesperson" as the company’s', () => {
    const people = storyPeople(
      [
        'The gift came from Varenne, the conglomerate led by Varenne CEO Paul Marchand.',
        '“We are confident our product is compliant,” says company spokesperson Al Brenn.',
      ],
      'Varenne',
      'Varenne Gives the Museum a Boost',
    );
    expect(people).toEqual([
      { name: 'Paul Marchand', title: 'Varenne CEO' },
      { name: 'Al Brenn', title: 'Varenne spokesperson' },
    ]);
  });

  it('reads "Name, Titel von Firma" for the subject and for a company the headline names', () => {
    const people = storyPeople(
      [
        '“Eine sehr gute Ergänzung unseres Portfolios.” Tim Rabe, CEO von lendhaus',
        '“Wir freuen uns auf die Zusammenarbeit.” Jan v. Olden-Berg, Geschäftsführer von Kredo',
      ],
      'lendhaus',
      'lendhaus kooperiert mit finco und plant Akquisition der Kredo GmbH',
    );
    expect(people).toEqual([
      { name: 'Tim Rabe', title: 'CEO von lendhaus' },
      { name: 'Jan v. Olden-Berg', title: 'Geschäftsführer von Kredo' },
    ]);
  });

  it('reads a company of two words, drops the article of a title, and keeps the title with the full name', () => {
    const people = storyPeople(
      ['Yesterday Halvar Radio CFO Mark Dunn resigned.', '“We welcome it,” said Kym Vell, a spokesperson for Halvar Radio.'],
      'Halvar Radio',
      'How Halvar Radio’s women took down its chairman',
    );
    expect(people).toEqual([
      { name: 'Mark Dunn', title: 'Halvar Radio CFO' },
      { name: 'Kym Vell', title: 'spokesperson for Halvar Radio' },
    ]);
    expect(
      storyPeople(['VW-Chef Jens Olm kam. Später sprach Volkswagen-Chef Jens Olm.'], 'Volkswagen', 'Krach vor der VW-Versammlung'),
    ).toEqual([{ name: 'Jens Olm', title: 'Volkswagen-Chef' }]);
  });

  it('reads the bare role a story gives its own company’s people after a verb of saying', () => {
    const people = storyPeople(
      ['Frankfurt komme am schnellsten aus der Krise, sagte Vorstandschef Stefan Holm.'],
      'Airport AG',
      'Airport AG verdient so viel wie nie',
    );
    expect(people).toEqual([{ name: 'Stefan Holm', title: 'Vorstandschef' }]);
  });

  it('leaves out other organisations’ people and roles that may be anyone’s', () => {
    const people = storyPeople(
      [
        'Verdi-Chef Frank Werner kritisierte die Pläne.',
        'Das betonte US-Präsident Joe Miller am Montag.',
        'Es sei ein Fehler, sagte Regierungssprecher Uwe Kant.',
        '“This is a mistake,” says Dana Roe, spokesperson for the privacy watchdog Datavakt.',
      ],
      'Borkan',
      'US-Zölle treffen Borkan',
    );
    expect(people).toEqual([]);
  });

  it('gives a news story its company’s people, and no one when the story is about no company', () => {
    const page = (title: string, lead: string) =>
      `<html lang="de"><head><title>${title}</title><meta property="og:site_name" content="Fachblatt">
      <meta property="og:type" content="article"><meta property="article:published_time" content="2023-11-03T10:00:00+01:00"></head>
      <body><article><h1>${title}</h1>
      <p>${lead}</p>
      <p>Der Stiefel sei in wenigen Tagen ausverkauft gewesen, verkündete Borkan-CEO Ida Venn am Donnerstag bei der Vorlage der Quartalszahlen.</p>
      <p>Borkan rechnet für das laufende Jahr mit einem Umsatz von 3,9 Milliarden Euro, teilte das Unternehmen mit.</p>
      <p>Die Aktie von Borkan fiel nach der Prognose um acht Prozent, das Unternehmen will aber weiter wachsen.</p></article></body></html>`;
    const x = read(
      page('Borkan erzielt Milliardenumsätze', 'Der börsennotierte Schuhhersteller Borkan verzeichnet seit 2021 ein rasantes Wachstum.'),
      'https://fachblatt.example/news/borkan-umsatz',
    );
    expect(x.article?.aboutCompany).toBe('Borkan');
    expect(x.people).toEqual([{ name: 'Ida Venn', title: 'Borkan-CEO' }]);
  });
});

const read = (html: string, url: string) => extractPage(docFrom(html, url), new URL(url));

// fresh-14, -15, -18, -19 and -20 name their companies' people in other languages and with a
// bare title ("mówi Luis Amaral, Prezes Grupy Eurocash", "sier sponsorsjef i TINE, Ann-Kristin
// Syversen", "Chef Boris Dujakovic gründete Filana", "newly appointed CEO Rob Mosig"), and none
// was read. Written here in the same shapes, with invented names and text.
describe('articles: the company’s people in other languages and with a bare title', () => {
  it('reads a Polish title with the firm in the genitive, and not the firm as a person', () => {
    expect(
      storyPeople(
        ['Jesteśmy gotowi – mówi Jan Kowal, Prezes Grupy Barsko. Prezes Grupy Barsko ma plan.'],
        'Barsko',
        'Barsko rusza z platformą',
      ),
    ).toEqual([{ name: 'Jan Kowal', title: 'Prezes Grupy Barsko' }]);
  });

  it('reads a Norwegian title before or after the name, for the subject and a company the headline names', () => {
    expect(
      storyPeople(
        ['Dette er viktig, sier Per Lunde, generalsekretær i NBF.', 'Vi er stolte, sier sponsorsjef i MELKA, Kari Holm.'],
        'Norges Ballforbund',
        'NBF og MELKA Fotballskole samler barn',
      ),
    ).toEqual([
      { name: 'Per Lunde', title: 'generalsekretær i NBF' },
      { name: 'Kari Holm', title: 'sponsorsjef i MELKA' },
    ]);
  });

  it('reads a bare company role anywhere in a sentence, with a second role joined to it', () => {
    expect(
      storyPeople(
        [
          'Chef Boris Olt gründete Filmo vor vier Jahren als Hausmeisterservice.',
          'Die Firma wächst, with newly appointed CEO Rob Mast getting work underway.',
          'Betriebsratschefin und Aufsichtsrätin Dana Vell hatte das kritisiert.',
          'The results beat estimates, said chairman, CEO and president Craig Moor.',
        ],
        'Filmo',
        'Filmo expandiert nach Wien',
      ),
    ).toEqual([
      { name: 'Boris Olt', title: 'Chef' },
      { name: 'Rob Mast', title: 'CEO' },
      { name: 'Dana Vell', title: 'Betriebsratschefin und Aufsichtsrätin' },
      { name: 'Craig Moor', title: 'chairman, CEO and president' },
    ]);
  });

  it('leaves out another firm’s founder, a former holder, one who left, and another firm’s capitalised role', () => {
    expect(
      storyPeople(
        [
          'The idea came out of a research project by co-founder Dino DiVenti, who developed a checker.',
          'Acme founder and legendary CEO Steve Lark unveiled many products there.',
          'After CEO and co-founder Adam Nell left the company in October, investors stepped in.',
          'Der frühere Präsident und CEO von Nordia, Stefan Elm, wird Vizepräsident.',
          'Former CEO of Nordia, Stefan Elm, spoke first.',
          'Globex CEO Tim Kock said the deal was good.',
          'Globex’s CEO Ann Bell agreed.',
        ],
        'Acme',
        'Acme buys Nordia’s phone unit',
      ),
    ).toEqual([]);
  });
});

describe('articles: a public body’s people, its name written out or in initials', () => {
  it('reads "<body> chairman <Name>" with the body’s full name of several words, and "<initials> chief economist <Name>"', () => {
    const people = storyPeople(
      [
        'U.S. Federal Maritime Board chairman Tom Weller announced this morning that he will leave the agency in January.',
        '“The worst is behind us,” said FMB chief economist Pierre-Yves Garnier. Weller’s departure leaves two members.',
      ],
      'Federal Maritime Board',
      'FMB chairman Tom Weller to step down',
    );
    expect(people).toEqual([
      { name: 'Tom Weller', title: 'Federal Maritime Board chairman' },
      { name: 'Pierre-Yves Garnier', title: 'FMB chief economist' },
    ]);
  });

  it('still leaves out another body’s chief', () => {
    const people = storyPeople(['“Rates will stay high,” said Central Bank chief economist Ana Ruiz.'], 'Federal Maritime Board', 'FMB cuts fees');
    expect(people).toEqual([]);
  });
});
