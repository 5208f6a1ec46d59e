import { describe, expect, it } from 'vitest';
import { companyDescription, keywordStuffed } from '../lib/extract/about-text';
import { companyName } from '../lib/extract/company-name';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { readMetadata } from '../lib/extract/metadata';
import { findPostalAddress } from '../lib/extract/postal-address';
import { proseFacts } from '../lib/extract/prose';
import { menuProducts } from '../lib/extract/site-menus';
import { docFrom } from './helpers/dom';

// Causes found on the blind slices fresh-7 to fresh-10 (issue 10), written as our own small pages.

const describe_ = (html: string, url: string, name: string, role: 'home' | 'about' | 'other', meta?: string) =>
  companyDescription(docFrom(html, url), { name, host: new URL(url).hostname, role, meta, productPage: false });
const products = (html: string, url = 'https://acme.example/') => menuProducts(docFrom(html, url), new URL(url));
const li = (text: string, href: string, sub = '') => `<li><a href="${href}">${text}</a>${sub}</li>`;
const ul = (...items: string[]) => `<ul>${items.join('')}</ul>`;

describe('microdata a site builder filled in', () => {
  const page = `<html><head><title>Smile Dental</title></head><body><div itemscope itemtype="http://schema.org/LocalBusiness">
    <span itemprop="name">Smile Dental</span>
    <span itemprop="description">{Smile Dental}{8500 Wilshire Blvd, Suite 505, Beverly Hills, CA, 90211}{Beverly Hills}{CA}</span>
    <div itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
      <div itemprop="streetAddress">8500 Wilshire Blvd, Suite 505, Beverly Hills, CA, 90211</div>
      <div itemprop="addressLocality">Beverly Hills</div><div itemprop="addressRegion">CA</div>
    </div></div>
    <p>Smile Dental is a cosmetic dentistry practice in Beverly Hills, minutes from Rodeo Drive, making natural smiles.</p></body></html>`;
  const x = extractPage(docFrom(page, 'https://smiledental.example/'), new URL('https://smiledental.example/'));

  it('takes no "{Name}{Address}" template as the description', () => {
    expect(x.company?.description ?? '').not.toContain('{');
    expect(x.company?.summary ?? '').not.toContain('{');
  });

  it('does not write the town twice when the street field holds the whole address', () => {
    expect(x.company?.address).toBe('8500 Wilshire Blvd, Suite 505, Beverly Hills, CA 90211');
  });
});

describe('the founding year in more phrasings', () => {
  it('reads a participle opening the sentence, "formed N years ago in", and "built <Name>"', () => {
    expect(proseFacts('Acmeink.com is a provider of toner. Created in 2005, Acmeink.com is the online arm of the company.').founded).toBe(
      2005,
    );
    expect(proseFacts('UK Pipes Limited was formed 12 years ago in 2002 as an online supplier.').founded).toBe(2002);
    expect(proseFacts('In 1972, our parents built Chalet Alpina at a time when the village was quiet.', 'Chalet Alpina').founded).toBe(
      1972,
    );
  });

  it('takes no year from a participle in the middle of a sentence or from a building', () => {
    expect(proseFacts('Our new warehouse, opened in 2019, holds 4,000 pallets.').founded).toBeUndefined();
    expect(proseFacts('Built in 1920, the house has five rooms.').founded).toBeUndefined();
  });
});

describe('what a company does, in its own voice', () => {
  it('tells a meta line written for search engines from one written for readers', () => {
    expect(
      keywordStuffed(
        'Acme builders is your choice of a Wisconsin custom home builder. luxury homes Milwaukee Wisconsin. Acme Builders is a leading luxury homes Wisconsin builder.',
      ),
    ).toBe(true);
    expect(keywordStuffed('Oilfield valves from Prism Flow - ball valves, butterfly valves, check valves and more.')).toBe(false);
    expect(keywordStuffed('Acme makes warehouse robots. Our robots move pallets for 300 customers.')).toBe(false);
    // "Inc." and "Ltd." end no sentence: the word after them in lower case is no run of keywords.
    expect(
      keywordStuffed('Prism Flow Holdings Inc. provides valves to refineries: ball valves, butterfly valves and check valves for refineries.'),
    ).toBe(false);
    expect(keywordStuffed('Borealis Ltd. builds custom boats; custom sails and custom rigging for custom yachts.')).toBe(false);
  });

  it('reads the paragraph of an old table cell that opens with a clause of time, not the stuffed meta', () => {
    const html = `<body><table><tr><td>For over a quarter of a century, Barton Builders has been a Wisconsin custom home builder building homes with care. Our goal is to exceed your expectations.
      <p align="center"><a href="/homes">Our homes</a></p></td></tr></table></body>`;
    const meta =
      'Barton builders is your choice of a Wisconsin custom home builder. luxury homes Milwaukee Wisconsin. Barton Builders luxury homes Wisconsin.';
    expect(describe_(html, 'http://www.bartonbuilders.example/', 'Barton Builders', 'home', meta)).toMatch(
      /^For over a quarter of a century, Barton Builders has been/,
    );
  });

  it('reads bare text after a cell’s heading, a paragraph to each double line break, and "Since 2003 X has been …"', () => {
    const html = `<body><table><tr><td><p id="heading">About Us</p><br>
      Since 2003 Reemwear.example has been changing the way people shop for clothes in the UK, from our warehouse in Leeds. <br><br>
      <strong>Men’s Clothing</strong><br><br>For men, we stock a large range of the coolest labels, with <a href="/a">Brand A</a> and <a href="/b">Brand B</a> among them.</td></tr></table></body>`;
    expect(describe_(html, 'http://www.reemwear.example/About-Us.html', 'Reem Wear', 'other')).toBe(
      'Since 2003 Reemwear.example has been changing the way people shop for clothes in the UK, from our warehouse in Leeds.',
    );
  });

  it('reads a sentence where the site calls itself by its address', () => {
    const html =
      '<body><h1>About us</h1><p>Bluecatink.com is a leading provider of imaging products for home users, business and government. Created in 2005, it is our online store.</p></body>';
    expect(describe_(html, 'http://www.bluecatink.example/about/', 'Blue Cat Ink', 'other')).toMatch(
      /^Bluecatink\.com is a leading provider/,
    );
  });

  it('prefers the paragraph that tells more over a hero tagline that defines the company too', () => {
    const html = `<body><section class="hero"><h1>Born on the road</h1><p>Rapid-Convoy is a company that delivers cars and motorbikes, built on its founders' field experience.</p></section>
      <section><h2>Our story</h2><p>Rapid-Convoy is a company that delivers cars and motorbikes, founded by former independent drivers with years of experience. That experience showed what the market lacked.</p></section></body>`;
    expect(describe_(html, 'https://www.rapid-convoy.example/about.html', 'Rapid Convoy', 'other')).toMatch(
      /founded by former independent drivers/,
    );
  });

  it('on an About page, takes its opening paragraph naming the company before a later sentence that opens with the name', () => {
    const html = `<body><h1>About Us</h1><p>Imprimo Enterprises, Inc. (www.imprimo-e.example) was founded in 1975 and has three business units. Since 1990 it resells barcode printers.</p>
      <p>Imprimo is not only a brick and mortar business of 34 years but now we have an online shop ready to serve you any day of the week.</p></body>`;
    expect(describe_(html, 'http://zebra.imprimo-e.example/aboutus.asp', 'Imprimo Enterprises', 'about')).toMatch(
      /^Imprimo Enterprises, Inc\./,
    );
  });
});

describe('the company’s name on a subdomain', () => {
  it('reads the name the text glosses with the owner’s domain, never the host the copyright line shows', () => {
    const url = 'http://zebra.imprimo-e.example/aboutus.asp';
    const doc = docFrom(
      '<html><head><title>About Us</title></head><body><h1>About Us</h1><p>READ ALL ABOUT OUR BARCODE NEEDS\nImprimo Enterprises, Inc. (www.imprimo-e.example) was founded in 1975.</p><footer><a href="/terms">Copyright © 2014 zebra.imprimo-e.example. All Rights Reserved.</a></footer></body></html>',
      url,
    );
    expect(companyName(doc, new URL(url), readMetadata(doc, new URL(url)))).toBe('Imprimo Enterprises');
  });
});

describe('offerings in more menus', () => {
  it('opens a "What we do?" menu whose items are families of their own items', () => {
    const nav = `<nav>${ul(
      li(
        'What we do?',
        '/what',
        ul(
          li('Branding', '/branding', ul(li('Programmatic', '/p'), li('Digital PR', '/pr'))),
          li('Search', '/search', ul(li('SEO', '/seo'), li('SEM', '/sem'))),
        ),
      ),
      li('About us', '/about'),
    )}</nav>`;
    expect(products(nav)).toEqual(['Programmatic', 'Digital PR', 'SEO', 'SEM']);
  });

  it('does not open a family whose menu is a blurb and its link', () => {
    const nav = `<nav>${ul(
      li(
        'Products',
        '/products',
        ul(
          li(
            'AcmeCRM',
            '/crm',
            ul(
              li('AcmeCRM is an open source customer relationship management suite for teams of all sizes', '/crm'),
              li('Explore AcmeCRM', '/crm'),
            ),
          ),
          li('AcmeCare', '/care', ul(li('The total care package for AcmeCRM with warranty and updates', '/care'), li('Get Care', '/care'))),
        ),
      ),
    )}</nav>`;
    expect(products(nav)).toEqual(['AcmeCRM', 'AcmeCare']);
  });

  it('reads no line from a shop’s category tree: the goods it resells are not its products (tests/fixtures/README.md)', () => {
    const sub = (name: string) => ul(...Array.from({ length: 7 }, (_, k) => li(`${name} model ${k + 1}`, `/${name}/${k}`)));
    const nav = `<div id="menu">${ul(li('Boilers', '/boilers', sub('boiler')), li('Fires', '/fires', sub('fire')), li('Radiators', '/radiators', sub('radiator')), li('Pumps', '/pumps', sub('pump')))}</div>`;
    expect(products(nav)).toEqual([]);
    // Labelled as the firm's own line, the same menu still counts.
    const own = `<div id="menu">${ul(li('Products', '/products', ul(li('Boiler Service', '/s/1'), li('Boiler Installation', '/s/2'), li('Boiler Repair', '/s/3'))), li('About', '/about'))}</div>`;
    expect(products(own)).toEqual(['Boiler Service', 'Boiler Installation', 'Boiler Repair']);
  });

  it('reads "Lock Types" on a site named after locks, not "Price Ranges" or another site’s types', () => {
    const side = `<div class="side"><h3>Lock Types</h3>${ul(li('U-locks', '/u'), li('Chain Locks', '/chain'), li('Cable Locks', '/cable'))}<h3>Price Ranges</h3>${ul(li('$5 - $19', '/p1'), li('$20 - $39', '/p2'))}</div>`;
    expect(products(side, 'http://www.bike-locks.example/about/')).toEqual(['U-locks', 'Chain Locks', 'Cable Locks']);
    expect(products(side, 'http://www.cyclery.example/about/')).toEqual([]);
  });

  it('reads a "Solutions" menu only when its items name themselves offerings', () => {
    const menu = (items: string[]) =>
      `<nav>${ul(li('Solutions', '/solutions', ul(...items.map((t, k) => li(t, `/s${k}`)))), li('Company', '/about'))}</nav>`;
    expect(products(menu(['Secure Workflow Platform', 'Treasury Management System', 'Credit Risk Solutions']))).toEqual([
      'Secure Workflow Platform',
      'Treasury Management System',
      'Credit Risk Solutions',
    ]);
    expect(products(menu(['Banks', 'Insurers', 'Retail']))).toEqual([]);
  });

  it('reads cards the theme calls service cards', () => {
    const card = (t: string) =>
      `<div class="col"><div class="service-card"><i class="icon"></i><h3 class="h4">${t}</h3><p>Advice you can trust.</p></div></div>`;
    expect(
      products(
        `<section><div class="row">${['Purchase and valuation', 'Performance upgrades', 'Buying support'].map(card).join('')}</div></section>`,
      ),
    ).toEqual(['Purchase and valuation', 'Performance upgrades', 'Buying support']);
    expect(products(`<section>${['Purchase and valuation', 'Performance upgrades'].map(card).join('')}</section>`)).toEqual([]);
  });

  it('reads a Spanish main menu’s offerings between its furniture when the site names them', () => {
    const page = `<html><head><title>AguaPura - sistemas residencial, semi industrial e industrial</title></head><body><header><nav>${ul(
      li('Inicio', '/'),
      li('Quiénes Somos', '/quienes'),
      li('Residencial', '/residencial'),
      li('Semi Industrial', '/semi'),
      li('Industrial', '/industrial'),
      li('Galería', '/galeria'),
      li('Contacto', '/contacto'),
    )}</nav></header></body></html>`;
    expect(products(page)).toEqual(['Residencial', 'Semi Industrial', 'Industrial']);
  });
});

describe('addresses of old contact pages', () => {
  it('reads street › town › country › postcode as one address (an old CMS’s contact block)', () => {
    expect(
      findPostalAddress(['Garage Zwartjes', 'Meridiaan 2', 'Hulst', 'Nederland', '4561 PH', 'E-mail: info@zwartjes.example']),
    ).toMatchObject({
      address: 'Meridiaan 2, 4561 PH Hulst',
      place: 'Hulst',
    });
  });

  it('reads a Canadian code typed with a letter O for the zero, past a note in brackets', () => {
    expect(
      findPostalAddress([
        'INVERMERE OFFICE',
        'Office: 250.342.5599',
        '492 highway 93/95',
        '(beside the coffee shop)',
        'Invermere, BC VOA 1K2',
      ]),
    ).toMatchObject({
      address: '492 highway 93/95, Invermere, BC VOA 1K2',
      place: 'Invermere, BC',
    });
  });
});

describe('names a page presents', () => {
  const nameOf = (html: string, url: string) => {
    const doc = docFrom(html, url);
    return companyName(doc, new URL(url), readMetadata(doc, new URL(url)));
  };

  it('reads the name an "About …" heading presents over the domain written as a name', () => {
    expect(
      nameOf(
        '<html><head><title>About Us</title></head><body><div id="logo"><img src="/logo.png" alt="Bike-Locks.com"></div><h1>About A&amp;Js\' Bike Locks</h1><p>We sell locks.</p></body></html>',
        'http://www.bike-locks.example/about/',
      ),
    ).toBe("A&Js' Bike Locks");
  });

  it('drops the site’s country tag after the name', () => {
    expect(
      nameOf(
        '<html><head><title>Contact - Verhuurbureau de Zeester NL</title></head><body><p>Contact</p></body></html>',
        'http://www.zeester.nl/contact/',
      ),
    ).toBe('Verhuurbureau de Zeester');
  });
});

describe('the summary of an About page that opens with a story', () => {
  const page = (
    meta: string,
  ) => `<html><head><title>Über uns | Sonnenfix</title><meta name="description" content="${meta}"></head><body><main><h1>Über uns</h1>
    <p>Wenn es um die Beschattung von Fenstern oder grossen Glasfronten geht, führt kein Weg an Sonnenfix vorbei. Unsere Produktpalette reicht von Folien bis zu Rollos.</p></main></body></html>`;
  const url = 'https://sonnenfix.example/ueber-uns';

  it('is the meta line when it defines the company; the description stays the page’s text', () => {
    const x = extractPage(
      docFrom(page('Sonnenfix ist Ihr Spezialist für Sonnenschutz und Blendschutz am Fenster, schweizweit tätig.'), url),
      new URL(url),
    );
    expect(x.company?.summary).toBe('Sonnenfix ist Ihr Spezialist für Sonnenschutz und Blendschutz am Fenster, schweizweit tätig.');
    expect(x.company?.description).toMatch(/^Wenn es um die Beschattung/);
  });

  it('stays the page’s own when the meta line only describes the page', () => {
    const x = extractPage(
      docFrom(page('Erfahren Sie mehr über Sonnenfix, unser Team und unsere Geschichte in der Schweiz.'), url),
      new URL(url),
    );
    expect(x.company?.summary).toMatch(/^Wenn es um die Beschattung/);
  });
});
