import { describe, expect, it } from 'vitest';
import { dateline } from '../lib/extract/article/dateline';
import { withoutLegalForm } from '../lib/extract/article/names';
import { storySubject } from '../lib/extract/article/subject';
import { extractPageFull } from '../lib/extract/full';
import { docFrom } from './helpers/dom';

// Small pages written here to imitate how real sites show which company a story is about:
// a company's blog under a mega menu, a Japanese release set in tables and signed only by its
// copyright line.
const extract = (html: string, url: string) => extractPageFull(docFrom(html, url), new URL(url));

const paragraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i + 1} explains how the new engine reads columnar files and why queries over the lake run faster now.</p>`,
  ).join('');

describe('a post on the company’s own blog is about the company', () => {
  it('a mega menu whose toggles are not links and whose links carry a description still makes the site the company’s own', () => {
    const x = extract(
      `<html><head><title>Introducing Paprika: the next-generation data accelerator | Saffron AI</title>
      <meta property="og:site_name" content="Saffron AI"></head>
      <body><header><nav class="nav"><div class="nav-items">
        <div class="nav-item is-parent"><div class="nav-item-inner"><p class="button">Product</p><svg width="24" height="24"></svg></div>
          <div class="nav-dd"><a class="nav-dd-group-link" href="/platform/federation"><p class="button">SQL Federation</p><p class="sm">Query across every source</p></a></div></div>
        <div class="nav-item is-parent"><div class="nav-item-inner"><p class="button">Solutions</p></div>
          <div class="nav-dd"><a class="nav-dd-group-link" href="/careers"><p class="button">Careers</p><p class="sm">Build the future of data</p></a></div></div>
      </div></nav></header>
      <main><div class="resource-head"><h2>Introducing Paprika: the next-generation data accelerator built for scale</h2>
      <div class="resource-author"><p>December 17, 2025</p></div></div>
      <div class="resource-body">${paragraphs(5)}</div></main></body></html>`,
      'https://saffron.example/blog/introducing-paprika',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.aboutCompany).toBe('Saffron AI');
  });
});

describe('a Japanese release set in tables', () => {
  const x = extract(
    `<html><head><meta charset="utf-8"><title>[News] 打ち心地が軽い薄型キーボード6モデルを発売</title></head>
    <body><header><ul class="gnav"><li><a href="/products/">製品情報</a></li><li><a href="/service/">サービス</a></li><li><a href="/corporate/">会社概要</a></li></ul></header>
    <table width="950"><tbody><tr><td>
    <table width="700"><tbody><tr><td><p class="text-1">KT34-194</p></td></tr><tr><td align="right"><p class="section-last">2019.03.05</p></td></tr></tbody></table>
    <table width="700"><tbody><tr><td align="center"><p class="text-4"><b><font color="#FF6600">打ち心地が軽い<br>薄型キーボード6モデルを発売</font></b></p></td></tr></tbody></table>
    <table width="700"><tbody><tr><td align="right"><p class="text-1">※当社従来品との比較</p></td></tr></tbody></table>
    <table width="700"><tbody><tr><td><p class="text-2">
      キタハラ株式会社（本社：大阪市中央区、代表取締役：北原一郎）は、キー荷重を従来比約18%軽くした薄型キーボード6モデルを3月中旬より新発売いたします。<br><br>
      キーピッチは19mmで、隣のキーを同時に押してしまうなどのタイプミスを防ぎます。接続タイプはUSBと無線から選べます。</p></td></tr></tbody></table>
    </td></tr></tbody></table>
    <footer><div class="l-footer__company-name">© KITAHARA CO.,LTD.</div></footer></body></html>`,
    'http://www.kitahara.example/news/201903/keyboard/index.html',
  );

  it('finds the issuer’s opening after the short lines a table layout puts first', () => {
    expect(x.article?.aboutCompany).toBe('キタハラ株式会社');
    expect(x.company?.headquarters).toBe('大阪市');
  });

  it('names the site by its copyright line when nothing else names it, without the legal form', () =>
    expect(x.article?.siteName).toBe('KITAHARA'));
});

describe('legal forms in capitals', () => {
  it('"CO.,LTD." and "LTD." as Japanese and Korean companies write them are legal forms', () => {
    expect(withoutLegalForm('ELECOM CO.,LTD')).toEqual({ base: 'ELECOM', legal: true });
    expect(withoutLegalForm('KITAHARA CO., LTD.')).toEqual({ base: 'KITAHARA', legal: true });
    expect(withoutLegalForm('Hanbit LTD.')).toEqual({ base: 'Hanbit', legal: true });
    expect(withoutLegalForm('Acme Robotics')).toEqual({ base: 'Acme Robotics', legal: false });
  });
});

describe('a company the story names in full once and short everywhere else', () => {
  const subject = (title: string, paragraphs: string[]) => storySubject({ title, paragraphs, exclude: [] });

  it('counts the short form for the full name, and shows the form the headline uses', () => {
    expect(
      subject('Tarnair inks order for 12 Ostrava jets, will restart plans to expand by 2022', [
        'Keep Me Logged In',
        'ZURICH — The flagship carrier Tarnair Airlines finalized a deal to buy 12 jets from the Czech plane-maker, executives of both companies announced Wednesday at the air show.',
        'The order replaces a prior commitment, which Tarnair is trimming by using its substitution rights. Tarnair will take the first jets in 2022.',
        'Tarnair had ordered larger jets before. Tarnair now wants smaller ones for its regional routes.',
      ]),
    ).toBe('Tarnair');
  });

  it('does not take a person’s name for short of a company named after them', () => {
    expect(
      subject('Donald Grope advises Bellcraft to rebrand its Max jet, tweeting advice', [
        'The internet erupted Monday when President Donald Grope shared his branding advice with Bellcraft, after Coastal Airlines cancelled Bellcraft flights.',
        'Bellcraft grounded the plane last month. Bellcraft shares fell 2%.',
        '“What do I know about branding,” Grope wrote in a morning post. Grope once ran Grope Airlines, and Grope Airlines lost money.',
        'Grope Airlines flew from 1989 to 1992. Grope Airlines was sold to a rival.',
      ]),
    ).toBe('Bellcraft');
  });
});

describe('names between scripts and the cues of an employer', () => {
  const subject = (title: string, paragraphs: string[], lang?: string) => storySubject({ title, paragraphs, exclude: [], lang });

  it('a Latin name in Japanese text ends where the Japanese begins', () => {
    expect(
      subject('プライバシーとAIの両立なるか？--Orchardニュース一気読み', [
        '4月1日～4月7日のOrchardに関連するニュースをまとめた「今週のOrchardニュース一気読み」。',
        'Orchardは日本でも、プライバシーをテーマにしたコマーシャルを放映し始めた。',
        'Orchardは3月25日に開催した発表会でも、プライバシーを繰り返し訴えた。',
      ]),
    ).toBe('Orchard');
  });

  it('a strike at a name makes it the employer the story is about', () => {
    expect(
      subject(
        'Grève à Radio Vallée : vers une sortie du conflit ?',
        [
          'Le médiateur a remis son texte à la direction et aux syndicats, qui sont globalement déçus.',
          'Une assemblée générale de Radio Vallée décidera dans l’après-midi de la poursuite du mouvement.',
          'Radio Vallée diffuse depuis trois semaines une playlist musicale.',
        ],
        'fr',
      ),
    ).toBe('Radio Vallée');
  });
});

describe('a release on a newswire that credits its issuer at the end', () => {
  it('"Köln (ots)" on its own line is the dateline of a wire release', () => {
    const d = dateline(['Köln (ots)', 'Deutschlands größter Reiseveranstalter im Wintersport unterstützt einen Slalom-Profi als Sponsor.']);
    expect(d?.place).toBe('Köln');
    expect(d?.release).toBe(true);
  });

  it('the wire’s "Original-Content von: X, übermittelt durch …" line names the issuer', () => {
    const x = extract(
      `<html><head><meta charset="utf-8"><title>▷ Slalom-Profi vor der WM: "Von Rennen zu Rennen" | Presseportal</title>
      <meta name="application-name" content="Presseportal"></head>
      <body><article class="story"><h1>Slalom-Profi vor der WM: "Ich denke von Rennen zu Rennen."</h1>
      <p class="date">20.01.2015 – 09:30</p>
      <p><i><a class="story-city" href="/regional/K%F6ln">Köln</a> (ots)</i></p><p> </p>
      <p>Deutschlands größter Reiseveranstalter im Bereich Wintersport, PisteTrex, unterstützt den Slalom-Profi bereits seit 2012 als Sponsor. Vor der Weltmeisterschaft hat die Redaktion mit ihm gesprochen.</p>
      <p>Der Slalom-Profi ist in bester Stimmung. Kurz vor seinem Abflug gestand er jedoch: "Rekorde sind mir nicht wichtig".</p>
      <p class="contact-headline">Pressekontakt:</p><p class="contact-text">Schneereisen GmbH<br>Christian Beispiel<br>Tel. +49 (0) 221-000</p>
      <p class="originator">Original-Content von: Schneereisen GmbH, übermittelt durch news aktuell</p></article></body></html>`,
      'https://www.presseportal.example/pm/103258/2930232',
    );
    expect(x.article?.aboutCompany).toBe('Schneereisen GmbH');
    expect(x.company?.name).toBe('Schneereisen GmbH');
    expect(x.company?.headquarters).toBe('Köln');
  });

  it('PR Newswire’s closing "SOURCE X" line names the issuer', () => {
    const x = extract(
      `<html><head><title>Halden Robotics Names New Chief Strategy Officer</title></head>
      <body><article><h1>Halden Robotics Names New Chief Strategy Officer</h1>
      <p>NEW YORK, July 2, 2018 /PRNewswire/ -- With its platform growing, the warehouse robot maker today named a mobile pioneer as its chief strategy officer.</p>
      <p>The new officer will lead partnerships across North America and Europe, the company said in a statement on Monday.</p>
      <p>SOURCE Halden Robotics</p></article></body></html>`,
      'https://www.prnewswire.example/news-releases/halden-robotics-names-new-cso-300675.html',
    );
    expect(x.article?.aboutCompany).toBe('Halden Robotics');
  });
});
