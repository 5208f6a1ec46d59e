import { describe, expect, it } from 'vitest';
import { companyName } from '../lib/extract/company-name';
import { readMetadata } from '../lib/extract/metadata';
import { hostPhrase, padsWithFew, support } from '../lib/extract/name-vote';
import { docFrom } from './helpers/dom';

// Shapes of old small-business pages (field-22 tune: a telephone reseller, a furniture shop, a
// resort, a flower shop, a software house), written here with invented names.
const name = (url: string, head: string, body: string) => {
  const doc = docFrom(`<html><head>${head}</head><body>${body}</body></html>`, url);
  return companyName(doc, new URL(url), readMetadata(doc, new URL(url)));
};

describe('the name the text writes for the host', () => {
  it('finds the capitalised words that spell the label, the spelling written most often', () => {
    expect(hostPhrase('Call Red Robins today.\nRed Robins UK Telecom serves you.\nRed Robins', 'redrobins', 'redrobins')).toBe(
      'Red Robins',
    );
    expect(hostPhrase('We at Redrobins and RedRobins', 'redrobins', 'redrobins')).toBe('Redrobins');
  });

  it('ends a run where a sentence ends: never a spelling with its full stop (review of co25)', () => {
    expect(
      hostPhrase('Contact Blue Penguins. Blue Penguins sells phones. Call Blue Penguins. We are here.', 'bluepenguins', 'bluepenguins'),
    ).toBe('Blue Penguins');
    expect(
      name(
        'https://bluepenguins.co.uk/',
        '<title>Blue Penguins Telephones and Mobile Systems Dealers</title>',
        '<p>Contact Blue Penguins. Blue Penguins sells phones. Call Blue Penguins. We are here.</p>',
      ),
    ).toBe('Blue Penguins');
  });

  it('keeps "The" when most mentions begin with it', () => {
    expect(hostPhrase('The Tile Shed is open.\nVisit The Tile Shed.\nTile Shed', 'tileshed', 'tileshed')).toBe('The Tile Shed');
    expect(hostPhrase('The Tile Shed is open.\nTile Shed offers.\nTile Shed', 'tileshed', 'tileshed')).toBe('Tile Shed');
  });

  it('takes the longer name when at least three mentions and most of them go on the same way', () => {
    const three = 'Rowan Blooms And Gifts\nRowan Blooms And Gifts\nRowan Blooms and Gifts\nRowan Blooms';
    expect(hostPhrase(three, 'rowanblooms', 'rowanblooms')).toBe('Rowan Blooms And Gifts');
    // A heading repeated twice ("… Contact Form") is no usage of the name.
    expect(hostPhrase('Rowan Blooms Contact Form\nRowan Blooms Contact Form\nRowan Blooms', 'rowanblooms', 'rowanblooms')).toBe(
      'Rowan Blooms',
    );
  });

  it('is nothing for a label the text never writes, or a label too short to tell', () => {
    expect(hostPhrase('Welcome to our shop.', 'rowanblooms', 'rowanblooms')).toBeUndefined();
    expect(hostPhrase('Abc Def', 'abc', 'abc')).toBeUndefined();
  });
});

describe('support: how many independent sources agree on a name', () => {
  const voters = [
    { from: 'title', names: ['Details and Information about Red Robins Telephones'] },
    { from: 'text', names: ['Red Robins'] },
  ];
  it('counts 1 for a source that writes it, ½ for one that holds it or is held by it, and the host', () => {
    expect(support('Red Robins', voters, 3)).toBe(2.5);
    expect(support('Details and Information about Red Robins Telephones', voters, 1)).toBe(2);
  });
  it('holds whole words only: "Robin" is not in "Red Robins"', () => {
    expect(support('Robin', voters, 0)).toBe(0);
  });
});

describe("a name that pads the host's words", () => {
  it("with one or two capitalised words is a firm's name; with three or more it is a phrase", () => {
    expect(padsWithFew('Qwarix Technologies', 'Qwarix')).toBe(true);
    expect(padsWithFew('De Tulpenhof', 'Tulpenhof')).toBe(true);
    expect(padsWithFew('Van der Berg Graszoden', 'Berg')).toBe(true);
    expect(padsWithFew('Oakdeco Online Furniture Store', 'Oakdeco')).toBe(false);
    expect(padsWithFew('Details and Information about Red Robins Telephones', 'Red Robins')).toBe(false);
    expect(padsWithFew('Bolt & Son', 'Bolt and Son')).toBe(true);
    expect(padsWithFew('Acme', 'Zenith')).toBe(false);
  });
});

describe('companyName by agreement', () => {
  it('keeps a name of the host plus one or two words that the title writes ("De Tulpenhof", "Qwarix Technologies")', () => {
    expect(
      name('http://www.tulpenhof.example/contact', '<title>De Tulpenhof</title>', '<p>Tulpenhof is open.</p><p>Welkom bij Tulpenhof.</p>'),
    ).toBe('De Tulpenhof');
    expect(
      name(
        'https://qwarixtech.example/about.html',
        '<title>Qwarix Technologies</title>',
        '<p>Qwarix Technologies builds apps.</p><p>Qwarix Technologies is in Lisbon.</p><footer>© 2020 Qwarix</footer>',
      ),
    ).toBe('Qwarix Technologies');
  });

  it('prefers the short name the host and the text agree on to a title written for search', () => {
    expect(
      name(
        'http://www.redrobins.example/details.html',
        '<title>Details and Information about Red Robins Telephones</title>',
        '<p>Red Robins sells phone systems.</p><p>Call Red Robins now.</p>',
      ),
    ).toBe('Red Robins');
    expect(
      name(
        'http://www.oakdeco.example/',
        '<title>Oakdeco Online Furniture Store</title>',
        '<p>Oakdeco delivers furniture.</p><footer>Oakdeco</footer>',
      ),
    ).toBe('Oakdeco');
  });

  it('keeps the full name that the logo and the copyright line both write ("Innux Technologies", not "Innux")', () => {
    expect(
      name(
        'https://www.qwarix.example/',
        '<title>Qwarix Technologies | Home</title>',
        '<header><img class="logo" src="/l.png" alt="Qwarix Technologies"></header><p>Qwarix builds apps.</p><p>Qwarix.</p><footer>© 2014 Qwarix Technologies. All rights reserved.</footer>',
      ),
    ).toBe('Qwarix Technologies');
  });

  it('keeps the title and copyright\'s full name over the host\'s words it pads with one more ("Lakeview Lodge & Spa")', () => {
    expect(
      name(
        'http://www.lakeviewlodge.example/',
        '<title>Luxury Hotel | Lakeview Lodge &amp; Spa</title>',
        '<p>Stay at the Lakeview Lodge and Spa.</p><p>Welcome to Lakeview Lodge.</p><footer>Copyright © 2012 Lakeview Lodge &amp; Spa. All Rights Reserved.</footer>',
      ),
    ).toBe('Lakeview Lodge & Spa');
  });
});
