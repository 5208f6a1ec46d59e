import { describe, expect, it } from 'vitest';
import { offeredList } from '../lib/extract/offer-sentence';

describe('offerings a company lists in a sentence of its own', () => {
  it('reads a German FAQ answer: "Wir bieten X, Y sowie Z an"', () => {
    expect(
      offeredList([
        'Welche Leistungen bieten Sie an?',
        'Wir bieten Räumung, Kellerentrümpelung, Sperrmüllabholung sowie Umzug & Transport an. Gibt es eine Besichtigung?',
      ]),
    ).toEqual(['Räumung', 'Kellerentrümpelung', 'Sperrmüllabholung', 'Umzug & Transport']);
  });

  it('reads an English and a French list after a sentence', () => {
    expect(offeredList(['Family owned since 1998. We offer Roof Inspection, Gutter Cleaning and Chimney Repair.'])).toEqual([
      'Roof Inspection',
      'Gutter Cleaning',
      'Chimney Repair',
    ]);
    expect(offeredList(['Nous proposons Soins dentaires, Greffe de cheveux et Chirurgie esthétique.'])).toEqual([
      'Soins dentaires',
      'Greffe de cheveux',
      'Chirurgie esthétique',
    ]);
  });

  it('reads nothing from a benefit, a feature list or a list of two', () => {
    expect(offeredList(['We offer a friendly, flexible, fun work environment.'])).toEqual([]);
    expect(offeredList(['We offer SSO, SCIM as well as custom data retention policies and privacy settings.'])).toEqual([]);
    expect(offeredList(['We offer Free Estimates and Financing.'])).toEqual([]);
    expect(offeredList(['We provide paid Compute and Enterprise solutions to companies.'])).toEqual([]);
  });
});
