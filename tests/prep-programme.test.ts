import { describe, expect, it } from 'vitest';
import { programmeIn } from '../lib/prep/bank/programme';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import type { Quote } from '../lib/prep/quote';
import { clips, company, self } from './helpers/prep-records';

const NOW = Date.UTC(2019, 11, 5);
const quote = (text: string, extra: Partial<Quote> = {}): Quote => ({
  speaker: 'Craig Menear',
  role: 'CEO and president',
  quote: text,
  byPerson: false,
  clipId: 'c1',
  url: 'https://example.com/q3',
  source: 'Fox Business',
  date: '2019-11-19',
  headline: false,
  ...extra,
});

describe('a programme the company’s people name on the record', () => {
  it('reads a named programme after "our", never the company’s name alone nor the person’s own words', () => {
    const q =
      'Sales were below our expectations driven by the timing of certain benefits associated with our One Home Depot strategic investments';
    expect(programmeIn(quote(q), 'Home Depot')).toEqual({ name: 'One Home Depot', kind: 'strategic investments' });
    expect(programmeIn(quote('We are proud of our Home Depot strategy this year'), 'Home Depot')).toBeUndefined();
    expect(programmeIn(quote('We grew our digital strategy a lot'), 'Home Depot')).toBeUndefined();
    expect(programmeIn(quote(q, { byPerson: true }), 'Home Depot')).toBeUndefined();
  });

  it('asks what it changed for the people in the user’s target work, naming who spoke and where, though the quote is an earnings line', () => {
    const co = company('Home Depot');
    const clip = clips({ idPrefix: 'hd', publishedAt: '2019-11-19', siteName: 'Fox Business' })(
      'article',
      'Home Depot sales miss, shares plunge',
      '“Our third quarter results reflected broad-based growth across our business, yet sales were below our expectations driven by the timing of certain benefits associated with our One Home Depot strategic investments,” chairman, CEO and president Craig Menear said in the earnings release.',
    );
    const s = signals({
      company: co,
      clips: [{ ...clip, companyId: co.id }],
      self: self({ targetRole: 'Omnichannel product manager' }),
      now: NOW,
    });
    const asked = suggestQuestions(s, 30).questions.map((q) => q.text);
    expect(asked.filter((t) => /One Home Depot/.test(t))).toEqual([
      'CEO Craig Menear pointed to the One Home Depot strategic investments (Fox Business, November 2019). What have they changed for product managers so far, and what is still settling?',
    ]);
  });
});
