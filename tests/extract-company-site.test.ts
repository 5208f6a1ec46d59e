import { describe, expect, it } from 'vitest';
import { companyDescription, describesCompany } from '../lib/extract/about-text';
import { summaryOf } from '../lib/extract/summary';
import { companyDetails, pageLinesOf } from '../lib/extract/company-details';
import { withProseFacts } from '../lib/extract/company-prose';
import { companyName, copyrightHolder } from '../lib/extract/company-name';
import { linkedinCompanyUrl } from '../lib/extract/facts';
import { readMetadata } from '../lib/extract/metadata';
import { pageRole } from '../lib/extract/page-role';
import { findPostalAddress } from '../lib/extract/postal-address';
import { textLines } from '../lib/extract/text-lines';
import { proseFacts } from '../lib/extract/prose';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { menuProducts } from '../lib/extract/site-menus';
import { socialLinks, socialsFromSameAs } from '../lib/extract/socials';
import { docFrom } from './helpers/dom';

const nameOf = (html: string, url: string) => {
  const doc = docFrom(html, url);
  return companyName(doc, new URL(url), readMetadata(doc, new URL(url)));
};

describe('what part of a company site a page is', () => {
  it('reads the role from the last short segment of the address, then the title', () => {
    const role = (u: string, t?: string) => pageRole(new URL(u), t);
    expect(role('https://acme.example/')).toBe('home');
    expect(role('https://acme.example/home')).toBe('home');
    expect(role('https://acme.example/about-us/meet-our-staff/')).toBe('team');
    expect(role('https://acme.example/attorneys-and-staff/')).toBe('team');
    expect(role('https://acme.example/ueber/dormed')).toBe('about');
    expect(role('https://acme.example/qui-sommes-nous.html')).toBe('about');
    expect(role('https://acme.example/pagina.php?link6=contact')).toBe('contact');
    expect(role('https://acme.example/karriere.html')).toBe('careers');
    expect(role('https://acme.example/p/12', 'About ioSafe')).toBe('about');
    // A story's slug is a headline, whatever words it holds.
    expect(role('https://news.example/news/business/bakery-to-create-120-jobs-at-new-site')).toBe('other');
    expect(role('https://acme.example/products/marketing')).toBe('other');
  });

  it('keeps an About or team page a company page when only og:type says "article"', () => {
    const html = `<head><title>Attorneys &amp; Staff | Katz Law</title><meta property="og:type" content="article">
      <meta property="og:site_name" content="Katz Law"></head><body><h1>Attorneys</h1><p>Our lawyers.</p></body>`;
    const team = extractPage(
      docFrom(html, 'https://www.katzlaw.example/attorneys-and-staff/'),
      new URL('https://www.katzlaw.example/attorneys-and-staff/'),
    );
    expect(team.kind).toBe('company-page');
    expect(team.company?.name).toBe('Katz Law');
    // A post keeps its kind: a publishing date in its metadata and a date and byline it shows say it
    // is a story (the metadata date alone is stamped on every page by SEO plugins: ../lib/extract/kind-own-page.ts).
    const post = html
      .replace('</head>', '<meta property="article:published_time" content="2024-03-01T10:00:00Z"></head>')
      .replace('</h1>', '</h1><p class="byline">By Ann Katz</p><time datetime="2024-03-01">March 1, 2024</time>');
    expect(
      extractPage(
        docFrom(post, 'https://www.katzlaw.example/attorneys-and-staff/'),
        new URL('https://www.katzlaw.example/attorneys-and-staff/'),
      ).kind,
    ).toBe('article');
  });

  it("never reads a site's home page, or a dated landing page with no story on it, as an article", () => {
    const kind = (html: string, u: string) => extractPage(docFrom(html, u), new URL(u)).kind;
    // A banner line that reads like a press release's dateline ("A New Acme Is Here — Build …").
    const home = `<head><title>Acme: The API Platform</title></head><body><main><h1>The AI-native API platform</h1>
      <p>A New Acme Is Here — Develop, test and distribute APIs and services, the one platform engineers use every day.</p></main></body>`;
    expect(kind(home, 'https://www.acme.example/')).toBe('company-page');
    const landing = `<head><title>Customer service software | Acme</title><meta property="og:type" content="website">
      <meta property="article:published_time" content="2024-11-21T10:00:00Z"></head><body><main><h1>The complete customer service solution</h1>
      <p>Resolve issues faster with AI agents.</p><p>Ticketing, messaging and voice in one place.</p></main></body>`;
    expect(kind(landing, 'https://www.acme.example/service/')).toBe('company-page');
    // The same stamp over a story's worth of text is a story.
    const story = landing.replace(
      '</main>',
      `<p>${'Acme said on Tuesday that its customer service business grew by a third this year. '.repeat(12)}</p></main>`,
    );
    expect(kind(story, 'https://www.acme.example/service/')).toBe('article');
  });
});

describe("a company's name on its own site", () => {
  it("checks an Organization's JSON-LD name against the page: a tagline or a theme's default is not the name", () => {
    const page = (ld: string, head = '') => {
      const url = 'https://acmerobotics.example/';
      const html = `<head><title>Acme Robotics – Warehouse robots</title>${head}<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"${ld}","url":"${url}"}</script></head>
        <body><main><p>Acme Robotics builds robots for warehouses.</p></main><footer>© 2024 Acme Robotics GmbH</footer></body>`;
      return extractPage(docFrom(html, url), new URL(url)).company?.name;
    };
    expect(page('Acme Robotics | Warehouse robots for everyone')).toBe('Acme Robotics');
    expect(page('My WordPress Site', '<meta property="og:site_name" content="Acme Robotics">')).toBe('Acme Robotics');
    // A brand the domain does not spell stays, when nothing on the page names the company after its domain.
    const url = 'https://www.expapp.example/';
    const brand = `<head><title>Experience | Ticketing technology</title><script type="application/ld+json">{"@type":"Organization","name":"Experience","url":"${url}"}</script></head>
      <body><main><p>Experience sells tickets.</p></main><footer>© 2018 Experience</footer></body>`;
    expect(extractPage(docFrom(brand, url), new URL(url)).company?.name).toBe('Experience');
  });

  it('takes the title part that spells the domain, not a page heading or a tagline', () => {
    expect(nameOf('<title>About ioSafe</title>', 'http://iosafe.example/about')).toBe('ioSafe');
    expect(nameOf('<title>Bunchball | Gamification for the Enterprise</title>', 'http://www.bunchball.example/')).toBe('Bunchball');
    expect(
      nameOf(
        '<title>Peters &amp; Van der Weele advocaten, advocaten in Helmond l Familie- &amp; Personenrecht l Arbeidsrecht l Huurrecht</title>',
        'http://www.petersvanderweele.example/contact',
      ),
    ).toBe('Peters & Van der Weele advocaten');
  });

  it('prefers what several sources agree on (logo, copyright) over a page title', () => {
    const html = `<title>Abacus Careers</title><body><header><a href="/"><img src="/logo.png" alt="IT Infrastructure Solutions | Abacus Solutions"></a></header>
      <footer><p>Copyright 2014 by Abacus Solutions, LLC.</p></footer></body>`;
    expect(nameOf(html, 'http://www.abacusllc.example/careers')).toBe('Abacus Solutions');
    expect(
      nameOf(
        '<title>About us</title><body><div id="logo"><img alt="V1 Project Accounting" src="l.png"></div></body>',
        'http://www.v1projectaccounting.example/about',
      ),
    ).toBe('V1 Project Accounting');
  });

  it('never takes a trade, a search query or a person with their role for the name', () => {
    // A site name written for search engines, on a domain that is its words: the copyright line names the firm.
    const lawyer = `<head><title>Elder Law | Certified Elder Law Attorney</title><meta property="og:site_name" content="Certified Elder Law Attorney"></head>
      <body><main><p>Wills, trusts and Medicaid planning.</p></main><footer>© 2025 Roe &amp; Poe Law Group. All rights reserved.</footer></body>`;
    expect(nameOf(lawyer, 'https://www.certifiedelderlawattorney.example/')).toBe('Roe & Poe Law Group');
    const pests = `<title>Termite Treatment | Exterminator Near Me</title><body><header><a href="/"><img src="/logo.png" alt="Bugaway Pest Control"></a></header><p>We treat termites.</p></body>`;
    expect(nameOf(pests, 'https://www.exterminatornearme.example/')).toBe('Bugaway Pest Control');
    const broker = `<title>Ted Amenta, Owner/Broker</title><body><p>Homes for sale.</p><footer>© 2024 Amenta Realty</footer></body>`;
    expect(nameOf(broker, 'https://www.tedamenta.example/about')).toBe('Amenta Realty');
    // A firm named for its trade in the plural stays a firm.
    expect(nameOf('<title>Home | Acme Contractors</title>', 'https://www.acmecontractors.example/')).toBe('Acme Contractors');
  });

  it('never squashes the domain into a word the page writes with spaces', () => {
    const html = '<title>Contact - Deltadak</title><body><p>Dakdekker Delta Dak Zeeland: uw dak in goede handen.</p></body>';
    expect(nameOf(html, 'http://deltadak.example/contact/')).toBe('Delta Dak');
  });

  it('reads a domain that abbreviates the name, or holds one distinctive word of it', () => {
    expect(nameOf('<title>R.S. Pressman &amp; Associates, Inc.</title>', 'http://www.rspa.example/about/')).toBe(
      'R.S. Pressman & Associates, Inc.',
    );
    expect(nameOf('<title>Contact Information Management Technologies, Inc.</title>', 'http://www.informt.example/contact-us')).toBe(
      'Information Management Technologies, Inc.',
    );
    // A title that starts with the advisor's job: the part with the domain's distinctive word wins.
    expect(
      nameOf(
        '<title>Financial Planner &amp; Senior Financial Advisor – The Harlowe Wealth Management Group - DWM Securities Inc., Burlington Branch - Contact</title>',
        'http://www.michaelharlowe.example/Contact-Us/',
      ),
    ).toBe('The Harlowe Wealth Management Group');
    // "Management" is common to many names; it alone relates nothing.
    expect(nameOf('<title>Contact - Management Partners Group</title>', 'http://www.mgmtpro.example/contact')).toBeUndefined();
  });

  it("drops the page's own name, calls to action and a bare domain from the title parts", () => {
    expect(nameOf('<title>Northwind Foods Limited Contact</title>', 'http://www.northwind.example/contact/')).toBe(
      'Northwind Foods Limited',
    );
    expect(nameOf('<title>Sign Up for Free - Acme Cloud Reports | Acme</title>', 'https://acme.example/signup')).toBe('Acme');
    // "vangerwen.nl - CONTACT": the domain is not how the firm writes its name; the page's text is.
    const html = '<title>vangerwen.nl - CONTACT</title><body><h2>Welkom bij Van Gerwen</h2>\n<p>Wij leveren tuinhout.</p></body>';
    expect(nameOf(html, 'http://www.vangerwen.example/contact/')).toBe('Van Gerwen');
  });

  it('names the company from the line above its address, or the domain as the page writes it', () => {
    const url = 'http://www.hertoghmetaal.example/contact2.html';
    const doc = docFrom('<title>Contact</title><body><p>Hertogh Metaal<br>Dorpsstraat 86<br>4588 KD Walsoorden</p></body>', url);
    const postal = findPostalAddress(textLines(doc.body));
    expect(postal?.addressee).toBe('Hertogh Metaal');
    expect(companyName(doc, new URL(url), readMetadata(doc, new URL(url)), { addressee: postal?.addressee })).toBe('Hertogh Metaal');
    // No address block: the domain, only where the page spells it out in words.
    expect(nameOf('<title>Contact</title><body><p>Bel Hertogh Metaal voor een offerte.</p></body>', url)).toBe('Hertogh Metaal');
    expect(nameOf('<title>Contact</title><body><p>Bel ons voor een offerte.</p></body>', url)).toBeUndefined();
  });

  it('writes the name with its legal form where the title does, and as the page most often spells it', () => {
    const html = `<title>Factory Contacts For Brightline Engineering, Inc.</title><body>
      <footer><p>Copyright © 2013 BRIGHTLINE ENGINEERING. All rights reserved.</p></footer></body>`;
    expect(nameOf(html, 'http://www.brightlineengineering.example/contacts.php')).toBe('Brightline Engineering, Inc.');
    // A tagline after the name carries no legal form, so it never joins the name.
    expect(nameOf('<title>Nordlicht | Dimmers and Controls, Inc.</title>', 'http://www.nordlicht.example/')).toBe('Nordlicht');
    const spelled = `<title>DaVinci Syrups – Flavored Syrups And Sauces</title><body>
      <header><a href="/"><img src="/logo.png" alt="Da Vinci Syrups"></a></header>
      <footer><p>© 2014 DaVinci Syrups. All rights reserved.</p></footer></body>`;
    expect(nameOf(spelled, 'http://www.davincisyrups.example/')).toBe('DaVinci Syrups');
  });

  it('reads the holder of a copyright line written with a comma, up to its legal form', () => {
    const holder = (footer: string) => copyrightHolder(docFrom(`<body><p>Hello</p><footer>${footer}</footer></body>`));
    expect(holder('<p>Copyright © 2014, Kestrel Renovations Ltd. - All Rights Reserved.</p>')).toBe('Kestrel Renovations');
    expect(holder('<p>© 2014 Glow by Amara, Inc., a California Medical Corporation. All rights reserved.</p>')).toBe('Glow by Amara');
  });

  it('takes og:site_name when it names the site, even if a logo says less', () => {
    const html =
      '<head><meta property="og:site_name" content="Plausible Analytics"><title>Plausible Analytics | Simple analytics</title></head><body><header><img class="logo" alt="Plausible logo"></header></body>';
    expect(nameOf(html, 'https://plausible.example/')).toBe('Plausible Analytics');
  });
});

describe('profiles elsewhere', () => {
  it('reads footer icon links and skips share buttons, posts and quoted tweets', () => {
    const doc = docFrom(`<body>
      <div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x"></a><a href="https://twitter.com/intent/tweet?text=x"></a>
        <a href="https://www.linkedin.com/shareArticle?mini=true&url=x"></a></div>
      <blockquote><a href="https://x.com/someone/status/17143">a tweet</a></blockquote>
      <footer><ul class="social"><li><a href="https://www.facebook.com/AcmeRobots"><svg></svg></a></li>
        <li><a href="https://de.linkedin.com/company/acme-robots"><svg></svg></a></li>
        <li><a href="https://twitter.com/acmerobots"></a></li><li><a href="http://twitter.com/AcmeRobots/"></a></li>
        <li><a href="https://www.youtube.com/watch?v=abc">our video</a></li><li><a href="https://www.youtube.com/@acmerobots"></a></li>
        <li><a href="https://fosstodon.org/@acme">Mastodon</a></li></ul></footer></body>`);
    expect(socialLinks(doc, new URL('https://acme.example/'))).toEqual([
      'https://www.facebook.com/AcmeRobots',
      'https://de.linkedin.com/company/acme-robots',
      'https://twitter.com/acmerobots',
      'https://www.youtube.com/@acmerobots',
      'https://fosstodon.org/@acme',
    ]);
  });

  it('leaves out share buttons that carry the page in their query, and a page’s photo album', () => {
    const doc = docFrom(`<body><div class="post-share"><a href="https://twitter.com/home?status=Read%20this%20https%3a%2f%2fmovers.example%2f" title="Twitter">Twitter</a>
      <a href="https://pinterest.com/pin/create/button/?url=https%3a%2f%2fmovers.example%2f&media=x" title="Pinterest">Pinterest</a>
      <a href="https://www.facebook.com/media/set/?set=a.5480&type=3">Our photos</a></div>
      <footer><a href="https://www.facebook.com/swiftmovers">Facebook</a><a href="https://twitter.com/swiftmovers">Twitter</a></footer></body>`);
    expect(socialLinks(doc, new URL('https://movers.example/'))).toEqual(['https://www.facebook.com/swiftmovers', 'https://twitter.com/swiftmovers']);
  });

  it('reads the links of an image map of social icons', () => {
    const doc = docFrom(`<body><div id="footer"><img src="/social.png" usemap="#social"><map name="social">
      <area shape="rect" coords="0,0,32,32" href="http://www.facebook.com/vaultbox" target="_blank">
      <area shape="rect" coords="37,0,67,32" href="http://twitter.com/VaultBox" target="_blank">
      <area shape="rect" coords="72,0,102,32" href="/contact" alt="Contact"></map></div></body>`);
    expect(socialLinks(doc, new URL('https://vaultbox.example/about'))).toEqual([
      'http://www.facebook.com/vaultbox',
      'http://twitter.com/VaultBox',
    ]);
  });

  it("never counts a personal LinkedIn profile as the company's, on a one-person site or a team's", () => {
    const solo = docFrom('<footer><a href="https://www.linkedin.com/in/robin-m/">LinkedIn</a></footer>');
    expect(socialLinks(solo, new URL('https://solo.example/'))).toEqual([]);
    const team = docFrom(
      '<main><a href="https://www.linkedin.com/in/a-b/">Ann B</a><a href="https://www.linkedin.com/in/c-d/">Cy D</a></main>',
    );
    expect(socialLinks(team, new URL('https://team.example/'))).toEqual([]);
  });

  it("opens a menu's families into their services though the footer repeats only the families", () => {
    // The shape of fresh16-shtarklaw: Services › Estate Planning › Trusts · Wills, and a footer
    // "Services" column naming the families alone.
    const fam = (name: string, leaves: string[]) =>
      `<li><a href="/services/${name.toLowerCase().replace(/ /g, '-')}/">${name}</a><ul class="sub-menu">${leaves
        .map((l) => `<li><a href="/services/${l.toLowerCase().replace(/ /g, '-')}/">${l}</a></li>`)
        .join('')}</ul></li>`;
    const html = `<header><nav><ul><li><a href="/">Home</a></li><li><a href="/services/">Services</a><ul class="sub-menu">${fam(
      'Estate Planning',
      ['Trusts', 'Wills'],
    )}${fam('Elder Law', ['Medicaid Planning', 'Disability Planning'])}${fam('Personal Injury', ['Car Accidents', 'Premises Liability'])}</ul></li></ul></nav></header>
      <main><h1>Business Formation</h1></main><footer><h3>Services</h3><ul><li><a href="/services/estate-planning/">Estate Planning</a></li>
      <li><a href="/services/elder-law/">Elder Law</a></li><li><a href="/services/personal-injury/">Personal Injury</a></li></ul></footer>`;
    expect(
      menuProducts(docFrom(html, 'https://law.example/services/business/'), new URL('https://law.example/services/business/')),
    ).toEqual(['Trusts', 'Wills', 'Medicaid Planning', 'Disability Planning', 'Car Accidents', 'Premises Liability']);
  });

  it("drops a network's bare address from sameAs, so the footer's profile links are read instead", () => {
    // An SEO plugin's defaults, never filled in (fresh16-damcogroup).
    const bare = ['https://facebook.com/', 'https://x.com/', 'https://linkedin.com/in/', 'https://www.youtube.com/'];
    expect(socialsFromSameAs([...bare, 'https://www.facebook.com/AcmeCo/'])).toEqual(['https://www.facebook.com/AcmeCo/']);
    const html = `<head><script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Acme Data',
      url: 'https://acme.example/',
      sameAs: bare,
    })}</script></head><body><h1>Acme Data</h1><footer><a href="https://twitter.com/acmedata">Twitter</a>
      <a href="https://www.linkedin.com/company/acme-data/">LinkedIn</a></footer></body>`;
    const x = extractPage(docFrom(html, 'https://acme.example/about'), new URL('https://acme.example/about'));
    expect(x.company?.socials).toEqual(['https://twitter.com/acmedata', 'https://www.linkedin.com/company/acme-data/']);
    expect(x.company?.linkedinUrl).toBe('https://www.linkedin.com/company/acme-data/');
  });

  it("reads the footer's icons when the body's classes name a quote style", () => {
    // A theme writes its blockquote style on <body> (fresh16-icebergwebdesign): not a testimonial.
    const doc = docFrom(
      '<body class="theme-blockquote-style-1"><footer><a href="https://www.facebook.com/acmeweb" aria-label="facebook"></a></footer>' +
        '<div class="testimonial"><a href="https://twitter.com/happyclient">@happyclient</a></div></body>',
    );
    expect(socialLinks(doc, new URL('https://acme.example/'))).toEqual(['https://www.facebook.com/acmeweb']);
  });

  it('keeps sameAs profiles, drops encyclopedia and map entries, and normalises LinkedIn', () => {
    expect(
      socialsFromSameAs([
        'https://www.wikidata.org/wiki/Q1',
        'https://en.wikipedia.org/wiki/Acme',
        'https://maps.app.goo.gl/x',
        'https://x.com/acme',
        'https://example.org/press',
      ]),
    ).toEqual(['https://x.com/acme', 'https://example.org/press']);
    expect(linkedinCompanyUrl('http://www.linkedin.com/company/katz-marshall-&-banks-llp?trk=hb')).toBe(
      'https://www.linkedin.com/company/katz-marshall-&-banks-llp/',
    );
    expect(linkedinCompanyUrl('https://fr.linkedin.com/company/Esprit-Barbecue')).toBe('https://www.linkedin.com/company/esprit-barbecue/');
  });
});

describe('street addresses', () => {
  const find = (html: string) => findPostalAddress(textLines(docFrom(html).body));

  it('reads a street and its postal line written in one line: after a dash, without a comma, before the telephone, after the firm', () => {
    expect(find('<footer><p>Acme GmbH</p><p>Musterstraße 12 – 80331 München</p></footer>')).toMatchObject({
      address: 'Musterstraße 12, 80331 München',
      place: 'München',
    });
    expect(find('<p>Siège social : 8 avenue Foch 69006 Lyon</p>')).toMatchObject({ address: '8 avenue Foch, 69006 Lyon', place: 'Lyon' });
    expect(find('<p>Adresse: Hauptstr. 5, 10115 Berlin Tel: 030 1234567</p>')).toMatchObject({
      address: 'Hauptstr. 5, 10115 Berlin',
      place: 'Berlin',
    });
    expect(find('<p>Acme GmbH, Musterstraße 12, 80331 München, Deutschland</p>')).toMatchObject({
      address: 'Musterstraße 12, 80331 München',
      place: 'München',
    });
    expect(
      find('<p>Advantage Engineering, Inc. 525 East Stop 18 Road, Greenwood, IN 46142 Phone: 317-887-0729 Fax: 317-881-1277</p>'),
    ).toMatchObject({
      address: '525 East Stop 18 Road, Greenwood, IN 46142',
      place: 'Greenwood, IN',
    });
    // A label before a dash is no street: "Kansas Headquarters - 1401 Main Street, …" keeps its street whole.
    expect(find('<p>Kansas Headquarters - 1401 Main Street, Goodland, Kansas 67735</p>')).toMatchObject({
      address: '1401 Main Street, Goodland, Kansas 67735',
    });
    // A British street before the town is not part of the place.
    expect(find('<p>Our office: 221B Baker Street, London NW1 6XE, UK</p>')).toMatchObject({ place: 'London' });
  });

  it('reads US blocks with their street lines, as lines or bars', () => {
    expect(find('<p>Bunchball Headquarters<br>2200 Bridge Pkwy, Suite 201<br>Redwood City, CA 94065<br>+1 408-985-2034</p>')).toEqual({
      address: '2200 Bridge Pkwy, Suite 201, Redwood City, CA 94065',
      place: 'Redwood City, CA',
      addressee: 'Bunchball',
    });
    expect(find('<footer><p>1190 Kennestone Circle NW | Suite 120 | Marietta, GA 30066 | Sitemap</p></footer>')).toEqual({
      address: '1190 Kennestone Circle NW, Suite 120, Marietta, GA 30066',
      place: 'Marietta, GA',
    });
    expect(
      find('<div>(503) 808-1268 | info@x.example | 2828 SW Corbett Avenue, Suite 135, Portland, OR 97201 | Copyright © 2014</div>'),
    ).toEqual({
      address: '2828 SW Corbett Avenue, Suite 135, Portland, OR 97201',
      place: 'Portland, OR',
    });
    expect(find('<p>Corporate Office: 567 Ortiz Avenue<br>Sand City, CA 93955<br>Phone: (831) 899-3938</p>')?.address).toBe(
      '567 Ortiz Avenue, Sand City, CA 93955',
    );
  });

  it('reads European blocks (postal code before the town) and British ones (postcode last)', () => {
    expect(find('<div id="naw">V.d. Wetering Graszoden v.o.f.<br>Paradijs 75<br>5424 TZ Elsendorp<br>Tel.: 0492 - 35 12 12</div>')).toEqual(
      {
        address: 'Paradijs 75, 5424 TZ Elsendorp',
        place: 'Elsendorp',
        addressee: 'V.d. Wetering Graszoden v.o.f.',
      },
    );
    expect(find("<p>1 rue de menin<br>Parc de l'innovation<br>59250 Marquette Lez Lille</p>")).toEqual({
      address: "1 rue de menin, Parc de l'innovation, 59250 Marquette Lez Lille",
      place: 'Marquette Lez Lille',
    });
    expect(find('<span class="small">Pentland House, Village Way, Wilmslow, Cheshire, SK9 2GH</span>')).toEqual({
      address: 'Pentland House, Village Way, Wilmslow, Cheshire, SK9 2GH',
      place: 'Wilmslow, Cheshire',
    });
  });

  it('reads Canadian blocks, with the postal code on its own line or before the province', () => {
    expect(find('<p>Maple Foods Limited<br>439 King Street West, Fifth Floor<br>Toronto, Ontario<br>M5V 1K4<br>Canada</p>')).toEqual({
      address: '439 King Street West, Fifth Floor, Toronto, Ontario M5V 1K4',
      place: 'Toronto, Ontario',
      addressee: 'Maple Foods Limited',
    });
    expect(find('<p class="contact-us">101-1305 Welch St<br>North Vancouver<br>V7P 1B3, BC.<br>info@acme.example</p>')).toEqual({
      address: '101-1305 Welch St, North Vancouver BC V7P 1B3',
      place: 'North Vancouver, BC',
    });
  });

  it('joins a state and ZIP, or a country, written on lines of their own, and steps over a phone line', () => {
    expect(find('<p>1705 Havenwood Blvd<br>New Braunfels<br>TX 78132</p>')?.address).toBe('1705 Havenwood Blvd, New Braunfels, TX 78132');
    expect(find('<p>4120 Clipper Court<br>Fremont CA 94538 USA</p>')).toEqual({
      address: '4120 Clipper Court, Fremont CA 94538',
      place: 'Fremont, CA',
    });
    expect(find('<p>Industriestraat 25<br>Tel. 046 123 45 67<br>6135 KG Sittard</p>')?.address).toBe('Industriestraat 25, 6135 KG Sittard');
  });

  it('reads a Dutch postcode written after the town, a note after it, and a British town alone under its street', () => {
    expect(find('<p>Walsoordensestraat 86<br>Walsoorden 4588 KD</p>')).toEqual({
      address: 'Walsoordensestraat 86, 4588 KD Walsoorden',
      place: 'Walsoorden',
    });
    expect(find('<p>Hogeweg 14<br>5411 LP Zeeland (Industrieterrein)</p>')?.place).toBe('Zeeland');
    expect(find('<p>PO Box 306<br>Newcastle upon Tyne NE6 5ZH</p>')).toEqual({
      address: 'PO Box 306, Newcastle upon Tyne NE6 5ZH',
      place: 'Newcastle upon Tyne',
    });
  });

  it('finds a US address inside a long line of footer text', () => {
    const line =
      'Corporate headquarters and factory of Brightline Engineering, Inc. 525 East Stop 18 Road, Greenwood, IN 46142 Phone: 317-887-0729 Fax: 317-881-1277 Hours 8 to 5 Monday through Friday, sales and service';
    expect(find(`<p>${line}</p>`)).toEqual({ address: '525 East Stop 18 Road, Greenwood, IN 46142', place: 'Greenwood, IN' });
  });

  it('takes no list of award years for a street and a postal code', () => {
    expect(
      find('<ul><li>2009 CHBA National SAM Awards – Home Renovation Finalist, 2010 Georgie Awards Finalist</li></ul>'),
    ).toBeUndefined();
  });

  it('does not take a price, a year or a lone town for an address', () => {
    expect(find('<p>Starts at $15 per seat</p><p>Washington, DC</p><p>2024 Annual report</p>')).toBeUndefined();
  });

  it("reads a LocalBusiness's microdata named after its practitioner: the business's own name, its address as a US one, its site", () => {
    const url = 'http://www.glowbyamara.example/skin-care-staff/';
    const html = `<title>Our Skin Care Staff - Santa Monica, CA</title><body><main><h1>Our Staff</h1><p>Amara leads our clinic.</p></main>
      <footer><p>© 2014 Glow by Amara, Inc., a California Medical Corporation. All rights reserved.</p>
      <span itemscope itemtype="http://schema.org/LocalBusiness"><a itemprop="url" href="%20http://www.glowbyamara.example/"></a>
      <meta itemprop="name" content=" Amara C. Laine, GNP-C, MSN"><span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
      <span itemprop="streetAddress">2730 Wilshire Blvd., Suite 320</span> <span itemprop="addressLocality">Santa Monica</span>,
      <span itemprop="addressRegion">CA</span> <span itemprop="postalCode">90403</span></span></span></footer></body>`;
    expect(extractPage(docFrom(html, url), new URL(url)).company).toMatchObject({
      name: 'Glow by Amara',
      website: 'http://www.glowbyamara.example/',
      address: '2730 Wilshire Blvd., Suite 320, Santa Monica, CA 90403',
      headquarters: 'Santa Monica, CA',
    });
    // A firm named after its founder keeps its name: "P.C." is its legal form, not a degree.
    const firm = html.replace(' Amara C. Laine, GNP-C, MSN', 'Amara Laine, PC');
    expect(extractPage(docFrom(firm, url), new URL(url)).company?.name).toBe('Amara Laine, PC');
  });

  it('writes a JSON-LD address as its country does, with the place apart', () => {
    const html = (country: string, region = '') =>
      `<script type="application/ld+json">{"@type":"Organization","name":"Acme","address":{"@type":"PostalAddress","streetAddress":"Strombergstraße 21","postalCode":"71636","addressLocality":"Ludwigsburg",${region}"addressCountry":"${country}"}}</script>`;
    const de = extractPage(docFrom(html('DE'), 'https://acme.example/'), new URL('https://acme.example/')).company;
    expect(de).toMatchObject({ address: 'Strombergstraße 21, 71636 Ludwigsburg', headquarters: 'Ludwigsburg, Germany' });
    const us = extractPage(docFrom(html('US', '"addressRegion":"TX",'), 'https://acme.example/'), new URL('https://acme.example/')).company;
    expect(us?.address).toBe('Strombergstraße 21, Ludwigsburg, TX 71636');
  });
});

describe('what the company does, from its own page', () => {
  it('rejects meta descriptions that describe the page', () => {
    expect(describesCompany('Jim Scullion, CEO')).toBe(false);
    expect(describesCompany('Meet the real estate team at Hayden Outdoors, selling properties in Kansas.')).toBe(false);
    expect(describesCompany('Werden Sie Teil unseres Teams. Offene Stellen in Technik und Vertrieb bei Acme.')).toBe(false);
    expect(describesCompany('Bunchball Headquarters 2200 Bridge Pkwy, Suite 201 Redwood City, CA 94065 +1 408-985-2034')).toBe(false);
    expect(describesCompany('Simple CRM software for small businesses in 80+ countries.')).toBe(true);
  });

  it("keeps a home page's meta description without the call to click at its end", () => {
    const doc = docFrom('<body><main><h1>Build APIs together</h1><p>Start for free.</p></main></body>');
    const meta =
      "Accelerate API development with Relay's all-in-one platform. Simplify the API lifecycle for faster, better results. Learn more.";
    expect(companyDescription(doc, { name: 'Relay', host: 'www.relay.example', role: 'home', meta, productPage: false })).toBe(
      "Accelerate API development with Relay's all-in-one platform. Simplify the API lifecycle for faster, better results.",
    );
    // "Learn more" inside the text still says the page is about something else.
    expect(describesCompany('Learn more about our pricing plans and the features of every edition.')).toBe(false);
  });

  it('takes the sentence that defines the company when the meta describes the page', () => {
    const doc = docFrom(`<body><main><h1>Meet our staff</h1><p>Theresa Ream, President</p></main>
      <footer><div class="widget"><p>Disaster Kleenup Specialists is a disaster restoration company located in California, serving four counties.</p></div></footer></body>`);
    expect(
      companyDescription(doc, {
        name: 'Disaster Kleenup Specialists',
        host: 'www.dks.example',
        role: 'team',
        meta: 'Our staff at DKS make one of the best teams in California. Meet our staff.',
        productPage: false,
      }),
    ).toBe('Disaster Kleenup Specialists is a disaster restoration company located in California, serving four counties.');
  });

  it('reads a heading that defines the company, with the paragraphs after it', () => {
    const doc =
      docFrom(`<body><div id="main"><h1>About us</h1><h2>V1 Project Accounting, formerly ProjectMinder, is the ideal web-based project accounting solution for architects and engineers.</h2>
      <p>Quick and easy to deploy, it removes the need for spreadsheets.</p><h2>About V1 Limited</h2><p>V1 is a software group.</p></div></body>`);
    expect(
      companyDescription(doc, {
        name: 'V1 Project Accounting',
        host: 'v1.example',
        role: 'about',
        meta: 'Find out more about ProjectMinder',
        productPage: false,
      }),
    ).toBe(
      'V1 Project Accounting, formerly ProjectMinder, is the ideal web-based project accounting solution for architects and engineers. Quick and easy to deploy, it removes the need for spreadsheets.',
    );
  });

  it("takes the line beside the footer's logo on a careers page, and nothing from a product page's footer", () => {
    const html = `<body><main><h1>Karriere</h1><p>ACME ist ein gewachsenes Unternehmen mit 35 Jahren Geschichte und klarer Struktur für alle.</p></main>
      <footer><div class="footer__brand"><img src="logo.svg" alt="ACME"><p>Deutschlands führender Ultraschall-Fachhändler. Gegründet 1989, vier Standorte bundesweit.</p></div>
      <div><p>Livraison offerte en France pour toute commande passée avant midi.</p></div></footer></body>`;
    const doc = docFrom(html);
    expect(
      companyDescription(doc, {
        name: 'ACME',
        host: 'acme.example',
        role: 'careers',
        meta: 'Offene Stellen bei ACME. Bewerben Sie sich jetzt!',
        productPage: false,
      }),
    ).toBe('Deutschlands führender Ultraschall-Fachhändler. Gegründet 1989, vier Standorte bundesweit.');
    const shop = docFrom('<body><footer><p>Paiement sécurisé avec carte bancaire, Paypal et virement.</p></footer></body>');
    expect(
      companyDescription(shop, {
        name: 'Les Raffineurs',
        host: 'shop.example',
        role: 'other',
        meta: 'Effet flamme sans danger, design compact.',
        productPage: true,
      }),
    ).toBeUndefined();
  });

  it('summarises in at most two sentences, leaving out history and calls to act', () => {
    expect(summaryOf('Simple CRM software for small businesses. Rated as the best CRM tool to track leads. Try free')).toBe(
      'Simple CRM software for small businesses. Rated as the best CRM tool to track leads.',
    );
    expect(summaryOf('Our quality makes us your best source for wood products. Come see us at our showroom.')).toBe(
      'Our quality makes us your best source for wood products.',
    );
    expect(summaryOf('Deutschlands führender Ultraschall-Fachhändler. Gegründet 1989 — über 35 Jahre Erfahrung.')).toBe(
      'Deutschlands führender Ultraschall-Fachhändler.',
    );
    expect(
      summaryOf(
        'SONORING DORMED med. Systeme GmbH ist Fachhändler für Ultraschallgeräte. Mit 4 Standorten zählt DORMED zu den größten. Seit 1989.',
      ),
    ).toBe('SONORING DORMED med. Systeme GmbH ist Fachhändler für Ultraschallgeräte. Mit 4 Standorten zählt DORMED zu den größten.');
  });
});

describe('Wikipedia infoboxes', () => {
  const wiki = (
    rows: string,
    lead = '<p>Acme Corporation is an American maker of anvils. It sells them worldwide. It was founded in 1920.</p>',
  ) =>
    extractPage(
      docFrom(
        `<h1 id="firstHeading">Acme Corporation</h1><div id="mw-content-text"><div class="mw-parser-output">
        <table class="infobox vcard"><caption class="infobox-title fn org">Acme Corporation</caption><tbody>${rows}</tbody></table>${lead}</div></div>`,
        'https://en.wikipedia.org/wiki/Acme',
      ),
      new URL('https://en.wikipedia.org/wiki/Acme'),
    );

  it('keeps the street apart from the headquarters, the year off the size, and the founders as people', () => {
    const x = wiki(`<tr><th class="infobox-label">Industry</th><td class="infobox-data">Anvils</td></tr>
      <tr><th class="infobox-label">Founders</th><td class="infobox-data"><div class="plainlist"><ul><li><a>Wile Coyote</a></li><li><a>Road Runner</a></li></ul></div></td></tr>
      <tr><th class="infobox-label">Headquarters</th><td class="infobox-data label"><a>One Acme Way</a><br><a>Redmond, Washington</a>,<div class="country-name">U.S.</div></td></tr>
      <tr><th class="infobox-label">Key people</th><td class="infobox-data"><div class="plainlist"><ul><li>Road Runner (chairman)</li></ul></div></td></tr>
      <tr><th class="infobox-label">Number of employees</th><td class="infobox-data">221,000 (2022)<sup class="reference">[1]</sup></td></tr>`);
    expect(x.company).toMatchObject({
      headquarters: 'Redmond, Washington, U.S.',
      address: 'One Acme Way, Redmond, Washington, U.S.',
      size: '221,000',
      sizeMin: 221_000,
      sizeMax: 221_000,
      summary: 'Acme Corporation is an American maker of anvils. It sells them worldwide.',
    });
    // A founder among the key people keeps the role the key people give.
    expect(x.people).toEqual([
      { name: 'Road Runner', title: 'chairman' },
      { name: 'Wile Coyote', title: 'Founder' },
    ]);
  });

  it("reads a university's infobox: its rector, its address by parts", () => {
    const x = wiki(`<tr><th class="infobox-label">Type</th><td class="infobox-data">Public</td></tr>
      <tr><th class="infobox-label">Established</th><td class="infobox-data">1955 (1919)</td></tr>
      <tr><th class="infobox-label"><a>Rector</a></th><td class="infobox-data">PhD, Prof. Teofil Jesionowski</td></tr>
      <tr><th class="infobox-label">Address</th><td class="infobox-data adr"><div class="street-address">ul. Jacka Rychlewskiego 1<br>61-131 Poznań</div>, <div class="locality"><a>Poznań</a></div>, <div class="state">Greater Poland Voivodeship</div>, <div class="country-name">Poland</div></td></tr>`);
    expect(x.kind).toBe('company-profile');
    expect(x.company).toMatchObject({
      founded: 1955,
      headquarters: 'Poznań, Greater Poland Voivodeship, Poland',
      address: 'ul. Jacka Rychlewskiego 1, 61-131 Poznań',
    });
    expect(x.people).toEqual([{ name: 'Teofil Jesionowski', title: 'Rector' }]);
  });

  it("does not read a person's or a town's infobox as an organisation's", () => {
    const person = wiki(`<tr><th class="infobox-label">Born</th><td class="infobox-data">1955</td></tr>
      <tr><th class="infobox-label">Founded</th><td class="infobox-data">Acme (1980)</td></tr>
      <tr><th class="infobox-label">Type</th><td class="infobox-data">Inventor</td></tr>`);
    expect(person.kind).toBe('other');
  });
});

describe('people on team and leadership pages', () => {
  const people = (html: string, url: string) => extractPage(docFrom(html, url), new URL(url)).people;

  it('reads "Name, Title" headings and their profile links, and never the menus around them', () => {
    const html = `<title>Management Team | Bunchly</title><body>
      <div id="block-nice-menus-1"><ul class="nice-menu"><li><a href="/products">Client Services</a></li><li><a href="/solutions">Motivate Sales Teams</a></li></ul></div>
      <div class="menu-minipanels"><ul><li><a href="/blog">Gamification Blog</a></li><li><a href="/events">Bunchly Events</a></li></ul></div>
      <article><div class="row"><h2><a href="http://www.linkedin.com/pub/jim-scullion/25/859/643">Jim Scullion, CEO</a></h2><p>Jim joined in 2010.</p></div>
      <div class="row"><h2><a href="http://www.linkedin.com/in/RajatRocks">Rajat Paharia, Founder and Chief Product Officer</a></h2><p>Rajat founded it.</p></div>
      <div class="row"><h2>David Overmyer, Chief Financial Officer</h2><p>David joined in 2012.</p></div></article></body>`;
    expect(people(html, 'http://www.bunchly.example/about/management')).toEqual([
      { name: 'Jim Scullion', title: 'CEO', profileUrl: 'http://www.linkedin.com/pub/jim-scullion/25/859/643' },
      { name: 'Rajat Paharia', title: 'Founder and Chief Product Officer', profileUrl: 'https://www.linkedin.com/in/rajatrocks/' },
      { name: 'David Overmyer', title: 'Chief Financial Officer' },
    ]);
  });

  it('reads a staff list on a contact page: three or more names with titles, written alike', () => {
    const entry = (n: string, t: string, ext: number) => `<p><strong>${n}</strong><br>${t}<br>Extension ${ext}</p>`;
    const page = (entries: string) => `<title>Contact Us | Riverside Theater</title><body><main>
      <p><img alt="Staff Contacts" src="/bar.gif"></p><p><strong>Business:</strong> (734) 555-0100</p>
      <div style="float: left;">${entries}</div><p>Riverside Theater<br>603 E. Liberty St.<br>Ann Arbor, MI 48104</p></main></body>`;
    const url = 'http://www.riversidetheater.example/contacts-links/';
    const three =
      entry('Russ Calder', 'Executive Director &amp; CEO', 23) +
      entry('Anna Byrne', 'Director, Programming', 30) +
      entry('Walt Bishop', 'Head Projectionist', 31);
    expect(people(page(three), url)).toEqual([
      { name: 'Russ Calder', title: 'Executive Director & CEO' },
      { name: 'Anna Byrne', title: 'Director, Programming' },
      { name: 'Walt Bishop', title: 'Head Projectionist' },
    ]);
    // Two names with titles on a contact page may be anything (a signature, a referral): not a staff list.
    expect(
      people(page(entry('Russ Calder', 'Executive Director &amp; CEO', 23) + entry('Anna Byrne', 'Director, Programming', 30)), url),
    ).toBeUndefined();
  });

  it('reads a flat directory that writes each title above its name, and a name wrapped twice with its break inside', () => {
    const url = 'http://www.basicsyrups.example/contact_us.html';
    const row = (t: string, n: string) =>
      `<div class="blanks"></div><div class="contact_des">${t}</div><div class="contact_per">${n}</div>`;
    const directory = `<title>Contact</title><body><div class="main"><p><b>COMPANY DIRECTORY</b></p>
      ${row('President', 'Kamal Pathak')}${row('Vice President', 'Bill Roberts')}${row('<strong>Chief Financial Officer</strong>', 'Cathy Stone')}
      ${row('Customer Service', 'Jan Day, Cat Hope')}</div></body>`;
    expect(people(directory, url)).toEqual([
      { name: 'Kamal Pathak', title: 'President' },
      { name: 'Bill Roberts', title: 'Vice President' },
      { name: 'Cathy Stone', title: 'Chief Financial Officer' },
      // Two people on one line share the title above it.
      { name: 'Jan Day', title: 'Customer Service' },
      { name: 'Cat Hope', title: 'Customer Service' },
    ]);
    // A list that opens with a name pairs each name with the line after it, never the one before.
    const after = `<title>Contact</title><body><div class="main">
      <div class="per">Kamal Pathak</div><div class="des">President</div><div class="per">Bill Roberts</div><div class="des">Vice President</div>
      <div class="per">Cathy Stone</div><div class="des">Chief Financial Officer</div></div></body>`;
    expect(people(after, url)?.[1]).toEqual({ name: 'Bill Roberts', title: 'Vice President' });

    const entry = (n: string, t: string) => `<p><strong><strong>${n}</strong><br></strong>${t}<br>Extension 30</p>`;
    const staff = `<title>Contact Us</title><body><main>${entry('Chris Tabor', 'Director, Finance &amp; Administration')}${entry('Amanda Byrd', 'Facility Manager')}${entry('Kirsten Lunde', 'E-Marketing Designer')}</main></body>`;
    expect(people(staff, 'http://www.riversidetheater.example/contacts-links/')).toEqual([
      { name: 'Chris Tabor', title: 'Director, Finance & Administration' },
      { name: 'Amanda Byrd', title: 'Facility Manager' },
      { name: 'Kirsten Lunde', title: 'E-Marketing Designer' },
    ]);
  });

  it("reads a CMS's striped table of contacts inside its list form, and still no form's own labels", () => {
    const row = (i: number, n: string, t: string) =>
      `<tr><td class="sectiontableentry${1 + (i % 2)}"><a href="/Contact-Us/${n.replace(' ', '-')}.html" class="category">${n}</a></td>
      <td class="sectiontableentry${1 + (i % 2)}">${t}</td><td class="sectiontableentry${1 + (i % 2)}">905 336-8600 ext. 2${i}0</td></tr>`;
    const html = `<title>Contact</title><body><div id="main"><form action="index.php" method="post" name="adminForm">
      <p>Please select a contact from the list below to reach our branch team directly by telephone or by e-mail.</p>
      <table><tr><td class="sectiontableheader">Name</td><td class="sectiontableheader">Position</td><td class="sectiontableheader">Phone</td></tr>
      ${row(0, 'Michael Birch', 'Senior Investment Advisor')}${row(1, 'Debi Ciantar', 'Licensed Assistant')}${row(2, 'Kathy Sukova', 'Licensed Assistant')}${row(3, 'Nikki Patch', 'Front-Office Administrator')}</table>
      <input type="hidden" name="limitstart" value="0"></form></div>
      <form action="/send"><label>Your Name</label><input name="n"><label>Sales Manager</label><input name="m"><button>Send</button></form></body>`;
    expect(people(html, 'http://www.birchwealth.example/Contact-Us/Contacts/index.php')).toEqual([
      { name: 'Michael Birch', title: 'Senior Investment Advisor' },
      { name: 'Debi Ciantar', title: 'Licensed Assistant' },
      { name: 'Kathy Sukova', title: 'Licensed Assistant' },
      { name: 'Nikki Patch', title: 'Front-Office Administrator' },
    ]);
  });

  it('reads a list of names written with their professional letters, and not a list of plain names', () => {
    const url = 'http://www.brightsmile.example/mill-road-dentist';
    const list = (items: string[]) =>
      `<title>Mill Road Dentist</title><body><main><h3>Dental hygienists &amp; assistants at Bright Smile Family Dentistry:</h3>
      <ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></main></body>`;
    expect(people(list(['Laura Kline, RDH', 'Carrie Rowland, RDH', 'Sonia Marten, DA, EFDA']), url)).toEqual([
      { name: 'Laura Kline' },
      { name: 'Carrie Rowland' },
      { name: 'Sonia Marten' },
    ]);
    expect(people(list(['Laura Kline', 'Carrie Rowland', 'Sonia Marten']), url)).toBeUndefined();
  });

  it('reads "Name – Title" links, and not the towns listed after them', () => {
    const html = `<title>Meet Our Staff</title><body><div class="entry-content"><p>Our staff make one of the best teams.</p>
      <p><a href="/portfolio/theresa-ream/">Theresa Ream – President</a></p><p><a href="/portfolio/jesse-lizama/">Jesse Lizama – Senior Project Manager</a></p>
      <h2>CITIES WE SERVE</h2><h4>Monterey County</h4><p>Aromas, Big Sur, Carmel</p><h4>Santa Cruz County</h4><p>Aptos, Capitola</p></div></body>`;
    expect(people(html, 'http://www.dks.example/about-us/meet-our-staff/')).toEqual([
      { name: 'Theresa Ream', title: 'President' },
      { name: 'Jesse Lizama', title: 'Senior Project Manager' },
    ]);
  });

  it('gives a photo grid of names the titles a separate "Name, Title" list holds', () => {
    const card = (n: string) =>
      `<li class="columns"><a href="/team/${n.replace(' ', '-')}.aspx"><div class="img_wrapper"><img src="/p/${n}.jpg" alt="image"></div><span>${n}</span></a></li>`;
    const html = `<title>Executive Team</title><body><section class="team"><ul>${card('Patrick Hiller')}${card('Ken Snuggs')}${card('Joe Corbett')}</ul></section>
      <div class="widget"><ul class="team-list"><li><a href="/team/Patrick-Hiller.aspx">Patrick Hiller, CEO</a></li><li><a href="/team/Ken-Snuggs.aspx">Ken Snuggs, President</a></li>
      <li><a href="/team/Joe-Corbett.aspx">Joe Corbett, COO</a></li></ul></div></body>`;
    expect(people(html, 'http://www.abacus.example/about-us/executive-team.aspx')).toEqual([
      { name: 'Patrick Hiller', title: 'CEO' },
      { name: 'Ken Snuggs', title: 'President' },
      { name: 'Joe Corbett', title: 'COO' },
    ]);
  });

  it('takes a group heading as the role of the names under it, and keeps "III" but drops "GRI"', () => {
    const card = (n: string) =>
      `<div class="property_div"><div class="property_image"><a href="/attorneys/${n.length}"><img alt="${n}" src="/i/${n.length}.jpg"></a></div><ul><li class="property_title"><a href="/attorneys/${n.length}">${n}</a></li></ul></div>`;
    const html = `<title>Attorneys &amp; Staff | Katz Law</title><body><div class="entry-content">
      <h2>Partners</h2><div class="all">${card('Debra S. Katz')}${card('Rick Peden, GRI')}</div>
      <h2>Senior Associates</h2><div class="all">${card('Michael A. Filoromo, III')}${card('Alison B. Asarnow')}</div>
      <h2>Staff &amp; Law Clerks</h2><div class="all">${card('Kelly Dolphin')}${card('Matthew LaGarde')}</div></div></body>`;
    expect(people(html, 'http://www.katzlaw.example/attorneys-and-staff/')).toEqual([
      { name: 'Debra S. Katz', title: 'Partner' },
      { name: 'Rick Peden', title: 'Partner' },
      { name: 'Michael A. Filoromo, III', title: 'Senior Associate' },
      { name: 'Alison B. Asarnow', title: 'Senior Associate' },
      { name: 'Kelly Dolphin' },
      { name: 'Matthew LaGarde' },
    ]);
  });

  it('reads photo cards, takes a title the card lacks from JSON-LD, and drops testimonials', () => {
    const html = `<title>Über uns | ACME</title><script type="application/ld+json">{"@type":"Organization","name":"ACME GmbH",
      "member":[{"@type":"Person","name":"Andreas Draheim","jobTitle":"Geschäftsführer"}]}</script><body><main>
      <div class="team__leaders"><div class="team__leader"><img class="team__leader-photo" alt="Thomas Stücker" src="/a.jpg"><div><span class="team__leader-name">Thomas Stücker</span><span class="team__leader-title">Gründer &amp; Geschäftsführer</span></div></div>
      <div class="team__leader"><img class="team__leader-photo" alt="Andreas Draheim" src="/b.jpg"><div><span class="team__leader-name">Andreas Draheim</span><span class="team__leader-title">Andreas Draheim</span></div></div></div>
      <section class="Testimonial_section"><figure><blockquote>Great service.</blockquote><figcaption><img alt="Laila Haddad" src="/c.jpg"><h3 class="Testimonial_name">Laila Haddad</h3><p class="Testimonial_role">Head of Discovery, Norvane</p></figcaption></figure></section>
      </main></body>`;
    expect(people(html, 'https://acme.example/ueber/acme')).toEqual([
      { name: 'Thomas Stücker', title: 'Gründer & Geschäftsführer' },
      { name: 'Andreas Draheim', title: 'Geschäftsführer' },
    ]);
  });

  it("takes a first name alone only on a photo card with a role, and a quote's speaker on a careers page", () => {
    const html = `<title>ACE Conseil</title><body><section id="equipe"><p class="eyebrow">Qui vous accompagne</p><div class="team-grid">
      <div class="team-card"><img class="team-photo" alt="Jennifer" src="/j.jpg"><h3>Jennifer</h3><p class="team-role">Cofondatrice · Direction commerciale</p></div>
      <div class="team-card"><img class="team-photo" alt="Mateusz" src="/m.jpg"><h3>Mateusz</h3><p class="team-role">Cofondateur · Direction technique</p></div></div></section>
      <section><div class="card"><img src="/x.jpg" alt=""><h3>Agents</h3><p>Nous livrons.</p></div></section></body>`;
    expect(people(html, 'https://aceconseil.example/')).toEqual([
      { name: 'Jennifer', title: 'Cofondatrice · Direction commerciale' },
      { name: 'Mateusz', title: 'Cofondateur · Direction technique' },
    ]);
    const careers = `<title>Karriere</title><body><main><div class="why__quote"><p>Wer bei uns anfängt, merkt schnell: hier arbeitet man im Team.</p>
      <div class="why__quote-meta"><span class="why__quote-name">Thomas Stücker</span><span class="why__quote-role">Gründer &amp; Geschäftsführer</span></div></div></main></body>`;
    expect(people(careers, 'https://acme.example/karriere')).toEqual([{ name: 'Thomas Stücker', title: 'Gründer & Geschäftsführer' }]);
    // The same quote on a home page is a customer's.
    expect(people(careers.replace('Karriere', 'Home'), 'https://acme.example/')).toBeUndefined();
  });
});

describe('products and services from menus, footers and cards', () => {
  const products = (html: string, url = 'https://acme.example/') => menuProducts(docFrom(html, url), new URL(url));

  it('takes the items of a menu or footer column labelled as products or services, once', () => {
    const html = `<nav><ul><li><a href="/about">About</a><ul><li><a href="/about/team">Team</a></li><li><a href="/about/history">History</a></li></ul></li>
      <li><a href="/practice-areas/">Practice Areas</a><ul><li><a href="/practice-areas/whistleblower/">Whistleblower Law</a>
        <ul><li><a href="/practice-areas/whistleblower/sec/">SEC Whistleblowers</a></li><li><a href="/practice-areas/whistleblower/irs/">IRS Whistleblower</a></li></ul></li>
        <li><a href="/practice-areas/employment/">Employment Law</a></li></ul></li>
      <li><a href="/solutions">Solutions</a><ul><li><a href="/solutions/sales">Motivate Sales Teams</a></li><li><a href="/solutions/loyalty">Increase Loyalty</a></li></ul></li></ul></nav>
      <footer><p><strong>Products &amp; Services</strong><br><a href="/products/nitro">Nitro</a><br><a href="/products/nitro-sf">Nitro for Salesforce</a><br><a href="/products/cs">Client Services</a></p>
      <p><strong>Resources</strong><br><a href="/blog">Blog</a><br><a href="/events">Events</a><br><a href="/papers">White Papers</a></p></footer>`;
    // A family's own submenu opens into its leaves (tests/fixtures/README.md: leaves rather than family headings).
    expect(products(html)).toEqual([
      'SEC Whistleblowers',
      'IRS Whistleblower',
      'Employment Law',
      'Nitro',
      'Nitro for Salesforce',
      'Client Services',
    ]);
  });

  it("reads footer columns labelled by a block, and no menu merely named after its pages' folder", () => {
    const html = `<ul id="menu"><li><a href="#">Dakwerk</a><ul><li><a href="/dakwerk/platte-daken/">Platte daken</a></li><li><a href="/dakwerk/sedum/">Sedum dak</a></li></ul></li>
      <li><a href="/graszoden/">Graszoden</a><ul><li><a href="/graszoden/rolzoden/">Rolzoden</a></li><li><a href="/graszoden/tips/">Tips voor een mooi gazon</a></li></ul></li></ul>
      <footer><div class="col"><div class="label">Ultraschallgeräte</div><a href="/ultraschallgeraete/standgeraete">Standgeräte</a><a href="/ultraschallgeraete/handheld">Handheld</a>
      <div class="label">Leistungen</div><a href="/leistungen/beratung">Beratung</a><a href="/leistungen/wartung">Wartung &amp; Reparatur</a><a href="/leistungen">→ Alle Leistungen</a></div>
      <div class="col"><div class="label">Standorte</div><a href="/standorte/dortmund">Dortmund</a><a href="/standorte/kiel">Kiel</a><a href="/standorte/hamburg">Hamburg</a></div></footer>`;
    expect(products(html)).toEqual(['Beratung', 'Wartung & Reparatur']);
  });

  it("reads a mega menu's cards by their headings, and a site's collections when no menu is labelled", () => {
    const mega = `<ul><li><a href="#">Products<span class="sr-only">Products</span></a><ul>
      <li><a href="/products/marketing"><h3>Marketing Hub</h3><p>Marketing automation software</p></a></li>
      <li><a href="/products/sales"><h3>Sales Hub</h3><p>Sales software</p></a></li><li><a href="/products">Overview of all products</a></li></ul></li></ul>`;
    expect(products(mega)).toEqual(['Marketing Hub', 'Sales Hub']);
    const shop = `<header><ul><li><a href="/collections/skincare">Skincare</a></li><li><a href="/collections/makeup">Makeup</a></li><li><a href="/collections/body">Body</a></li>
      <li><a href="/collections/all">Shop All</a></li><li><a href="/pages/stores">Stores</a></li></ul></header>`;
    expect(products(shop)).toEqual(['Skincare', 'Makeup', 'Body']);
  });

  it('reads the cards of a section headed "Unsere Leistungen", and nothing from a menu of features or a blog', () => {
    const cards = `<main><section><h2>Unsere Leistungen</h2><div class="grid"><article class="card"><h3>Gebäudereinigung</h3><p>…</p></article>
      <article class="card"><h3>Glas- &amp; Fensterreinigung</h3><p>…</p></article></div></section></main>`;
    expect(products(cards)).toEqual(['Gebäudereinigung', 'Glas- & Fensterreinigung']);
    const saas = `<ul><li><a href="#">Product</a><ul><li><a href="/blog/action-stream/">Action Stream</a></li><li><a href="/features/deals/">Deal tracking</a></li>
      <li><a href="/marketplace/apps/clipper/">Instant lead capture</a></li></ul></li><li><a href="/pricing">Pricing</a></li></ul>`;
    expect(products(saas)).toEqual([]);
  });

  it("leaves out a menu's overview, pricing, integrations and order pages", () => {
    const html = `<nav><ul><li><a href="/products">Products</a><ul><li><a href="/products">Quillstone Overview</a></li>
      <li><a href="/products/forecast">Forecast Studio</a></li><li><a href="/products/cli">Quillstone CLI</a></li><li><a href="/integrations">Integrations</a></li>
      <li><a href="/pricing">Plans and pricing</a></li><li><a href="/order">Quick Order Form</a></li><li><a href="/shop">Buy Online</a></li></ul></li></ul></nav>`;
    expect(products(html)).toEqual(['Forecast Studio', 'Quillstone CLI']);
  });

  it('adds the cards of a section headed "Our Pest Control Services" to a shorter menu, the heading in its own wrapper', () => {
    const html = `<header><nav><ul><li><a href="/">Home</a></li><li><a href="/services">Services</a><ul>
        <li><a href="/services/bed-bugs">Bed Bugs</a></li><li><a href="/services/rodents">Rodent Control</a></li></ul></li>
        <li><a href="/about">About</a></li></ul></nav></header>
      <main><section id="services"><div class="section-header"><h2>Our Pest Control Services</h2><p>We treat homes across five counties.</p></div>
        <div class="grid"><div class="card"><img alt="General Pest Control"><h3>General Pest Control</h3><ul><li>Ants</li><li>Spiders</li></ul></div>
        <div class="card"><h3>Rodent Control</h3><p>$99</p></div><div class="card"><h3>Flea Treatment</h3><p>$129</p></div></div></section>
      <section><div class="section-header"><h2>What our customers say</h2></div><div><h3>Great service</h3><h3>Fast and friendly</h3></div></section></main>`;
    expect(products(html)).toEqual(['Bed Bugs', 'Rodent Control', 'General Pest Control', 'Flea Treatment']);
  });

  it("reads a small site's main menu between Home and About when the site describes itself with the items' words", () => {
    const menu = (description: string) => `<html><head><title>Woods Insurance – About us</title>
      <meta name="description" content="${description}"></head><body><nav class="main-nav"><ul>
      <li><a href="/">Home</a></li><li><a href="/get-a-quote">Get A Quote</a></li><li><a href="/personal-insurance">Personal Insurance</a></li>
      <li><a href="/commercial-insurance">Commercial Insurance</a></li><li><a href="/oil-and-gas">Oil and Gas Insurance</a></li>
      <li><a href="/about-us">About Woods Insurance</a></li><li><a href="/community">Serving The Community</a></li><li><a href="/contact-us">Contact Us</a></li></ul></nav>
      <main><p>Since 1936.</p></main></body></html>`;
    expect(products(menu('We are experienced in oilfield insurance, personal insurance and commercial insurance.'))).toEqual([
      'Personal Insurance',
      'Commercial Insurance',
      'Oil and Gas Insurance',
    ]);
    // A menu of a theatre's pages that its description never speaks of: no offerings.
    const theatre = `<html><head><title>Contact | Ridge Theater</title><meta name="description" content="Films, concerts and events in Ann Arbor."></head>
      <body><nav><ul><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/support/">Membership &amp; Support</a></li>
      <li><a href="/rental/">Facility Info</a></li><li><a href="/directions/">Directions</a></li><li><a href="/contact/">Contact Us</a></li></ul></nav></body></html>`;
    expect(products(theatre)).toEqual([]);
    // The same links in a footer are not the main menu.
    const footer = menu('Personal insurance and commercial insurance.')
      .replace('<nav class="main-nav">', '<footer>')
      .replace('</nav>', '</footer>');
    expect(products(footer)).toEqual([]);
  });

  it("reads a sidebar menu of offerings beside a main menu of furniture, when the site describes itself with the items' words", () => {
    const page = (description: string, side: string[]) => `<html><head><title>Marsh Serrebouw - Contact</title>
      <meta name="description" content="${description}"></head><body><div id="wrapper"><div id="header"><ul id="top_menu">
      <li><a href="index.html">home</a></li><li><a href="producten.html">producten</a></li><li><a href="contact.html">contact</a></li>
      <li><a href="bedrijf.html">bedrijf</a></li></ul></div><div id="left"><ul id="left_menu">${side
        .map((t) => `<li><a href="/${t.toLowerCase().replace(/\W+/g, '-')}.html">${t}</a></li>`)
        .join('')}</ul></div><div id="main"><p>Bel ons.</p></div></div></body></html>`;
    const offered = ['Terras Veranda', 'Serres', 'Overkappingen', 'Lichtstraten'];
    expect(products(page('Marsh bouwt serres, overkappingen, lichtstraten en veranda op maat.', offered))).toEqual(offered);
    // A blog's categories that the site's description never speaks of: no offerings.
    expect(products(page('Marsh bouwt serres, overkappingen en veranda op maat.', ['Nieuws uit Zeeland', 'Tips', 'Evenementen']))).toEqual(
      [],
    );
  });
});

describe('facts stated in tables and sentences', () => {
  it('reads a company facts table before the looser prose', () => {
    const html = `<title>Company Overview | Medico</title><body><main><p>Medico is the largest maker of pumps. We employ 46,000+ employees worldwide.</p>
      <table><tr><td><strong>Founded</strong></td><td>1949</td></tr><tr><td><strong>World Headquarters</strong></td><td>Minneapolis, Minnesota</td></tr>
      <tr><td><strong>Employees</strong></td><td>46,000</td></tr></table></main></body>`;
    const c = extractPage(
      docFrom(html, 'https://medico.example/about-us/overview'),
      new URL('https://medico.example/about-us/overview'),
    ).company;
    expect(c).toMatchObject({ founded: 1949, headquarters: 'Minneapolis, Minnesota', size: '46,000', sizeMin: 46_000, sizeMax: 46_000 });
  });

  it("counts a company's founding, not a person's start, and never a pricing plan's limit as its size", () => {
    expect(proseFacts('Ryan started with the company in 2011 and sells wood.').founded).toBeUndefined();
    expect(proseFacts('Rick has served the North Park community since 1979.').founded).toBeUndefined();
    expect(proseFacts('Since 2005, our patented technology protects data.').founded).toBe(2005);
    expect(proseFacts('Since our launch in July 2011, we have grown.').founded).toBe(2011);
    expect(proseFacts('Since its founding in 1981, Keller & Associates, Inc. has built a reputation.').founded).toBe(1981);
    expect(proseFacts('We are family-owned since 2021, licensed and insured.').founded).toBe(2021);
    expect(proseFacts('Our owner has coached the Redford team since 2015.').founded).toBeUndefined();
    expect(proseFacts('Starter\n$9/month\nUp to 3 team members\nBusiness\n10+ team members').size).toBeUndefined();
    expect(proseFacts('Über 15 Spezialistinnen und Spezialisten stehen Ihnen zur Seite.')).toMatchObject({
      size: 'Über 15 Spezialistinnen und Spezialisten',
      sizeMin: 15,
    });
    expect(
      proseFacts('ioSafe is a privately held company with headquarters in Auburn, California. If you have questions, call.').headquarters,
    ).toBe('Auburn, California');
    expect(
      proseFacts('Medtronic offers therapies to fulfill our Mission of alleviating pain, restoring health, and extending life.').mission,
    ).toBe('Medtronic offers therapies to fulfill our Mission of alleviating pain, restoring health, and extending life.');
  });

  it("reads the page's own lines for facts when the reading kept only a teaser", () => {
    const url = new URL('https://www.northstar-translations.example/');
    const doc = docFrom(
      `<title>Northstar Translations</title><body><section><h2>Certified Translation</h2>
      <p>Since 2004, Northstar Translations has served clients at home and abroad with expert translation.</p></section>
      <aside><a href="/blog/guide">A Complete 2026 Guide</a></aside></body>`,
      url.href,
    );
    const md = readMetadata(doc, url);
    const first = extractPage(doc, url);
    const teaser = { ...first, text: 'A Complete 2026 Guide', company: { ...first.company, founded: undefined } };
    // The facts sentences state are read after the details script (in the background), from the text it hands over.
    const withProse = (x: typeof teaser) => {
      const details = companyDetails(doc, url, x, { md, role: 'home' });
      return withProseFacts(details, pageLinesOf(doc));
    };
    expect(pageLinesOf(doc)).toContain('Since 2004');
    expect(withProse(teaser).company?.founded).toBe(2004);
    // With the page's text read, a line outside it never overrules it.
    const read = { ...teaser, text: 'Northstar Translations was founded in 2003 by two interpreters. '.repeat(10) };
    expect(withProse(read).company?.founded).toBe(2003);
  });

  it("reads a vCard's address written as spans on one line, and takes no sign-in button for a profile", () => {
    const doc = docFrom(`<div class="vcard"><span class="adr"><span class="street-adress">Kansas Headquarters - 1401 Main Street</span>,
      <span class="locality">Goodland</span>, <span class="region">Kansas</span> <span class="postal-code"> 67735 </span></span> Phone <span class="tel">(866) 741-8323</span></div>
      <a href="https://signin.acme.example/openid/v2/signin?provider=facebook">Facebook</a>`);
    expect(findPostalAddress(textLines(doc.body))).toEqual({
      address: '1401 Main Street, Goodland, Kansas 67735',
      place: 'Goodland, Kansas',
    });
    expect(socialLinks(doc, new URL('https://acme.example/'))).toEqual([]);
  });
});

describe('a careers index on the company site', () => {
  it('lists German "(m/w/d)" roles with the place from the details line', () => {
    const html = `<title>Karriere | TAB GmbH</title><body><main><h2>Aktuelle offene Stellen</h2><div>
      <a class="job-listing" href="/karriere/monteur.html"><div><div class="job-listing__title">Monteur Luft- und Klimatechnik (m/w/d)</div>
      <div class="job-listing__meta">Vollzeit · Uetze bei Hannover · Ab sofort</div></div></a>
      <a class="job-listing" href="/karriere/buero.html"><div><div class="job-listing__title">Bürokauffrau / Bürokaufmann (m/w/d)</div>
      <div class="job-listing__meta">Teilzeit · Uetze bei Hannover</div></div></a></div></main></body>`;
    const x = extractPage(docFrom(html, 'https://www.tab.example/karriere.html'), new URL('https://www.tab.example/karriere.html'));
    expect(x.jobs).toEqual([
      {
        title: 'Monteur Luft- und Klimatechnik (m/w/d)',
        location: 'Uetze bei Hannover',
        url: 'https://www.tab.example/karriere/monteur.html',
      },
      { title: 'Bürokauffrau / Bürokaufmann (m/w/d)', location: 'Uetze bei Hannover', url: 'https://www.tab.example/karriere/buero.html' },
    ]);
  });
});

describe('pages opened from disk', () => {
  const team = `<main><h1>Our team</h1><p>Hoekstra Bouw builds and renovates homes in Utrecht since 1994.</p>
      <div class="team"><div class="member"><h3>Anna de Vries</h3><p>Director</p></div><div class="member"><h3>Pieter Bakker</h3><p>Site manager</p></div></div></main>`;
  const opened = (html: string, file = 'file:///home/me/Downloads/Our%20team%20-%20Hoekstra%20Bouw.html') =>
    extractPage(docFrom(html, file), new URL(file));

  it('a saved page naming no address is read as the site its menus link to, and keeps the file as its address', () => {
    const html = `<title>Our team - Hoekstra Bouw</title><header><nav><a href="https://www.hoekstrabouw.example/">Home</a>
      <a href="https://www.hoekstrabouw.example/over-ons/">About</a><a href="https://www.hoekstrabouw.example/team/">Team</a>
      <a href="https://www.hoekstrabouw.example/contact/">Contact</a><a href="https://www.facebook.com/hoekstrabouw">Facebook</a></nav></header>${team}`;
    const x = opened(html);
    expect(x.extractor).toBe('company-site');
    expect(x.url).toBe('file:///home/me/Downloads/Our%20team%20-%20Hoekstra%20Bouw.html');
    expect(x.canonicalUrl).toBe('https://hoekstrabouw.example/Our%20team%20-%20Hoekstra%20Bouw.html');
    expect(x.company?.website).toBe('https://hoekstrabouw.example/');
    expect(x.people?.map((p) => p.name)).toEqual(['Anna de Vries', 'Pieter Bakker']);
  });

  it('with only relative links, its one contact address names the site; a web-mail address names none', () => {
    const page = (mail: string) =>
      `<title>Our team - Hoekstra Bouw</title><nav><a href="index.html">Home</a><a href="team.html">Team</a></nav>${team}<footer><a href="mailto:${mail}">${mail}</a></footer>`;
    expect(opened(page('info@hoekstrabouw.example')).company?.website).toBe('https://hoekstrabouw.example/');
    const webmail = opened(page('hoekstrabouw@gmail.com'));
    expect(webmail.extractor).toBe('generic');
    expect(webmail.company?.website).toBeUndefined();
  });

  it('menus linking to many sites, or only to social networks, name no site', () => {
    const html = `<title>Our team</title><nav><a href="https://a.example/">A</a><a href="https://b.example/">B</a><a href="https://c.example/">C</a>
      <a href="https://twitter.com/x">X</a><a href="https://www.linkedin.com/company/x">In</a><a href="https://www.facebook.com/x">F</a></nav>${team}`;
    expect(opened(html).extractor).toBe('generic');
  });

  it('knows a Wikipedia article saved to a file by its MediaWiki markup and canonical link', () => {
    const html = `<head><link rel="canonical" href="https://en.wikipedia.org/wiki/Acme"><meta name="generator" content="MediaWiki 1.44"></head>
      <body><h1 id="firstHeading">Acme</h1><div id="mw-content-text"><div class="mw-parser-output"><table class="infobox vcard"><caption class="fn org">Acme Corporation</caption>
      <tr><th class="infobox-label">Industry</th><td class="infobox-data">Anvils</td></tr><tr><th class="infobox-label">Founded</th><td class="infobox-data">1920</td></tr></table>
      <p>Acme Corporation is an American maker of anvils and rockets.</p></div></div></body>`;
    const x = extractPage(docFrom(html, 'file:///home/me/Acme.html'), new URL('file:///home/me/Acme.html'));
    expect(x.kind).toBe('company-profile');
    expect(x.extractor).toBe('wikipedia');
    expect(x.company).toMatchObject({ name: 'Acme Corporation', industry: 'Anvils', founded: 1920 });
  });
});

describe('people written in plain markup', () => {
  const people = (html: string, url = 'https://www.acme.example/about/leadership') => extractPage(docFrom(html, url), new URL(url)).people;

  it('reads a name and its title split by a line break, in one paragraph or around a bold name', () => {
    expect(
      people(
        '<title>Leadership</title><main><h2>Leadership</h2><p>Jane Roe<br>President &amp; CEO</p><p>Sam Lee<br>Chief Financial Officer</p></main>',
      ),
    ).toEqual([
      { name: 'Jane Roe', title: 'President & CEO' },
      { name: 'Sam Lee', title: 'Chief Financial Officer' },
    ]);
    expect(
      people(
        '<title>Leadership</title><main><p><strong>Jane Roe</strong><br>President &amp; CEO</p><p><strong>Sam Lee</strong><br>Chief Financial Officer</p></main>',
      ),
    ).toEqual([
      { name: 'Jane Roe', title: 'President & CEO' },
      { name: 'Sam Lee', title: 'Chief Financial Officer' },
    ]);
  });

  it('reads a definition list of names and titles', () => {
    expect(
      people(
        '<title>Our team</title><main><dl><dt>Jane Roe</dt><dd>Managing Director</dd><dt>Sam Lee</dt><dd>Head of Sales</dd></dl></main>',
      ),
    ).toEqual([
      { name: 'Jane Roe', title: 'Managing Director' },
      { name: 'Sam Lee', title: 'Head of Sales' },
    ]);
  });

  it('takes no name from a sentence of a bio', () => {
    const html = `<title>Our team</title><main><div class="member"><h4>Eric Ory</h4><p class="stafftitle"><strong>IT Administrator</strong></p>
      <p>He worked for <a href="https://pioneer.example">Pioneer Equipment</a> before joining the company.</p></div>
      <div class="member"><h4>Tiffanie Ory</h4><p class="stafftitle"><strong>Office Administrator</strong></p></div></main>`;
    expect(people(html, 'https://www.acme.example/about/staff')).toEqual([
      { name: 'Eric Ory', title: 'IT Administrator' },
      { name: 'Tiffanie Ory', title: 'Office Administrator' },
    ]);
  });
});

describe('a catalogue is not a line of products', () => {
  it('skips a menu of every model, and keeps the short list under the same label', () => {
    const models = Array.from({ length: 30 }, (_, i) => `<li><a href="/produkte/model-${i}">Model ${i}</a></li>`).join('');
    const html = `<nav><ul><li><a href="/produkte">Produkte</a><ul>${models}</ul></li></ul></nav>
      <footer><div><div class="label">Produkte</div><a href="/produkte/standgeraete">Standgeräte</a><a href="/produkte/handheld">Handheld</a><a href="/produkte/mobil">Mobile Geräte</a></div></footer>`;
    expect(menuProducts(docFrom(html, 'https://acme.example/'), new URL('https://acme.example/'))).toEqual([
      'Standgeräte',
      'Handheld',
      'Mobile Geräte',
    ]);
  });
});

describe('titles above names', () => {
  it("reads a card that puts the title over the name, and never gives one person another's title", () => {
    const card = (title: string, name: string) =>
      `<div class="bio"><img src="/p.jpg" alt=""><p class="position">${title}</p><h3>${name}</h3><p>Joined in 2010 and leads the company's growth.</p></div>`;
    const html = `<title>Leadership</title><main><h2>Executive Leadership Team</h2>${card('President and CEO', 'Jane Roe')}${card('Chief Risk Officer', 'Sam Lee')}</main>`;
    expect(
      extractPage(docFrom(html, 'https://acme.example/about/leadership'), new URL('https://acme.example/about/leadership')).people,
    ).toEqual([
      { name: 'Jane Roe', title: 'President and CEO' },
      { name: 'Sam Lee', title: 'Chief Risk Officer' },
    ]);
  });
});

describe('menu items that look like a street over a postal code', () => {
  it('"1800 Series Routers" over "1900 Series Routers" is a list, and the real address below is found', () => {
    expect(
      findPostalAddress([
        'Cisco Routers',
        '1800 Series Routers',
        '1900 Series Routers',
        'SourceTech',
        '8848 Larston Street',
        'Houston, Texas 77055',
      ]),
    ).toEqual({ address: '8848 Larston Street, Houston, Texas 77055', place: 'Houston, Texas', addressee: 'SourceTech' });
  });

  it('a street and a four-digit code whose town differs from the street is still an address', () => {
    expect(findPostalAddress(['Rue de la Loi 16', '1000 Bruxelles'])?.place).toBe('Bruxelles');
  });
});
