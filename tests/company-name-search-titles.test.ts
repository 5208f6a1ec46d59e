import { describe, expect, it } from 'vitest';
import { checkedLdName, companyName } from '../lib/extract/company-name';
import { readMetadata } from '../lib/extract/metadata';
import { docFrom } from './helpers/dom';

// Small firms' titles written for search engines (field-22, fresh-19…24 tune: a law firm, an
// elder-law office, a plumber, a flooring store, a dentists' practice, a translation agency, a
// fisheries consultancy, a packaging studio, a moving company's branch), with invented names.
const read = (url: string, head: string, body: string) => {
  const doc = docFrom(`<html><head>${head}</head><body>${body}</body></html>`, url);
  return { doc, u: new URL(url), md: readMetadata(doc, new URL(url)) };
};
const name = (url: string, head: string, body: string) => {
  const { doc, u, md } = read(url, head, body);
  return companyName(doc, u, md);
};

describe('a company name, not the title a search engine was written', () => {
  it('a logo part that only shares a word with the domain loses to the name the copyright line and another source write', () => {
    expect(
      name(
        'https://www.injurylawdenver.example/',
        '<title>DENVER WORKERS COMPENSATION ATTORNEY: The Marsh Law Firm Serving Denver</title>',
        `<header><a href="/"><img class="logo" src="l.png" alt="accident lawyer or insurance lawyer in Denver"></a></header>
         <p>Call The Marsh Law Firm today. The Marsh Law Firm has served Denver since 1990.</p>
         <footer>Copyright The Marsh Law Firm LLC. All Rights Reserved.</footer>`,
      ),
    ).toBe('The Marsh Law Firm');
  });

  it('a long title part that pads the name with a trade and a state loses to the name logo and title agree on', () => {
    expect(
      name(
        'https://www.eldercounsel.example/offices.html',
        '<title>Law Offices of Ann B. Porter, Estate Planning and Certified Elder Law Counsel in New Jersey</title>',
        `<div id="logo"><img src="a.gif" alt="Law Offices of Ann B. Porter"></div><p>Our offices.</p>
         <footer>Copyright © 2009-2012 Ann B. Porter. All Rights Reserved.</footer>`,
      ),
    ).toBe('Law Offices of Ann B. Porter');
  });

  it('a title of more than seven words is no name: the text\'s spelling of the host is ("The Floor Loft")', () => {
    expect(
      name(
        'http://floorloft.example/',
        '<title>The Floor Loft Flooring store w/ Discount Prices on Brand Name Floors</title>',
        '<p>Visit The Floor Loft for carpet. The Floor Loft is family owned.</p>',
      ),
    ).toBe('The Floor Loft');
  });

  it('drops the town a title adds after the name ("Mister Plumber in Toronto") and search words in brackets', () => {
    expect(
      name(
        'http://www.misterplumber.example/services/water-line.html',
        '<title>Toronto Water Line Repair, Replacement, Installation by Mister Plumber - Mister Plumber in Toronto</title>',
        '<p>Mister Plumber fixes pipes.</p><footer>Copyright © 2002-2014, Mister Plumber. All Rights Reserved.</footer>',
      ),
    ).toBe('Mister Plumber');
    expect(
      name(
        'http://www.tandartsheerlen.example/contact',
        '<title>Centrum voor Tandheelkunde Heerlen in Heerlen ( tandarts, tandartspraktijk  )</title>',
        '<p>Contact.</p>',
      ),
    ).toBe('Centrum voor Tandheelkunde Heerlen');
  });

  it('a town and state before the service ("Ithaca, NY Certified Translation Services") is no name: the text writes it', () => {
    expect(
      name(
        'https://officialwords.example/ithaca',
        '<title>Ithaca, NY Certified Translation Services</title>',
        '<h2>OFFICIAL WORDS</h2>\n<p>Official Words translates birth certificates.</p>',
      ),
    ).toBe('Official Words');
  });

  it('a keyword before a colon in a long title is no part of the name ("Commercial Fishing: Marine Data Associates")', () => {
    expect(
      name(
        'http://www.mdai.example/',
        '<title>Fish Farming, Aquaculture Consultants, Commercial Fishing: Marine Data Associates</title>',
        '<p>Consulting since 1980.</p>',
      ),
    ).toBe('Marine Data Associates');
  });

  it('a copyright line written with "@" and a year names the holder ("@2026 Doodle | All Rights Reserved")', () => {
    expect(
      name(
        'https://doodledesigns.example/services/packaging',
        '<title>Cosmetic Packaging Design Services | Stylish &amp; Brand-Centric</title>',
        '<p>We design boxes.</p><footer><span>@<!-- -->2026<!-- --> Doodle | All Rights Reserved | <a href="/terms">Terms</a></span></footer>',
      ),
    ).toBe('Doodle');
  });
});

describe("an Organization's name checked against the page", () => {
  it('a branch named as the firm, its trade and its town is the firm the site name gives ("Hopper")', () => {
    const { doc, u, md } = read(
      'https://www.gethoppers.example/ca/fresno/movers/',
      '<meta property="og:site_name" content="Hopper"><title>Fresno Local Movers</title>',
      '<p>Movers.</p>',
    );
    expect(checkedLdName('Hopper Moving of Fresno, California', doc, u, md)).toBe('Hopper');
    expect(checkedLdName('Hopper Logistics', doc, u, md)).toBe('Hopper Logistics');
  });
});

describe('a name set in lower case by its style', () => {
  it('is written as the other sources capitalise its words', () => {
    expect(
      name(
        'https://www.annamoss.example/about',
        '<title>Anna Moss Austin Website Design</title>',
        '<h1>about anna moss design</h1>\n<p>anna moss design builds sites. Call anna moss design today.</p>',
      ),
    ).toBe('Anna Moss Design');
  });
});

describe('a start-up named by its address', () => {
  it('is "Hop.io" where the text writes it so on hop.io, and "Hop" where it does not', () => {
    expect(name('https://hop.io/', '<title>Hop</title>', '<p>Deploy on hop.io today.</p>\n<p>Hop.io is the platform for apps.</p>')).toBe(
      'Hop.io',
    );
    expect(name('https://hop.io/', '<title>Hop</title>', '<p>Hop is the platform for apps. Visit hop.io.</p>')).toBe('Hop');
    expect(name('https://www.hop.com/', '<title>Hop</title>', '<p>Hop.com is the platform for apps.</p>')).toBe('Hop');
  });
});

describe('a title part after a left-pointing guillemet', () => {
  it('"Contact Us «  Trimwindows.com": the page, then the site', () => {
    expect(
      name(
        'http://www.trimwindows.example/contact.html',
        '<title>Contact Us «  Trimwindows.com</title>',
        '<p>Call TrimWindows today. TrimWindows fits frames.</p>',
      ),
    ).toBe('TrimWindows');
  });
});
