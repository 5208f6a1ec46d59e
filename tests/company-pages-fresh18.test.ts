import { describe, expect, it } from 'vitest';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { findPostalAddress } from '../lib/extract/postal-address';
import { tidyOfferings } from '../lib/extract/offering-names';
import { serviceCards } from '../lib/extract/service-cards';
import { menuProducts } from '../lib/extract/site-menus';
import { isPitch, keywordList, withoutQuestion } from '../lib/extract/pitch-description';
import { docFrom } from './helpers/dom';

const page = (head: string, body: string, url: string) =>
  extractPage(docFrom(`<html><head>${head}</head><body>${body}</body></html>`, url), new URL(url));

describe('a meta description written as an advert (fresh18-specialtyheating, -alonso, -schiks)', () => {
  it('knows a question, an order, a call to act now and a keyword list from a description', () => {
    expect(isPitch('Looking for an HVAC company in Tigard, OR? Call Brightline Heating to talk to an expert today.')).toBe(true);
    expect(isPitch('Experience exceptional lawn care with Greenway Yards in Goshen, NY. Transform your garden today!')).toBe(true);
    expect(isPitch('Greenway Yards mows, edges and plants gardens in Goshen, NY. Ask us for a quote today!')).toBe(true);
    expect(keywordList('helmond, gordijnen, behang, vloeren, pvc vloeren, tapijt, karpetten, shutters')).toBe(true);
    expect(
      isPitch('Transform raw data into actionable dashboards using PowerBI and Tableau. Real-time insights in weeks, not months.'),
    ).toBe(false);
    expect(isPitch('Greenway Yards is a family firm that mows, edges and plants gardens in Goshen, NY.')).toBe(false);
    expect(keywordList('We sell curtains, wallpaper, floors, rugs, blinds, and shutters. Visit our shop.')).toBe(false);
  });

  const service = (meta: string, paragraph: string) =>
    page(
      `<title>AC Repair in Tigard, OR</title><meta name="description" content="${meta}"><meta property="og:site_name" content="Brightline Heating">`,
      `<header><a href="/"><img src="/logo.png" alt="Brightline Heating"></a></header>
       <main><h1>AC Repair in Tigard, OR</h1><p>${paragraph}</p>
       <p>Our technician was very professional and let me know how our furnace has been doing.</p></main>`,
      'https://www.brightline-hvac.example/ac-repair-tigard-or/',
    );

  it("takes the page's own paragraph on the company in place of the advert", () => {
    const x = service(
      'Looking for an HVAC company in Tigard, OR? Call Brightline Heating to talk to an expert HVAC contractor today.',
      'Brightline Heating LLC is a heating and cooling contractor that can make any repair, installation, or maintenance job in Tigard, OR, go smoothly. Since 1991, we have offered honest service.',
    );
    expect(x.company?.description).toMatch(/^Brightline Heating LLC is a heating and cooling contractor/);
    expect(x.company?.summary).toBe(
      'Brightline Heating LLC is a heating and cooling contractor that can make any repair, installation, or maintenance job in Tigard, OR, go smoothly. Since 1991, we have offered honest service.',
    );
  });

  it('reads "At <company>, we …" as the company speaking, from that sentence on', () => {
    const x = service(
      'Experience exceptional heating services with Brightline Heating in Tigard, OR. Transform your home today!',
      'Heating can make a big difference in the comfort of your home. At Brightline Heating, we bring over 30 years of expertise to every job, for homes and businesses alike.',
    );
    expect(x.company?.description).toMatch(/^Heating can make a big difference/);
    expect(x.company?.summary).toBe(
      'At Brightline Heating, we bring over 30 years of expertise to every job, for homes and businesses alike.',
    );
  });

  it('keeps the meta line when the page has no paragraph on the company, and a plain meta line always', () => {
    const ad = 'Looking for an HVAC company in Tigard, OR? Call Brightline Heating to talk to an expert HVAC contractor today.';
    expect(
      service(ad, 'We fix air conditioners of every make and model, every day of the week, all year long in the county.').company
        ?.description,
    ).toBe(ad);
    const plain = 'Brightline Heating installs and repairs furnaces, heat pumps and air conditioners in Tigard, OR and nearby towns.';
    expect(
      service(plain, 'Brightline Heating LLC is a heating and cooling contractor that can make any repair job in Tigard, OR, go smoothly.')
        .company?.description,
    ).toBe(plain);
  });

  it('keeps a meta line that defines the company before its call to act', () => {
    const line = 'Brightline Heating is your solution for all your Tigard, OR heating needs. 30 years of experience. Call us today!';
    expect(isPitch(line)).toBe(true);
    expect(
      service(line, 'Brightline Heating LLC is a heating and cooling contractor that can make any repair job in Tigard, OR, go smoothly.')
        .company?.description,
    ).toMatch(/^Brightline Heating is your solution/);
  });

  it('drops a keyword list with no paragraph to replace it', () => {
    const x = page(
      '<title>Contact</title><meta name="description" content="helmond, gordijnen, behang, painting the past, raamdecoratie, pvc vloeren, vloeren, tapijt">',
      '<main><h1>Contact</h1><p>Kerkstraat 12, 5701 AB Helmond</p></main>',
      'https://www.vanleeuwenhelmond.example/index.php?option=com_content&view=article&id=48',
    );
    expect(x.company?.description).toBeUndefined();
    expect(x.company?.summary).toBeUndefined();
  });

  it('leaves a question to the reader out of a two-sentence summary', () => {
    expect(withoutQuestion('Appworks builds mobile apps in the USA. Want to hire our app development company?')).toBe(
      'Appworks builds mobile apps in the USA.',
    );
    expect(withoutQuestion('Appworks builds mobile apps. It has offices in three states.')).toBe(
      'Appworks builds mobile apps. It has offices in three states.',
    );
  });

  it('takes the history in apposition as part of a definition (fresh18-einsteinmoving)', () => {
    const x = page(
      `<title>Statewide Moves</title><meta name="description" content="Moving long distances comes with its own set of stresses. We help get you to your next home at the most affordable cost.">
       <meta property="og:site_name" content="Newton Movers">`,
      `<main><h1>Statewide Moves</h1><p>Some text about moving across the state with care and patience for every family and every box.</p></main>
       <footer><h3>About Newton Movers</h3><p>Newton Movers, founded in 2012, provides professional, reliable residential and commercial moving services across Texas. We are proud of our service.</p></footer>`,
      'https://www.newtonmovers.example/service/statewide-moves/',
    );
    expect(x.company?.summary).toMatch(/^Newton Movers, founded in 2012, provides professional/);
  });
});

describe("a site name the logo repeats (fresh18-alonso) and a builder's slug (fresh18-monroe)", () => {
  it('is the name, even on a domain bought for its search words', () => {
    const x = page(
      `<title>Landscaping Services in Goshen , NY 10924</title><meta property="og:site_name" content="Rivera Landscaping and Construction">`,
      `<header><img id="logo" src="/LOGO.webp" alt="Rivera Landscaping and Construction"></header><main><h1>Landscaping Services</h1></main>`,
      'https://landscapergoshen-ny.example/',
    );
    expect(x.company?.name).toBe('Rivera Landscaping and Construction');
  });

  it('is the name the logo and the copyright line agree on when the title is a search phrase and nothing spells the domain', () => {
    const x = page(
      `<title>Landscaping Services in Goshen , NY 10924</title>`,
      `<header><img id="logo" src="/LOGO.webp" alt="Rivera Landscaping and Construction"></header><main><h1>Landscaping Services</h1></main>
       <footer>© 2025 Rivera Landscaping and Construction. All rights reserved.</footer>`,
      'https://landscapergoshen-ny.example/',
    );
    expect(x.company?.name).toBe('Rivera Landscaping and Construction');
  });

  it('keeps a site name that is no slug as written (co-onepagecrm)', () => {
    const x = page(
      '<title>CRM for small business | PageOne</title><meta property="og:site_name" content="PageOneCRM">',
      '<main><h1>Welcome</h1>\n<p>PageOne CRM is the action-focused CRM for small business teams.</p></main>',
      'https://www.pageonecrm.example/',
    );
    expect(x.company?.name).toBe('PageOneCRM');
  });

  it('spells a slug site name as the page writes it', () => {
    const x = page(
      `<title>Home | goshen-gardens</title><meta property="og:site_name" content="goshen-gardens">`,
      `<main><h1>Welcome</h1>
       <p>Goshen Gardens is a family owned and operated business serving Orange County for over 30 years.</p></main>`,
      'https://www.goshengardensny.example/',
    );
    expect(x.company?.name).toBe('Goshen Gardens');
  });
});

describe('a service-area list of towns (fresh18-alonso)', () => {
  it('names no person', () => {
    const towns = ['Port Jervis, NY', 'Stony Point, NY', 'Wantage Township, NJ', 'Chester, NY', 'Vernon Township, NJ'];
    const x = page(
      '<title>Rivera Landscaping</title>',
      `<main><h2>We Serve the Surrounding Areas!</h2><div class="nap-grid-areas">${towns.map((t) => `<div class="nap-grid-item">${t}</div>`).join('')}</div></main>`,
      'https://www.riveralandscaping.example/',
    );
    expect(x.people ?? []).toEqual([]);
  });
});

describe('an office list that labels each address with its place (fresh18-folio3)', () => {
  it('leaves the label out of the address', () => {
    expect(findPostalAddress(['Belmont, California – 1301 Shoreway Road, Suite 160, Belmont, CA 94002'])?.address).toBe(
      '1301 Shoreway Road, Suite 160, Belmont, CA 94002',
    );
  });
});

describe("a service firm's menu (fresh18-specialtyheating, fresh18-rosepest)", () => {
  it('keeps the offerings, not the deals, payment, paperwork, section labels or the pests treated', () => {
    expect(
      tidyOfferings([
        'Heat pumps',
        'Special Offers',
        'Financing',
        'Rebates',
        'Products',
        'Loyalty Referral Program',
        'ANTS',
        'BED BUGS',
        'MOSQUITOES & TICKS',
        'Termite Control',
        'LABELS & SDS',
        'Rodent Removal',
      ]),
    ).toEqual(['Heat pumps', 'Termite Control', 'Rodent Removal']);
  });
});

describe('a home page whose meta line is the company in the first person, closing on a call (fresh18-theappsolutions)', () => {
  it('is the description and the summary, without the call', () => {
    const x = page(
      `<title>Best Web and Mobile App Development Company | Appworks</title>
       <meta name="description" content="Our web and mobile app development company specializes in iPhone, Android &amp; Web applications for startups. Contact us now for a quote!">`,
      `<main><h1>We build apps that get used</h1>
       <p>For growing firms who are tired of slow tools, we build custom web and mobile apps.</p></main>`,
      'https://appworks.example/',
    );
    expect(x.company?.description).toBe(
      'Our web and mobile app development company specializes in iPhone, Android & Web applications for startups.',
    );
    expect(x.company?.summary).toBe(
      'Our web and mobile app development company specializes in iPhone, Android & Web applications for startups.',
    );
  });
});

describe("a product page's meta line that announces information on the product (fresh18-axa-polska)", () => {
  it('is no description of the company', () => {
    const x = page(
      `<title>Spokojna Przyszłość - Ubezpieczenie na życie | Polisa</title>
       <meta name="description" content="Informacje o produkcie ubezpieczeniowym Spokojna Przyszłość dla rodzin">`,
      `<main><h1>Spokojna Przyszłość</h1><p>Ubezpieczenie na życie dla całej rodziny.</p></main>`,
      'https://www.polisa.example/oferta-indywidualna/ochrona/spokojna-przyszlosc/',
    );
    expect(x.company?.description).toBeUndefined();
    expect(x.company?.summary).toBeUndefined();
  });
});

describe('a contact block whose lines open with icons drawn as emoji (fresh12-darula)', () => {
  it('reads the address without the icon and without the telephone line above it', () => {
    expect(
      findPostalAddress(['Kontakt', '📞 +49 621 555010', '✉️ info@rheintrans.example', '📍 Hafenstraße 9, 68159 Mannheim'])?.address,
    ).toBe('Hafenstraße 9, 68159 Mannheim');
  });
});

describe("a footer address with the suite's number on a line of its own (fresh18-specialtyheating)", () => {
  it('reads the street, the suite and the town as one address', () => {
    const found = findPostalAddress(['Contact Us', '8120 SW Nimbus Ave', '#210', 'Beaverton, OR 97008']);
    expect(found?.address).toBe('8120 SW Nimbus Ave, #210, Beaverton, OR 97008');
    expect(found?.place).toBe('Beaverton, OR');
  });
});

describe("a small firm's service cards with a button each and no heading (fresh18-monroe)", () => {
  const card = (name: string, text: string) => [name, text, '\u200b', 'READ MORE'];
  it("names the firm's services", () => {
    const lines = [
      'Menu',
      ...card(
        'Lawn Care',
        'At Goshen Gardens, we create lawn programs fit to your lawn. We offer mowing, thatching, aerating and much more.',
      ),
      ...card('Hardscaping', 'Patios and walkways, fire pits and retaining walls are all ways to increase the appeal of your property.'),
      ...card('Snowplowing', 'We offer a full variety of snow plowing, removal, and de-icing services for homes and businesses alike.'),
      'Contact us',
    ];
    expect(serviceCards(lines)).toEqual(['Lawn Care', 'Hardscaping', 'Snowplowing']);
  });

  it("never a portfolio's categories under captions, nor people over their biographies (fresh16-jetruby, fresh5-protiviti)", () => {
    const captions = [
      ...card('Taxi booking', 'On-demand apps for ride-hailing services with location tracking and payment integration'),
      ...card('Productivity', 'Task management, time tracking, and collaboration tools for our services teams'),
      ...card('Social media', 'Feeds, messaging and sharing services with moderation and analytics built in'),
    ];
    expect(serviceCards(captions)).toEqual([]);
    const people = [
      ...card('Mark Carson', 'Mark is a leader with global experience in financial services and data strategy for our clients.'),
      ...card('Rita Dua', 'Rita is a Managing Director who leads our data governance services for banks and insurers.'),
      ...card('Dan Suter', 'Dan has more than 18 years of experience in information technology and financial services.'),
    ];
    expect(serviceCards(people)).toEqual([]);
  });

  it("never a blog's teasers, whose sentences tell news", () => {
    const lines = [
      ...card('Spring is here', 'The days are longer and the first flowers are out in the garden beds along the river this week.'),
      ...card('Meet Anna', 'Anna joined the crew in March after ten years at a nursery in the valley, and she loves roses.'),
      ...card('Winter recap', 'It was a long winter with six storms, and the crew kept every driveway in the town clear of snow.'),
    ];
    expect(serviceCards(lines)).toEqual([]);
  });
});

describe('a copyright line above the address (fresh5-stearns, fresh7-solidare)', () => {
  it('is no street: its year is no house number', () => {
    expect(findPostalAddress(['© 2008 Harbor Design-Build, Inc.', 'Contact'])).toBeUndefined();
    expect(findPostalAddress(['© 2013 Groen Natuurvoeding', 'Molenstraat 66, 5014 ER Tilburg'])?.address).toBe(
      'Molenstraat 66, 5014 ER Tilburg',
    );
  });
});

describe("a footer's mixed column with three pages inside the services folder (fresh18-theappsolutions)", () => {
  const footer = (services: string[]) =>
    `<footer><ul class="footer__menu"><li><a href="/solutions-we-offer/">Solutions we offer</a></li><li><a href="/services-we-provide/">Services we provide</a></li>${services
      .map((s) => `<li><a href="/services/${s.toLowerCase().replace(/\W+/g, '-')}/">${s}</a></li>`)
      .join(
        '',
      )}<li><a href="/blog/case-studies/">Case Studies</a></li><li><a href="/career/">Careers</a></li><li><a href="/blog/">Blog</a></li><li><a href="/about-us/">Who we are</a></li></ul></footer>`;
  const products = (body: string) =>
    menuProducts(
      docFrom(`<html><head><title>Appworks</title></head><body>${body}</body></html>`, 'https://appworks.example/'),
      new URL('https://appworks.example/'),
    );

  it('lists those pages as the offerings', () => {
    expect(products(footer(['Desktop App Development', 'Software Maintenance and Support', 'UI/UX Design']))).toEqual([
      'Desktop App Development',
      'Software Maintenance and Support',
      'UI/UX Design',
    ]);
  });

  it('but not two', () => {
    expect(products(footer(['Desktop App Development', 'UI/UX Design']))).toEqual([]);
  });
});
