import { describe, expect, it } from 'vitest';
import { dateline } from '../lib/extract/article/dateline';
import { linkedinCompanyUrl } from '../lib/extract/facts';
import { companyName } from '../lib/extract/company-name';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { readMetadata } from '../lib/extract/metadata';
import { findPostalAddress } from '../lib/extract/postal-address';
import { textLines } from '../lib/extract/text-lines';
import { proseFacts } from '../lib/extract/prose';
import { menuProducts } from '../lib/extract/site-menus';
import { docFrom } from './helpers/dom';

const products = (html: string, url = 'https://acme.example/contact') => menuProducts(docFrom(html, url), new URL(url));

describe('offerings read from a menu under its heading', () => {
  it('reads a "What We Do", "Aanbod" or "Collectie" menu, without its "Meer" link', () => {
    expect(
      products(
        '<header><nav><ul><li><a href="/what-we-do/">What We Do</a><ul><li><a href="/identity/">Identity solutions</a></li><li><a href="/clean-rooms/">Data clean rooms</a></li><li><a href="/martech/">Martech services</a></li></ul></li><li><a href="/about/">About</a></li></ul></nav></header>',
      ),
    ).toEqual(['Identity solutions', 'Data clean rooms', 'Martech services']);
    expect(
      products(
        '<nav><ul><li><a href="/aanbod">aanbod</a><ul><li><a href="/individueel">Individuele trainingen</a></li><li><a href="/groep">Groepstrainingen</a></li></ul></li></ul></nav>',
      ),
    ).toEqual(['Individuele trainingen', 'Groepstrainingen']);
    expect(
      products(
        '<nav><ul><li><a href="/collectie">Collectie</a><ul><li><a href="/zit">Zitmeubelen</a></li><li><a href="/relax">Relaxfauteuils</a></li><li><a href="/collectie">Meer</a></li></ul></li></ul></nav>',
      ),
    ).toEqual(['Zitmeubelen', 'Relaxfauteuils']);
  });

  it('leaves out regions, finders, data sheets and a language switcher', () => {
    expect(
      products(
        '<nav><ul><li><a href="/products">Products</a><ul><li><a href="/na">North America</a></li><li><a href="/emea">Europe, Middle East &amp; Africa</a></li><li><a href="/ap">Asia-Pacific</a></li><li><a href="/sds">Labels and Safety Data Sheets</a></li><li><a href="/finder">Product Finder</a></li></ul></li></ul></nav>',
      ),
    ).toEqual([]);
    expect(
      products(
        '<nav><ul><li><span>Services</span><ul><li><a href="/services/sap">SAP Consulting</a></li><li><a href="/de/">DACH – Deutsch</a></li><li><a href="/pl/">Poland – Polski</a></li></ul></li></ul></nav>',
      ),
    ).toEqual(['SAP Consulting']);
  });
});

describe('company names from a logo', () => {
  it('reads the name after "Logo van" / "Logo of" in the logo alt', () => {
    const url = 'https://www.reubsaet.example/contact.php';
    const doc = docFrom(
      '<html><head><title>Contact</title></head><body><header><a href="/"><img class="logo" src="/logo.png" alt="Logo van autobedrijf Reubsaet"></a></header><p>Welkom.</p></body></html>',
      url,
    );
    expect(companyName(doc, new URL(url), readMetadata(doc, new URL(url)))).toBe('Autobedrijf Reubsaet');
  });

  it('reads a title between ornaments, after its welcome', () => {
    const url = 'http://www.autoschadepeterleunissen.nl/contact.html';
    const doc = docFrom(
      '<html><head><title>:: Welkom bij Autoschade Peter Leunissen ::</title></head><body><p>Contact</p></body></html>',
      url,
    );
    expect(companyName(doc, new URL(url), readMetadata(doc, new URL(url)))).toBe('Autoschade Peter Leunissen');
  });
});

describe('footer addresses with more on their line', () => {
  const find = (html: string) => findPostalAddress(textLines(docFrom(html).body));

  it('leaves out the copyright and registration line above the street', () => {
    expect(
      find(
        '<div id="footer"><h4>© 2014 Acme Prepress Ltd. Registered in England and Wales (company no. 01234567)<br>Unit 29, Malmesbury Road, Kingsditch Trading Estate, Cheltenham, Gloucestershire, GL51 9PL</h4></div>',
      )?.address,
    ).toBe('Unit 29, Malmesbury Road, Kingsditch Trading Estate, Cheltenham, Gloucestershire, GL51 9PL');
  });

  it('leaves out the name set off by a dash before the street', () => {
    expect(find('<footer><p>Acme-Convoyage — 34 rue de Padirac, 34070 Montpellier</p></footer>')).toMatchObject({
      address: '34 rue de Padirac, 34070 Montpellier',
      place: 'Montpellier',
    });
  });
});

describe('headquarters and datelines are not buttons', () => {
  it('reads no place from "based in" at the end of a line', () => {
    expect(proseFacts('Our team is based in\nLEARN MORE\nabout us').headquarters).toBeUndefined();
    expect(proseFacts('Acme is based in Gdańsk, Poland.').headquarters).toBe('Gdańsk, Poland');
  });

  it('takes no line of capitals made of button words for a dateline', () => {
    expect(dateline(['LEARN MORE', 'Venture into the realm of data analytics with Acme.'])).toBeUndefined();
  });
});

describe('a page in the services folder', () => {
  it('is the company’s page, even typed og:article with a testimonial signed by a name', () => {
    const url = 'https://acme-consulting.example/technology-solutions/cybersecurity-consulting-services/';
    const html = `<html><head><title>Cybersecurity Consulting Services - Acme Consulting</title>
      <meta property="og:type" content="article"><meta property="og:site_name" content="Acme Consulting">
      <meta property="article:modified_time" content="2025-10-08T00:35:18+00:00"></head>
      <body><main><h1>Cybersecurity Consulting Services</h1>
      ${'<p>As a top cybersecurity consulting firm, Acme keeps your finances and reputation safe with governance, identity and risk services for every kind of business we serve.</p>'.repeat(6)}
      <div class="testimonial"><p>“Acme helped us pass our audit.”</p><div class="author-details"><span class="detail detail--name">Carla Escobar</span>, <span class="detail detail--title">VP, IS Security</span>, <span class="detail detail--company">RevMed</span></div></div></main></body></html>`;
    expect(extractPage(docFrom(html, url), new URL(url)).kind).toBe('company-page');
    // A dated post filed under the same folder is still a story.
    const post = 'https://acme-consulting.example/services/blog/why-audits-fail/';
    expect(
      extractPage(docFrom(html.replace('<h1>', '<p><time datetime="2025-03-04">March 4, 2025</time></p><h1>'), post), new URL(post)).kind,
    ).toBe('article');
  });
});

describe('people on a company page', () => {
  const peopleOf = (html: string, url = 'https://acme.example/ueber-uns') => extractPage(docFrom(html, url), new URL(url)).people ?? [];

  it('reads a title from the first words of a card’s biography when the card shows none', () => {
    const card = (name: string, bio: string) =>
      `<div class="m-contactCard"><a href="/en/${name.split(' ')[0]}"><picture><img src="/p/${name.split(' ')[0]}.jpg" alt=""></picture><div class="m-contactCard__title"><span>${name}</span></div><div class="m-contactCard__desc"><span>${bio}</span></div></a><a href="https://www.linkedin.com/in/${name.toLowerCase().replace(' ', '-')}/">LinkedIn</a></div>`;
    const html = `<html><head><title>Data services - Acme</title></head><body><main><h1>Data services</h1><h2>Leadership</h2><div class="cards">${card(
      'Matt Ramsay',
      'Matt is a Managing Director in Acme’s Technology Consulting group where he leads its data governance work. He has more than 18 years of experience.',
    )}${card('Dana Whitcombe', 'Dana is a Senior Director at Acme and leads the analytics practice for financial services. She joined in 2015.')}</div></main></body></html>`;
    expect(peopleOf(html, 'https://acme.example/us-en/data-services').map((p) => [p.name, p.title])).toEqual([
      ['Matt Ramsay', 'Managing Director'],
      ['Dana Whitcombe', 'Senior Director'],
    ]);
  });

  it('takes no degree line, no widget heading and no Organization-Person JSON-LD node for a person', () => {
    const html = `<html><head><title>Über uns - Acme</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":["Organization","Person"],"name":"Acme","url":"https://acme.example/"}</script></head>
      <body><main><h1>Über uns</h1><div class="team">
      <div class="member"><img src="/timo.jpg" alt="Timo Brandt"><h3>Timo Brandt</h3><p class="role">Markt &amp; Strategie</p><ul class="cv"><li>BSc Betriebsökonomie</li><li>MSc Data Science</li></ul></div>
      <div class="member"><img src="/david.jpg" alt="David Staub"><h3>David Staub</h3><p class="role">Prozesse &amp; Data Science</p></div>
      </div></main>
      <div class="fchat"><div class="head"><b>Kontakt aufnehmen</b> <span>Wählen Sie Ihren Kanal</span></div><span class="role">Ihr Acme-Berater</span></div>
      <nav class="account"><a href="/account">My Account</a><span>Customer Service</span></nav></body></html>`;
    const names = peopleOf(html).map((p) => p.name);
    expect(names).toContain('Timo Brandt');
    expect(names).not.toContain('BSc Betriebsökonomie');
    expect(names).not.toContain('MSc Data Science');
    expect(names).not.toContain('Wählen Sie Ihren Kanal');
    expect(names).not.toContain('My Account');
    expect(names).not.toContain('Acme');
  });

  it("reads no person on a careers page's vacancy cards, whose role carries (m/w/d)", () => {
    const html = `<html><head><title>Stellenangebote - Autohaus Acme</title></head><body><main><h1>Stellenangebote</h1>
      <article class="job-card"><button class="job-card-head"><div class="job-main"><h3>Kfz-Mechatroniker <span class="job-mwd">(m/w/d)</span></h3>
      <p>Sie warten und reparieren PKW.</p></div></button><div class="job-details"><h4>Ihr Profil</h4><ul><li>Abgeschlossene Ausbildung</li></ul>
      <h4>Wir bieten</h4><ul><li>Unbefristeter Arbeitsvertrag</li><li>Faire Bezahlung</li></ul></div></article>
      <article class="job-card"><button class="job-card-head"><div class="job-main"><h3>Serviceberater <span class="job-mwd">(m/w/d)</span></h3>
      <p>Sie beraten unsere Kunden.</p></div></button><div class="job-details"><h4>Ihr Profil</h4><ul><li>Kaufmännische Ausbildung</li></ul>
      <h4>Wir bieten</h4><ul><li>Unbefristeter Arbeitsvertrag</li><li>Betriebliche Altersvorsorge</li></ul></div></article>
      </main></body></html>`;
    expect(peopleOf(html)).toEqual([]);
  });
});

describe('the About text of a page without a main element', () => {
  it('reads the opening paragraph and keeps a history opening that goes on to say what the company does', () => {
    const url = 'https://www.prepress.example/about-us/';
    const html = `<html><head><title>About Us | Acme Prepress</title>
      <meta name="description" content="Since 2001, Acme Prepress have been providing a prepress service, dealing in used prepress equipment.">
      </head><body><div id="header"><a href="/"><img src="/logo.png" alt="Acme Prepress"></a></div>
      <div id="inner-content"><div class="page-content"><h1>About Us</h1>
      <p>Established in April 2000, Acme Prepress has over 30 years’ experience and is a limited company dealing in quality used prepress equipment. Offering servicing and repairs on used platesetters.</p>
      <p>We carry spare parts for many makes and models.</p></div></div>
      <div id="cookie-bar"><p>By continuing to use this website, you agree to the use of cookies. Follow us on social media for news.</p></div>
      <div id="footer"><p>© 2014 Acme Prepress Ltd.</p></div></body></html>`;
    const company = extractPage(docFrom(html, url), new URL(url)).company;
    expect(company?.summary).toMatch(/^Established in April 2000, Acme Prepress has over 30 years’ experience/);
    expect(company?.description).toMatch(/^Established in April 2000/);
  });
});

describe('second round: offices, titles, old LinkedIn addresses, a stats band', () => {
  it('reads the office marked (HQ) with a Polish postcode before a second office', () => {
    expect(
      findPostalAddress(
        textLines(
          docFrom(
            '<footer><div>Acme sp. z o.o.</div><div>VAT-ID: PL 957-107-23-74</div><div>Gdańsk (HQ): Marynarki Polskiej 163, 80-868 Gdańsk, Poland</div><div>NY: 35 W 31st St, Store 1, New York, NY 10001</div></footer>',
          ).body,
        ),
      ),
    ).toMatchObject({ address: 'Marynarki Polskiej 163, 80-868 Gdańsk, Poland', place: 'Gdańsk, Poland' });
  });

  it('drops the site’s own company after a title and reads an old /companies/ LinkedIn address', () => {
    const url = 'https://www.acmesoft.example/services/data';
    const html = `<html><head><title>Data services | Acmesoft</title></head><body><main><h1>Data services</h1><h2>Meet our leadership</h2>
      <div class="card"><img src="/paul.jpg" alt="Paul Hewitt"><h3>Paul Hewitt</h3><p class="title">Global Head of Data and AI, Acmesoft</p><a href="https://www.linkedin.com/in/paul-hewitt/">LinkedIn</a></div>
      <div class="card"><img src="/ana.jpg" alt="Ana Ruiz"><h3>Ana Ruiz</h3><p class="title">Head of Delivery, Acmesoft</p></div></main>
      <footer><a href="https://www.linkedin.com/companies/acmesoft">LinkedIn</a></footer></body></html>`;
    const x = extractPage(docFrom(html, url), new URL(url));
    expect(x.people?.find((p) => p.name === 'Paul Hewitt')?.title).toBe('Global Head of Data and AI');
    expect(linkedinCompanyUrl('https://www.linkedin.com/companies/acmesoft')).toBe('https://www.linkedin.com/company/acmesoft/');
    expect(x.company?.linkedinUrl).toBe('https://www.linkedin.com/company/acmesoft/');
  });

  it('reads the size from a stats band of professionals', () => {
    expect(proseFacts('1,500+\nprojects\n2,200+\nprofessionals').size).toBe('2,200+ professionals');
  });
});
