import { describe, expect, it } from 'vitest';
import { findPostalAddress } from '../lib/extract/postal-address';
import { menuProducts } from '../lib/extract/site-menus';
import { docFrom } from './helpers/dom';

describe('addresses of older European contact pages', () => {
  it('reads a Swedish postcode (three digits, a space, two) glued to the street', () => {
    expect(findPostalAddress(['Storgatan 6 114 51 Lund', 'Telefon 046-12 34 56'])).toEqual({
      address: 'Storgatan 6, 114 51 Lund',
      place: 'Lund',
    });
  });

  it('reads a house number with a letter after a dash ("77-A") as a street line', () => {
    expect(findPostalAddress(['Boekhandel Rive Droite', 'Kerkstraat 12-B', '6211 AB Maastricht', 'T (043) 123 45 67'])).toEqual({
      address: 'Kerkstraat 12-B, 6211 AB Maastricht',
      place: 'Maastricht',
      addressee: 'Boekhandel Rive Droite',
    });
  });

  it("leaves the firm's name before the street on the same line out of the address", () => {
    expect(findPostalAddress(['Drukkerij Voorbeeld, Marktstraat 9, 4501 AB Oostburg'])?.address).toBe('Marktstraat 9, 4501 AB Oostburg');
    // A first part that reads as a street stays: it is the street.
    expect(findPostalAddress(['Rue du Port, Bâtiment 4, 75008 Paris'])?.address).toBe('Rue du Port, Bâtiment 4, 75008 Paris');
  });

  it('leaves a tax number over the street out of the address, and keeps the name above it as the addressee', () => {
    expect(findPostalAddress(['ESEMPIO srl', 'P.I. 01234567890', 'Via Roma, 2', '23900 Lecco', 'Tel: 0341 25.18.76'])).toEqual({
      address: 'Via Roma, 2, 23900 Lecco',
      place: 'Lecco',
      addressee: 'ESEMPIO srl',
    });
  });
});

describe('menu items that are no offerings', () => {
  const url = 'https://planner.example/';
  it('drops a decorative triangle before an item, and an item ending in an arrow (a call to follow)', () => {
    const doc = docFrom(
      '<nav><ul><li><a href="/services/">Services</a><ul>' +
        '<li><a href="/services/weddings">▸Weddings</a></li>' +
        '<li><a href="/services/galas">▸Galas</a></li>' +
        '<li><a href="/services/retreats">Plan an offsite→</a></li>' +
        '<li><a href="/services/dinners">▸Corporate Dinners</a></li></ul></li>' +
        '<li><a href="/about/">About</a></li></ul></nav>',
      url,
    );
    expect(menuProducts(doc, new URL(url))).toEqual(['Weddings', 'Galas', 'Corporate Dinners']);
  });
});

describe('a US street and town run together on one line', () => {
  it('reads the address, a comma set after the street, and its place when the ZIP code closes the line', () => {
    expect(findPostalAddress(['shtark@example.com', '3065 Brighton 2nd St #1077 Brooklyn, NY 11235', 'Services'])).toEqual({
      address: '3065 Brighton 2nd St #1077, Brooklyn, NY 11235',
      place: 'Brooklyn, NY',
    });
    expect(findPostalAddress(['100 Main Street Suite 5 Springfield, IL 62701'])?.place).toBe('Springfield, IL');
  });

  it('never without the ZIP code or the street word', () => {
    expect(findPostalAddress(['100 Main Street Springfield, IL'])).toBeUndefined();
    expect(findPostalAddress(['Over 300 happy clients Springfield, IL 62701'])).toBeUndefined();
  });
});
