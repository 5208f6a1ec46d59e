import { describe, expect, it } from 'vitest';
import { findPostalAddress } from '../lib/extract/postal-address';

// Contact blocks as old small-business sites set them (field-22 tune: a law firm's contact page, a
// London property consultant's footer), with invented names and streets.
describe('street lines a contact block sets apart from the street', () => {
  it('reads a suite written on the town line as a street line ("Suite 500 Denver, CO 80210")', () => {
    expect(findPostalAddress(['Our Location', '1200 West Alder Ave,', 'Suite 500 Denver, CO 80210', 'View Larger Map'])).toEqual({
      address: '1200 West Alder Ave, Suite 500, Denver, CO 80210',
      place: 'Denver, CO',
    });
  });

  it('reads a district line between the street and the town ("Mayfair")', () => {
    expect(findPostalAddress(['Northgate Property Ltd.', '4 Dover Mews', 'Mayfair', 'London W1J 7BU', 'T +44 20 1234 5678'])).toEqual({
      address: '4 Dover Mews, Mayfair, London W1J 7BU',
      place: 'London',
      addressee: 'Northgate Property Ltd.',
    });
  });

  it('takes no lone town line above a postcode for a street: a district needs a numbered street above it', () => {
    expect(findPostalAddress(['Our offices', 'Mayfair', 'London W1J 7BU'])).toBeUndefined();
  });

  // An Australian footer (fld22-kayebarr) runs the street into the town; a JSON-LD text address
  // (fresh22-ghostwares) puts a building before it. Invented streets.
  it('reads an Australian town, state and postcode, the street run into the town', () => {
    expect(findPostalAddress(['Jo Pike Counselling', '27 Hollis Street West Leederville WA 6007', '(08) 9000 1234'])).toEqual({
      address: '27 Hollis Street, West Leederville WA 6007',
      place: 'West Leederville, WA',
    });
    expect(findPostalAddress(['Studio 4, Old Mill Building, 12 Kent St Fitzroy VIC 3065 Australia'])).toEqual({
      address: 'Studio 4, Old Mill Building, 12 Kent St, Fitzroy VIC 3065',
      place: 'Fitzroy, VIC',
    });
  });

  it('reads a Canadian postal code after the town when the province goes unsaid', () => {
    expect(findPostalAddress(['1200, rue Saint-Denis, Montréal, H2X 3J6'])).toEqual({
      address: '1200, rue Saint-Denis, Montréal, H2X 3J6',
      place: 'Montréal',
    });
    // The province, when written, is still the province (not a town).
    expect(findPostalAddress(['410 Harbour Drive', 'Burlington, Ontario L7L 6C7'])?.place).toBe('Burlington, Ontario');
  });
});
