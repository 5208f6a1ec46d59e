import { describe, expect, it } from 'vitest';
import { lowerWordsOf, nameRuns } from '../lib/extract/article/names';
import { publicationName } from '../lib/extract/article/publication';
import { storySubject } from '../lib/extract/article/subject';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

// Misses read on fresh-17 (German trade press; stories written here in the same shapes, with
// invented names and text).
// (German capitalises its nouns too: only the names before them are checked.)
const read = (html: string, url: string) => extractPage(docFrom(html, url), new URL(url));
const body = (n: number, text: string) => Array.from({ length: n }, () => `<p>${text}</p>`).join('\n');
const runs = (text: string, n = 2) =>
  nameRuns(text, lowerWordsOf([text]))
    .map((r) => r.name)
    .slice(0, n);

describe('articles: fresh-17 causes', () => {
  it('parts a German office compound into the company and the person ("Tesla-CEO Elon Musk")', () => {
    expect(runs('Laut Borkan-CEO Ida Venn wächst das Geschäft.')).toEqual(['Borkan', 'Ida Venn']);
    expect(runs('Es knirscht zwischen Halvar-Chef Jens Olm und dem Aufsichtsrat.')).toEqual(['Halvar', 'Jens Olm']);
    expect(runs('Das sagte HVG-Betriebsratschefin Mara Quast am Montag.')).toEqual(['HVG', 'Mara Quast']);
    // Alone (no name after it) the compound stays one word, as before.
    expect(runs('Der Halvar-Chef sagte nichts.', 1)).toEqual(['Halvar-Chef']);
  });

  it('drops the German noun that says what a name is ("dem Investor Signa", "der Luftfahrtzulieferer FACC")', () => {
    expect(runs('Die Baufirmen werden von dem Investor Lindgrat nicht bezahlt.')).toEqual(['Baufirmen', 'Lindgrat']);
    expect(runs('Es geht nur um die Firma Lindgrat Development.', 1)).toEqual(['Lindgrat Development']);
    expect(runs('Der heimische Luftfahrtzulieferer KMWT produziert mehr.', 1)).toEqual(['KMWT']);
    expect(runs('Der Luxusgüterkonzern Varenne Holding meldet Rekorde.', 1)).toEqual(['Varenne Holding']);
    // A firm a person's name is compounded with: the person, then the firm.
    expect(runs('Rolf Harnisch-Firma Lindgrat in Sorge')).toEqual(['Rolf Harnisch', 'Lindgrat']);
    expect(runs('Mit seiner KI-Firma zAI will er mehr.', 1)).toEqual(['zAI']);
  });

  it('names the firm a headline calls "Person-Firma X", not the person or the owner’s other company', () => {
    const subject = storySubject({
      title: 'Olm-Firma zAI veröffentlicht erstes Modell, Nutzung auf Halvar-Computern möglich',
      excerpt:
        'Mit seiner KI-Firma zAI hat Halvar-CEO Jens Olm ein erstes Produkt veröffentlicht. Es könnte auch auf den Computern der Autos laufen.',
      paragraphs: [
        'Im Juli ging Olm selbst mit dem neuen KI-Unternehmen zAI an den Start. Am Wochenende hat es ein erstes Produkt veröffentlicht.',
        'Das Modell sei als künstliche Intelligenz gedacht, schreibt zAI in einer Ankündigung von Samstag.',
        'Und auch Halvar könnte nach seinen Angaben in dieses Ökosystem einbezogen werden, wenn das Modell auf den Halvar-Computern laufe.',
        'Halvar hatte zuletzt mehr Autos verkauft als erwartet, und Halvar will die Computer weiter ausbauen.',
      ],
      exclude: ['Halvarmag.de'],
      keywords: ['Jens Olm', 'KI', 'Halvar'],
      lang: 'de-DE',
    });
    expect(subject).toBe('zAI');
  });

  it('reads a company that writes its name in lower case, when the editor tags it ("creditshelf kooperiert mit …")', () => {
    const clues = {
      title: 'lendbox kooperiert mit finhaus und plant Akquisition der Korvell GmbH',
      excerpt: 'Die geplante Kooperation von lendbox mit finhaus stützt alle drei Säulen der Strategie von lendbox.',
      paragraphs: [
        'Die lendbox Aktiengesellschaft ist im Bereich der digitalen Mittelstandsfinanzierung tätig. lendbox plant die Akquisition der Korvell GmbH, einem Spezialisten für besicherte Finanzierung.',
        'Für lendbox eröffnet die geplante Akquisition der Korvell GmbH die Möglichkeit, die Risikoanalyse zu erweitern. Das Angebot für lendbox-Kunden wächst.',
        'Nach der Transaktion wird finhaus neuer Aktionär der lendbox, und Korvell wächst unter dem Dach von lendbox.',
      ],
      exclude: ['IT Geldmagazin'],
      lang: 'de-DE',
    };
    expect(storySubject({ ...clues, keywords: ['lendbox', 'Finhaus'] })).toBe('lendbox');
    // Untagged, a lower-case word is no name: the capitalised company is all a reader can go by.
    expect(storySubject({ ...clues, keywords: [] })).toBe('Korvell');
  });
});

describe('articles: fresh-17 page metadata', () => {
  const story = body(
    5,
    'Der Schuhhersteller Klompa verzeichnet seit 2021 rasantes Wachstum, und die Marke steht für mutiges Marketing mit wilden Releases.',
  );

  it('names the site by its JSON-LD Organization when og:site_name holds the page title', () => {
    const html = `<html lang="de"><head><title>Klompa: Wie die Schuhmarke mit Releases Rekordumsätze macht</title>
      <meta property="og:site_name" content="Klompa: Wie die Schuhmarke mit Releases Rekordumsätze macht">
      <meta property="og:type" content="article"><meta property="article:published_time" content="2023-11-03T10:00:00+01:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://omx.example/de/#organization","name":"OMX","url":"https://omx.example/de/"},{"@type":"WebSite","url":"https://omx.example/de/","name":"Daily"}]}</script>
      </head><body><article><h1>Jetzt auch noch Stiefel: Klompa erzielt Milliardenumsätze</h1>${story}</article></body></html>`;
    const x = read(html, 'https://omx.example/de/daily/stiefel-und-klompa');
    expect(x.article?.siteName).toBe('OMX');
    // …nor is that title the publication, whose company could never be the story's subject.
    expect(x.article?.aboutCompany).toBe('Klompa');
    // A title of five words or more in og:site_name is the title; a name that is not the title stays.
    const title = 'Klompa: Wie die Schuhmarke mit Releases Rekordumsätze macht';
    expect(publicationName({ hostname: 'omx.example', ogSiteName: title, title })).toBeUndefined();
    expect(publicationName({ hostname: 'omx.example', ogSiteName: 'Schuhwelt Daily', title })).toBe('Schuhwelt Daily');
  });

  it('reads the site’s name from its logo without the dots and colons framing it (".:: NMB-Media ::.")', () => {
    const html = `<html><head><title>.:: ZUB-MEDIA ::. eBay-Vorlagen, Designvorlagen</title>
      <meta property="og:site_name" content=".:: ZUB-MEDIA ::. eBay-Vorlagen, Designvorlagen">
      <meta property="og:type" content="article"><meta property="article:published_time" content="2018-06-22T10:00:00+02:00"></head>
      <body><header><a href="/"><img src="/logo.png" alt=".:: ZUB-Media ::."></a></header>
      <article><h1>Datenschutztechnische Anpassung der Verkaufsvorlagen</h1>${story}</article></body></html>`;
    expect(read(html, 'https://shop.zub-media.example/Vorlagen-Datenschutz').article?.siteName).toBe('ZUB-Media');
  });

  it('dates a story by its RDFa schema:dateCreated, and so reads it as a story (Drupal, "28.01.22")', () => {
    const html = `<html><head><title>Varenne mit ordentlichem Wachstum | Weinwelt</title>
      <meta property="og:site_name" content="Weinwelt Online"><meta property="og:type" content="Article">
      <meta name="description" content="Der Luxusgüterkonzern verzeichnet hohe Wachstumsraten."></head><body>
      <h1 class="page-title"><span property="schema:name">Varenne mit ordentlichem Wachstum</span></h1>
      <article typeof="schema:Article"><footer><span class="post-created"> 28.01.22</span> / <span>0 Kommentare</span>
      <span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00" class="rdf-meta hidden"></span></footer>
      <p>Der Luxusgüterkonzern Varenne Holding meldet für 2021 einen Umsatz von 64,2 Mrd. Euro, ein Plus von 44 Prozent.</p>
      <p>Das Wachstum ist vor allem auf die Modesparte zurückzuführen sowie auf die Übernahme eines Juweliers.</p></article></body></html>`;
    const x = read(html, 'https://www.weinwelt.example/wein/erzeuger/varenne-mit-ordentlichem-wachstum');
    expect(x.kind).toBe('article');
    expect(x.article?.publishedAt).toBe('2022-01-28');
    expect(x.article?.aboutCompany).toBe('Varenne');
  });

  it('takes the filled JSON-LD description over a template left unrendered, and the editor’s summary over a cut opening', () => {
    const ld = (d: string) =>
      `{"@type":"NewsArticle","headline":"Luftfahrt hebt ab","datePublished":"2023-10-31T14:23:00+01:00","description":"${d}"}`;
    const html = (a: string, b: string, meta: string) => `<html><head><title>Luftfahrt hebt ab | MAGAZIN</title>
      <meta property="og:site_name" content="MAGAZIN"><meta name="description" content="${meta}">
      <script type="application/ld+json">{"@context":"http://schema.org","@graph":[${ld(a)}]}</script>
      <script type="application/ld+json">${ld(b)}</script></head>
      <body><article><h1>Luftfahrt hebt ab</h1>${story}</article></body></html>`;
    const url = 'https://magazin.example/news/luftfahrt-hebt-ab/';
    const full = 'Der heimische Zulieferer KMWT profitiert von der starken Luftfahrt. Welche Neuerungen er plant.';
    expect(
      read(html(full, '{{ seomatic.helper.extractTextFromField(entry.teaser) }}', 'Der heimische Zulieferer…'), url).article?.excerpt,
    ).toBe(full);
    expect(
      read(html('{{ seomatic.helper.extractTextFromField(entry.teaser) }}', full, 'Der heimische Zulieferer…'), url).article?.excerpt,
    ).toBe(full);
    const summary =
      'Ein Urteil ist keine wissenschaftliche Wahrheit. Die angeblichen Wirkungen sind nie belegt worden, und keine Behörde verlangt ein Verbot.';
    const cut = 'Jede Zeit hat ihre Dämonen. Unsere hat den ihren: das Herbizid. Wie kam es dazu, dass es aus Sicht von...';
    expect(read(html(cut, cut, summary), url).article?.excerpt).toBe(summary);
    // A description the page cuts everywhere alike stays as the JSON-LD gives it.
    expect(read(html(cut, cut, cut), url).article?.excerpt).toBe(cut);
  });
});

describe('articles: a JSON-LD headline that is only the kicker', () => {
  it('keeps the heading whole when the social title is the whole heading (aerokurier.de)', () => {
    const kicker = 'Fachmann vertritt die Geschäftsluftfahrt';
    const main = 'Olm wird neuer NBVA-Generalsekretär';
    const html = `<html lang="de"><head><title>Jens Olm wird neuer NBVA-Generalsekretär | flugblatt</title>
      <meta property="og:title" content="${kicker}: ${main}"><meta property="og:type" content="article">
      <meta property="article:published_time" content="2023-11-03T10:00:00+01:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${kicker}","alternativeHeadline":"${main}","datePublished":"2023-11-03T10:00:00+01:00"}</script>
      </head><body><nav><h1><div>Jens Olm wird neuer NBVA-Generalsekretär</div></h1></nav>
      <main><article><h2><div><span>${kicker}</span></div><div> : </div><div><span><span>${main}</span></span></div></h2>
      ${body(4, 'Die Nordic Business Vessel Association (NBVA) hat den ehemaligen Abgeordneten Jens Olm zum neuen Generalsekretär ernannt.')}
      </article></main></body></html>`;
    const x = read(html, 'https://flugblatt.example/business/olm-generalsekretaer/');
    expect(x.article?.title).toBe(`${kicker}: ${main}`);
    // The short form the headline writes into a compound ("NBVA-Generalsekretär") is not what it calls the association.
    expect(x.article?.aboutCompany).toBe('Nordic Business Vessel Association');
  });
});
