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
});
