import { describe, expect, it } from 'vitest';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { menuProducts } from '../lib/extract/site-menus';
import { findPostalAddress } from '../lib/extract/postal-address';
import { docFrom } from './helpers/dom';

const page = (head: string, body: string, url = 'https://www.tapwell.example/') =>
  extractPage(docFrom(`<html><head>${head}</head><body>${body}</body></html>`, url), new URL(url));

const products = (body: string, url = 'https://www.tapwell.example/') =>
  menuProducts(docFrom(`<html><head><title>Tapwell</title></head><body>${body}</body></html>`, url), new URL(url));

describe('a submenu labelled "A Complete Service »" (fresh15-flintandson)', () => {
  const menu = (label: string) => `<ul id="nav">
    <li><a href="/">Home</a></li>
    <li><a href="about.asp">About us<span> »</span></a><ul><li><a href="privacy.asp">Privacy Policy</a></li></ul></li>
    <li><a href="service.asp">${label}<span> »</span></a><ul>
      <li><a href="install.asp">Bathroom Installation</a></li>
      <li><a href="wet.asp">Wet Rooms</a></li>
      <li><a href="tiling.asp">Bathroom Tiling</a></li>
      <li><a href="heating.asp">Central Heating</a></li>
    </ul></li>
    <li><a href="quote.asp">Free Quotation<span> »</span></a><ul><li><a href="guarantee.asp">Our Guarantee</a></li><li><a href="prices.asp">Our Prices</a></li></ul></li>
    <li><a href="contact.asp">Contact</a></li></ul>`;

  it('lists the services under it, the arrow no part of the label', () => {
    expect(products(menu('A Complete Service'))).toEqual(['Bathroom Installation', 'Wet Rooms', 'Bathroom Tiling', 'Central Heating']);
  });

  it('but a bare "Service" menu is the help desk, not a line of offerings', () => {
    expect(products(menu('Service'))).toEqual([]);
  });
});

describe('one "Services" heading over a column of family lists (fresh15-forthea)', () => {
  const family = (name: string, folder: string, leaves: string[]) =>
    `<ul><li class="parent"><span class="subcategory">${name}</span><a href="/services/${folder}/">${name} overview</a></li>${leaves
      .map((l) => `<li><a href="/services/${folder}/${l.toLowerCase().replace(/\W+/g, '-')}/">${l}</a></li>`)
      .join('')}</ul>`;
  const body = `<div class="nav"><div class="col"><a class="category" href="/services/">Services</a>
    ${family('Paid Media', 'paid-media', ['Paid Search', 'Paid Social'])}
    ${family('SEO', 'seo', ['Content Development', 'Local SEO'])}
    <ul><li><span>CRO</span><a href="/services/cro/">Conversion Rate Optimization</a></li></ul>
    <ul><li><span>Web</span><a href="/services/web/">Site Design + Development</a></li><li><a href="/services/web/portfolio/">Portfolio</a></li></ul>
    </div><div class="col"><ul><li><a href="/about/">About</a></li><li><a href="/team/">Meet the Team</a></li></ul></div></div>`;

  it('reads every family: its leaves, or the family itself when it has none; never a generic section', () => {
    expect(products(body)).toEqual([
      'Paid Search',
      'Paid Social',
      'Content Development',
      'Local SEO',
      'Conversion Rate Optimization',
      'Site Design + Development',
    ]);
  });
});

describe('a client testimonial on a service page (fresh15-forthea)', () => {
  it('is not the description: the meta line is', () => {
    const x = page(
      '<title>Analytics Services | Tapwell</title><meta property="og:site_name" content="Tapwell"><meta name="description" content="Our marketing analytics experts decode customer acquisition from first click to last touch for growing brands.">',
      `<main><h1>Marketing Analytics</h1><p>We connect data to decisions for every channel you run.</p>
      <div class="panel panel-testimonial"><div class="quote">Tapwell has been a pivotal part of the continued maturity of our web analytics program, helping us gain meaningful insight.</div><p>Jane Roe, VP Marketing, Bigco</p></div></main>`,
      'https://www.tapwell.example/services/analytics/',
    );
    expect(x.company?.description).toBe(
      'Our marketing analytics experts decode customer acquisition from first click to last touch for growing brands.',
    );
    expect(x.company?.summary).toBe(x.company?.description);
  });
});

describe('a meta description that opens with a question to the reader (fresh15-zynkdesign)', () => {
  it('keeps the whole line as the description; the summary starts where it says what the company does', () => {
    const line =
      'Looking for a commercial interior design company in London UK? Contact Tapwell Design in London. Tapwell specialise in interior design for gyms, spas and offices.';
    const x = page(
      `<title>Contact | Tapwell Design</title><meta property="og:site_name" content="Tapwell Design"><meta name="description" content="${line}">`,
      '<main><h1>Contact</h1><p>Pop in for a chat.</p><p>Tapwell Design<br>24 Endell Street<br>London WC2H 9HQ</p></main>',
      'https://www.tapwell.example/contact',
    );
    expect(x.company?.description).toBe(line);
    expect(x.company?.summary).toBe('Tapwell specialise in interior design for gyms, spas and offices.');
  });
});

describe('a bulleted list of topics written "X and Y" (fresh15-forthea)', () => {
  it('names no people, though the items look like pairs of names with a title below', () => {
    const x = page(
      '<title>Analytics | Tapwell</title><meta property="og:site_name" content="Tapwell">',
      `<main><h1>Marketing Analytics</h1><div class="item"><h4>Analytics Audits</h4><p>We uncover unique insights by reviewing:</p><ul>
      <li>Data Integrity and Tracking Optimization</li><li>Custom KPIs and Marketing Measurement</li>
      <li>Visitor Behavior and Session Analysis</li><li>Tag Management</li><li>CRM Integration</li></ul></div></main>`,
      'https://www.tapwell.example/services/analytics/',
    );
    expect(x.people ?? []).toEqual([]);
  });
});

describe('addresses written the way small sites print them (fresh15-forthea, fresh15-auxadi)', () => {
  const lines = (...l: string[]) => findPostalAddress(l);

  it('reads a US town line with a comma before the ZIP code ("Houston TX, 77019")', () => {
    expect(lines('Learn more', '2727 Allen Pkwy #1200', 'Houston TX, 77019', 'Home Privacy Policy Sitemap')).toMatchObject({
      address: '2727 Allen Pkwy #1200, Houston TX, 77019',
      place: 'Houston, TX',
    });
  });

  it('keeps a business park line and reads a semicolon between street and postal line as a comma', () => {
    expect(
      lines(
        'Auxadi Contables & Consultores S.A.',
        'Parque Empresarial Las Mercedes',
        'Edificio 5 – 3º Planta',
        'Av. Aragón 330 ; 28022 MADRID',
        'Tel: + 34 91 562 51 52',
      ),
    ).toMatchObject({ address: 'Parque Empresarial Las Mercedes, Edificio 5 – 3º Planta, Av. Aragón 330, 28022 MADRID', place: 'MADRID' });
  });
});

describe('a Brazilian address block (fresh15-awake)', () => {
  it('reads street (its abbreviation spaced), district, town and state with the CEP, and the place as "Town, UF"', () => {
    expect(
      findPostalAddress([
        'Skype: alg.tapwell',
        'Rua Dr.Alberto Seabra, 648 / cj 2',
        'Cep 05452-000',
        'Alto de Pinheiros',
        'São Paulo - SP',
      ]),
    ).toMatchObject({
      address: 'Rua Dr. Alberto Seabra, 648 / cj 2, Alto de Pinheiros, São Paulo - SP, 05452-000',
      place: 'São Paulo, SP',
    });
  });

  it('needs the CEP: a town and a state code alone are no address', () => {
    expect(findPostalAddress(['Rua Dr. Alberto Seabra, 648', 'Alto de Pinheiros', 'São Paulo - SP'])).toBeUndefined();
  });
});

describe('a contact block addressed by a Dutch partnership (fresh15-bodbijlvoeders)', () => {
  it('names the company as the block writes it, legal form first in lower case, over a title of keywords', () => {
    const x = page(
      '<title>vof tapwell, diervoeders</title>',
      `<main><h1>Contact</h1><p>U kunt ons bezoeken in de winkel. Onze gegevens zijn:</p>
      <p>v.o.f. Tapwell<br>Bogerdweg 48<br>4315 CD Dreischor (Zeeland)<br>tel. 0111-401522<br>info@tapwell.example</p></main>`,
      'http://www.tapwellvoeders.example/contact.htm',
    );
    expect(x.company?.name).toBe('v.o.f. Tapwell');
    expect(x.company?.address).toBe('Bogerdweg 48, 4315 CD Dreischor');
  });
});
