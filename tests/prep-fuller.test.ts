import { describe, expect, it } from 'vitest';
import { namedOfferings } from '../lib/prep/bank/offerings';
import { buildPrepSheet } from '../lib/prep/sheet';
import { company, fact, person, self } from './helpers/prep-records';

const NOW = Date.UTC(2022, 9, 18);

describe('fuller sheets from what the dossier has', () => {
  it('names the services a company lists, said as a person would, and refuses lines of business and sentences', () => {
    expect(namedOfferings('Residential Inspection, Mold Inspection, Radon Inspection')).toEqual([
      'residential inspection',
      'mold inspection',
      'radon inspection',
    ]);
    expect(namedOfferings('SIG, Topographie, Détection de réseau')).toEqual(['SIG', 'Topographie', 'Détection de réseau']);
    // German nouns keep their capitals.
    expect(namedOfferings('Entrümpelung, Haushaltsauflösung, UV-Schutzfolien')).toEqual([
      'Entrümpelung',
      'Haushaltsauflösung',
      'UV-Schutzfolien',
    ]);
    expect(namedOfferings('IT Solutions, Managed Services')).toBeUndefined();
    // A German menu keeps its capitals even where a line is two words; a line that is a sentence spoils the list.
    expect(namedOfferings('Sonnenschutzfolien, Textile Systeme, Vogelschutz')).toEqual([
      'Sonnenschutzfolien',
      'Textile Systeme',
      'Vogelschutz',
    ]);
    expect(namedOfferings('Servers, Networking, Storage, we buy equipment')).toBeUndefined();
    expect(namedOfferings('Gebäudereinigung, Industriereinigung, Alles aus einer Hand')).toBeUndefined();
    expect(namedOfferings('Nitro')).toBeUndefined();
    expect(namedOfferings('We build homes. We fix roofs, Decks')).toBeUndefined();
  });

  it('asks which of them takes the work, never what they are, of someone the dossier names', () => {
    const howies = company('Howie’s Home Inspections', {
      products: fact(['Residential Inspection', 'Mold Inspection', 'Radon Inspection']),
    });
    const howie = person('Howie Smith', { currentTitle: 'Owner' });
    const sheet = buildPrepSheet({ person: howie, company: howies, clips: [], self: self({ targetRole: 'Home inspector' }), now: NOW });
    const q = sheet.questions.find((x) => x.id === 'company.offerings');
    expect(q?.text).toBe(
      'I saw that Howie’s Home Inspections offers residential inspection, mold inspection and radon inspection. Which of them takes most of the work, and which is growing?',
    );
    expect(q?.basis).toEqual(['fact:products:c-fact']);
  });

  it('with nobody named, opens on the list instead, and asks it once', () => {
    const howies = company('Howie’s Home Inspections', {
      products: fact(['Residential Inspection', 'Mold Inspection', 'Radon Inspection']),
    });
    const sheet = buildPrepSheet({ company: howies, clips: [], self: self({ targetRole: 'Home inspector' }), now: NOW });
    expect(sheet.questions[0]?.text).toBe(
      'Howie’s Home Inspections’ site lists residential inspection, mold inspection and radon inspection. Which of those is closest to your own work, and what does your part of it involve?',
    );
    expect(sheet.questions.filter((x) => /radon/.test(x.text))).toHaveLength(1);
  });

  it('of a long catalogue, asks the lines nearest the user’s work, by a shared word or the user’s acronym (blind-13 centric)', () => {
    const menu = [
      'AI Strategy',
      'Data Governance',
      'Salesforce Consulting Services',
      'NetSuite Consulting Services',
      'Cybersecurity Consulting Services',
      'Governance Risk & Compliance',
      'Penetration Testing Services',
      'Agile Transformation Consulting',
      'IT Strategy',
    ];
    const centric = company('Centric Consulting', { products: fact(menu) });
    const shane = person('Shane O’Donnell', { currentTitle: 'Vice President of Cybersecurity' });
    const input = {
      person: shane,
      company: centric,
      clips: [],
      self: self({ targetRole: 'Security GRC consultant', field: 'Information security' }),
      now: NOW,
    };
    const sheet = buildPrepSheet(input);
    const q = sheet.questions.find((x) => x.id === 'company.offerings-near');
    expect(q?.text).toBe(
      "Of all that Centric Consulting offers, I'm most drawn to Cybersecurity Consulting Services and Governance Risk & Compliance. How does that work run from your side, and which of them is growing?",
    );
    expect(q?.basis).toEqual(['fact:products:c-fact']);
    // "Consulting" is every line of a consultancy's menu: no line is near by it alone, and a user whose work no line names gets none.
    const far = buildPrepSheet({ ...input, self: self({ targetRole: 'Consulting manager', field: 'Teaching' }) });
    expect(far.questions.map((x) => x.id)).not.toContain('company.offerings-near');
    // A short list is asked whole (company.offerings), never as "most drawn to".
    const short = buildPrepSheet({ ...input, company: company('Centric Consulting', { products: fact(menu.slice(4, 7)) }) });
    expect(short.questions.map((x) => x.id)).not.toContain('company.offerings-near');
  });
});
