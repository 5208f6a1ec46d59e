import { describe, expect, it } from 'vitest';
import { dateline } from '../lib/extract/article/dateline';
import { nameRuns, withoutLegalForm } from '../lib/extract/article/names';
import { rankSubjects } from '../lib/extract/article/subject-rank';
import { storySubject } from '../lib/extract/article/subject';
import { extract } from './helpers/extract-page';

// Small pages written here to imitate how real sites show which company a story is about:
// a company's blog under a mega menu, a Japanese release set in tables and signed only by its
// copyright line.

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

  it('Korean: a company by its legal mark, with a particle clinging to it', () => {
    const lead =
      '경기도 용인에 자리 잡은 민간 시험인증 전문기업 ㈜한빛테크(www.hanbit.example). 14년째 인증 한 우물만 파고 있는 이 회사 박채규 대표가 만나기로 한 주인공이다.';
    const paragraphs = [
      lead,
      '“시험인증 분야는 새로운 기술에 대한 준비와 교육 없이는 아무것도 이루어 낼 수 없습니다.”',
      '㈜한빛테크의 하루 일과는 항상 바쁘게 돌아간다. 이 회사에선 사내 영어강좌가 이어진다.',
      '막힘없는 소통경영이 이루어지는 곳이 ㈜한빛테크다.',
    ];
    const title = '[CEO&]창의적 열정과 소통, 초일류 시험인증 기업이 간다';
    expect(storySubject({ title, excerpt: lead, paragraphs, exclude: [], lang: 'ko' })).toBe('한빛테크');
    // Without the mark, Hangul is no name: nothing is said.
    const unmarked = paragraphs.map((p) => p.replaceAll('㈜', ''));
    expect(storySubject({ title, excerpt: unmarked[0], paragraphs: unmarked, exclude: [], lang: 'ko' })).toBeUndefined();
  });

  it('Korean: a headline opening on a name set apart by a comma, which the lead and the story repeat', () => {
    const paragraphs = [
      '프랑스 자연주의 브랜드, 모리앙이 오는 18일부터 3일 간 무역점에서 첫 번째 팝업스토어를 오픈한다.',
      '무역점 1층에서 열리는 모리앙 팝업스토어에서는 베스트 제품들을 모두 만날 수 있다.',
      '특히, 모리앙은 팝업스토어 오픈을 기념해 사은 행사를 진행한다.',
    ];
    expect(subject('모리앙, 백화점 팝업스토어 오픈', paragraphs, 'ko')).toBe('모리앙');
    // Named once in the lead only: too weak a cue, no subject.
    expect(subject('모리앙, 백화점 팝업스토어 오픈', [paragraphs[0]!], 'ko')).toBeUndefined();
  });

  it('Japanese: a headline opening on a katakana name and its particle, which the lead uses', () => {
    expect(
      subject('ミドリの新聞ストッカーは引越しにも使える！ 家具の固定も簡単', [
        'ついつい溜めてしまい、気がつくとかさばって捨てるのにも苦労する新聞紙。',
        'そんな新聞紙を捨てる時には、ミドリの「新聞ストッカー」が役に立ちます。',
        '使い方は簡単。テープや包帯を巻くようにぐるぐると巻きつけるだけ。',
      ]),
    ).toBe('ミドリ');
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

describe('the headline’s subject, read as a careful reader reads it', () => {
  const subject = (title: string, paragraphs: string[], more: Partial<Parameters<typeof storySubject>[0]> = {}) =>
    storySubject({ title, paragraphs, exclude: [], ...more });

  it('takes the name that opens the headline and a sentence of the lead, with no other cue that it is a company', () => {
    expect(
      subject(
        'Brickhaus feiert Piratentag: Alle Angebote im Überblick',
        [
          'Bald ist es wieder so weit! Brickhaus wartet zum Piratentag schon im Vorfeld mit zahlreichen Angeboten auf, die sich an erwachsene Fans richten.',
          'Viele Fans haben sich den 1. Mai im Kalender angestrichen. Brickhaus lockt mit neuen Sets und einem Gewinnspiel.',
          'Wirklich profitieren können davon nur Mitglieder des Treueprogramms von Brickhaus.',
        ],
        { lang: 'de' },
      ),
    ).toBe('Brickhaus');
  });

  it('takes the headline’s name when the lead opens by calling it "the company", after a dateline', () => {
    expect(
      subject(
        'Velorra hat sechs neue Ausschreibungen in Höhe von 11 Millionen US-Dollar',
        [
          'Asunción: Das binationale Unternehmen hat sechs offene Ausschreibungen in Höhe von insgesamt elf Millionen US-Dollar. Der Rechnungshof kann sie nicht prüfen.',
          'Auf der Website von Velorra sind die anstehenden Ausschreibungen zu sehen.',
        ],
        { lang: 'de' },
      ),
    ).toBe('Velorra');
  });

  it('reads past a byline and a date set as paragraphs, and a web address is not the name written small', () => {
    expect(
      subject('Quillbook: AI-Powered Note Taking App', [
        'Mazi',
        'December 19, 2025',
        'Quillbook is an AI-powered note taking app designed to help teams of all sizes keep their meetings in order.',
        'Quillbook offers three pricing tiers to cater to different user requirements.',
        'Quillbook provides a suite of features aimed at simplifying meetings.',
        'Visit quillbook.ai for more.',
      ]),
    ).toBe('Quillbook');
  });

  it('says nothing when the headline opens with a person the text names in full', () => {
    expect(
      subject('Marlowe wins the vote and leads the committee', [
        'Jana Marlowe won the vote on Tuesday by a wide margin.',
        'Marlowe thanked her colleagues. Marlowe will chair the committee from January.',
      ]),
    ).toBeUndefined();
  });

  it('says nothing when the headline opens with a place the text uses as one', () => {
    expect(
      subject('Eastvale wants to build a spaceport', [
        'Eastvale residents were told on Monday that the plan would go ahead.',
        'Eastvale hopes to launch rockets by 2027. Visitors came to Eastvale from far away.',
        'Eastvale spent $2m on the studies.',
      ]),
    ).toBeUndefined();
  });
});

describe('organisation cues a careful reader knows', () => {
  const subject = (title: string, paragraphs: string[], more: Partial<Parameters<typeof storySubject>[0]> = {}) =>
    storySubject({ title, paragraphs, exclude: [], ...more });

  it('"la marque X" in French names a company, even where the headline does not open with it', () => {
    expect(
      subject(
        '« Just Run It » : le survêtement Zorvan du président déchu devient une sensation virale',
        [
          'Après sa capture, une photo montre le président déchu menotté à bord d’un navire.',
          'L’image montre le président portant ce qui semble être un survêtement de la marque Zorvan.',
          'D’autres se sont plutôt concentrés sur la mode.',
        ],
        { lang: 'fr', keywords: ['Mode', 'Zorvan'] },
      ),
    ).toBe('Zorvan');
  });

  it('an acronym the lead introduces in brackets is an organisation', () => {
    expect(
      subject(
        'Ex-Ministerin Huber neue Chefin von Migrations-Thinktank',
        [
          'Die frühere Ministerin Susanne Huber wird neue Generaldirektorin des Wiener Zentrums für Grenzpolitik (ICBPD). Vertreter der 21 ICBPD-Staaten haben Huber am Donnerstag gewählt.',
          'Huber setzte sich in der Abstimmung mit 13 zu 8 Stimmen durch.',
          'Huber ist die erste Frau an der Spitze des ICBPD.',
        ],
        { lang: 'de' },
      ),
    ).toBe('ICBPD');
  });

  it('a surname given an age ("Vane, 38, who …") is a person’s, not a company', () => {
    const ranked = rankSubjects({
      title: 'Rocco Vane allegedly frustrated with Grand Anvil partner amid feud',
      paragraphs: [
        'Rocco Vane is allegedly unhappy with the way his partner has handled the feud, according to a report.',
        '"He doesn’t run Grand Anvil or have control of the company," an insider said.',
        'In the midst of the feud with her former label, Grand Anvil Records, Vane, 38, who reps several stars, has been trying to call her.',
        'Vane declined to comment. Grand Anvil did not respond to a request for comment.',
      ],
      exclude: [],
    });
    expect(ranked.map((r) => r.name)).not.toContain('Vane');
    expect(ranked[0]?.name).toBe('Grand Anvil');
  });

  it('a company the editor tagged counts when the story opens on a scene and names it later', () => {
    const scene = 'The site was just an unpaved road, three large tents flapping in a heavy wind, and a few buildings in the distance.';
    expect(
      subject(
        'The world needs more spaceports. Kestria wants to help',
        [
          'Features',
          'Can a small country build a space industry from scratch?',
          scene,
          scene,
          scene,
          'Mara Holt, the chief commercial officer at Orbix, the company behind the spaceport, seemed tense.',
          'Orbix plans three launch complexes. Orbix has signed deals with four rocket makers.',
          'Orbix expects its first orbital launch in 2027.',
        ],
        { keywords: ['Space', 'orbix'] },
      ),
    ).toBe('Orbix');
  });
});

describe('a company’s other names in the same story', () => {
  const subject = (title: string, paragraphs: string[], more: Partial<Parameters<typeof storySubject>[0]> = {}) =>
    storySubject({ title, paragraphs, exclude: [], ...more });

  it('counts German compounds and the genitive for the company ("Kobara-Webseite", "Kobaras neue Tablets")', () => {
    expect(
      subject(
        'Kobara Nova Unpacked: Launchtermin für neue Foldables soll feststehen',
        [
          'Das nächste Kobara Nova Unpacked-Event soll dieses Jahr früher stattfinden.',
          'Die niederländische Kobara-News-Seite hat erfahren, dass das nächste Event am 10. Juli stattfinden soll.',
          'Wir erwarten eine ganz neue Produktlinie für Kobara: den Nova Ring.',
          'Auch Kobaras neue Tablets sollen ein Upgrade erhalten. Die neuen Kobara-Smartwatches erscheinen in drei Versionen.',
          'Ihr könnt das Event auf der offiziellen Kobara-Webseite mitverfolgen.',
        ],
        { lang: 'de' },
      ),
    ).toBe('Kobara');
  });

  it('names the company by its word, not the capitals that contract it ("VW" of Volkswagen)', () => {
    expect(
      subject('The VK ID. ROAMER is a weird EV wagon with a secret message', [
        'Volkskraft’s first all-electric car isn’t expected until next year, but the automaker isn’t slowing down. The VK ID. ROAMER is the seventh concept on the platform.',
        'Whatever the definition, VK says that the ID. ROAMER may only be a concept today.',
        'The platform’s flexibility allows Volkskraft to tinker with the length of its cars.',
        'VK has not said when the car will be built. VK announced a price range for Europe.',
      ]),
    ).toBe('Volkskraft');
  });
});

describe('a company’s own blog with no product menu', () => {
  const story = (name: string) =>
    [
      `A year of momentum. After a busy 2024, 2025 felt like shifting into a higher gear at ${name}.`,
      `We moved ${name} into a bigger office in the spring, with new lighting and a proper kitchen.`,
      `The ${name} team grew by four people, and our network reached two more data centres.`,
      `Customers of ${name} saw fewer outages than ever, and we finished two certifications.`,
      `Next year ${name} will open a second site. Thank you for being with us.`,
    ]
      .map((p) => `<p>${p}</p>`)
      .join('');

  it('is the company’s own when the story keeps naming the company the site and its address are named after', () => {
    const x = extract(
      `<html><head><title>recap 2025 - updates at KELDA – KELDA B.V</title></head>
      <body><header><a href="/"><img src="/logo.svg" alt="KELDA B.V"></a><nav><a href="/blog">Blog</a><a href="/over">Over ons</a></nav></header>
      <main><article><h1>2025 – Finding the Turbo Button</h1><p class="meta">The Team · 30 December 2025</p>${story('KELDA')}</article></main>
      <footer><p>&copy; 2025 KELDA B.V.</p></footer></body></html>`,
      'https://www.kelda.nl/blog/2025/recap2025',
    );
    expect(x.article?.aboutCompany).toBe('KELDA B.V');
  });

  it('is not when the site’s name is not its address’s, as on a publication writing about another company', () => {
    const x = extract(
      `<html><head><title>recap 2025 - updates at KELDA – Dutch Tech Weekly</title><meta property="og:site_name" content="Dutch Tech Weekly"></head>
      <body><main><article><h1>recap 2025 - updates at KELDA</h1>${story('Dutch Tech Weekly')}</article></main></body></html>`,
      'https://www.techweekly.nl/2025/kelda-recap',
    );
    expect(x.article?.aboutCompany).not.toBe('Dutch Tech Weekly');
  });
});

describe('names end where sentences end', () => {
  it('"… d’AMD. Quoi qu’il en soit" is AMD, and the next sentence’s first word is not part of it', () => {
    expect(nameRuns('les dates de lancement d’AMD. Quoi qu’il en soit, Acme Inc. Paris', new Set()).map((r) => r.name)).toEqual([
      'AMD',
      'Quoi',
      'Acme Inc. Paris',
    ]);
  });
});
