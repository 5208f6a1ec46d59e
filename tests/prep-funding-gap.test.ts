import { describe, expect, it } from 'vitest';
import { proseFacts } from '../lib/extract/prose';
import { ownership } from '../lib/prep/gaps';
import { buildPrepSheet } from '../lib/prep/sheet';
import type { Clip } from '../lib/schema/dossier';
import { clips, company, fact, storyClip } from './helpers/prep-records';

const clip = clips({ idPrefix: 'fg', publishedAt: '2020-10-26', siteName: 'Avaz.ba' });
const NOW = Date.UTC(2020, 10, 10);
const ownPage = (co: { id: string }, text: string, url = 'https://firm.example/about'): Clip => ({
  ...storyClip(`own-${url}`, url, 'company-page', 'About us', text),
  companyId: co.id,
});
const funding = (input: Parameters<typeof buildPrepSheet>[0]) =>
  buildPrepSheet(input).research.filter((g) => /funded|Crunchbase|investor/i.test(`${g.what} ${g.where}`));

describe('funding is a research gap for a start-up, not for a public body or an established firm', () => {
  it('a state utility or a tourism board, by its name, gets no funding gap (EPRS, dossiers-blind-17; Spessart Tourismus, -16)', () => {
    for (const name of ['Elektroprivreda Republike Srpske', 'Spessart Tourismus', 'Stadtwerke Musterstadt']) {
      const co = { ...company(name), domains: [] };
      expect(ownership([], co)).toBe('public');
      const story = { ...clip('article', `${name} news`, `The general director of ${name} spoke on Monday.`), companyId: co.id };
      expect(funding({ company: co, clips: [story], now: NOW })).toEqual([]);
    }
  });

  it('a charity or a state-owned firm, by what its pages or a story naming it say', () => {
    const komen = { ...company('Komen'), domains: [] };
    const walk = clip('article', 'Komen cancels walks', 'The breast cancer charity Komen said its walk raised $4.5 million this year.');
    expect(ownership([walk], komen)).toBe('public');
    const co = { ...company('Nordgas'), domains: [] };
    expect(ownership([ownPage(co, 'Nordgas is a state-owned gas trader.')], co)).toBe('public');
  });

  it('“backed by guarantees”, “raised in a city” and “valuation services” are no investors (Alonso, the Chicago Reader, Warren Averett)', () => {
    const co = { ...company('Greenline Landscaping'), domains: [] };
    for (const text of [
      'Greenline Landscaping offers craftsmanship backed by clear guarantees.',
      'Greenline Landscaping was founded by Jo, who was raised in Humboldt Park.',
      'Greenline Landscaping offers Forensic & Valuation Services.',
    ])
      expect(ownership([ownPage(co, text)], co)).toBeUndefined();
    expect(ownership([ownPage(co, 'Greenline Landscaping raised $2 million in a seed round.')], co)).toBe('venture');
    expect(ownership([ownPage(co, 'Greenline Landscaping is backed by two venture investors.')], co)).toBe('venture');
  });

  it('a firm twenty years old by its founding year gets no funding gap; a young one with nothing said still does', () => {
    // Its own page's "since 1993" is read once, by the extraction, into the company's founded fact.
    expect(proseFacts('Penn Shoes, your shoe shop since 1993.', 'Penn Shoes').founded).toBe(1993);
    const old = { ...company('Penn Shoes', { founded: fact('1993') }), domains: [] };
    expect(funding({ company: old, clips: [ownPage(old, 'Penn Shoes, your shoe shop since 1993.')], now: NOW })).toEqual([]);
    const byFact = { ...company('Penn Shoes', { founded: fact('1950') }), domains: [] };
    expect(funding({ company: byFact, clips: [ownPage(byFact, 'Penn Shoes sells shoes.')], now: NOW })).toEqual([]);
    const young = { ...company('Penn Shoes', { founded: fact('2015') }), domains: [] };
    expect(funding({ company: young, clips: [ownPage(young, 'Penn Shoes, your shoe shop since 2015.')], now: NOW })).toHaveLength(1);
  });

  it('the founding year is the extracted fact, never the page’s text read again (review: no signal computed twice)', () => {
    // The gap read "since 1985" anywhere on the page as the founding; the fact the extraction stored
    // is the one reading (a founded fact the user corrected or removed is what counts).
    const co = { ...company('Penn Shoes'), domains: [] };
    expect(
      funding({
        company: co,
        clips: [ownPage(co, 'Penn Shoes sells shoes. A member of the Main Street Association since 1985.')],
        now: NOW,
      }),
    ).toHaveLength(1);
  });
});
