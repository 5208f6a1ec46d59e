import { describe, expect, it } from 'vitest';
import { companyName, copyrightHolder } from '../lib/extract/company-name';
import { readMetadata } from '../lib/extract/metadata';
import { docFrom } from './helpers/dom';

// Shapes from fresh-29 (first blind, now tune): a software firm's tagline after a colon, a careers
// portal's title, a logo's alt that describes the picture, a firm named by its domain, a copyright
// holder whose name begins with digits. Names invented.
const name = (url: string, head: string, body = '<p>Welcome.</p>') => {
  const doc = docFrom(`<html><head>${head}</head><body>${body}</body></html>`, url);
  return companyName(doc, new URL(url), readMetadata(doc, new URL(url)));
};

describe('what follows a company name in a title or a logo', () => {
  it('keeps the name before a colon when it spells the domain and the whole does not', () => {
    expect(name('https://www.hrlantern.example/', '<title>HR Lantern: All-in-One HRIS | Onboarding</title>')).toBe('HR Lantern');
  });

  it('keeps a colon inside a name the domain spells as a whole', () => {
    expect(name('https://www.sportcentrumduinzicht.example/', '<title>Sportcentrum Duinzicht: openingstijden</title>')).toBe(
      'Sportcentrum Duinzicht',
    );
  });

  it('drops a job portal after the name: "Stellenportal", "Careers Portal"', () => {
    expect(name('https://jobs.9traders.example/de', '<title>9TRADERS Stellenportal</title>')).toBe('9TRADERS');
    expect(name('https://www.quillworks.example/careers', '<title>Quillworks Careers Portal</title>')).toBe('Quillworks');
  });

  it('drops a logo alt\'s description of the picture: "platform", "brand", "logo gray"', () => {
    const body =
      '<header><a href="/"><img class="logo" src="/l.svg" alt="Dough Oven platform"></a></header>' +
      '<p>Dough Oven builds internal tools. Run Dough Oven on your own servers.</p>' +
      '<footer><img class="logo" src="/f.svg" alt="Dough Oven brand logo"></footer>';
    expect(name('https://doughoven.example/on-premise', '<title>Full control with on-premise Dough Oven</title>', body)).toBe('Dough Oven');
  });
});

describe('a firm that names itself by its domain', () => {
  it('is "Tallyforce.com" when the copyright line and the site name both write it', () => {
    const head = '<title>Tallyforce Scheduling Software | Tallyforce.com</title><meta property="og:site_name" content="Tallyforce.com">';
    const body = '<p>Schedule shifts.</p><footer><p>© 2026 Tallyforce.com. All rights reserved.</p></footer>';
    expect(name('https://www.tallyforce.com/', head, body)).toBe('Tallyforce.com');
  });

  it('is not the domain when only the title writes it', () => {
    expect(name('https://www.brookvale.nl/contact.html', '<title>Brookvale.nl</title>', '<p>Bel ons.</p>')).not.toBe('Brookvale.nl');
  });
});

describe('the copyright holder', () => {
  it('may begin with digits: "© 2025 711studio websolutions GmbH."', () => {
    const doc = docFrom(
      '<html><body><p>Jobs</p><footer><p>Copyright © 2025 711studio websolutions GmbH.</p><a href="/i">Impressum</a></footer></body></html>',
      'https://www.711studio.example/jobs',
    );
    expect(copyrightHolder(doc)).toBe('711studio websolutions GmbH');
  });

  it('is still not the year alone', () => {
    const doc = docFrom('<html><body><footer><p>© 2025</p><a href="/terms">Terms</a></footer></body></html>', 'https://a.example/');
    expect(copyrightHolder(doc)).toBeUndefined();
  });
});

describe('a domain-named logo beside a heading that presents the firm', () => {
  it('keeps the name the heading gives ("About Rico\'s Bike Racks"), not the domain', () => {
    const body =
      '<header><a href="/"><img class="logo" src="/l.png" alt="Bike-Racks.com"></a></header><h1>About Rico\'s Bike Racks</h1>' +
      '<p>We sell racks.</p><footer><p>© 2012 Bike-Racks.com</p></footer>';
    expect(name('http://www.bike-racks.com/about/', '<title>About Us</title>', body)).toBe("Rico's Bike Racks");
  });
});
