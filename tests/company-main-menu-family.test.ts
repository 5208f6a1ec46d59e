import { describe, expect, it } from 'vitest';
import { menuProducts } from '../lib/extract/site-menus';
import { docFrom } from './helpers/dom';

const url = 'https://roofline-zeeland.example/contact/';
const products = (html: string) => menuProducts(docFrom(`<title>Contact</title>${html}`, url), new URL(url));

/** A small firm's main menu: Home · About · one item per trade word, each opening its own list · News · Contact. */
const mainMenu = (...opened: Array<[string, string[]]>) =>
  `<header><nav><ul class="menu"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li>${opened
    .map(
      ([label, items]) =>
        `<li><a>${label}</a><ul class="sub-menu">${items.map((i) => `<li><a href="/${i.toLowerCase().replace(/\W+/g, '-')}/">${i}</a></li>`).join('')}</ul></li>`,
    )
    .join('')}<li><a href="/news/">News</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>`;

describe("a small firm's main menu that opens one trade's list", () => {
  it('reads the list of the one item that is no furniture, whatever word names the trade', () => {
    const html = mainMenu(['Roofwork', ['Flat Roofs', 'Pitched Roofs', 'Green Roofs', 'Gutters']]);
    expect(products(html)).toEqual(['Flat Roofs', 'Pitched Roofs', 'Green Roofs', 'Gutters']);
  });

  it('leaves aside a list that holds a section of the site, and still reads the trade beside it', () => {
    const html = mainMenu(['Roofwork', ['Flat Roofs', 'Pitched Roofs', 'Gutters']], ['Craft', ['Warranty', 'Projects', 'Our roofers']]);
    expect(products(html)).toEqual(['Flat Roofs', 'Pitched Roofs', 'Gutters']);
  });

  it('reads nothing when several items open lists (the sections of a site), nor an item partly a section', () => {
    const sections = mainMenu(['Programs', ['France', 'Italy', 'Spain']], ['Parents', ['Testimonials', 'Study Abroad', 'Travel Tips']]);
    expect(products(sections)).toEqual([]);
    expect(products(mainMenu(['Membership & Support', ['Donations', 'Sponsorships', 'Volunteers']]))).toEqual([]);
  });
});
