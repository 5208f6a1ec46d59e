import { describe, expect, it } from 'vitest';
import { buildPrepSheet } from '../lib/prep/sheet';
import { clips, company, fact } from './helpers/prep-records';

const clip = clips({ idPrefix: 'g', publishedAt: '2025-03-01', siteName: 'Industriemagazin' });
const NOW = Date.UTC(2025, 3, 1);

describe("the sheet's company at a glance", () => {
  it('names ten offerings of a long services menu and counts the rest', () => {
    const services = Array.from({ length: 41 }, (_, i) => `Service ${i + 1}`);
    const firm = company('Warren Averett', { products: fact(services) });
    const sheet = buildPrepSheet({ company: firm, clips: [], now: NOW });
    const products = sheet.company!.facts.find((f) => f.key === 'products')!;
    expect(products.value).toBe(`${services.slice(0, 10).join(', ')}, and 31 more`);
  });

  it('keeps a short list whole', () => {
    const firm = company('Happy Coffee', { products: fact(['Sidamo', 'Probierset', 'Kaffee Abo']) });
    const sheet = buildPrepSheet({ company: firm, clips: [], now: NOW });
    expect(sheet.company!.facts.find((f) => f.key === 'products')!.value).toBe('Sidamo, Probierset, Kaffee Abo');
  });

  it('says a clipped story shouted in capitals calmly', () => {
    const rwe = company('RWE');
    const story = clip('article', 'RWE BAUT BATTERIESPEICHER', 'RWE meldet einen Auftragsstand von 7 Milliarden Dollar.');
    const sheet = buildPrepSheet({ company: rwe, clips: [{ ...story, companyId: rwe.id }], now: NOW });
    expect(sheet.company!.news.map((n) => n.title)).toEqual(['RWE Baut Batteriespeicher']);
  });
});
