import { describe, expect, it } from 'vitest';
import type { PageExtraction } from '../lib/schema/page-extraction';
import { withPostalAddress } from '../lib/extract/page-postal';
import { findPostalAddress } from '../lib/extract/postal-address';
import { proseFacts } from '../lib/extract/prose';

// Issue 10: the company's own seat, read from the address block a page shows once or from a
// sentence that states it — never a client's town, a parent group's, a person's or a job's.
// Every page and sentence here is invented.

const place = (lines: string[]) => findPostalAddress(lines)?.place;

describe('the town of an address block', () => {
  it('reads a suite written on a Canadian town line', () => {
    expect(place(['Visit us', '12 Maple Pkwy', 'Suite 4 Concord, ON L4K 1A1', '905-555-0100'])).toBe('Concord, ON');
  });

  it('reads a footer line that spells the state out, or ends the street with its abbreviation', () => {
    expect(place(['Acme Presses, Inc. 12 Foundry Drive, Dublin, Ohio 43016, (614)555-0100 Copyright 2009 Acme'])).toBe('Dublin, Ohio');
    expect(place(['© 2025 Acme Apps, LLC 12 Pine St. Brooklyn, NY 11201'])).toBe('Brooklyn, NY');
  });

  it('takes no telephone tariff for a postcode and a town', () => {
    expect(place(['0800 Freephone', '0844 Special Rate', 'Acme Telecom Ltd.', 'Unit House', '12 Mill Lane', 'Leeds, LS1 1AA'])).toBe(
      'Leeds',
    );
    expect(place(['0845 Business Rate', '0871 Fixed Rate'])).toBeUndefined();
  });

  it('skips a country on its own line between the town and the postcode', () => {
    expect(place(['Acme Moto Ltd,', 'Unit 3, Acme Business Centre', 'Eastern Industrial Estate,', 'Newport,', 'Wales', 'NP20 1AA'])).toBe(
      'Newport',
    );
    expect(place(['Unit 2, 9 King Avenue', 'Hillside', 'Glasgow', 'United Kingdom', 'G1 1AA'])).toBe('Glasgow');
  });

  it('joins a state and its ZIP code set on lines of their own', () => {
    expect(findPostalAddress(['Main Office', '123 Elm Rd', 'Riverview', 'MI', '48100', '734-555-0100'])).toMatchObject({
      address: '123 Elm Rd, Riverview, MI 48100',
      place: 'Riverview, MI',
    });
  });

  it('reads a town written against its state', () => {
    expect(place(['77 Oak Ave', 'Cleburne,TX 76031'])).toBe('Cleburne, TX');
  });

  it('finds no town in an award line, a numbered highway or a job list', () => {
    expect(
      place(['2019 Top 50 lawyer in the', 'State of New Jersey', 'Shore Office', 'Harbor Building', '100 Highway 9', 'Belmar, NJ 07719']),
    ).toBe('Belmar, NJ');
    expect(place(['Backend Developers - 2 positions', 'Fairfax, VA', 'QA Lead', 'Fairfax, VA'])).toBeUndefined();
  });

  it('keeps the town before a metro area or a county', () => {
    expect(place(['100 Lake Drive Suite 3, Plano, Dallas area, TX 75070'])).toBe('Plano, TX');
    expect(place(['Route 9 & 12, Store #4, Peddler, Bucks County, PA 18900'])).toBe('Peddler, Bucks County, PA');
  });

  it('reads the town on the street line when the country stands before the postcode', () => {
    expect(place(['Acme House, 12 Honey Lane, Edgware, Middlesex', 'United Kingdom, HA8 1AA'])).toBe('Edgware, Middlesex');
  });

  it('reads an uppercase suite, a country run into the telephone, and opening hours between the lines', () => {
    expect(place(['55 Madison Ave STE 100 New York, NY 10016, United States'])).toBe('New York, NY');
    expect(findPostalAddress(['Hub9, 12 North Water Avenue, Milwaukee, WI, 53203, United States4145550100hello@hub9.example'])).toEqual({
      address: '12 North Water Avenue, Milwaukee, WI, 53203',
      place: 'Milwaukee, WI',
    });
    expect(place(['Openingstijden:', 'Dorpsweg 9', 'Di - Vr: 09:30 tot 17:30 uur', '5595 AB Leende', 'Za: 09:30 tot 17:00 uur'])).toBe(
      'Leende',
    );
  });
});

describe('a structured place that names only the region', () => {
  it('takes the town, and the street its town, from the block', () => {
    const x: PageExtraction = {
      kind: 'company-page',
      url: 'https://movers.example/',
      title: 'Movers',
      extractor: 'company-site',
      company: { name: 'Acme Movers', headquarters: 'NJ', address: '12 Division Street' },
      sources: { 'company.headquarters': 'json-ld', 'company.address': 'json-ld' },
    };
    const out = withPostalAddress(x, ['Headquarters', '12 Division Street', 'Linden, NJ 07036', '(800) 555-0100']);
    expect(out.company?.headquarters).toBe('Linden, NJ');
    expect(out.company?.address).toBe('12 Division Street, Linden, NJ 07036');
  });
});

describe('the seat a sentence states', () => {
  const hq = (text: string, name?: string) => proseFacts(text, name).headquarters;

  it('reads a line naming the head office town over a subsidiary sentence', () => {
    expect(hq('Sales Offices\nDenver – National Headquarters\nBoise\nAcme Asia, LLC, is based in Singapore and runs the region.')).toBe(
      'Denver',
    );
  });

  it("never takes the reader's, a parent group's or a person's base", () => {
    expect(hq('Whether your new business will be based in Queens or Yonkers, we help.')).toBeUndefined();
    expect(
      hq('Acme Direct is a shop of Acme UK Ltd, a member of the Theo Group which has its headquarters in Ense, Germany.'),
    ).toBeUndefined();
    expect(hq('Lena Ortiz\nBased in Austin, TX, Lena leads our analytics practice.', 'Acme Advisory')).toBeUndefined();
    expect(hq('Based in Austin, TX, Acme builds dashboards.', 'Acme Advisory')).toBe('Austin, TX');
    expect(hq('Based in Austin, TX, Acme builds dashboards.')).toBe('Austin, TX');
  });

  it('reads a metro area, a German firm’s home town and a town-based team', () => {
    expect(hq('Acme Plumbing is a top-rated plumbing contractor in Ottawa Area.')).toBe('Ottawa');
    expect(hq('Die Muster GmbH ist ein familiengeführter Meisterbetrieb in der zweiten Generation aus Gütersloh.')).toBe('Gütersloh');
    expect(hq('Ann Lee and Bo Chan are a Tulsa - based design team.')).toBe('Tulsa');
  });
});
