import { describe, expect, it } from 'vitest';
import { companyDescription } from '../lib/extract/about-text';
import { companyName } from '../lib/extract/company-name';
import { readMetadata } from '../lib/extract/metadata';
import { proseFacts } from '../lib/extract/prose';
import { menuProducts } from '../lib/extract/site-menus';
import { teamMembers } from '../lib/extract/team';
import { docFrom } from './helpers/dom';

const products = (html: string, url = 'https://acme.example/contact') => menuProducts(docFrom(html, url), new URL(url));
const describe_ = (html: string, name: string, role: 'about' | 'contact' | 'home' = 'contact', url = 'https://acme.example/contact') =>
  companyDescription(docFrom(html, url), { name, host: new URL(url).hostname, role, productPage: false });

describe('products from a mega menu: the top level, not a branch of one item', () => {
  it('keeps the top-level "Products" list and drops a "Services" list nested under one product', () => {
    expect(
      products(
        '<nav><ul>' +
          '<li><a href="/products/">Products</a><ul>' +
          '<li><a href="/products/marketing">Marketing Hub</a></li>' +
          '<li><a href="/products/sales">Sales Hub</a><ul><li><span>Services</span><ul>' +
          '<li><a href="/services/onboarding">Onboarding</a></li><li><a href="/services/training">Customer Training</a></li></ul></li></ul></li>' +
          '<li><a href="/products/crm">Smart CRM</a></li>' +
          '</ul></li>' +
          '<li><a href="/about">About</a></li></ul></nav>',
      ),
    ).toEqual(['Marketing Hub', 'Sales Hub', 'Smart CRM']);
  });

  it('drops a shop\'s "Bikes › Collection" branch beside its top-level "Services"', () => {
    const got = products(
      '<nav><ul>' +
        '<li><a href="/bikes">Bikes</a><ul><li><a href="/bikes">Collection</a><ul>' +
        '<li><a href="/bikes/city">City bikes</a></li><li><a href="/bikes/e">E-bikes</a></li><li><a href="/bikes/race">Racing bikes</a></li></ul></li></ul></li>' +
        '<li><a href="/services">Services</a><ul><li><a href="/repair">Repairs</a></li><li><a href="/rental">Bike rental</a></li></ul></li>' +
        '</ul></nav>',
    );
    expect(got).toEqual(['Repairs', 'Bike rental']);
  });

  it('leaves a "New!" badge off the item, and "All Products" out, but not "All Natural Syrups"', () => {
    expect(
      products(
        '<nav><ul><li><a href="/products/">Products</a><ul><li><a href="/products/bar">Bar Syrups and Cocktail Mixes New!</a></li><li><a href="/products/classic">Classic Syrups</a></li><li><a href="/products/natural">All Natural Syrups</a></li><li><a href="/products/">All Products</a></li></ul></li></ul></nav>',
      ),
    ).toEqual(['Bar Syrups and Cocktail Mixes', 'Classic Syrups', 'All Natural Syrups']);
  });

  it('still reads a nested list when it is the only labelled one', () => {
    expect(
      products(
        '<nav><ul><li><a href="/shop">Shop</a><ul><li><a href="/products">Products</a><ul>' +
          '<li><a href="/c/sofas">Sofas</a></li><li><a href="/c/chairs">Chairs</a></li></ul></li></ul></li></ul></nav>',
      ),
    ).toEqual(['Sofas', 'Chairs']);
  });

  it('unites the family columns of a "Products" mega menu, only the items that link under the product folder', () => {
    const column = (family: string, items: string[]) =>
      `<td><span class="title">${family}</span><ul>` +
      items.map((i) => `<li><a href="/en-US/Products/${i.replace(/\W/g, '')}.aspx">${i}</a></li>`).join('') +
      '</ul></td>';
    expect(
      products(
        '<ul class="topnav"><li><a href="/about">About</a><ul><li><a href="/about/story">Our Story</a></li><li><a href="/about/careers">Careers</a></li></ul></li>' +
          '<li><a href="/#">Products</a><ul><li><table><tr><td><a href="/en-US/WhatsNew.aspx">What\'s New</a></td></tr></table><table><tr>' +
          column('Stand Alone Controls', ['Dimmers & Switches', 'Fan Controls']) +
          column('Wireless Systems', ['Maestro Wireless', 'RadioRA 2']) +
          '<td><span class="title">Case studies</span><ul><li><a href="/en-US/Cases/a.aspx">Museum</a></li><li><a href="/en-US/Cases/b.aspx">Hotel</a></li></ul></td>' +
          '</tr></table></li></ul></li></ul>',
        'https://www.lumen.example/',
      ),
    ).toEqual(['Dimmers & Switches', 'Fan Controls', 'Maestro Wireless', 'RadioRA 2']);
  });

  it('reads a "Courses" menu as the line only on a site that calls itself a place to learn', () => {
    const page = (title: string) =>
      docFrom(
        `<head><title>${title}</title></head><body><nav><ul><li><a href="/courses">Courses</a><ul>` +
          '<li><a href="/courses/school">School Fundraising Certificate</a></li><li><a href="/courses/charity">Charity Fundraising Certificate</a></li>' +
          '</ul></li><li><a href="/about">About Us</a></li></ul></nav></body>',
        'https://skills.example/about',
      );
    expect(menuProducts(page('Online Fundraising Training | Skills'), new URL('https://skills.example/about'))).toEqual([
      'School Fundraising Certificate',
      'Charity Fundraising Certificate',
    ]);
    expect(menuProducts(page('Fundraising software for schools | Skills'), new URL('https://skills.example/about'))).toEqual([]);
  });

  it('keeps the first "Services" list when later ones under the same label are its branches\' columns', () => {
    const column = (items: string[]) =>
      '<div><h4>Services</h4><ul>' + items.map((i) => `<li><a href="/s/${i.length}">${i}</a></li>`).join('') + '</ul></div>';
    expect(
      products(
        column(['Artificial Intelligence', 'Business Consulting', 'Data & Analytics', 'Security & Compliance']) +
          column(['AI Governance', 'AI Strategy', 'AI Agent Development']) +
          column(['Microsoft', 'NetSuite Consulting Services']),
      ),
    ).toEqual(['Artificial Intelligence', 'Business Consulting', 'Data & Analytics', 'Security & Compliance']);
  });

  it('of a list and a part of it under one label, takes the whole; of two writings of one list, the later', () => {
    const column = (label: string, items: string[]) =>
      `<div><h4>${label}</h4><ul>` + items.map((i) => `<li><a href="/x/${i.length}">${i}</a></li>`).join('') + '</ul></div>';
    expect(
      products(
        column('Services', ['Cloud Solutions', 'Data Analytics']) +
          column('Services', ['Cloud Solutions', 'Data Analytics', 'Design', 'Machine Learning']),
      ),
    ).toEqual(['Cloud Solutions', 'Data Analytics', 'Design', 'Machine Learning']);
    expect(
      products(
        column('Leistungen', ['Beratung', 'Finanzierung', 'Wartung']) +
          column('Leistungen', ['Beratung', 'Finanzierung & Leasing', 'Wartung']),
      ),
    ).toEqual(['Beratung', 'Finanzierung & Leasing', 'Wartung']);
  });
});

describe('what the company does, on pages that hide it well', () => {
  it('reads the page whatever classes its theme puts on <body> ("menustyle3")', () => {
    const html =
      '<body class="f-default menustyle3"><div id="content"><h1>Contact us</h1><p>Tel: (800) 555-0100</p>' +
      '<p><strong>ABOUT US</strong></p><p><a href="/">Altaris Bio</a> is a life sciences company that develops and manufactures transfection reagents. We test every reagent for effectiveness.</p></div></body>';
    expect(describe_(html, 'Altaris Bio')).toBe(
      'Altaris Bio is a life sciences company that develops and manufactures transfection reagents. We test every reagent for effectiveness.',
    );
  });

  it('knows a defining sentence by more verbs ("manages", "carries", "levert")', () => {
    const html =
      '<body><main><h1>About</h1><p>Meet Bill and Heidi, our project managers.</p></main>' +
      '<footer><div class="custom"><p>Northgate Builders manages new construction and remodeling projects in Seattle and 12 towns of the Puget Sound area.</p></div></footer></body>';
    expect(describe_(html, 'Northgate Builders', 'about', 'https://northgate.example/about-us')).toBe(
      'Northgate Builders manages new construction and remodeling projects in Seattle and 12 towns of the Puget Sound area.',
    );
  });

  it('takes the whole "About Us" block under its heading, not only its first line', () => {
    const html =
      '<body><div class="hero"><h1>Design that works</h1></div>' +
      '<div class="row"><div class="span4"><h2>About Us</h2>' +
      '<p>Brightline is a creative design and digital agency in Blackpool, Lancashire, UK.</p>' +
      '<p>Working with companies across the North West, we supply many industries with design and interactive services.</p>' +
      '</div><div class="span4 caption"><p>Our expert team takes your project from conception to completion, every time.</p></div></div></body>';
    expect(describe_(html, 'Brightline', 'home', 'https://brightline.example/')).toBe(
      'Brightline is a creative design and digital agency in Blackpool, Lancashire, UK. Working with companies across the North West, we supply many industries with design and interactive services.',
    );
  });
});

describe('a meta description with a call or the page name after it', () => {
  const withMeta = (meta: string) =>
    companyDescription(docFrom('<body><h1>Contact us</h1><p>Tel. 555-0100</p></body>', 'https://prismvalve.example/contact-us.html'), {
      name: 'Prism Valve Products',
      host: 'prismvalve.example',
      role: 'contact',
      meta,
      productPage: false,
    });

  it('drops a closing "Call <number> …" sentence, which otherwise rejects the whole line', () => {
    expect(
      withMeta(
        'Oilfield valves from Prism Valve Products - ball valves, butterfly valves and check valves. Call 1-888-555-0100 for more valve information today.',
      ),
    ).toBe('Oilfield valves from Prism Valve Products - ball valves, butterfly valves and check valves.');
  });

  it('drops the page\'s name at the end ("- Contact us")', () => {
    expect(withMeta('Prism Valve Products - Experts in valve simulation and analysis- Contact us')).toBe(
      'Prism Valve Products - Experts in valve simulation and analysis',
    );
  });
});

describe('company names from titles with older separators', () => {
  it('splits "Name :: tagline" and "Name » page" like "Name | tagline"', () => {
    for (const title of ['Taskwise :: Web based tool for project management', 'Taskwise » Home']) {
      const url = 'https://www.taskwise.example/';
      const doc = docFrom(`<html><head><title>${title}</title></head><body><p>Welcome.</p></body></html>`, url);
      expect(companyName(doc, new URL(url), readMetadata(doc, new URL(url)))).toBe('Taskwise');
    }
  });

  it('takes the domain as the page writes it when the title holds it among other words, never a person the domain names', () => {
    const name = (url: string, html: string) => {
      const doc = docFrom(html, url);
      return companyName(doc, new URL(url), readMetadata(doc, new URL(url)));
    };
    expect(
      name(
        'https://www.warmstonedelft.example/contact',
        '<head><title>contact warm stone massage Delft</title><meta property="og:site_name" content="www.warmstonedelft.example"></head>' +
          '<body><p>Maak een afspraak bij Warm Stone Delft.</p><footer>Warm Stone Delft | Markt 4 2611 GP Delft</footer></body>',
      ),
    ).toBe('Warm Stone Delft');
    expect(
      name(
        'https://www.janbakker.example/',
        '<head><title>The Bakker Wealth Management Group | Home</title></head><body><p>Jan Bakker, advisor since 1990.</p></body>',
      ),
    ).toBe('The Bakker Wealth Management Group');
  });
});

describe('people: the staff, not the customers whose letters the page prints', () => {
  const people = (html: string) => {
    const url = 'https://carloans.example/about';
    return teamMembers(docFrom(html, url), new URL(url), { role: 'about', companyName: 'Carloans' }).map((p) => p.name);
  };
  const letter = (greeting: string, signOff: string, name: string, title = '') =>
    `<tr><td><img alt="finance testimonial" src="/q.jpg"></td><td><p>${greeting}</p>` +
    '<p>I would like to thank the whole team for the help with the lease of our new car; it was quick, friendly and far better than any dealer we tried before.</p>' +
    `<p>${signOff}</p><p><strong>${name}</strong>${title ? `<br>${title}<br>Harbour Marine` : ''}</p></td></tr>`;

  it('leaves out names that sign a letter ("Dear Phillip, … Regards, Steven Humphreys")', () => {
    const html =
      '<body><h1>About us</h1><p>Carloans is based in Chatswood and arranges car finance across Australia.</p><table><tbody>' +
      letter('Dear Phillip,', 'Regards', 'Steven Humphreys', 'Director') +
      letter('Hi Erin', 'Thanks again', 'Anthony Wasson', 'Operations Manager') +
      letter('Good afternoon Phillip', 'Kind regards', 'Meredith Felkel') +
      '</tbody></table></body>';
    expect(people(html)).toEqual([]);
  });

  it('keeps a team whose page opens "Hello! We are …" above the cards', () => {
    const card = (name: string, title: string) =>
      `<div class="member"><img src="/p/${name}.jpg" alt="${name}"><h3>${name}</h3><p class="role">${title}</p></div>`;
    const html = `<body><div class="team"><p>Hello! We are the small team behind Carloans, arranging car finance for families and businesses since 2004.</p>${card('Phillip Moore', 'Managing Director')}${card('Erin Walsh', 'Finance Broker')}</div></body>`;
    expect(people(html)).toEqual(['Phillip Moore', 'Erin Walsh']);
  });

  it('keeps staff cards whose bios mention thanks or customers', () => {
    const card = (name: string, title: string) =>
      `<div class="member"><img src="/p/${name}.jpg" alt="${name}"><h3>${name}</h3><p class="role">${title}</p><p>${name.split(' ')[0]} has looked after our customers for ten years and thanks them for their trust.</p></div>`;
    const html = `<body><h1>Our team</h1><div class="team">${card('Phillip Moore', 'Managing Director')}${card('Erin Walsh', 'Finance Broker')}</div></body>`;
    expect(people(html)).toEqual(['Phillip Moore', 'Erin Walsh']);
  });
});

describe('a place from prose ends before a possessive', () => {
  it('reads "based in Chatswood on Sydney\'s North Shore" as Chatswood, and keeps "upon", "am" and apostrophes in names', () => {
    expect(proseFacts("Carloans is based in Chatswood on Sydney's North Shore and arranges finance.").headquarters).toBe('Chatswood');
    expect(proseFacts('We are based in Newcastle upon Tyne, England.').headquarters).toBe('Newcastle upon Tyne, England');
    expect(proseFacts("Headquartered in O'Fallon, Missouri, we brew beer.").headquarters).toBe("O'Fallon, Missouri");
    expect(proseFacts('Die Firma hat ihren Sitz in Frankfurt am Main.').headquarters).toBe('Frankfurt am Main');
  });
});
