import { describe, expect, it } from 'vitest';
import { companyStatements } from '../lib/prep/statements';
import type { Clip, Company } from '../lib/schema/dossier';
import { clips, company } from './helpers/prep-records';

// Own pages written for this test in the shape of blind-16 penninx-thin (a Dutch shop's contact page
// listing "2 september: 20 jaar Penninx Schoenen" under its activities) and of English and German sites.
const NOW = Date.UTC(2026, 5, 1);
const clip = clips({ idPrefix: 'own', publishedAt: '2026-05-01', siteName: 'Own site' });
const page = (co: Company, lang: string, text: string): Clip => {
  const c = clip('company-page', `Contact | ${co.name}`, text, { companyId: co.id });
  return { ...c, extraction: { ...c.extraction, lang } };
};
const anniversaryOf = (co: Company, c: Clip) => companyStatements([c], co, { meetingAt: NOW }).find((s) => s.kind === 'anniversary');

describe('an anniversary the company announces on its own page', () => {
  it('quotes a page in another language, with the day the line gives', () => {
    const co = company('Van Dam Schoenen');
    const st = anniversaryOf(
      co,
      page(co, 'nl', 'Openingstijden\nmaandag 13:00 - 18:00\nActiviteiten\n2 september: 20 jaar Van Dam Schoenen...\nParkeren'),
    );
    expect(st).toMatchObject({ phrase: 'marks “20 jaar Van Dam Schoenen” on 2 September', names: ['20'] });
  });

  it('says it in English on an English page; the stock "for more than 65 years" / "seit 30 Jahren" is no anniversary', () => {
    const co = company('Northwind Roofing');
    expect(
      anniversaryOf(co, page(co, 'en', 'This year Northwind Roofing is celebrating its 25th anniversary with our customers.'))?.phrase,
    ).toBe('turns 25');
    // How long it has been in business is known, never a question (blind-16 comfortflow).
    expect(
      anniversaryOf(co, page(co, 'en', 'We have been working with families throughout the valley for more than 65 years.')),
    ).toBeUndefined();
    const de = company('Müller Dach');
    expect(anniversaryOf(de, page(de, 'de', 'Seit 30 Jahren sind wir Ihr Partner für Dächer in Köln.'))).toBeUndefined();
    // A warranty's small count is no anniversary.
    expect(anniversaryOf(co, page(co, 'en', 'Every roof comes with 3 years of Northwind Roofing warranty.'))).toBeUndefined();
  });
});
