import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../lib/cli/prep-rubric';
import { suggestQuestions } from '../lib/prep/engine';
import { pickHooks } from '../lib/prep/hooks';
import { signals } from '../lib/prep/signals';
import { companyStatements } from '../lib/prep/statements';
import type { PrepInput } from '../lib/prep/types';
import type { Clip, Company } from '../lib/schema/dossier';
import { clips, company, self } from './helpers/prep-records';

// Page text written for this test in the shape of an agency's service page with a client story
// block (blind-12 forthea: a stat card, a heading naming the client, a paragraph saying how).
const NOW = Date.UTC(2026, 1, 10);
const clip = clips({ idPrefix: 'case', publishedAt: '2026-01-01', siteName: 'Own site' });
const page = (co: Company, text: string, lang = 'en'): Clip => {
  const c = clip('company-page', `Analytics | ${co.name}`, text, { companyId: co.id });
  return { ...c, extraction: { ...c.extraction, lang } };
};
const read = (co: Company, c: Clip) => companyStatements([c], co, { meetingAt: NOW });

const STORY = [
  'Nailed It.',
  '40xreturn on ad spend',
  'Analytics Uncovers Massive ROI for Northwind Homes',
  'Digital marketing is a critical business driver for this regional developer.',
  'Part of our approach is to organize campaign data for Northwind. By joining conversion data by channel with revenue and margin, we are able to capture true marketing ROI for budget planning.',
  'Read More »',
].join('\n');

describe('a client story on the company’s own page: the client, the result in figures, how it was got', () => {
  it('reads the story and asks what it took, from the side of the work the user wants', () => {
    const co = company('Brightline');
    const p = page(co, STORY);
    expect(read(co, p).map((s) => [s.kind, s.text, s.phrase])).toEqual([
      [
        'case',
        'A client story: 40x return on ad spend for Northwind Homes',
        'tells of its work for Northwind Homes: 40x return on ad spend, from joining conversion data by channel with revenue',
      ],
    ]);
    const input: PrepInput = { company: co, clips: [p], self: self({ targetRole: 'Marketing data scientist' }), now: NOW };
    const s = signals(input);
    expect(pickHooks(s).map((h) => h.text)).toContain('A client story: 40x return on ad spend for Northwind Homes');
    const q = suggestQuestions(s, 30).questions.find((x) => /Northwind/.test(x.text));
    expect(q?.text).toBe(
      'Brightline’s page tells of its work for Northwind Homes: 40x return on ad spend, from joining conversion data by channel with revenue. What did that take in practice, and what did it ask of a marketing data scientist?',
    );
    expect(judgeQuestion(q!.text, q!.basis, input).grounded).toBe(true);
  });

  it('reads a block labelled "Client story" whose client is left unnamed, its result told at its end (blind-13 centric)', () => {
    const co = company('Brightline');
    const text = [
      'CLIENT STORY',
      'Higher Security Leads to Lower Costs in Retail',
      'A major retail chain needed a partner to help with card-data compliance.',
      'The chain engaged us to run an assessment, and we found deeper ways to help.',
      'The client has improved its security posture, leading to a 30% reduction in their cyber insurance premiums.',
      'Contact us to learn more.',
    ].join('\n');
    expect(read(co, page(co, text)).map((s) => s.phrase)).toEqual([
      'tells of its work for a major retail chain: a 30% reduction in its cyber insurance premiums',
    ]);
  });

  it('needs a client named in a heading of an outcome and a figure beside it; a product "for" someone is none', () => {
    const co = company('Brightline');
    expect(read(co, page(co, ['Analytics Uncovers Massive ROI for Northwind Homes', 'We love our clients.'].join('\n')))).toEqual([]);
    expect(read(co, page(co, ['40% faster builds', 'Dashboards for Marketing Teams', 'Build reports in minutes.'].join('\n')))).toEqual([]);
    // The company's own name is no client.
    expect(read(co, page(co, ['Real Results for Brightline Partners', '40% more leads'].join('\n')))).toEqual([]);
  });
});
