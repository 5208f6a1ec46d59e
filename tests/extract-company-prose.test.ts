import { describe, expect, it } from 'vitest';
import { companyDescription } from '../lib/extract/about-text';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { proseFacts } from '../lib/extract/prose';
import { menuProducts } from '../lib/extract/site-menus';
import { prosePeople } from '../lib/extract/prose-people';
import { personalProfileFor, profileForName, socialLinks } from '../lib/extract/socials';
import { withProseFacts } from '../lib/extract/company-prose';
import type { PageExtraction } from '../lib/schema/page-extraction';
import { cleanTitle } from '../lib/extract/person-name';
import { docFrom } from './helpers/dom';

describe('leaders an About text names in its sentences', () => {
  it('reads founders in English, German, French and Dutch, when the sentence is about the company', () => {
    expect(
      prosePeople('Die Muster Lüftung GmbH wurde 2008 als „Muster Bau GmbH & Co. KG" von Lena Gruber gegründet.', 'Muster Lüftung GmbH'),
    ).toEqual([{ name: 'Lena Gruber', title: 'Gründer' }]);
    expect(prosePeople('Cartéo Solutions est fondée par Paul Sorel, géomaticien passé par la topographie.', 'Cartéo Solutions')).toEqual([
      { name: 'Paul Sorel', title: 'Fondateur' },
    ]);
    expect(prosePeople('The firm was co-founded in 1998 by Maria Lopez.', 'Lopez Partners')).toEqual([
      { name: 'Maria Lopez', title: 'Co-founder' },
    ]);
    expect(prosePeople('Ons bedrijf is opgericht in 1990 door Jan de Vries.', 'Vries Bouw')).toEqual([
      { name: 'Jan de Vries', title: 'Oprichter' },
    ]);
  });

  it('reads a leader in apposition, without the honorific', () => {
    expect(prosePeople('The Director of Harbor Programs, Dr. Nina Castell, received her Ph.D. from Yale.', 'Harbor Programs')).toEqual([
      { name: 'Nina Castell', title: 'Director' },
    ]);
  });

  it("never takes another organisation's founder, a group of people or the company itself", () => {
    expect(prosePeople('We support a local charity founded by Tom Reed in 1980.', 'Acme Tools')).toEqual([]);
    expect(prosePeople('Shelter House, a charity founded by Tom Reed, thanks its donors.', 'Acme Tools')).toEqual([]);
    expect(prosePeople('Acme was founded by Stanford alumni in 2000.', 'Acme')).toEqual([]);
    expect(prosePeople('Acme Tools was founded by Acme Holdings in 2000.', 'Acme Tools')).toEqual([]);
  });

  it('adds the founder of an About page to its people', () => {
    const html = `<title>Über uns | Muster Lüftung</title><body><main><h1>Unser Unternehmen</h1>
      <p>Die Muster Lüftung GmbH wurde 2008 als „Muster Bau GmbH &amp; Co. KG" von Lena Gruber gegründet und 2013 umfirmiert.
      Sitz des Unternehmens ist Uetze bei Hannover. Wir planen und bauen Lüftungsanlagen für Gewerbe und Industrie in der Region.</p></main></body>`;
    const x = extractPage(
      docFrom(html, 'https://muster-lueftung.example/ueber-uns.html'),
      new URL('https://muster-lueftung.example/ueber-uns.html'),
    );
    expect(x.people).toEqual([{ name: 'Lena Gruber', title: 'Gründer' }]);
    expect(x.company?.founded).toBe(2008);
    expect(x.company?.headquarters).toBe('Uetze');
  });
});

describe('where and when, from About prose', () => {
  it('reads the seat of a German company, a French "basée au", and where the company was formed', () => {
    expect(proseFacts('Sitz des Unternehmens ist Uetze bei Hannover.').headquarters).toBe('Uetze');
    expect(proseFacts("Basée au Tampon (La Réunion), l'entreprise intervient sur l'île.").headquarters).toBe('Le Tampon');
    expect(proseFacts('Basés aux Abymes, nous livrons toute la Guadeloupe.').headquarters).toBeUndefined();
    expect(proseFacts("Basée aux Abymes, l'entreprise livre toute la Guadeloupe.").headquarters).toBe('Les Abymes');
    const formed = proseFacts(
      'Kite Insurance: Formed 1926 in Farmington, New Mexico, by two brothers. The agency was formed to serve traders.',
    );
    expect(formed.founded).toBe(1926);
    expect(formed.headquarters).toBe('Farmington, New Mexico');
  });

  it('reads the German word order "wurde 2008 … gegründet", not a later year in the sentence', () => {
    expect(proseFacts('Die Firma wurde 2008 als „Bau GmbH & Co. KG" gegründet und 2013 umfirmiert.').founded).toBe(2008);
    expect(proseFacts('Die Firma wurde gegründet 1999 und 2013 umfirmiert.').founded).toBe(1999);
  });

  it('reads "since 2002" after the organisation it dates, never after a person', () => {
    expect(
      proseFacts('Fundraising Skills is an award winning e-learning organisation offering accredited courses since 2002.').founded,
    ).toBe(2002);
    expect(proseFacts('Rick has served the North Park community in Walden since 1979 as a broker.').founded).toBeUndefined();
  });
});

describe("people's titles on cards", () => {
  it('drops the office after a dash when it ends in a country, letters before the role, and a stray separator', () => {
    expect(cleanTitle('Head of Impact Management - Geneva, Switzerland')).toBe('Head of Impact Management');
    expect(cleanTitle('Private Equity Analyst - Singapore')).toBe('Private Equity Analyst');
    expect(cleanTitle('VP - Sales')).toBe('VP - Sales');
    expect(cleanTitle('Director - Georgia Operations')).toBe('Director - Georgia Operations');
    expect(cleanTitle('CFA, CFP, President')).toBe('President');
    expect(cleanTitle('CEO, Founder')).toBe('CEO, Founder');
    expect(cleanTitle(', Partner')).toBe('Partner');
  });

  it('reads a card heading "Name Title - City, Country" with the title alone', () => {
    const card = (n: string, t: string) =>
      `<div class="member"><img src="/p.jpg" alt="${n}"><h4 class="member-name">${n}</h4><p class="member-role">${t}</p></div>`;
    const html = `<title>Careers | Orchard Invest</title><body><main><h2>Meet the team</h2>
      ${card('Vera Keller', 'Head of Impact Management - Geneva, Switzerland')}
      ${card('Gustavo Mendes', 'Senior Investment Officer - Lima, Peru')}
      ${card('Yun Gao', 'Private Equity Analyst - Singapore')}</main></body>`;
    const x = extractPage(docFrom(html, 'https://orchard.example/careers/'), new URL('https://orchard.example/careers/'));
    expect(x.people).toEqual([
      { name: 'Vera Keller', title: 'Head of Impact Management' },
      { name: 'Gustavo Mendes', title: 'Senior Investment Officer' },
      { name: 'Yun Gao', title: 'Private Equity Analyst' },
    ]);
  });
});

describe('company profiles and personal ones', () => {
  it("counts no person's LinkedIn profile as the company's, and no icon that links the page itself", () => {
    const doc = docFrom(`<footer><a href="https://www.linkedin.com/in/robin-m/">LinkedIn</a>
      <a href="#">Facebook</a><a href="https://twitter.com/soloco">Twitter</a></footer>`);
    expect(socialLinks(doc, new URL('https://solo.example/about.html'))).toEqual(['https://twitter.com/soloco']);
  });

  it('gives a person the LinkedIn profile whose address spells their name, on www.linkedin.com', () => {
    const doc = docFrom(`<footer><a href="http://ca.linkedin.com/pub/jane-o-roe/28/108/962">in</a>
      <a href="https://www.linkedin.com/in/th%C3%A9o-dupr%C3%A9/">in</a></footer>`);
    const base = new URL('https://roe.example/contact');
    expect(personalProfileFor(doc, base, 'Jane Roe')).toBe('https://www.linkedin.com/pub/jane-o-roe/28/108/962');
    expect(personalProfileFor(doc, base, 'Théo Dupré')).toBe('https://www.linkedin.com/in/th%C3%A9o-dupr%C3%A9/');
    expect(personalProfileFor(doc, base, 'John Smith')).toBeUndefined();
  });

  it('reads a malformed escape in a profile address as no name, without throwing', () => {
    expect(profileForName(['https://www.linkedin.com/in/%E9-roe/'], 'Jane Roe')).toBeUndefined();
  });
});

describe('people the sentences name, added in the background', () => {
  const page = (people?: PageExtraction['people']): PageExtraction => ({
    kind: 'company-page',
    url: 'https://acme.example/about',
    title: 'About Acme Robotics',
    extractor: 'company-site',
    sources: people ? { people: 'dom' } : {},
    company: { name: 'Acme Robotics', website: 'https://acme.example/' },
    ...(people ? { people } : {}),
  });
  const text = 'Acme Robotics was founded in 2010 by Jane Roe. Today it builds warehouse robots.';

  it("adds a founder the text names, with the page's LinkedIn link that spells her name", () => {
    const x = withProseFacts(page(), text, ['https://www.linkedin.com/in/jane-roe-123/', 'https://www.linkedin.com/in/john-poe/']);
    expect(x.people).toEqual([{ name: 'Jane Roe', title: 'Founder', profileUrl: 'https://www.linkedin.com/in/jane-roe-123/' }]);
    expect(x.sources.people).toBe('prose');
    expect(x.company?.founded).toBe(2010);
  });

  it("reads no person from a title that names the firm itself ('Acme Robotics, Owner Operated | Robots')", () => {
    const titled = { ...page(), title: 'Acme Robotics, Owner Operated | Robots' };
    expect((withProseFacts(titled, text).people ?? []).map((p) => p.name)).toEqual(['Jane Roe']);
    // A surname the firm carries is still a person's (Ted Amenta of Amenta Realty).
    const amenta = { ...page(), company: { name: 'Amenta Realty', website: 'https://amenta.example/' } };
    expect(withProseFacts({ ...amenta, title: 'Ted Amenta, Owner/Broker | Amenta Realty' }, text).people).toContainEqual({
      name: 'Ted Amenta',
      title: 'Owner/Broker',
    });
  });

  it("keeps the cards' people first and gives a card's person the title the sentence adds, once", () => {
    const x = withProseFacts(page([{ name: 'Jane Roe' }, { name: 'Max Moe', title: 'CTO' }]), text);
    expect(x.people).toEqual([
      { name: 'Jane Roe', title: 'Founder' },
      { name: 'Max Moe', title: 'CTO' },
    ]);
    expect(x.sources.people).toBe('dom');
  });

  it("reads the page's lines for labelled people and for offerings a sentence lists, beside the menus'", () => {
    const lines = ['Acme Robotics', 'Geschäftsführer: Max Moe', 'We offer Pallet Robots, Shelf Scanners and Fleet Software.'];
    const menu = {
      ...page(),
      company: { ...page().company, products: ['Shelf Scanners'] },
      sources: { 'company.products': 'dom' as const },
    };
    const x = withProseFacts(menu, lines.join('\n'));
    expect(x.people).toEqual([{ name: 'Max Moe', title: 'Geschäftsführer' }]);
    expect(x.company?.products).toEqual(['Shelf Scanners', 'Pallet Robots', 'Fleet Software']);
    // A list the company gives in its JSON-LD is its own: a sentence adds nothing to it.
    const ld = { ...menu, sources: { 'company.products': 'json-ld' as const } };
    expect(withProseFacts(ld, lines.join('\n')).company?.products).toEqual(['Shelf Scanners']);
  });

  it('adds the offerings a line announces, once, after the menus and the sentence lists', () => {
    const lines = [
      'Specialty Services',
      'We specialize in the following services:',
      'Pallet Robots',
      'Shelf Scanners',
      'Fleet Software',
      'We also sell spare parts for every model we have ever built.',
    ];
    const menu = {
      ...page(),
      company: { ...page().company, products: ['Shelf Scanners'] },
      sources: { 'company.products': 'dom' as const },
    };
    expect(withProseFacts(menu, lines.join('\n')).company?.products).toEqual(['Shelf Scanners', 'Pallet Robots', 'Fleet Software']);
  });

  it('leaves the people alone when the sentences name nobody', () => {
    const x = withProseFacts(page([{ name: 'Max Moe', title: 'CTO' }]), 'Acme Robotics builds warehouse robots.');
    expect(x.people).toEqual([{ name: 'Max Moe', title: 'CTO' }]);
  });
});

describe("a meta description that asks to act is not the company's description", () => {
  it('rejects "Contactez …", "find more information here" and an inquiry page', () => {
    const desc = (meta: string) =>
      companyDescription(docFrom('<body><p>Short.</p></body>'), { host: 'x.example', role: 'contact', meta, productPage: false });
    expect(desc('Contactez Cartéo Solutions pour vos projets SIG, topographie et webmapping. Le Tampon.')).toBeUndefined();
    expect(desc('See our expert skin care and medical spa staff and find more information about them here.')).toBeUndefined();
    expect(desc('Caltrex embedded industrial displays and digital signage products inquiry page')).toBeUndefined();
  });
});

describe("an About page's own text, and what the company does", () => {
  const about = (meta: string, og: string, main: string) =>
    `<head><title>Über uns | Muster Lüftung</title><meta name="description" content="${meta}"><meta property="og:description" content="${og}"></head>
     <body><main><section class="hero"><p>${og}</p></section><h2>Unser Unternehmen</h2>${main}</main></body>`;

  it('takes the opening paragraph after a one-line hero over the meta description', () => {
    const html = about(
      'Über die Muster GmbH: Seit 2008 Fachbetrieb für Lüftungs- und Klimatechnik im Großraum Hannover. Präqualifiziert.',
      'Seit 2008 Ihr Fachbetrieb für Lüftungs- und Klimatechnik im Großraum Hannover.',
      '<p>Die Muster Lüftung GmbH wurde 2008 von Lena Gruber gegründet. Sitz des Unternehmens ist Uetze bei Hannover.</p><p>Wir planen Anlagen.</p>',
    );
    const url = 'https://muster-lueftung.example/ueber-uns.html';
    const x = extractPage(docFrom(html, url), new URL(url));
    expect(x.company?.description).toMatch(/^Die Muster Lüftung GmbH wurde 2008 von Lena Gruber gegründet\. Sitz des Unternehmens/);
    // The description opens with history: what the company does is the page's own line.
    expect(x.company?.summary).toBe('Seit 2008 Ihr Fachbetrieb für Lüftungs- und Klimatechnik im Großraum Hannover.');
  });

  it('reads an About text opening "In 1972, …" as history, and passes over an og line that names the page a story', () => {
    const html = `<head><title>About Us – Chalet Alpenrose Wengen</title>
      <meta name="description" content="Chalet Alpenrose was built by our grandparents and is run by the Roth family to this day. Three generations, one chalet in Wengen.">
      <meta property="og:description" content="Three generations, one chalet: the story of Chalet Alpenrose and the Roth family in Wengen."></head>
      <body><main><h1>About us</h1><p>In 1968, our grandparents Hans and Erika Roth built Chalet Alpenrose at a time when Wengen was a quiet village. They worked hard for every franc.</p>
      <p>Today the third generation welcomes guests in four apartments.</p></main></body>`;
    const url = 'https://alpenrose-wengen.example/en/about';
    const c = extractPage(docFrom(html, url), new URL(url)).company;
    expect(c?.description).toMatch(/^In 1968, our grandparents/);
    expect(c?.summary).toBe(
      'Chalet Alpenrose was built by our grandparents and is run by the Roth family to this day. Three generations, one chalet in Wengen.',
    );
  });

  it('keeps a history-opening description as the summary when the page has no line of its own', () => {
    const html = `<head><title>About | Roe Associates</title></head><body><main><h1>About</h1>
      <p>Since its founding in 1981, Roe Associates has developed a reputation for its pragmatic approach to process improvement. We focus on software engineering.</p></main></body>`;
    const url = 'https://roe.example/about/';
    const x = extractPage(docFrom(html, url), new URL(url));
    expect(x.company?.summary).toMatch(/^Since its founding in 1981, Roe Associates has developed a reputation/);
  });

  it('takes the blurb of a footer column headed "About Acme" over a home page\'s meta line, and the facts it states', () => {
    const html = `<head><title>Bee Right Pest Control | Livonia, MI</title>
      <meta name="description" content="Bee Right Pest Control is a licensed pest control company in Livonia, Michigan, serving over 200 cities with a 90-day warranty."></head>
      <body><main><h1>Michigan's pest control experts</h1><p>Call today.</p></main><footer><div class="footer-col"><h3>About Bee Right Pest Control</h3>
      <p>Bee Right is Michigan's most trusted pest control company, serving 5 counties and over 200 cities. Family-owned since 2021, licensed, insured and eco-friendly.</p></div>
      <div class="footer-col"><h3>About our warranty</h3><p>Every treatment comes with a 90-day warranty: if the pests come back, so do we, at no charge to you.</p></div></footer></body>`;
    const url = 'https://beerightpest.example/';
    const c = extractPage(docFrom(html, url), new URL(url)).company;
    expect(c?.description).toMatch(/^Bee Right is Michigan's most trusted pest control company/);
    expect(c?.founded).toBe(2021);
  });

  it("passes over a founder's biography to the paragraph about the firm", () => {
    const html = `<head><title>About | Field Partners</title></head><body><main><h1>About Field Partners</h1>
      <p>During his career, Ray has worked in farm management and real estate brokerage for a bank in Chicago. He later managed his own farms in Iowa.</p>
      <p>Field Partners manages and sells farmland for owners across the Midwest, and we advise investors on land values.</p></main></body>`;
    const url = 'https://fieldpartners.example/about.htm';
    expect(extractPage(docFrom(html, url), new URL(url)).company?.description).toMatch(/^Field Partners manages and sells farmland/);
  });
});

describe("a practice's offerings in its menus", () => {
  it('reads a "Procedures" or "Treatments" submenu, without its overview link or trademark signs', () => {
    const doc = docFrom(`<body><nav><ul class="menu">
      <li><a href="/about/">About Us</a><ul class="sub-menu"><li><a href="/about/staff/">Staff</a></li><li><a href="/charities/">Charities</a></li></ul></li>
      <li><a href="/skin-procedures/">Procedures</a><ul class="sub-menu">
        <li><a href="/skin-procedures/">Skin Care Procedures</a></li>
        <li><a href="/skin-procedures/botox/">Botox</a></li><li><a href="/belotero/">Belotero®</a></li>
        <li><a href="/cosmelan-peel/">Cosmelan® Depigmentation Peel</a></li></ul></li></ul></nav></body>`);
    expect(menuProducts(doc, new URL('https://skin.example/about/staff/'))).toEqual(['Botox', 'Belotero', 'Cosmelan Depigmentation Peel']);
  });

  it('keeps an item that links where its label does when it is not the label restated', () => {
    const doc = docFrom(`<body><nav><ul><li><a href="/crm/">Products</a><ul>
      <li><a href="/crm/">Opencrm</a></li><li><a href="/crm/cloud/">Opencrm Cloud</a></li></ul></li></ul></nav></body>`);
    expect(menuProducts(doc, new URL('https://opencrm.example/'))).toEqual(['Opencrm', 'Opencrm Cloud']);
  });

  it('reads a main menu whose items live under /our-services/', () => {
    const doc = docFrom(`<body><nav><ul>
      <li><a href="/our-services/document-translation/">Document Translation</a></li>
      <li><a href="/our-services/transcription/">Transcription</a></li>
      <li><a href="/our-services/live-interpretation/">Live Interpreting</a></li></ul></nav></body>`);
    expect(menuProducts(doc, new URL('https://translate.example/'))).toEqual([
      'Document Translation',
      'Transcription',
      'Live Interpreting',
    ]);
  });
});

describe('people in staff tables and course pages', () => {
  it('reads every row of a staff table, one-word titles included', () => {
    const row = (n: string, t: string) => `<tr><td><p>${n}</p></td><td><p>${t}</p></td><td><p>780-450-9444</p></td></tr>`;
    const html = `<title>Contact Us | Prism Valves</title><body><div id="content"><h2>Staff Contact List</h2><table>
      <tr><td><p><b>Name</b></p></td><td><p><b>Title-Position</b></p></td><td><p><b>Phone</b></p></td></tr>
      ${row('Terry Flynn', 'President')}${row('Rick Stanton', 'Managing Partner')}${row('Jason Bunz', 'Inside Sales Representative')}
      ${row('Michelle Shaw', 'Controller')}${row('Brent Driol', 'Quality/Warehouse Manager')}</table></div></body>`;
    const url = 'http://www.prismvalves.example/contact-us.html';
    expect(extractPage(docFrom(html, url), new URL(url)).people?.map((p) => `${p.name} | ${p.title}`)).toEqual([
      'Terry Flynn | President',
      'Rick Stanton | Managing Partner',
      'Jason Bunz | Inside Sales Representative',
      'Michelle Shaw | Controller',
      'Brent Driol | Quality/Warehouse Manager',
    ]);
  });

  it('knows tutors, and abbreviated titles in a staff list ("Box Office Mgr/Accounting Asst")', () => {
    const about = `<title>About us | Fundraising Skills</title><body><main><h2>Our team</h2>
      <h3>Anne Dale, Tutor</h3><p>Anne has a financial background.</p><h3>Kathy Rood, Tutor</h3><p>Kathy trains charities.</p></main></body>`;
    const aboutUrl = 'http://www.fundraisingskills.example/about-us.html';
    expect(extractPage(docFrom(about, aboutUrl), new URL(aboutUrl)).people).toEqual([
      { name: 'Anne Dale', title: 'Tutor' },
      { name: 'Kathy Rood', title: 'Tutor' },
    ]);
    const staff = (n: string, t: string, ext: number) => `<p><strong>${n}</strong><br>${t}<br>Extension ${ext}</p>`;
    const contact = `<title>Contacts | Mich Theater</title><body><div id="content"><h2>Staff</h2>
      ${staff('Russ Cole', 'Executive Director &amp; CEO', 23)}${staff('Nat Hensel', 'Box Office Mgr/Accounting Asst', 27)}${staff('Kirsten Lunde', 'E-Marketing Designer', 16)}</div></body>`;
    const contactUrl = 'http://www.michtheater.example/contacts-links/';
    expect(extractPage(docFrom(contact, contactUrl), new URL(contactUrl)).people).toContainEqual({
      name: 'Nat Hensel',
      title: 'Box Office Mgr/Accounting Asst',
    });
  });
});

describe('people on an About page written as names and biographies', () => {
  it('reads names over biographies, a nickname in brackets, a title in italics, under a body whose classes name its menu', () => {
    const bio = (name: string, text: string) =>
      `<p><span style="font-size: 10pt;"><strong>${name}</strong></span><br><span style="font-size: 10pt;">${text}</span></p>`;
    const html = `<html><head><title>About | Birch Builders</title></head>
      <body class="logo-type-custom menu-type-dropdownmenu layout-mode-960fixed"><div id="rt-mainbody"><div class="item-page">
      <h2>About Us</h2><img src="/images/bill.jpg" alt="bill">
      ${bio('Walter (Bill) Babb', 'Bill began in the construction industry at age 15 working summers for a remodeling contractor in Iowa, where he grew up and learned the trade.')}
      <p>&nbsp;<strong><span>Pete Baughman - <em>Project Manager</em></span></strong></p>
      <p><span>Pete also began in carpentry at a young age. From age 11 he worked as an apprentice and helped build his father’s business.</span></p>
      <p><strong><span>Heidi Steele, CKD - <em>Design &amp; Sales Consultant</em></span></strong></p>
      <p><span>Heidi has received a Cabinet Making Certificate. She has more than twenty years of work in design and construction.</span></p>
      <p><strong>Custom Homes</strong><br>Custom homes are what we build best: from the first sketch to the last coat of paint, on time and on budget.</p>
      </div></div></body></html>`;
    const url = 'http://www.birchbuilders.example/about-us';
    expect(extractPage(docFrom(html, url), new URL(url)).people).toEqual([
      { name: 'Walter (Bill) Babb' },
      { name: 'Pete Baughman', title: 'Project Manager' },
      { name: 'Heidi Steele', title: 'Design & Sales Consultant' },
    ]);
  });
});

describe('people in a staff directory written unevenly', () => {
  it('counts a name wrapped in extra <strong> tags like the others, and two names that share a title line', () => {
    const staff = (n: string, t: string, ext: number) => `<p><strong>${n}</strong><br> ${t}<br> Extension ${ext}</p>`;
    const nested = (n: string, t: string, ext: number) =>
      `<p><strong><strong><strong>${n}</strong><br> </strong></strong>${t}<br> Extension ${ext}</p>`;
    const contact = `<title>Contacts | Ridge Theater</title><body><div id="content"><p>Business: (734) 668-8397</p>
      ${staff('Russ Cole', 'Executive Director &amp; CEO', 23)}${staff('Emily Matt', 'Marketing Head', 46)}
      ${nested('Brian Hunt', 'Facility &amp; Programming Manager', 29)}${staff('Lee Berg', 'Chief Development Officer', 22)}
      ${nested('J Scott Clark', 'Technical Director', 18)}</div></body>`;
    const url = 'http://www.ridgetheater.example/contacts-links/';
    const people = extractPage(docFrom(contact, url), new URL(url)).people;
    expect(people).toContainEqual({ name: 'Brian Hunt', title: 'Facility & Programming Manager' });
    expect(people).toContainEqual({ name: 'J Scott Clark', title: 'Technical Director' });

    const row = (t: string, n: string) =>
      `<div class="contact_des">${t}</div><div class="contact_per">${n}</div><div class="blanks"></div>`;
    const directory = `<title>Contact Us | Basic Flavors</title><body><div class="content"><h2>COMPANY DIRECTORY</h2>
      ${row('President', 'Kanu Pate')}${row('Vice President', 'Bill Roberts')}${row('Director of Operations', 'Phil Pryce')}
      ${row('Customer Service', 'Jani Dale, Cathy Hoop')}</div></body>`;
    const dirUrl = 'http://www.basicflavors.example/contact_us.html';
    expect(extractPage(docFrom(directory, dirUrl), new URL(dirUrl)).people).toEqual([
      { name: 'Kanu Pate', title: 'President' },
      { name: 'Bill Roberts', title: 'Vice President' },
      { name: 'Phil Pryce', title: 'Director of Operations' },
      { name: 'Jani Dale', title: 'Customer Service' },
      { name: 'Cathy Hoop', title: 'Customer Service' },
    ]);
  });
});

describe('a founding year said before its verb', () => {
  it.each([
    ["Après plusieurs années chez d'autres, il décide en 2010 de fonder Noël Élagage à Meyzieu.", 2010],
    ['In 2014 she founded Quarry Lane Studio with two partners.', 2014],
    ['🌿 2010 Création de Noël Élagage. 2015 Extension à Lyon.', 2010],
    ['The German entity was set up in 2024, after a client needed tradespeople.', 2024],
  ])('%s → %i', (text, year) => expect(proseFacts(text).founded).toBe(year));

  it('a year that only dates something else is no founding', () => {
    expect(proseFacts('In 2019 we set up a new office in Lyon and hired ten people.').founded).toBeUndefined();
    expect(proseFacts('2015 Extension à Lyon et à toute la métropole.').founded).toBeUndefined();
  });
});

describe("a customer's review read as the company's description", () => {
  const page = (description: string, meta?: string): PageExtraction => ({
    kind: 'company-page',
    url: 'https://webco.example/portfolio/',
    title: 'Portfolio | Webco',
    extractor: 'company-site',
    ...(meta ? { description: meta } : {}),
    sources: { 'company.description': 'dom', 'company.summary': 'dom' },
    company: { name: 'Webco', website: 'https://webco.example/', description, summary: description },
  });

  it("gives way to the page's meta description, without the telephone number it opens with", () => {
    // The shape of fresh16-icebergwebdesign: a reviews widget's text, the site's description in its meta.
    const review = 'Webco are a great company to work with. They are very knowledgeable. I would highly recommend them.';
    const meta = '555-010-0199– We build websites with monthly support, SEO and content writing.';
    const x = withProseFacts(page(review, meta), 'Our work');
    expect(x.company?.description).toBe(meta);
    expect(x.company?.summary).toBe('We build websites with monthly support, SEO and content writing.');
  });

  it("keeps the company's own words, and a review with nothing better to replace it", () => {
    const own = 'Webco builds websites for small firms. We recommend a plan to every client.';
    expect(withProseFacts(page(own, 'Websites for small firms.'), 'Our work').company?.description).toBe(own);
    const review = 'Webco is a great team to work with.';
    expect(withProseFacts(page(review), 'Our work').company?.description).toBe(review);
  });
});

describe('a meta description that defines the company and closes on a call to act', () => {
  const page = (meta: string): PageExtraction => ({
    kind: 'company-page',
    url: 'https://www.pestco.example/areas-served/romulus',
    title: 'Romulus Pest Control | Pestco',
    extractor: 'company-site',
    description: meta,
    sources: {},
    company: { name: 'Pestco Mosquito Control', website: 'https://www.pestco.example/' },
  });

  it('becomes the description without the call, when the page gave none', () => {
    // The shape of fresh16-cjbpest: the details script turned the meta line down for its "Contact us".
    const x = withProseFacts(page('Pestco Mosquito Control is your solution for all your pest control needs. Contact us today!'), 'Areas');
    expect(x.company?.description).toBe('Pestco Mosquito Control is your solution for all your pest control needs.');
    expect(x.company?.summary).toBe('Pestco Mosquito Control is your solution for all your pest control needs.');
    expect(x.sources['company.description']).toBe('meta');
  });

  it("never when the line does not define the company, nor over the page's own description", () => {
    expect(
      withProseFacts(page('Romulus, MI pest control for homes and offices. Contact us today!'), 'Areas').company?.description,
    ).toBeUndefined();
    const own = { ...page('Pestco Mosquito Control is your solution. Contact us today!') };
    own.company = { ...own.company, description: 'Pestco Mosquito Control sprays yards in Michigan.' };
    expect(withProseFacts(own, 'Areas').company?.description).toBe('Pestco Mosquito Control sprays yards in Michigan.');
  });
});

describe("a legal notice's meta line read as the company's description", () => {
  const page = (description: string, source: 'dom' | 'json-ld'): PageExtraction => ({
    kind: 'company-page',
    url: 'https://atelier.example/mentions-legales',
    title: 'Mentions légales | Atelier',
    extractor: 'company-site',
    sources: { 'company.description': source },
    company: { name: 'Atelier', website: 'https://atelier.example/', description, summary: description },
  });

  it('is dropped: it says what the page holds (the shape of fresh16-8digriz)', () => {
    const x = withProseFacts(page('Mentions légales du site atelier.example : éditeur, immatriculation, hébergeur.', 'dom'), 'Éditeur');
    expect(x.company?.description).toBeUndefined();
    expect(x.company?.summary).toBeUndefined();
    expect(x.sources['company.description']).toBeUndefined();
  });

  it("keeps a description that only speaks of legal work, and the company's own JSON-LD", () => {
    const own = 'Atelier Legal helps founders with contracts.';
    expect(withProseFacts(page(own, 'dom'), 'Contracts').company?.description).toBe(own);
    expect(withProseFacts(page('Impressum of Atelier GmbH.', 'json-ld'), 'x').company?.description).toBe('Impressum of Atelier GmbH.');
  });
});

describe('the summary, read in the background from what the details script returned', () => {
  const page = (description: string, sourceOfDescription = 'dom'): PageExtraction =>
    ({
      kind: 'company-page',
      url: 'https://www.farmtools.example/about/',
      title: 'About',
      company: { name: 'Farm Tools', description },
      sources: { 'company.description': sourceOfDescription },
    }) as unknown as PageExtraction;

  it("takes the description's first sentences, and names where they came from", () => {
    const x = withProseFacts(
      page('Farm Tools makes hand tools for small farms. It ships across Europe. It was a family firm.'),
      '',
      [],
      {},
    );
    expect(x.company?.summary).toBe('Farm Tools makes hand tools for small farms. It ships across Europe.');
    expect(x.sources['company.summary']).toBe('dom');
  });

  it("replaces a history opening with the page's meta line that says what it does", () => {
    const x = withProseFacts(page('Formed 1926 in Farmington by two brothers, the firm grew.'), '', [], {
      og: 'Farm Tools makes hand tools for small farms.',
    });
    expect(x.company?.summary).toBe('Farm Tools makes hand tools for small farms.');
  });

  it('on an About page, replaces a story with the description line that defines the company, not with the og line', () => {
    const story = 'When the rain comes, every farmer knows the feeling.';
    const hints = { og: 'Farm Tools is the maker of hand tools for small farms.', description: '', about: true };
    expect(withProseFacts(page(story), '', [], hints).company?.summary).toBe(story);
    expect(withProseFacts(page(story), '', [], { ...hints, description: hints.og }).company?.summary).toBe(hints.og);
  });
});

describe('the mission a sentence states', () => {
  it('reads "Our specific mission is", Spanish and Dutch missions, and "con la misión de"', () => {
    expect(proseFacts('We care for mothers. Our specific mission is to deliver the best in prenatal care.').mission).toBe(
      'Our specific mission is to deliver the best in prenatal care.',
    );
    expect(proseFacts('Nuestra misión es llevar agua pura a cada hogar.').mission).toBe('Nuestra misión es llevar agua pura a cada hogar.');
    expect(proseFacts('Onze missie is gemeentes dichter bij inwoners brengen.').mission).toBe(
      'Onze missie is gemeentes dichter bij inwoners brengen.',
    );
    expect(proseFacts('Acqua nace en Colombia con la misión de llevar agua pura a hogares.').mission).toBe(
      'Acqua nace en Colombia con la misión de llevar agua pura a hogares.',
    );
  });

  it('never a mission someone else has, nor one written without a verb', () => {
    expect(proseFacts('Our mission statement is on the wall.').mission).toBeUndefined();
    expect(proseFacts('Their mission is to sell more.').mission).toBeUndefined();
  });

  // fresh14-austim, fresh19-mdpwoodworks: older English starts a company with "begun" or "commenced".
  it('reads a company that "was begun" or "was commenced" in a year as founded then', () => {
    expect(proseFacts('Our company was commenced in 1985 by Jo Marsh, who imported teak.').founded).toBe(1985);
    expect(proseFacts('Pine Hollow Furniture was begun in 1976 as a barn workshop in Texas.').founded).toBe(1976);
  });
});
