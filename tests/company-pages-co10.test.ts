import { describe, expect, it } from 'vitest';
import { describesCompany } from '../lib/extract/about-text';
import { brandFromTitle } from '../lib/extract/metadata';
import { menuGroups } from '../lib/extract/menu-groups';
import { findPostalAddress } from '../lib/extract/postal-address';
import { menuProducts } from '../lib/extract/site-menus';
import { socialLinks } from '../lib/extract/socials';
import { docFrom } from './helpers/dom';

const ARROW = '<svg aria-hidden="true" viewBox="0 0 24 24"><title>Expand</title><path d="M5 9l6 6 6-6"/></svg>';

describe("a menu item's icon is not part of its name", () => {
  it('leaves out the title of the arrow svg glued to a label and to an item', () => {
    const url = 'https://movers.example/';
    const doc = docFrom(
      '<nav><ul>' +
        `<li><a href="#"><span>Services<span class="toggle">${ARROW}</span></span></a><ul>` +
        `<li><a href="/services/electronics/">Electronics Transportation${ARROW}</a></li>` +
        '<li><a href="/services/arts/">Arts and Exhibit</a></li>' +
        '<li><a href="/services/relocation/">Residential Relocation</a></li></ul></li>' +
        '<li><a href="/about/">About</a></li></ul></nav>',
      url,
    );
    expect(menuGroups(doc, new URL(url)).find((g) => g.items.includes('Arts and Exhibit'))?.label).toBe('Services');
    expect(menuProducts(doc, new URL(url))).toEqual(['Electronics Transportation', 'Arts and Exhibit', 'Residential Relocation']);
  });

  it('reads a line break inside a label as a space ("Personal<br>Car Finance")', () => {
    const url = 'https://cars.example/';
    const doc = docFrom(
      '<ul><li><a href="/personal">Personal<br>Car Finance</a></li><li><a href="/novated">Novated<br>Leases</a></li></ul>',
      url,
    );
    expect(menuGroups(doc, new URL(url))[0]!.items).toEqual(['Personal Car Finance', 'Novated Leases']);
  });

  it('keeps the name of an item drawn only as an icon (its title is its name then)', () => {
    const url = 'https://movers.example/';
    const doc = docFrom('<ul><li><a href="/a"><svg><title>Facebook</title></svg></a></li><li><a href="/b">Blog</a></li></ul>', url);
    expect(menuGroups(doc, new URL(url))[0]!.items).toEqual(['Facebook', 'Blog']);
  });
});

describe('addresses drawn with underscores, labels and copyright lines', () => {
  it("reads an old page's underscore columns as lines, and takes no label ending in a colon for the addressee", () => {
    expect(
      findPostalAddress(['_Adres winkel:__ __ Brouwerijstraat 5 _________________ _4501 CM Oostburg', 'Telefoon: 0117 49 30 93']),
    ).toEqual({
      address: 'Brouwerijstraat 5, 4501 CM Oostburg',
      place: 'Oostburg',
    });
  });

  it('takes no copyright line for a postal code and a town ("© 1992, 2025 Acme Electric")', () => {
    // The street line above, past the telephone, would otherwise be read as the street of "2025 Wooding Electric".
    expect(findPostalAddress(['3390 De La Cruz Blvd', 'Phone: (408) 748-9663', 'Copyright © 1992, 2025 Wooding Electric'])).toBeUndefined();
    // The same street run together with its town and ZIP code is the address (co20), never the copyright line.
    expect(
      findPostalAddress(['3390 De La Cruz Blvd Santa Clara, CA 95054', 'Phone: (408) 748-9663', 'Copyright © 1992, 2025 Wooding Electric']),
    ).toEqual({ address: '3390 De La Cruz Blvd, Santa Clara, CA 95054', place: 'Santa Clara, CA' });
    // A real four-digit postcode on a legal line still counts where it is no year.
    expect(findPostalAddress(['© Acme BV', 'Dorpsdijk 20', '4354 AC Vrouwenpolder'])?.place).toBe('Vrouwenpolder');
  });
});

describe('an "@" set before the name in the title', () => {
  it('is an ornament, not part of the name; a handle (no space) is left alone', () => {
    expect(brandFromTitle('@ De Pelgrim', 'www.depelgrim.eu')).toBe('De Pelgrim');
  });
});

describe('a service read twice: in the menu and as a card', () => {
  it("keeps the menu's writing and drops the card that words the same offering more fully", () => {
    const url = 'https://data.example/service/analytics/';
    const doc = docFrom(
      '<nav><ul><li><a href="/what-we-do/">What We Do</a><ul>' +
        '<li><a href="/service/marketing/">Marketing Analytics</a></li>' +
        '<li><a href="/service/lake/">Data Lake Solutions</a></li>' +
        '<li><a href="/service/migration/">Data Migration</a></li></ul></li>' +
        '<li><a href="/about/">About</a></li></ul></nav>' +
        '<main><section><h2>Our Data Analytics Services</h2>' +
        '<div><h3>Marketing Analytics Consulting</h3><p>…</p></div>' +
        '<div><h3>Data Lake Consulting</h3><p>…</p></div>' +
        '<div><h3>Expert Data Migration Consulting</h3><p>…</p></div>' +
        '<div><h3>Financial Data Management</h3><p>…</p></div></section></main>',
      url,
    );
    expect(menuProducts(doc, new URL(url))).toEqual([
      'Marketing Analytics',
      'Data Lake Solutions',
      'Data Migration',
      'Financial Data Management',
    ]);
  });
});

describe('a meta description about the ways to get in touch or the opening hours', () => {
  it('does not say what the company does', () => {
    expect(
      describesCompany('Eetwinkel Valk biedt verschillende contact mogelijkheden: U kunt gewoon bellen of het contactformulier invullen.'),
    ).toBe(false);
    expect(describesCompany('Our contact options: call us, write to us or use the contact form below.')).toBe(false);
    expect(describesCompany('Openingstijden van Solidare Tilburg Molenboschtstraat 66, ook op zaterdag')).toBe(false);
    expect(describesCompany('Eetwinkel Valk bereidt dagverse gerechten, koude schotels en buffetten voor feesten en partijen.')).toBe(true);
  });
});

describe('an industry served, listed in a services menu', () => {
  it('is not an offering ("Gen-AI in Healthcare Industry")', () => {
    const url = 'https://data.example/';
    const doc = docFrom(
      '<nav><ul><li><a href="/services/">Services</a><ul>' +
        '<li><a href="/services/bi/">Advanced BI and Analytics</a></li>' +
        '<li><a href="/services/genai/">Generative AI</a></li>' +
        '<li><a href="/genai-healthcare/">Gen-AI in Healthcare Industry</a></li>' +
        '<li><a href="/genai-telecom/">Gen-AI in Telecom Industry</a></li></ul></li>' +
        '<li><a href="/about/">About</a></li></ul></nav>',
      url,
    );
    expect(menuProducts(doc, new URL(url))).toEqual(['Advanced BI and Analytics', 'Generative AI']);
  });
});

describe('a family of industries in a menu of service families', () => {
  it('still opens the families; the industries are left out', () => {
    const url = 'https://data.example/';
    const fam = (name: string, items: string[]) =>
      `<li><a href="/${name.length}/">${name}</a><ul>${items.map((i, k) => `<li><a href="/${name.length}/${k}/">${i}</a></li>`).join('')}</ul></li>`;
    const doc = docFrom(
      '<nav><ul><li><a href="#">What We Do</a><ul>' +
        fam('Data Analytics Consulting', ['Financial Analytics', 'Marketing Analytics']) +
        fam('Data Strategy Consulting', ['Data Architecture', 'Enterprise Data Governance']) +
        fam('Generative AI', ['Gen-AI in Telecom Industry', 'Gen-AI in Healthcare Industry']) +
        '</ul></li><li><a href="/about/">About</a></li></ul></nav>',
      url,
    );
    expect(menuProducts(doc, new URL(url))).toEqual([
      'Financial Analytics',
      'Marketing Analytics',
      'Data Architecture',
      'Enterprise Data Governance',
    ]);
  });
});

describe("a company's profiles on old pages", () => {
  it('reads a 2010 twitter address with a hashbang, and takes no rel=author profile for the company', () => {
    const url = 'https://plumbing.example/about';
    const doc = docFrom(
      '<footer><a href="https://twitter.com/#!/acme_plumbing">Twitter</a>' +
        '<a href="https://plus.google.com/103456643590339257853?rel=author">Google+</a>' +
        '<a rel="author" href="https://plus.google.com/111569667454109867281">Jane on Google+</a>' +
        '<a rel="publisher" href="https://plus.google.com/+AcmePlumbing">Google+</a>' +
        '<a href="https://twitter.com/#!/search?q=acme">search</a></footer>',
      url,
    );
    expect(socialLinks(doc, new URL(url))).toEqual(['https://twitter.com/#!/acme_plumbing', 'https://plus.google.com/+AcmePlumbing']);
  });
});
