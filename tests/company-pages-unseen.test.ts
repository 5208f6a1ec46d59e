import { describe, expect, it } from 'vitest';
import { companyDescription } from '../lib/extract/about-text';
import { companyName } from '../lib/extract/company-name';
import { labelledFacts } from '../lib/extract/labelled-facts';
import { readMetadata } from '../lib/extract/metadata';
import { pageRole } from '../lib/extract/page-role';
import { findPostalAddress } from '../lib/extract/postal-address';
import { textLines } from '../lib/extract/text-lines';
import { proseFacts } from '../lib/extract/prose';
import { biographyPeople, prosePeople } from '../lib/extract/prose-people';
import { summaryOf } from '../lib/extract/summary';
import { docFrom } from './helpers/dom';

const address = (html: string) => findPostalAddress(textLines(docFrom(html).body));

describe('addresses small sites print', () => {
  it('reads a house number with a range ("Dukdalf 16-8") before a Dutch postcode', () => {
    expect(address('<footer><p>SEM Automotive</p><p>Dukdalf 16-8, 9202 BE Drachten</p><p>0653299783</p></footer>')).toMatchObject({
      address: 'Dukdalf 16-8, 9202 BE Drachten',
      place: 'Drachten',
    });
  });

  it('splits a street glued to a Dutch postcode ("Dagpauwoog 64 4814 VE Breda")', () => {
    expect(address('<footer><p>Hot Stone Breda | Dagpauwoog 64 4814 VE Breda | Telefoon 06 18 55 41 03</p></footer>')).toMatchObject({
      address: 'Dagpauwoog 64, 4814 VE Breda',
      place: 'Breda',
    });
  });

  it('reads a street and town without a postal code in a contact block (a phone, an email, an "Address" label)', () => {
    expect(address('<footer><p>+57 313 519 4260</p><p>Carrera 45 #55-33, Barranquilla</p><p>Política de Privacidad</p></footer>')).toEqual({
      address: 'Carrera 45 #55-33, Barranquilla',
      place: 'Barranquilla',
    });
    expect(address('<footer><p>contact@acme.example</p><p>94 rue Jean Jaurès, Meyzieu</p><p>Devis gratuit</p></footer>')).toEqual({
      address: '94 rue Jean Jaurès, Meyzieu',
      place: 'Meyzieu',
    });
    expect(address('<footer><h4>Address</h4><p>UG -10, Bansi Trade Center (BTC), M.G. Road, Indore</p></footer>')?.place).toBe('Indore');
  });

  it('reads no address from a street and town outside a contact block, nor from a line without a house number', () => {
    expect(address('<main><p>Our latest project</p><p>12 Harbour Road, Whitby</p><p>A full renovation in six weeks.</p></main>')).toBe(
      undefined,
    );
    expect(address('<footer><p>info@acme.example</p><p>Main Street, Springfield</p></footer>')).toBe(undefined);
  });
});

describe('where a company is, from what it says it is', () => {
  it('reads the town after the kind of business it is, or after "is located in"', () => {
    expect(proseFacts('Lightstream is a Creative  Design and Digital Agency in Blackpool, Lancashire, UK.').headquarters).toBe(
      'Blackpool, Lancashire',
    );
    expect(
      proseFacts("As a professional home inspection company in the Ogden, UT area, Howie's is dedicated to quality.").headquarters,
    ).toBe('Ogden, UT');
    expect(
      proseFacts("A&Js' Bike Locks, a division of Orland Park Cyclery, is located in Orland Park, Illinois. We are").headquarters,
    ).toBe('Orland Park, Illinois');
    expect(proseFacts('Ihr Fachbetrieb aus dem Raum Köln für Fußbodenheizungen.').headquarters).toBe('Köln');
  });

  it('reads no place from clients or projects elsewhere, nor a lone state after a person’s licence', () => {
    expect(proseFacts('We serve clients in Boston and New York.').headquarters).toBe(undefined);
    expect(proseFacts('Our projects are located in the heart of Paris.').headquarters).toBe(undefined);
    expect(proseFacts('President Jeff Pierce is a class D1 licensed Roofing Contractor in Colorado.').headquarters).toBe(undefined);
  });
});

describe('the founding year, where the sentence names the company', () => {
  it('reads a founding verb before the company’s name with a year in the same sentence', () => {
    const text = 'Upon graduating from Texas A&M in 1993, he started Stearns Design Build, the first green building company.';
    expect(proseFacts(text, 'Stearns Design-Build').founded).toBe(1993);
    expect(
      proseFacts('He decided in 2002 to satisfy his love of building by creating Upward Construction & Renovation.', 'Upward Construction')
        .founded,
    ).toBe(2002);
  });

  it('reads "since" in a sentence the company’s name opens, and a timeline’s founding line under its year', () => {
    expect(
      proseFacts(
        'Leeward Productions (formerly Cartags.net) has been selling custom plates since 1989. For many years',
        'Leeward Productions',
      ).founded,
    ).toBe(1989);
    expect(proseFacts('Our story\n\n2017\n\nRemat Technologies founded with a mission to build\n\n2019\n\nOffice opened').founded).toBe(
      2017,
    );
  });

  it('reads no year from a person’s start or a sentence naming another company', () => {
    expect(proseFacts('Ryan started with the company in 2011.', 'Acme').founded).toBe(undefined);
    expect(proseFacts('In 2011 Jo started Zeta Labs, a supplier of ours.', 'Acme Works').founded).toBe(undefined);
    expect(proseFacts('Jo has been with Acme since 2015.', 'Acme').founded).toBe(undefined);
  });
});

describe('the company’s name in a title', () => {
  const name = (title: string, url: string, body = '<p>Text.</p>') => {
    const doc = docFrom(`<html><head><title>${title}</title></head><body>${body}</body></html>`, url);
    return companyName(doc, new URL(url), readMetadata(doc, new URL(url)));
  };

  it('drops a "Qui sommes-nous ?" or "Who we are" page name before the company’s', () => {
    expect(name('Qui sommes nous ? Esthetic Planet, opérateur du tourisme médical', 'https://www.esthetic-planet.example/qui.html')).toBe(
      'Esthetic Planet',
    );
    expect(name('Who we are Acme Robotics', 'https://acmerobotics.example/who')).toBe('Acme Robotics');
  });

  it('prefers the name whose words spell the whole domain over a part of it', () => {
    expect(
      name(
        'About — Remat Technologies',
        'https://remattech.netlify.app/about.html',
        '<footer><p>© 2026 Remat. All rights reserved.</p></footer>',
      ),
    ).toBe('Remat Technologies');
  });
});

describe('what an About page says the company does', () => {
  const describe_ = (body: string, name: string, url: string, meta?: string) =>
    companyDescription(docFrom(`<html><body><main>${body}</main></body></html>`, url), {
      name,
      host: new URL(url).hostname,
      role: 'about',
      meta,
      productPage: false,
    });

  it('takes no sentence about where the company sits or whose it is for what it does', () => {
    expect(
      describe_(
        '<h1>About</h1><p>FinCar is based in Chatswood on Sydney’s North Shore and is able to provide finance to any resident within Australia.</p><p>At FinCar, we are specialists. We specialise in car finance, equipment finance and related insurance matters.</p>',
        'FinCar',
        'http://www.fincar.example/about',
      ),
    ).toMatch(/^At FinCar, we are specialists/);
    expect(
      describe_(
        '<h1>Über uns</h1><p>Wenn es um die Beschattung von Fenstern geht, führt kein Weg an Sunreflex vorbei. Unsere Produktpalette reicht von Folien bis zu Rollos.</p><p>Sunreflex ist in Brüttisellen bei Zürich ansässig und gehört zur Frontwork AG, dem Spezialisten für visuelle Kommunikation.</p>',
        'Sunreflex',
        'https://sunreflex.example/ueber-uns',
      ),
    ).toMatch(/^Wenn es um die Beschattung/);
  });

  it('skips a biography whose subject is a first name, and reads nothing after two of them', () => {
    const bio1 =
      '<p>Timo verbindet fundiertes wirtschaftswissenschaftliches Know-how mit einem Verständnis für digitale Transformation. Mit über 10 Jahren Erfahrung bringt er strategisches Denken in jedes Projekt.</p>';
    const bio2 =
      '<p>Sinan Sen ist der technologische Rückgrat von Amplifyr. Mit über 10 Jahren Erfahrung im System Engineering verantwortet er Architektur und Infrastruktur.</p>';
    const cta =
      '<p>Nennen Sie uns Ihr Thema. In einem persönlichen Erstgespräch klären wir gemeinsam, wie wir Ihre Weiterentwicklung voranbringen.</p>';
    expect(describe_(`<h1>Über uns</h1>${bio1}${bio2}${cta}`, 'Amplifyr', 'https://www.amplifyr.example/ueber-uns')).toBe(undefined);
    expect(
      describe_(
        '<h1>About</h1><p>Ray served as the President of the Land Institute during 2012. Ray is a graduate of Illinois State University and serves on its board.</p><p>Land Pro manages farmland for owners across Illinois, from leasing to sales, with a team of four managers.</p>',
        'Land Pro, LLC',
        'http://www.landpro.example/about.htm',
      ),
    ).toMatch(/^Land Pro manages farmland/);
  });

  it('keeps a paragraph the company’s own name opens, twice', () => {
    expect(
      describe_(
        '<h1>About</h1><p>Acme builds warehouse robots for mid-sized retailers. Acme ships them with a service plan and spare parts for ten years.</p>',
        'Acme Robotics',
        'https://acme.example/about',
      ),
    ).toMatch(/^Acme builds warehouse robots/);
  });
});

describe('founders a sentence names', () => {
  it('reads the people who open a sentence and founded the company named after the verb', () => {
    expect(
      prosePeople(
        'Our story. Sylvanus Nkemakolam and Ayomi Dare-Isaac founded Remat Technologies with the recognition of a need.',
        'Remat Technologies',
      ),
    ).toEqual([
      { name: 'Sylvanus Nkemakolam', title: 'Founder' },
      { name: 'Ayomi Dare-Isaac', title: 'Founder' },
    ]);
    expect(prosePeople('Jane Roe gründete die Acme GmbH im Jahr 2008.', 'Acme GmbH')).toEqual([{ name: 'Jane Roe', title: 'Founder' }]);
  });

  it('reads no founder of another company', () => {
    expect(prosePeople('Jane Roe founded Zeta Labs in 2001, one of our first customers.', 'Acme Robotics')).toEqual([]);
  });
});

describe('a summary is short', () => {
  it('keeps one long sentence alone, and two short ones together', () => {
    const long =
      'V1 Project Accounting, formerly ProjectMinder, is the ideal web-based project accounting solution for architects, engineers, surveyors, IT consultants, management consultants, marketing agencies, and other time-based project centric organisations.';
    const more =
      'Quick and easy to deploy, V1 Project Accounting is a comprehensive ‘out of the box’ system which is scalable and easy to use, removing the need for multiple spreadsheets and systems.';
    expect(summaryOf(`${long} ${more}`)).toBe(long);
    expect(summaryOf('Acme builds warehouse robots. They carry shelves to pickers. Acme was founded in 2001.')).toBe(
      'Acme builds warehouse robots. They carry shelves to pickers.',
    );
  });
});

describe('an Indian head office, and a box number under a street', () => {
  it('reads a PIN code after the town under a head-office label, leaving the box number out', () => {
    expect(
      address(
        '<div><p>Registered Office &amp; Head Office:</p><p>Larsen &amp; Toubro Limited</p><p>L&amp;T House, Ballard Estate</p><p>P. O. Box: 278,</p><p>Mumbai 400 001, India</p><p>Toll Free (India): 1800 2094545</p></div><div><p>Bukit Raja Industrial Area,</p><p>Section 7, 40802 Shah Alam</p></div>',
      ),
    ).toMatchObject({ address: 'L&T House, Ballard Estate, Mumbai 400 001', place: 'Mumbai' });
  });

  it('reads no PIN line without a head-office label, and keeps a box number that is the only street', () => {
    expect(address('<div><h3>Our Locations</h3><p>14/2 3rd Floor, Gemini Complex, Kodambakkam High Road, Chennai-600 024</p></div>')).toBe(
      undefined,
    );
    expect(address('<footer><p>PO Box 306</p><p>Newcastle upon Tyne NE6 5ZH</p></footer>')?.address).toBe(
      'PO Box 306, Newcastle upon Tyne NE6 5ZH',
    );
  });
});

describe('Spanish page roles', () => {
  it('reads "quienes-somos", "equipo", "contacto" in the address', () => {
    expect(pageRole(new URL('https://acqua.example/quienes-somos.html'))).toBe('about');
    expect(pageRole(new URL('https://acqua.example/nuestro-equipo/'))).toBe('team');
    expect(pageRole(new URL('https://acqua.example/contacto.html'))).toBe('contact');
  });
});

describe('a facts table’s founding year', () => {
  it('reads the four digits of the cell, whatever the date around them', () => {
    const facts = (cell: string) => labelledFacts(docFrom(`<table><tr><th>Founded</th><td>${cell}</td></tr></table>`)).founded;
    expect(facts('1949')).toBe(1949);
    expect(facts('March 2005')).toBe(2005);
    expect(facts('05.03.2005 in Köln')).toBe(2005);
    expect(facts('long ago')).toBe(undefined);
  });
});

describe('staff biographies that open with the person and their role', () => {
  it('reads the role before or after the name, without the letters after it, where the page holds two at least', () => {
    const text = [
      'Clinical Director, Lovely C. Laban GNP-C, MSN received her Masters of Nursing degree at the University of California, Los Angeles.',
      'Clinical Supervisor, Marissa Abdo, MS, RN, is a Master’s-level Registered Nurse who received her Bachelor of Science in Nursing.',
      'Dr. Behrooz A. Torkian is a Facial Plastic and Reconstructive Surgeon dual board certified by the American Board of Facial Plastic Surgery.',
      'Dan Goldie is the President and Founder of Dan Goldie Financial Services. He is a fee-only, independent financial advisor.',
    ].join('\n');
    expect(biographyPeople(text)).toEqual([
      { name: 'Lovely C. Laban', title: 'Clinical Director' },
      { name: 'Marissa Abdo', title: 'Clinical Supervisor' },
      { name: 'Behrooz A. Torkian', title: 'Facial Plastic and Reconstructive Surgeon' },
      { name: 'Dan Goldie', title: 'President and Founder' },
    ]);
  });

  it('reads nobody from a single biography, a company sentence or a place before a name', () => {
    expect(biographyPeople('Dan Goldie is the President and Founder of Dan Goldie Financial Services, a fee-only advisory firm.')).toEqual(
      [],
    );
    expect(
      biographyPeople(
        [
          'Acme Robotics is a Leading Provider of warehouse robots for retailers across Europe and North America since 2001.',
          'In Los Angeles, Jane Roe received an award for the best coffee in town, which she still talks about with friends.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
