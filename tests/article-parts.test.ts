import { describe, expect, it } from 'vitest';
import { cleanLine } from '../lib/extract/clean';
import { dateInText, toIsoDate } from '../lib/extract/dates';
import { dateline } from '../lib/extract/article/dateline';
import { publicationName, soundsLikePublication } from '../lib/extract/article/publication';
import { publishedDate, urlDate, visibleDate } from '../lib/extract/article/published';
import { stripSiteName } from '../lib/extract/article/site-title';
import { readabilityMissedStory } from '../lib/extract/article/story-text';
import { storySubject } from '../lib/extract/article/subject';
import { splitAuthors, isAuthorName } from '../lib/extract/byline';
import { pageText } from '../lib/extract/text';
import { nameFromHost } from '../lib/extract/metadata';
import { siteHome, siteLabel } from '../lib/extract/site-label';
import { markedBody, withoutMediaTeasers } from '../lib/extract/readable';
import { decodeEntities } from '../lib/text/entities';
import { similarity } from '../lib/text/similarity';
import { docFrom } from './helpers/dom';

describe('clean text from pages', () => {
  it('decodes the entities JSON-LD and twice-escaped meta values carry', () => {
    expect(cleanLine('Strava unveils &#8216;family&#8217; plan')).toBe('Strava unveils ‘family’ plan');
    expect(cleanLine('Smartphones zerst&ouml;ren, Entsch&auml;digung')).toBe('Smartphones zerstören, Entschädigung');
    expect(cleanLine('You&#039;ll &amp;amp; AT&amp;T')).toBe('You’ll & AT&T'.replace('’', "'"));
    expect(decodeEntities('&#x1F600; &#146; &bogus; & alone')).toBe('😀 ’ &bogus; & alone');
  });

  it('normalises decomposed kana and accents to one form', () => {
    const decomposed = 'ハ\u3099ンダイ Zu\u0308rich';
    expect(cleanLine(decomposed)).toBe('バンダイ Zürich');
  });

  it('reads a paragraph as the screen shows it: source line breaks are spaces, inline tags add none', () => {
    const doc = docFrom(
      '<main><p>Amazon launched Aplenty last\n   year, and <a href="/x">Boeing</a>’s <strong>Jefferies</strong> analyst said so.</p><p>Next</p></main>',
    );
    expect(pageText(doc)).toBe('Amazon launched Aplenty last year, and Boeing’s Jefferies analyst said so.\n\nNext');
  });

  it('keeps a statement quoted whole inside a form of its own, and skips a form of fields', () => {
    const statement =
      'Acme Robotics is aware of certain press reports published today with respect to a possible offer to purchase the company. '.repeat(
        2,
      );
    const doc = docFrom(
      `<main><p>The company has offered an official comment.</p><form action="/press"><input type="hidden" name="v"><blockquote><p>${statement.trim()}</p></blockquote></form>
      <form><label>Email</label><input name="email"><p>Sign up for our newsletter</p></form></main>`,
    );
    const text = pageText(doc)!;
    expect(text).toContain('is aware of certain press reports');
    expect(text).not.toContain('Sign up for our newsletter');
  });

  it('the block a page marks as the story’s body, when it holds the story’s first long paragraph', () => {
    const first = 'After rumours started spreading earlier today that Acme was in talks to be acquired, the company offered a comment.';
    const doc = docFrom(
      `<div class="article"><div class="head"><h1>Acme denies buyout rumours</h1><a class="next-article">Another story entirely</a></div>
      <div itemprop="articleBody"><p>${first}</p></div></div>`,
    );
    expect(markedBody(doc, [first])?.getAttribute('itemprop')).toBe('articleBody');
    expect(markedBody(doc, ['A paragraph the marked body does not hold, long enough to count as the story’s first one.'])).toBeUndefined();
  });

  it('reads an animated counter saved before it ran as the figure it counts to, and leaves others as shown', () => {
    const doc = docFrom(
      `<main><div class="stat"><span class="stat-num" data-target="93" data-suffix="+">0+</span> <span>Projekte</span></div>
      <div class="stat"><span class="counter" data-to="1200" data-suffix="+">0</span> loans</div>
      <div class="stat"><span class="counter" data-target="40">37</span> countries</div>
      <div class="stat"><span data-number="0">0</span> complaints</div></main>`,
    );
    expect(pageText(doc)).toBe('93+ Projekte\n\n1200+ loans\n\n37 countries\n\n0 complaints');
  });

  it('reads the page, not a card, when its one article holds less than half its text; and no widget data', () => {
    const doc = docFrom(
      `<body><section><article class="card"><h2>Über uns</h2><p>Wir sind ein Fachbetrieb aus dem Raum Köln.</p></article></section>
      <section><h2>Zahlen und Fakten</h2><p>Über 93 abgeschlossene Projekte in ganz Deutschland, meist in ein bis zwei Tagen fertig.</p>
      <p>Material aus deutscher Produktion, mit 30 Jahren Garantie auf jede verlegte Fußbodenheizung.</p></section>
      <div class="google-map"><span class="map-data">{"latLong":"51.484884,3.954002", "mapType":"ROADMAP"}</span></div></body>`,
    );
    const text = pageText(doc)!;
    expect(text).toContain('Über 93 abgeschlossene Projekte');
    expect(text).toContain('Wir sind ein Fachbetrieb');
    expect(text).not.toContain('mapType');
    // A story's one article, holding the page's text, is still the text.
    const story = docFrom(
      `<body><div class="promo">Subscribe</div><article><h1>Acme raises $5M</h1><p>${'Acme raised money from investors to grow. '.repeat(5)}</p></article></body>`,
    );
    expect(pageText(story)).not.toContain('Subscribe');
  });

  it('drops media teasers and photo captions that end on a player’s label, and nothing else', () => {
    const story =
      'Soon, her urine became dark, her skin and eyes yellowed and she began to vomit, according to the complaint.\n\n' +
      'Lynda Brackenridge, of Lakeview, Calif., is... View Full Size\n\n' +
      'Costco Recalls Frozen Berries Following Hepatitis Outbreak Watch Video\n\n' +
      'Judge Lifts Ban for Dying Girl’s Lung Transplant Watch Video\n\n' +
      'It’s not clear when Brackenridge will be released from the hospital, her lawyer told ABCNews.com.\n\n' +
      'Fans can watch the video on the band’s site, the label said.';
    expect(withoutMediaTeasers(story).split('\n\n')).toEqual([
      'Soon, her urine became dark, her skin and eyes yellowed and she began to vomit, according to the complaint.',
      'It’s not clear when Brackenridge will be released from the hospital, her lawyer told ABCNews.com.',
      'Fans can watch the video on the band’s site, the label said.',
    ]);
    // A text that is only teasers stays as it is: better something than nothing.
    expect(withoutMediaTeasers('Watch Video')).toBe('Watch Video');
  });

  it('tells whether Readability left most of the story out', () => {
    const story = ['A'.repeat(100) + ' first paragraph of the story', 'B'.repeat(100) + ' second', 'C'.repeat(100) + ' third'];
    expect(readabilityMissedStory('Search Query', story)).toBe(true);
    expect(readabilityMissedStory(story.join('\n\n'), story)).toBe(false);
    expect(readabilityMissedStory(story[0]!, story)).toBe(true);
  });
});

describe('dates as stories show them', () => {
  it.each([
    ['2019.03.08', '2019-03-08'],
    ['2019年4月4日', '2019-04-04'],
    ['28.04.2023, 20.15 Uhr', '2023-04-28'],
    ['2019-11-18 20:58:46', '2019-11-18'],
  ])('%s → %s', (input, iso) => expect(toIsoDate(input)).toBe(iso));

  it('finds a day in a byline line, and nothing in a line without one', () => {
    expect(dateInText('Chris Davies - Nov 19, 2019, 8:15 pm CST')).toBe('2019-11-19');
    expect(dateInText('Published Oct 19, 2022')).toBe('2022-10-19');
    expect(dateInText('Nov. 19, 2019 5:50 PM')).toBe('2019-11-19');
    expect(dateInText('Published 1 day ago')).toBeUndefined();
    expect(dateInText('March 2024')).toBeUndefined();
  });

  it('keeps the local date a UTC timestamp a day off loses', () => {
    const meta = new Map<string, string>();
    const url = new URL('https://news.example/story/2019-11-19/a-story');
    expect(urlDate(url)).toBe('2019-11-19');
    expect(urlDate(new URL('https://www.webmd.example/diabetes/news/20130606/fda-mulls'))).toBe('2013-06-06');
    // Eight digits that are no date, or inside a longer id, are none.
    expect(urlDate(new URL('https://shop.example/item/20131345/'))).toBeUndefined();
    expect(urlDate(new URL('https://shop.example/item/201306061234/'))).toBeUndefined();
    // Evening in Los Angeles is the next day in UTC.
    expect(publishedDate({ machine: '2019-11-20T01:50:59Z', meta, visible: undefined, url })).toBe('2019-11-19');
    expect(publishedDate({ machine: '2019-11-20T01:50:59Z', meta, visible: 'Nov 19', url: new URL('https://x.example/a') })).toBe(
      '2019-11-20',
    );
    expect(publishedDate({ machine: '2019-11-20T02:15:49-06:00', meta, visible: '2019-11-19', url: new URL('https://x.example/a') })).toBe(
      '2019-11-19',
    );
    const sailthru = new Map([['sailthru.date', '2019-11-18 20:58:46']]);
    expect(
      publishedDate({ machine: '2019-11-19T04:58:46Z', meta: sailthru, visible: undefined, url: new URL('https://x.example/a') }),
    ).toBe('2019-11-18');
    // A date without a time is the publication's own; a visible date far off is not the same day.
    expect(publishedDate({ machine: '2019-11-20', meta, visible: '2019-11-19', url })).toBe('2019-11-20');
    expect(publishedDate({ machine: '2019-11-20T10:00:00Z', meta, visible: '2019-11-12', url: new URL('https://x.example/a') })).toBe(
      '2019-11-20',
    );
    expect(publishedDate({ machine: undefined, meta, visible: '2022-10-19', url })).toBe('2022-10-19');
  });

  it('without a timestamp, the day its address and its sailthru.date agree on beats a shown date a day off', () => {
    const filed = new URL('https://hoops.example/2013/07/18/otters-name-change/');
    const sailthru = new Map([['sailthru.date', '2013-07-18']]);
    expect(publishedDate({ machine: undefined, meta: sailthru, visible: '2013-07-19', url: filed })).toBe('2013-07-18');
    // One source against the shown date is not enough, nor a date far off.
    expect(publishedDate({ machine: undefined, meta: new Map(), visible: '2013-07-19', url: filed })).toBe('2013-07-19');
    expect(publishedDate({ machine: undefined, meta: sailthru, visible: '2013-07-25', url: filed })).toBe('2013-07-25');
  });

  it('the element the page marks as its publication date beats a date written at the story’s end', () => {
    const doc = docFrom(`<html><body><article>
      <div class="postmeta updated"><div class="postdate" itemprop="datePublished"><span>2</span> Déc 2017</div></div>
      <header><h1>Avancer ensemble vers la contribution</h1></header>
      <div class="entry"><p>Un long texte sur le camp de contribution, écrit à Lyon pendant trois jours.</p>
      <p><time datetime="2017-11-30T11:20:00+00:00">Griffonné le 30 </time>novembre 2017</p></div>
    </article></body></html>`);
    expect(visibleDate(doc, doc.querySelector('h1')!)).toBe('2017-12-02');
  });
});

describe('a publication by its name, a company by its address', () => {
  it('reads a newspaper’s word in a site name, camel case too, unless the company’s address names the section', () => {
    expect(soundsLikePublication('BusinessWeek', 'www.businessweek.com')).toBe(true);
    expect(soundsLikePublication('Daily Herald', 'www.dailyherald.example')).toBe(true);
    expect(soundsLikePublication('Redfin Real Estate News', 'www.redfin.com')).toBe(false);
    expect(soundsLikePublication('Acme Robotics', 'acme.example')).toBe(false);
  });

  it('names a site on GitHub Pages by its repository, not by the account', () => {
    expect(siteLabel('sanyam-02.github.io', '/Credit-Advantage-LLP/about.html')).toBe('Credit-Advantage-LLP');
    expect(nameFromHost('sanyam-02.github.io', '/Credit-Advantage-LLP/about.html')).toBe('Credit Advantage LLP');
    expect(siteLabel('acme.github.io', '/about.html')).toBe('acme');
    expect(siteLabel('www.acme.co.uk', '/about/')).toBe('acme');
    expect(siteHome(new URL('https://sanyam-02.github.io/Credit-Advantage-LLP/about.html'))).toBe(
      'https://sanyam-02.github.io/Credit-Advantage-LLP/',
    );
    expect(siteHome(new URL('https://www.acme.co.uk/about/'))).toBe('https://www.acme.co.uk/');
  });
});

describe('titles and publications', () => {
  it('cuts the site name from a title, and only the site name', () => {
    expect(stripSiteName('Akkutechnik: Hat Quantumscape genug Akkus gebaut? - Golem.de', [], 'www.golem.de')).toBe(
      'Akkutechnik: Hat Quantumscape genug Akkus gebaut?',
    );
    expect(stripSiteName('指紋認証マウスを発売。｜サンワサプライ株式会社', ['サンワサプライ株式会社'], 'www.sanwa.co.jp')).toBe(
      '指紋認証マウスを発売。',
    );
    expect(stripSiteName('Apple unveils the iPhone - the review', ['Gadget Weekly'], 'gadgetweekly.example')).toBe(
      'Apple unveils the iPhone - the review',
    );
  });

  it('compares headlines whatever their quotes and script', () => {
    expect(similarity('‘We had some issues,’ exec says', "'We had some issues,' exec says")).toBe(1);
    expect(similarity('ニュースリリース', '指紋認証でWindows 10にサインイン')).toBeLessThan(0.2);
  });

  it.each([
    [{ hostname: 'www.timesunion.com', ogSiteName: 'Times Union', ldPublisher: 'Associated Press' }, 'Times Union'],
    [{ hostname: 'www.barrons.com', ldPublisher: 'Barrons', title: "Home Depot Stock Falls - Barron's" }, "Barron's"],
    [{ hostname: 'www.bloomberg.com', ogSiteName: 'Bloomberg.com' }, 'Bloomberg'],
    [{ hostname: 'postlight.com', ogSiteName: 'Postlight — Digital Strategy, Design and Engineering' }, 'Postlight'],
    [{ hostname: 'therealdeal.com', ogSiteName: 'The Real Deal New York', ldPublisher: 'The Real Deal' }, 'The Real Deal'],
    [{ hostname: 'o.canada.com', ogSiteName: 'canada', ldPublisher: 'Canada.com' }, 'Canada.com'],
    [{ hostname: 'www.macrumors.com', ldPublisher: 'MacRumors.com', title: 'Story - MacRumors' }, 'MacRumors'],
    [{ hostname: 'www.gizmodo.jp', title: 'Suicaでガシャれる | ギズモード・ジャパン' }, 'ギズモード・ジャパン'],
    [{ hostname: 'www.heise.de', ogSiteName: 'Security', title: 'Phishing-Welle | heise online' }, 'heise online'],
    // The address form of a known publication's host, as the Journal's old pages end their titles.
    [{ hostname: 'online.wsj.com', title: 'Panasonic, Sanyo to Pay $56.5 Million - DOJ - WSJ.com' }, 'The Wall Street Journal'],
    // A large paper whose old pages carry no site name at all.
    [{ hostname: 'www.usatoday.com', title: 'Nokia Q2 sales fall 24%, misses expectations' }, 'USA TODAY'],
    // A known paper whose og:site_name drops its article ("Washington Post").
    [{ hostname: 'www.washingtonpost.com', ogSiteName: 'Washington Post', title: 'Story - The Washington Post' }, 'The Washington Post'],
    [{ hostname: 'www.dailyharbour.example', ogSiteName: 'Daily Harbour', title: 'Story - The Daily Harbour' }, 'The Daily Harbour'],
    [{ hostname: 'www.tidewatch.example', ogSiteName: 'The Tidewatch', title: 'Story | Tidewatch' }, 'The Tidewatch'],
    // The address form the site gives itself in og:site_name, which the title's short form does not shorten…
    [{ hostname: 'www.slate.fr', ogSiteName: 'Slate.fr', title: 'Tapie et La Provence | Slate' }, 'Slate.fr'],
    // … but its application-name or its publisher does.
    [{ hostname: 'www.clubic.com', ogSiteName: 'Clubic.com', appName: 'Clubic', title: 'Radeon HD 7750' }, 'Clubic'],
    [{ hostname: 'spacenews.com', ogSiteName: 'SpaceNews.com', ldPublisher: 'SpaceNews', title: 'Story - SpaceNews.com' }, 'SpaceNews'],
    // The address form in og:site_name gives way to the name the site writes after its titles and
    // signs its pages with; one of the two alone does not make it.
    [
      { hostname: 'www.ledger.example', ogSiteName: 'Ledger.com', title: 'Story | The Ledger-Review', copyright: 'The Ledger-Review' },
      'The Ledger-Review',
    ],
    [{ hostname: 'www.ledger.example', ogSiteName: 'Ledger.com', title: 'Story | The Ledger-Review' }, 'Ledger.com'],
    [{ hostname: 'www.ledger.example', ogSiteName: 'Ledger.com', title: 'Story', copyright: 'The Ledger-Review' }, 'Ledger.com'],
    // An acronym in og:site_name spelled out after the title.
    [
      {
        hostname: 'www.mmm-online.com',
        ogSiteName: 'MMM',
        title: 'Tarceva diagnostic brings new indication - Medical Marketing and Media',
      },
      'Medical Marketing and Media',
    ],
  ])('publication of %o is %s', (clues, name) => expect(publicationName(clues)).toBe(name));
});

describe('bylines', () => {
  it('splits bylines into people and leaves desks, agencies and titles out', () => {
    expect(splitAuthors('By Maren Holloway and Theo Vasquez')).toEqual(['Maren Holloway', 'Theo Vasquez']);
    expect(splitAuthors('Von Jana Roe und Tim Berg')).toEqual(['Jana Roe', 'Tim Berg']);
    expect(splitAuthors('JANIE HAR')).toEqual(['Janie Har']);
    expect(splitAuthors('Dolores Chang For Dailymail.Com')).toEqual(['Dolores Chang']);
    expect(isAuthorName('Watch Live')).toBe(false);
    expect(isAuthorName('Reuters')).toBe(false);
    expect(isAuthorName('Business Columnist')).toBe(false);
    expect(isAuthorName('DER SPIEGEL', ['DER SPIEGEL'], 'www.spiegel.de')).toBe(false);
    expect(isAuthorName('小暮ひさのり')).toBe(true);
    expect(isAuthorName('IGN Staff')).toBe(false);
    expect(isAuthorName('Staff Reports')).toBe(false);
  });
});

describe('press release datelines', () => {
  it.each([
    ['NEW YORK, Nov. 19, 2019 /PRNewswire/ -- Acme Corp. (NYSE: ACME) today announced', 'New York', '2019-11-19'],
    ['San Francisco, CA – March 4, 2025 – Acme announced its first plant', 'San Francisco, CA', '2025-03-04'],
    ['München, 4. März 2025 – Die Acme GmbH eröffnet', 'München', '2025-03-04'],
    ['BERLIN, March 4, 2025 /PRNewswire/ -- Veltaro, the maker of batteries', 'Berlin', '2025-03-04'],
    ['New York, NY – With content moving to mobile, Acme adds', 'New York, NY', undefined],
    ['TOKYO, June 22, 2015 - (JCN Newswire) - Eisai Co., Ltd. announced today', 'Tokyo', '2015-06-22'],
  ])('%s', (lead, place, date) => {
    const d = dateline([lead]);
    expect(d?.place).toBe(place);
    expect(d?.date).toBe(date);
  });

  it('a wire in brackets between dashes is no part of the lead', () => {
    expect(dateline(['TOKYO, June 22, 2015 - (JCN Newswire) - Eisai Co., Ltd. announced today'])?.rest).toBe(
      'Eisai Co., Ltd. announced today',
    );
  });

  it('reads a place line above the lead, and no dateline in ordinary sentences', () => {
    expect(dateline(['BAAR, SWITZERLAND', 'Based on Ascom’s expertise, the solution …'])?.place).toBe('Baar, Switzerland');
    expect(dateline(['FOR IMMEDIATE RELEASE', 'Acme today announced …'])).toBeUndefined();
    expect(dateline(['Q: Junior – We are so excited to have you.', 'A: Inspired – and humbled!'])).toBeUndefined();
    expect(dateline(['Apple – the company that makes phones – reported profits.'])).toBeUndefined();
  });

  it('a heading or a button in capitals before a dash is no dateline, a place in capitals is', () => {
    expect(dateline(['LEARN MORE — Venture into the transformative realm of data analytics.'])).toBeUndefined();
    expect(dateline(['HOW IT WORKS – Watch how teams connect their apps in minutes.'])).toBeUndefined();
    expect(dateline(['ACOUSTIC NOISE CANCELLING – FUTURE UPDATES VOLUME-OPTIMISED EQ'])).toBeUndefined();
    expect(dateline(['LEEDS — Quillmark, the invoicing firm, has opened an office in Berlin.'])?.place).toBe('Leeds');
    expect(dateline(['LEEDS — IBM has bought Quillmark, the invoicing firm.'])?.place).toBe('Leeds');
  });
});

describe('the company a story is about', () => {
  const subject = (title: string, paragraphs: string[], more: Partial<Parameters<typeof storySubject>[0]> = {}) =>
    storySubject({ title, paragraphs, exclude: [], ...more });

  it('is the name the headline and lead put first and use as a company', () => {
    expect(
      subject('Emirates inks $9 billion order for 30 Boeing 787 jets', [
        "DUBAI, United Arab Emirates — Dubai's flagship carrier Emirates finalized a deal to buy 30 of Boeing's jets, executives announced.",
        'Emirates said the order fits its plans. The deal follows Boeing’s troubles.',
        'Emirates will take the first jets in 2022.',
      ]),
    ).toBe('Emirates');
  });

  it('is never a person, however often named', () => {
    expect(
      subject('Tim Cook on Apple being pulled into the enterprise', [
        'Apple was pulled into the enterprise, CEO Tim Cook said Tuesday.',
        'Cook said customers asked Apple for more. Apple’s revenue from business grew.',
        'Cook told the audience that Apple shipped its first phones in 2007.',
      ]),
    ).toBe('Apple');
  });

  it('is never the publication, a place, a public body or a common German noun', () => {
    expect(
      subject(
        'Kollaps der Silicon Valley Bank: Notenbank räumt Versäumnisse bei Aufsicht ein',
        [
          'Die Federal Reserve hat den Zusammenbruch der Silicon Valley Bank (SVB) analysiert und Mängel bei der Aufsicht eingeräumt.',
          'Die Aufsicht über die SVB sei unzureichend gewesen, teilte die Notenbank mit. Die Aufsicht müsse schneller handeln.',
          'Der Bericht zur SVB umfasst 100 Seiten.',
        ],
        { lang: 'de', exclude: ['DER SPIEGEL'] },
      ),
    ).toBe('Silicon Valley Bank');
    expect(
      subject(
        'Hong Kong listing draws investors',
        [
          'Investors in Hong Kong lined up for the listing, the Reporter Daily said.',
          'Hong Kong’s exchange expects demand from Hong Kong residents.',
        ],
        { exclude: ['Reporter Daily'] },
      ),
    ).toBeUndefined();
  });

  it('counts a product for its maker and a short form for its full name', () => {
    expect(
      subject('Second-Generation Apple Pencil Rumored for March', [
        'Apple may be planning to introduce a second-generation Apple Pencil this year.',
        'The new Apple Pencil could be unveiled at an event. Apple is considering new features for the Apple Pencil.',
      ]),
    ).toBe('Apple');
    expect(
      subject('PG&E begins new mass power shutoff over fire danger', [
        'SAN FRANCISCO (AP) — Pacific Gas & Electric Co. (PG&E) began shutting off power on Wednesday.',
        'PG&E said the shutoff would affect 150,000 customers. PG&E shares fell.',
      ]),
    ).toBe('PG&E');
  });

  it('reads a Japanese story: the company that announces', () => {
    expect(
      subject('Suicaでガシャれる。電子マネー対応ガシャポンが稼働開始', [
        '最近、ゲーセンも電子マネー対応が増えてきましたが、その流れはガシャポンにも。バンダイはこの4月から、自販機｢スマートガシャポン｣を本格稼働することを発表しました。',
        'ガシャポンはSuicaなどに対応。バンダイの公式サイトでガシャポンの設置場所も調べられます。',
      ]),
    ).toBe('バンダイ');
  });

  it('says nothing when no name is used as a company: people and places of general news', () => {
    expect(
      subject('South Dakota governor doubles down on anti-drug campaign', [
        'South Dakota Gov. Kristi Noem defended the campaign on Tuesday, as South Dakota residents mocked it online.',
        'President Trump praised South Dakota. Trump said the state was doing great things.',
        'South Dakota spent $449,000 on the ads.',
      ]),
    ).toBeUndefined();
  });

  it('knows the company a later sentence calls "the firm", and one that declines to comment', () => {
    expect(
      subject('Lyft extends free scooter rides for critical workers', [
        'Lyft isn’t waiting until the end of April to decide on its free scooter rides. The ridesharing firm has extended its program through May.',
        'Lyft rides remain free for nurses in six cities.',
      ]),
    ).toBe('Lyft');
    expect(
      subject(
        'Hat Quantumscape genug Akkus für ein Motorrad gebaut?',
        [
          'VW hat den Prototyp eines Akkupacks vorgestellt. Es soll bis zu 980 Zellen von Quantumscape enthalten.',
          'Auch Quantumscape äußerte sich nicht zu weiteren Details. Quantumscape versprach 2020 eine Revolution.',
        ],
        { lang: 'de' },
      ),
    ).toBe('Quantumscape');
  });
});
