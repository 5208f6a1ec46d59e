import { describe, expect, it } from 'vitest';
import { menuProducts } from '../lib/extract/site-menus';
import { docFrom } from './helpers/dom';

const url = 'https://builders.example/about/';

/** A small firm's flat main menu between its furniture, on a page the firm titles and describes in its own words. */
const page = (title: string, description: string, items: string[]) =>
  docFrom(
    `<title>${title}</title><meta name="description" content="${description}"><header><nav><ul><li><a href="/">Home</a></li><li><a href="/about/">About</a></li>${items
      .map((i) => `<li><a href="/${i.toLowerCase().replace(/\W+/g, '-')}/">${i}</a></li>`)
      .join('')}<li><a href="/contact/">Contact</a></li></ul></nav></header><main><p>Short text.</p></main>`,
    url,
  );

describe("a small site's main menu read in the site's own words", () => {
  it("counts an item whose word is a stem or a compound's part of the site's word, and then the whole run", () => {
    // "Remodels" beside "remodeling", "Gevelreiniging" holding "reiniging": two in three, and the third comes along.
    const doc = page('About | Builders', 'Remodeling and green building in the valley for thirty years.', [
      'Custom Homes',
      'Remodels',
      'Green Building',
    ]);
    expect(menuProducts(doc, new URL(url))).toEqual(['Custom Homes', 'Remodels', 'Green Building']);
    const nl = page('Over ons | Bouwers', 'Wij doen reiniging en schilderwerk.', ['Gevelreiniging', 'Schilderwerken', 'Glaszetten']);
    expect(menuProducts(nl, new URL(url))).toEqual(['Gevelreiniging', 'Schilderwerken', 'Glaszetten']);
  });

  it('keeps only the named items when fewer than two in three are, and reads nothing from words of four letters', () => {
    const doc = page('About | Builders', 'Remodeling and green building.', [
      'Remodels',
      'Showroom',
      'Green Building',
      'Webshop',
      'Building Permits',
    ]);
    expect(menuProducts(doc, new URL(url))).toEqual(['Remodels', 'Green Building', 'Building Permits']);
    // "Home" inside "Homestead" is too short a part to say anything.
    const short = page('About | Homestead', 'A homestead museum.', ['Homes', 'Tours', 'Shop']);
    expect(menuProducts(short, new URL(url))).toEqual([]);
  });
});
