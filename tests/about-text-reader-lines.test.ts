import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { companyDescription, describesCompany, tellsReader } from '../lib/extract/about-text';

// Meta descriptions written here in the manner of small firms' search-engine lines: on a service
// page, one that tells the reader what to do is an advertisement for the page, not what the
// company does; a home page may still sum the company up so.
const page = (text: string) => new JSDOM(`<html><body><main><h1>Packaging design</h1><p>${text}</p></main></body></html>`).window.document;

describe('a meta line that tells the reader what to do', () => {
  it('is read as an advertisement', () => {
    expect(tellsReader('Get custom cosmetic packaging design for your brand that blends style, strategy and shelf appeal.')).toBe(true);
    expect(tellsReader('Hire the #1 ranked SEO consultant to help you grow organic traffic, leads and sales.')).toBe(true);
    expect(tellsReader('Entdecken Sie unsere Heizjacken und Westen für Baustelle und Freizeit im Online-Shop.')).toBe(true);
    // A brand that opens with such a word still defines itself.
    expect(tellsReader('Discover Financial Services is a digital bank and payment services company based in Illinois.')).toBe(false);
    expect(tellsReader('Volta Training runs evening courses for electricians in Virginia, Maryland and Washington.')).toBe(false);
  });

  it('is no description of the company on a service page, but is on the home page', () => {
    const meta = 'Get custom cosmetic packaging design for your brand that blends style, strategy and shelf appeal.';
    const doc = page('Short text about boxes.');
    const opts = { name: 'Doodle Studio', host: 'doodle.example', meta, productPage: false };
    expect(companyDescription(doc, { ...opts, role: 'other' })).toBeUndefined();
    expect(companyDescription(doc, { ...opts, role: 'home' })).toBe(meta);
    // Naming the company, the line speaks for it.
    const named = 'Get custom packaging from Doodle Studio, a design studio for cosmetics brands in Leeds.';
    expect(companyDescription(doc, { ...opts, meta: named, role: 'other' })).toBe(named);
  });

  it('a line that ends in a trunk-prefixed telephone number is a listing, not a description', () => {
    expect(describesCompany('Bailey Bridge: interim management, projectmanagement, training en advies: 085-8770601')).toBe(false);
  });
});
