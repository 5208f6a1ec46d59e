import { describe, expect, it } from 'vitest';
import { extractPageFull } from '../lib/extract/full';
import { labelledPeople } from '../lib/extract/labelled-people';
import { prosePeople } from '../lib/extract/prose-people';
import { acronymCompound, looksLikeName } from '../lib/extract/person-name';
import { docFrom } from './helpers/dom';

describe('people named after a label in a contact block or an imprint', () => {
  it('reads a couple who share a surname after a plural contact label', () => {
    expect(labelledPeople(['_Contactpersonen: _John of Diana Valk', 'Contact persons: Max and Erika Muster'])).toEqual([
      { name: 'John Valk' },
      { name: 'Diana Valk' },
      { name: 'Max Muster' },
      { name: 'Erika Muster' },
    ]);
  });

  it('reads a contact label with the title after the name, and a role label for every name', () => {
    expect(
      labelledPeople([
        'Ihr Ansprechpartner: Max Mustermann, Vertriebsleiter',
        'Contact: Jane Doe – Sales Manager Tel: +1 555 0100',
        'Geschäftsführer: Erika Muster, Paul Beispiel',
        'Vertreten durch: Dr. Hans Probe (Vorstand)',
        'Directeur de la publication :',
        'Jean Dupont',
        'Directie: Jan de Vries en Anna Bakker',
      ]),
    ).toEqual([
      { name: 'Max Mustermann', title: 'Vertriebsleiter' },
      { name: 'Jane Doe', title: 'Sales Manager' },
      { name: 'Erika Muster', title: 'Geschäftsführer' },
      { name: 'Paul Beispiel', title: 'Geschäftsführer' },
      { name: 'Dr. Hans Probe', title: 'Vorstand' },
      { name: 'Jean Dupont', title: 'Directeur de la publication' },
      { name: 'Jan de Vries', title: 'Directie' },
      { name: 'Anna Bakker', title: 'Directie' },
    ]);
  });

  it("reads a legal notice's role and name in cells of their own, not a team card's name and title", () => {
    // The shape of fresh16-8digriz's mentions légales: label cells over value cells.
    expect(
      labelledPeople(['TVA intracommunautaire', 'FR96 877 773 689', 'Président', 'Lucien Marchal', 'Courriel', 'contact@acme.fr']),
    ).toEqual([{ name: 'Lucien Marchal', title: 'Président' }]);
    // A team's cards: name, title, name, title. "Director" is Ann Roe's, not Jo Ng's.
    expect(labelledPeople(['Ann Roe', 'Director', 'Jo Ng', 'Office Manager'])).toEqual([]);
    // A heading over the cards names no one's title.
    expect(labelledPeople(['Founders', 'Ann Roe', 'Ann started Acme in a garage.'])).toEqual([]);
  });

  it("reads the company's leader named with the title in apposition, not another organisation's", () => {
    expect(
      prosePeople(
        'Ilsa Brandt, the founder of Brandt Law PC, is here for you and your loved ones to meet all your legal needs.',
        'Brandt Law',
      ),
    ).toEqual([{ name: 'Ilsa Brandt', title: 'Founder' }]);
    expect(prosePeople('We met in May. Jane Roe, our CEO, spoke at the fair.', 'Acme')).toEqual([{ name: 'Jane Roe', title: 'CEO' }]);
    expect(prosePeople('John Poe, the founder of Habitat for Humanity, visited us in May.', 'Acme Builders')).toEqual([]);
  });

  it('reads a name after an honorific over a telephone number or an e-mail address', () => {
    expect(
      labelledPeople([
        'mr. T.Peters',
        '06 - 51 51 27 30',
        'mr. R.C. van der Weele',
        '06 - 51 92 73 56',
        'Frau Dr. Erika Muster',
        'E-Mail: e.muster@acme.de',
      ]),
    ).toEqual([{ name: 'T. Peters' }, { name: 'R.C. van der Weele' }, { name: 'Erika Muster' }]);
    // Without a way to reach them, an honorific line is no contact block.
    expect(labelledPeople(['Ms. Marvel', 'Comic books since 1968'])).toEqual([]);
  });

  it('names no one after other labels, or where no name follows', () => {
    expect(
      labelledPeople([
        'Contact: info@acme.example',
        'Öffnungszeiten: Montag bis Freitag',
        'Registergericht: Amtsgericht Hannover',
        'Geschäftsführer: siehe oben',
      ]),
    ).toEqual([]);
  });

  it("finds the managing directors in a German imprint page's text", () => {
    const url = 'https://acme.example/impressum';
    const html = `<title>Impressum | Acme GmbH</title><body><main><h1>Impressum</h1><p>Acme GmbH<br>Musterstraße 1<br>30159 Hannover</p>
      <p>Geschäftsführer: Max Mustermann, Erika Muster</p><p>Registergericht: Amtsgericht Hannover</p></main></body>`;
    expect(extractPageFull(docFrom(html, url), new URL(url)).people).toEqual([
      { name: 'Max Mustermann', title: 'Geschäftsführer' },
      { name: 'Erika Muster', title: 'Geschäftsführer' },
    ]);
  });
});

describe('founders named together', () => {
  it('reads both founders of "founded by Jane Roe and John Poe"', () => {
    expect(prosePeople('Acme was founded in 2010 by Jane Roe and John Poe. Today Acme makes robots.', 'Acme')).toEqual([
      { name: 'Jane Roe', title: 'Founder' },
      { name: 'John Poe', title: 'Founder' },
    ]);
  });
});

describe("what is a person's name", () => {
  it('takes names with initials and nicknames, never the labels of a contact page', () => {
    expect(['J Scott Clarke', 'Walter (Bill) Babb', 'Anne-Sophie de la Tour'].every(looksLikeName)).toBe(true);
    expect(['Mailing Address', 'Social Networking', 'REQUEST A QUOTE', 'Opening Hours', 'Customer Reviews'].some(looksLikeName)).toBe(
      false,
    );
  });

  it('never a compound on an acronym from a CV list, while hyphenated names stay names', () => {
    // "KMU IT-Betreuung" sat in a founder's list of skills and became a person (fresh5-amplifyr).
    expect(['KMU IT-Betreuung', 'EU-Kommission Berlin'].every(acronymCompound)).toBe(true);
    expect(['Jean-Luc Picard', 'JEAN-LUC PICARD', 'Mary-Kate Olsen'].some(acronymCompound)).toBe(false);
    const url = 'https://acme.example/ueber-uns';
    const card = (name: string, li: string) =>
      `<div class="person"><img src="/${name.split(' ')[0]}.jpg" alt="${name}"><h3 class="person-name">${name}</h3>` +
      `<p class="person-role">Geschäftsführer</p><ul><li>10+ Jahre Erfahrung</li><li>${li}</li></ul></div>`;
    const html = `<title>Über uns | Acme GmbH</title><main><h2>Unser Team</h2>${card('Timo Berger', 'KMU IT-Betreuung')}${card(
      'Sina Keller',
      'Cloud Infrastruktur',
    )}</main>`;
    const names = (extractPageFull(docFrom(html, url), new URL(url)).people ?? []).map((p) => p.name);
    expect(names).toContain('Timo Berger');
    expect(names).not.toContain('KMU IT-Betreuung');
  });

  it('never a template’s placeholder or a card’s "Meet …" line', () => {
    expect(['Caption One', 'Caption Eight', 'Full Name', 'Lorem Ipsum', 'Meet Michael', 'Slide Two'].some(looksLikeName)).toBe(false);
    // A vacancy's section headings, two words in capitals as a name is.
    expect(['Ihr Profil', 'Ihre Aufgaben', 'Your Profile', 'Unser Angebot'].some(looksLikeName)).toBe(false);
  });
});

describe('a contact block: a name over a title over a number', () => {
  it('reads the person and their title, the company’s name after the title left out', () => {
    const lines = ['Pop in for a chat.', 'Tel: 020 7193 1430', 'or call', 'Rhea Vantongeren', 'MD Quillo Design', 'Mob: 07866 556610'];
    expect(labelledPeople(lines, 'Quillo Design')).toEqual([{ name: 'Rhea Vantongeren', title: 'MD' }]);
    expect(labelledPeople(['Jan Roe', 'Sales Manager', 'jan@quillo.example'])).toEqual([{ name: 'Jan Roe', title: 'Sales Manager' }]);
  });

  it('never a name over an address or a name with no title line', () => {
    expect(labelledPeople(['Rhea Vantongeren', '24 Endell Street', 'Tel: 020 7193 1430'])).toEqual([]);
    expect(labelledPeople(['Quillo Design', 'Opening Hours', 'Tel: 020 7193 1430'])).toEqual([]);
  });
});

describe('a leader whose title comes before the name', () => {
  it('reads "President Jeff Pierce is …" and "founding CEO … and current CEO …"', () => {
    expect(prosePeople('Management President Jane Roe is a licensed roofing contractor in Colorado.', 'Acme Roofing')).toEqual([
      { name: 'Jane Roe', title: 'President' },
    ]);
    expect(prosePeople('In this video, founding CEO Dan Poe and current CEO Jo Ng sit down to talk about Acme.', 'Acme')).toEqual([
      { name: 'Dan Poe', title: 'Founding CEO' },
      { name: 'Jo Ng', title: 'CEO' },
    ]);
  });

  it('never a title before a name that does nothing, nor the company named after its founder', () => {
    expect(prosePeople('We thank President Barack Obama for his visit.', 'Acme')).toEqual([]);
    expect(prosePeople('Founder Acme Roe is our brand.', 'Acme Roe')).toEqual([]);
  });
});
