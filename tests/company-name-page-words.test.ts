import { describe, expect, it } from 'vitest';
import { companyName } from '../lib/extract/company-name';
import { readMetadata } from '../lib/extract/metadata';
import { docFrom } from './helpers/dom';

// Titles of old small-business sites (field-22 tune: a glass maker's contact form, a sports centre's
// opening hours, a makeover firm), written here with invented names.
const name = (url: string, title: string, body = '<p>Welcome.</p>') => {
  const doc = docFrom(`<html><head><title>${title}</title></head><body>${body}</body></html>`, url);
  return companyName(doc, new URL(url), readMetadata(doc, new URL(url)));
};

describe("the page's own words around a company name in the title", () => {
  it('drops a page name after the company: "Contact Form", "home page", ": openingstijden"', () => {
    expect(name('https://www.brightglass.example/en/contacts', 'Brightglass Contact Form')).toBe('Brightglass');
    expect(name('https://www.harborhomes.example/contact-us', 'Harbor Homes home page')).toBe('Harbor Homes');
    expect(name('https://www.sportcentrumduinzicht.example/openingstijden.htm', 'Sportcentrum Duinzicht: openingstijden')).toBe(
      'Sportcentrum Duinzicht',
    );
  });

  it('drops "website" and "Official Site" after the company, not a name that ends in "site"', () => {
    expect(name('https://www.fiftywrens.example/', 'Fifty Wrens Ltd website')).toBe('Fifty Wrens Ltd');
    expect(name('https://www.kestrelbikes.example/', 'Kestrel Bikes Official Site')).toBe('Kestrel Bikes');
    expect(name('https://www.bayviewcampsite.example/', 'Bayview Campsite')).toBe('Bayview Campsite');
  });

  it('keeps "Home" when it begins the name ("Home & Office Makeovers"), and still drops "Home" the page word', () => {
    expect(name('https://www.homeandgardenfixers.example/about', 'Home & Garden Fixers | About')).toBe('Home & Garden Fixers');
    expect(name('https://www.tidyworks.example/', 'Home Tidyworks')).toBe('Tidyworks');
  });

  it('keeps a leading "Home" the host spells: "Home Depot" on homedepot.com (review of mend23)', () => {
    expect(name('https://www.homedepot.example/', 'Home Depot')).toBe('Home Depot');
    expect(name('https://www.homedepot.example/about', 'About | Home Depot')).toBe('Home Depot');
    const doc = docFrom(
      '<html><head><meta property="og:site_name" content="Home Depot"><title>Tools</title></head><body></body></html>',
      'https://www.homedepot.example/',
    );
    expect(companyName(doc, new URL('https://www.homedepot.example/'), readMetadata(doc, new URL('https://www.homedepot.example/')))).toBe(
      'Home Depot',
    );
  });

  it('keeps "Home" that ends the name ("Smith Funeral Home"); drops it only as the page after a separator (review)', () => {
    expect(name('https://www.smithfuneralhome.example/', 'Smith Funeral Home')).toBe('Smith Funeral Home');
    expect(name('https://www.toddthomashome.example/design', 'Interior Design Services | Todd Thomas Home')).toBe('Todd Thomas Home');
    expect(name('https://www.brightglass.example/', 'Brightglass | Home')).toBe('Brightglass');
    expect(name('https://www.brightglass.example/', 'Home - Brightglass')).toBe('Brightglass');
    expect(name('https://www.brightglass.example/', 'Brightglass: Home')).toBe('Brightglass');
  });
});
