import { describe, expect, it } from 'vitest';
import type { PageExtraction } from '../lib/schema/page-extraction';
import { withPostalAddress } from '../lib/extract/page-postal';

const page = (company: NonNullable<PageExtraction['company']>, sources: PageExtraction['sources'] = {}): PageExtraction => ({
  kind: 'company-page',
  url: 'http://www.leojoossetweewielers.nl/contact',
  title: 'Contact',
  extractor: 'company-site',
  company,
  sources: { 'company.name': 'meta', ...sources },
});

describe('the street address read in the background from the page lines', () => {
  const lines = ['Contact', 'Bike Totaal Leo Joosse', 'Dorpsplein 14', '4363 AC Aagtekerke', 'Tel: 0118 581 229'];

  it('fills the address and its place the page structured data left empty', () => {
    const x = withPostalAddress(page({ name: 'Bike Totaal Leo Joosse' }), lines);
    expect(x.company?.address).toBe('Dorpsplein 14, 4363 AC Aagtekerke');
    expect(x.company?.headquarters).toBe('Aagtekerke');
    expect(x.sources['company.address']).toBe('dom');
  });

  it('outranks a facts table place but never the structured data', () => {
    const table = withPostalAddress(
      page({ name: 'Bike Totaal Leo Joosse', headquarters: 'Zeeland' }, { 'company.headquarters': 'dom' }),
      lines,
    );
    expect(table.company?.headquarters).toBe('Aagtekerke');
    const ld = withPostalAddress(
      page({ name: 'Bike Totaal Leo Joosse', headquarters: 'Middelburg' }, { 'company.headquarters': 'json-ld' }),
      lines,
    );
    expect(ld.company?.headquarters).toBe('Middelburg');
  });

  it('names the company as the address block writes it when a title adds the town to it', () => {
    const x = withPostalAddress(page({ name: 'Bike Totaal Leo Joosse, Aagtekerke' }), lines);
    expect(x.company?.name).toBe('Bike Totaal Leo Joosse');
  });

  it('keeps a name that fits the domain better than the addressee, or that the block agrees with', () => {
    const other = ['Contact', 'Fietsenwinkel Zeeland', 'Dorpsplein 14', '4363 AC Aagtekerke'];
    expect(withPostalAddress(page({ name: 'Leo Joosse Tweewielers' }), other).company?.name).toBe('Leo Joosse Tweewielers');
    expect(withPostalAddress(page({ name: 'Bike Totaal Leo Joosse' }), lines).company?.name).toBe('Bike Totaal Leo Joosse');
  });

  // schema.org's address as plain text (microdata on fresh26-pharmaciensremplacants, JSON-LD on
  // fresh22-ghostwares): the structured reading took the street line for the place.
  it('reads a structured address written as one text as the address, its town as the headquarters', () => {
    const x = withPostalAddress(
      page(
        { name: 'Remplaçants Santé', headquarters: '1200, rue Saint-Denis, Montréal, H2X 3J6.' },
        { 'company.headquarters': 'microdata' },
      ),
      ['Notre équipe'],
    );
    expect(x.company?.headquarters).toBe('Montréal');
    expect(x.company?.address).toBe('1200, rue Saint-Denis, Montréal, H2X 3J6');
    // A place with no street stays as given.
    const place = withPostalAddress(page({ name: 'Acme', headquarters: 'Montréal, QC' }, { 'company.headquarters': 'json-ld' }), [
      'Contact',
    ]);
    expect(place.company?.headquarters).toBe('Montréal, QC');
  });
});
