import { describe, expect, it } from 'vitest';
import { publicationName } from '../lib/extract/article/publication';
import { laterDate } from '../lib/extract/article/later-date';
import { storySubject } from '../lib/extract/article/subject';
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
    const x = read(markedNextSection(), 'https://www.bahnpresse.example/nachrichten/detail/news/hafen-nordby.html');
    expect(x.kind).toBe('article');
    expect(x.article?.publishedAt).toBe('2022-02-04');
  });

  it('takes no marked date that stands before the headline outside its blocks (a teaser’s)', () => {
    const teaser = '<div class="teaser"><span itemprop="datePublished" datetime="2019-05-01">1. Mai 2019</span></div>';
    const doc = docFrom(markedNextSection(teaser), 'https://www.bahnpresse.example/nachrichten/x.html');
    expect(laterDate(doc.querySelector('h1')!)).toBe('2022-02-04');
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
      <div class="subsection">${body(10, 'Kesko will bis 2030 sechs neue Elektroautos bringen, sagt der Vorstand, und baut dafür sein Werk in Mladá um.')}</div>
    </div></div></div></div></article></body></html>`;

  it('reads a date whose label is an element of its own, and the page as a story', () => {
    const x = read(labelled, 'https://www.autoblatt.example/nachrichten/hersteller/kesko-strom-2980654');
    expect(x.kind).toBe('article');
    expect(x.article?.publishedAt).toBe('2021-11-03');
  });

  it('takes a menu with a subscription for a publication’s, whatever company words it holds', () => {
    const x = read(labelled, 'https://www.autoblatt.example/nachrichten/hersteller/kesko-strom-2980654');
    expect(x.article?.aboutCompany).toBe('Kesko');
    const company = read(
      labelled.replace('<a href="/abo">Abo</a>', ''),
      'https://www.autoblatt.example/nachrichten/hersteller/kesko-strom-2980654',
    );
    // (Without them, "Preise" and "Jobs" in the menu read as a company's own site: the control.)
    expect(company.article?.aboutCompany).not.toBe('Kesko');
  });
});

describe('a date read just under the headline, not far below it', () => {
  it('takes no date marked dozens of elements below the headline (a related story’s teaser)', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `<span>Absatz ${i}</span>`).join('');
    const doc = docFrom(
      `<html><body><h1>Hafen Nordby wächst</h1>${filler}<span itemprop="datePublished" datetime="2019-01-01">1. Januar 2019</span></body></html>`,
      'https://www.bahnpresse.example/nachrichten/x.html',
    );
    expect(laterDate(doc.querySelector('h1')!)).toBeUndefined();
    const near = docFrom(
      `<html><body><h1>Hafen Nordby wächst</h1><span>Teilen</span><span itemprop="datePublished" datetime="2022-02-04">4. Februar 2022</span></body></html>`,
      'https://www.bahnpresse.example/nachrichten/x.html',
    );
    expect(laterDate(near.querySelector('h1')!)).toBe('2022-02-04');
  });
});

describe('the publication, not its publisher or its tagline', () => {
  it('passes over a publisher’s legal name for the site’s own name', () => {
    expect(
      publicationName({
        hostname: 'lokal.gazeta.example',
        ogSiteName: 'lokal.gazeta.example',
        ldPublisher: 'Agora SA',
        copyright: 'Agora SA',
      }),
    ).toBe('lokal.gazeta.example');
    // The only name: a company's own site may be named so.
    expect(publicationName({ hostname: 'www.kelda.example', title: 'Recap 2025 – KELDA B.V' })).toBe('KELDA B.V');
    expect(publicationName({ hostname: 'www.ft.com', ldPublisher: 'Financial Times', title: 'A story | Financial Times' })).toBe(
      'Financial Times',
    );
  });

  it('reads a title that is not the headline as the site’s name and its tagline', () => {
    const tagline = 'AUTO&Markt - Das Monatsmagazin für die Automobilbranche';
    const clues = { hostname: 'auto-markt.ch', ogSiteName: tagline, title: tagline };
    expect(publicationName({ ...clues, headline: 'Für die Freiheit auf Rädern: Campinglösungen am Salon' })).toBe('AUTO&Markt');
    // A template that puts the story's own title there names no site.
    const story = 'Kesko: Wie die Schuhmarke mit mutigen Releases Kasse macht';
    expect(publicationName({ hostname: 'omr.example', ogSiteName: story, title: story, headline: story })).toBeUndefined();
  });
});

describe('a public broadcaster’s story: “Stand” and an author line in German', () => {
  const page = `<html><head><title>Interne Papiere im Netz: Daten von Kesko gehackt | nachrichten.example</title>
    <meta property="og:title" content="Daten von Kesko gehackt - Interne Papiere im Netz"><meta property="og:type" content="website">
    <meta name="author" content="nachrichten.example"><meta name="date" content="2020-04-29T11:52:23"></head><body>
    <div class="meldungHead"><h1><span class="dachzeile">Interne Papiere im Netz</span> <span class="headline">Daten von Kesko gehackt</span></h1>
    <p class="text"><span class="stand">Stand: 28.04.2020 18:00 Uhr</span></p></div>
    <div class="meldung"><p class="text"><strong>Der Konzern Kesko ist von einem Datenleck betroffen: Mehr als 1000 interne Unterlagen kursieren im Netz.</strong></p>
    <p class="autorenzeile small">Von Mara Fink, Jan Lukas Ober und Tilo Brandt, NDR</p>
    ${body(5, 'Interne Unterlagen des Konzerns Kesko sind im Internet aufgetaucht, nachdem Hacker die Daten kopiert hatten, sagte ein Sprecher.')}
    </div></body></html>`;
  const x = () => read(page, 'https://www.nachrichten.example/investigativ/ndr/kesko-datenleck-101.html');

  it('dates the story by its “Stand” beside the headline over the next day’s meta date', () => {
    expect(x().article?.publishedAt).toBe('2020-04-28');
  });

  it('reads the writers from an author line classed in German, without the desk', () => {
    expect(x().article?.authors).toEqual(['Mara Fink', 'Jan Lukas Ober', 'Tilo Brandt']);
  });
});

describe('the company a story is about: cues fresh-18 showed', () => {
  it('a company that argues its case in court, never called a company', () => {
    const paragraphs = [
      'On Thursday, a state appeals court found that Marktplatz.com can now be held liable for injury for selling defective products from third party sellers.',
      'The ruling has grouped Marktplatz with other retailers who face the same liability risk, and overturned the previous ruling, which had found Marktplatz to be a service provider.',
      'The plaintiff had bought a laptop battery on Marktplatz from a seller in Hong Kong. The battery burst into flames when used.',
      'Marktplatz argued that it was not liable because it did not distribute, manufacture, or sell that product.',
      'Marktplatz may appeal to the state Supreme Court, lawyers for the plaintiff said on Friday.',
    ];
    const clues = { title: 'Marktplatz Liable for Defective Third-Party Products Rules Appellate Court', paragraphs, exclude: [] };
    expect(storySubject(clues)).toBe('Marktplatz');
    // Without the statement, nothing in the story says Marktplatz is a company.
    expect(
      storySubject({ ...clues, paragraphs: paragraphs.map((p) => p.replace('Marktplatz argued', 'The defence argued')) }),
    ).toBeUndefined();
  });

  it('a person leaving a studio: the studio', () => {
    const paragraphs = [
      'Dana Holm — a former press secretary for the governor — is exiting her role as communications head at studio Halcyon Pictures after five years.',
      'Holm, who was EVP of worldwide corporate communications, told a trade paper: “I am going to take some time to figure out what is next.”',
      'She also previously worked at strategy firm Glade Park Group. Her last day is April 1, and Halcyon Pictures has not named a replacement.',
    ];
    expect(storySubject({ title: 'Former press secretary Dana Holm exits Halcyon Pictures role', paragraphs, exclude: [] })).toBe(
      'Halcyon Pictures',
    );
  });

  it('a German headline that names the company with its legal form, beside the region it is named after', () => {
    const paragraphs = [
      'RHÖNWALD - Der Rhönwald ist eine Tourismus-Region mitten in Deutschland. Die Rhönwald Tourismus und Marketing GmbH hat es sich zur Aufgabe gemacht, den Tourismus in der Region nachhaltiger zu gestalten.',
      'Wie genau definiert Ihr Nachhaltigkeit?',
      'Weber: „Auf den Tourismus bezogen ist Nachhaltigkeit für uns, dass wir die Entwicklung in der Region mit allen Leistungsträgern gestalten.“',
      'Kann man das messen? Mosbacher: „Ein Beispiel ist der Ressourcenverbrauch im RHÖNWALD, den wir schätzen mussten.“',
      'Für den RHÖNWALD gibt es dafür 80 Kriterien, sagt Weber, und der RHÖNWALD erfüllt sie.',
    ];
    const title = 'Das steckt dahinter: Nachhaltigkeit bei der Rhönwald Tourismus GmbH';
    expect(storySubject({ title, paragraphs, exclude: [], lang: 'de' })).toBe('Rhönwald Tourismus');
  });
});

describe('a nickname in the headline, the name later in the text', () => {
  it('is the company the nickname stands for, named in full', () => {
    const paragraphs = [
      'Herbert Kiess mit dringlichem Appell an etablierte Autoindustrie.',
      'Der Erfolg des Model 3 in Europa sorgt bei den etablierten Autobauern für Unbehagen. VX-Chef Herbert Kiess hatte sich bereits besorgt gezeigt. Nun legte der Boss des größten europäischen Autobauers nach.',
      'Kiess will den Stammsitz Wolfsburg zu einem Motor für den Umbau machen. "Gerade Wolfsburg ist wichtig", betonte der VX-Boss seinem Redetext zufolge. Die Worte von VX-Chef Kiess kamen bei den Beschäftigten nicht gut an.',
      'Der Vorstandschef stellte zu den Zukunftschancen von Voxwagen in Niedersachsen klar: "Die Kunden entscheiden."',
      'Bei Voxwagen arbeiten in Wolfsburg rund 60.000 Menschen, sagte Kiess.',
    ];
    const clues = { title: 'VX-Chef warnt vor Tesla und "Golf aus China"', paragraphs, exclude: [], lang: 'de' };
    expect(storySubject(clues)).toBe('Voxwagen');
  });
});

describe('German nouns and a company’s address under the story', () => {
  it('takes no plural noun for a company after one “das Unternehmen”', () => {
    const paragraphs = [
      'Am 26. Oktober teilte Elon Musk seinen Mitarbeitern mit, dass es bis Ende 2024 möglich sein soll, alle Finanzen über die Plattform abzuwickeln. Dafür sammelt das Unternehmen Lizenzen für die Abwicklung von Finanzen auf der Plattform. Kryptowährungen sind in diesen Lizenzen eingeschlossen.',
      'Bisher hat die Plattform Lizenzen in 20 Bundesstaaten erhalten, berichtet die Zeitung.',
    ];
    const title = 'Elon Musk will die Plattform zur Anlaufstelle für Kryptowährungen & Finanzen umbauen';
    expect(storySubject({ title, paragraphs, exclude: [], lang: 'de' })).toBeUndefined();
  });
});

describe('a Japanese newswire release set as text and <br>s beside its header', () => {
  const page = `<html lang="ja"><head><title>ミツバ、新機能の提供を開始｜株式会社ミツバのプレスリリース</title>
    <meta property="og:site_name" content="PR TIMES"><meta property="og:type" content="article">
    <meta property="article:published_time" content="2020-07-15T10:00:00+09:00"></head><body>
    <main><article class="box"><div class="inner">
      <header class="header-release-detail"><h1 class="release--title">ミツバ、新機能の提供を開始</h1>
        <h2 class="release--sub_title">～データ集計作業の効率化をサポート～</h2>
        <time datetime="2020-07-15">2020年7月15日 10時00分</time><a href="/company">株式会社ミツバ</a>
        <p>メディアユーザー登録を行うと、企業担当者の連絡先を閲覧できます。</p><p>※内容はプレスリリースにより異なります。</p>
        ${'<span>シェアする</span>'.repeat(200)}</header>
      <div class="rbody"><div class="r-text"><div class="rich-text">
        株式会社ミツバ（本社：大阪府大阪市北区 代表取締役：山田 太郎、以下「ミツバ」）は、広告効果測定プラットフォーム「ミツバ計測」において新機能を2020年7月15日より提供開始することをお知らせいたします。<br><br>
        ミツバ計測では、連携する媒体情報を設定するだけで広告データの自動取得が可能な機能を提供しており、多くの企業にご利用いただいております。<br><br>
        ${'自動取得した各種広告データはダッシュボードに反映され、これまでデータの集計や加工にかかっていた時間を大幅に削減できます。<br><br>'.repeat(6)}
      </div></div></div>
    </div></article></main></body></html>`;

  it('reads the release’s text, its issuer, its head office and its head', () => {
    const x = read(page, 'https://prtimes.jp/main/html/rd/p/000000001.000000001.html');
    expect(x.kind).toBe('article');
    expect(x.article?.aboutCompany).toBe('株式会社ミツバ');
    expect(x.company?.headquarters).toBe('大阪府大阪市');
    // A place without a number is no street address, and the head named after it no part of it.
    expect(x.company?.address).toBeUndefined();
    expect(x.people).toEqual([{ name: '山田 太郎', title: '代表取締役' }]);
  });
});
