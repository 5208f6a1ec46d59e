import { describe, expect, it } from 'vitest';
import { announcedOfferings } from '../lib/extract/offer-list';

describe('offerings a line announces, one a line under it', () => {
  it('reads the list under "We specialize in the following services:" up to the sentence after it', () => {
    expect(
      announcedOfferings([
        'Specialty Services',
        'We specialize in the following services:',
        'Tropicals',
        'European/dish gardens',
        'Funeral designs',
        'We also sell Coal Stoves, Boilers and Furnaces as well as all sizes of coal.',
        'Areas Served',
      ]),
    ).toEqual(['Tropicals', 'European/dish gardens', 'Funeral designs']);
  });

  it('reads "<Company> offers:" and ends at the item closed by a full stop, without it', () => {
    expect(
      announcedOfferings([
        'From a technical perspective, Imprint has what it takes. Imprint offers:',
        'Pre-sales technical engineers',
        'Deployment and installation services',
        'Depot and on-site service contracts.',
        'Were Located Where You Are',
      ]),
    ).toEqual(['Pre-sales technical engineers', 'Deployment and installation services', 'Depot and on-site service contracts']);
  });

  it('reads "More services:" up to the call to act, once when the menu repeats, in German too', () => {
    const menu = ['More services:', 'AI development', 'GPT Integration', 'PWA development', 'More about Services', 'Blog'];
    expect(announcedOfferings([...menu, ...menu])).toEqual(['AI development', 'GPT Integration', 'PWA development']);
    expect(announcedOfferings(['Unsere Leistungen umfassen:', 'Dachsanierung', 'Flachdach', 'Dachfenster'])).toEqual([
      'Dachsanierung',
      'Flachdach',
      'Dachfenster',
    ]);
  });

  it('reads nothing under a line that announces what the customer gets, nor fewer than three items', () => {
    expect(announcedOfferings(['Benefits include:', 'A discount on repairs', 'Priority service', 'Free checks'])).toEqual([]);
    expect(announcedOfferings(['Our services can help businesses:', 'Identify siloed data', 'Cut costs', 'Grow'])).toEqual([]);
    expect(announcedOfferings(['We offer:', 'Repairs', 'Installs', 'Thank you for visiting our website today, friends.'])).toEqual([]);
  });
});

describe('offerings under an "Other services" heading', () => {
  it("reads the services one a line under the heading, skipping picture placeholders, up to the site's pages or an offer", () => {
    // The shapes of fresh18-alonso (ending at a "Services" menu) and fresh19-aspest ("Image" over each name, then "10% OFF").
    expect(announcedOfferings(['Other services', 'Patio Landscaping', 'Snow Removal', 'Topsoil', 'Services', 'Professional help'])).toEqual(
      ['Patio Landscaping', 'Snow Removal', 'Topsoil'],
    );
    expect(
      announcedOfferings([
        'Additional Services',
        'Image',
        'Spider Control',
        'Image',
        'Ant Control',
        'Image',
        'Pest Prevention',
        '10% OFF',
        'FOR NEW CUSTOMERS',
      ]),
    ).toEqual(['Spider Control', 'Ant Control', 'Pest Prevention']);
  });

  it('reads "Call us for the following services:", and no list under "Our services" without a colon', () => {
    expect(
      announcedOfferings([
        'Call us for the following services:',
        'Furnace repair',
        'Heat pumps',
        'Duct sealing',
        'To learn more about any of our trusted services, call us today.',
      ]),
    ).toEqual(['Furnace repair', 'Heat pumps', 'Duct sealing']);
    expect(announcedOfferings(['Our services', 'Home', 'About', 'Blog'])).toEqual([]);
    expect(announcedOfferings(['Other services', 'Home', 'About Us', 'Contact'])).toEqual([]);
  });
});
