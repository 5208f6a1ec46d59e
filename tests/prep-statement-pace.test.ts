import { describe, expect, it } from 'vitest';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import { companyStatements } from '../lib/prep/statements';
import type { Clip, Company } from '../lib/schema/dossier';
import { clips, company, self } from './helpers/prep-records';

const NOW = Date.UTC(2026, 5, 1);
const clip = clips({ idPrefix: 'pace', publishedAt: '2026-05-01', siteName: 'Own site' });
const page = (co: Company, lang: string, text: string): Clip => {
  const c = clip('company-page', `Services | ${co.name}`, text, { companyId: co.id });
  return { ...c, extraction: { ...c.extraction, lang } };
};
const pace = (co: Company, c: Clip) =>
  companyStatements([c], co, { meetingAt: NOW }).filter((s) => s.kind === 'method' && s.form === 'pace');

describe('how long the company says its work takes', () => {
  it('quotes the shortest sentence that gives its work a time, and asks what fills it, never how long it takes', () => {
    const co = company('Bluefin Talent');
    const services = page(
      co,
      'en-US',
      [
        'Our search process normally takes four weeks between our first call with the hiring team and the day an offer is made.',
        'On average, it takes 4 weeks to fill an engineering role.',
        'Delivery of our salary guide takes 2 days.',
      ].join('\n'),
    );
    const [st] = pace(co, services);
    expect(st).toMatchObject({ phrase: '“On average, it takes 4 weeks to fill an engineering role”', unit: 'weeks' });
    const main = suggestQuestions(
      signals({ company: co, clips: [services], self: self({ targetRole: 'Technical recruiter' }), now: NOW }),
      45,
    ).questions.map((q) => q.text);
    expect(main).toContain(
      'Bluefin Talent’s page says: “On average, it takes 4 weeks to fill an engineering role”. What fills those weeks for a technical recruiter, and where does it usually slip?',
    );
  });

  it('reads it in German, with the unit in English; logistics and a day’s reply are no work', () => {
    const co = company('Holzbau Keller');
    expect(pace(co, page(co, 'de', 'Ein Dachausbau dauert bei uns in der Regel drei Wochen.'))[0]?.unit).toBe('weeks');
    expect(pace(co, page(co, 'en', 'Shipping of every order takes 3-5 days within the country.'))).toEqual([]);
    // A window of time is no length of work, nor is a question the page asks itself.
    expect(pace(co, page(co, 'en', 'Our platform uptime over the Last 90 days was 99.99 percent.'))).toEqual([]);
    expect(pace(co, page(co, 'en', 'How long does it take to fit a roof in 3 weeks or less?'))).toEqual([]);
    expect(pace(co, page(co, 'en', 'We always respond to a request, which takes 2 days at most.'))).toEqual([]);
  });
});
