import { describe, expect, it } from 'vitest';
import { scorePage, type Scores } from '../lib/cli/score';
import { onlyFields } from '../lib/cli/score-fields';

// A slice annotated for four company fields (field-22) must not count every other extracted
// field as extra, nor ask for fields its reader never looked at.
describe('scoring a page on the fields its manifest entry lists', () => {
  const fields = ['company.name', 'company.summary', 'company.description', 'company.headquarters'];
  const expected = {
    kind: 'company-page',
    url: 'https://acme.example/',
    company: { name: 'Acme', headquarters: 'Bristol, England', founded: 1999 },
  };
  const extraction = {
    kind: 'company-page',
    url: 'https://acme.example/',
    company: {
      name: 'Acme Ltd',
      headquarters: 'Bristol',
      website: 'https://acme.example/',
      products: ['Anvils', 'Rockets'],
      summary: 'We make anvils.',
    },
    people: [{ name: 'Wile E. Coyote', title: 'Buyer' }],
  };

  it('keeps kind, url and only the listed leaves of each group', () => {
    expect(onlyFields(extraction, fields)).toEqual({
      kind: 'company-page',
      url: 'https://acme.example/',
      company: { name: 'Acme Ltd', headquarters: 'Bristol', summary: 'We make anvils.' },
    });
    expect(onlyFields(expected, fields)).toEqual({
      kind: 'company-page',
      url: 'https://acme.example/',
      company: { name: 'Acme', headquarters: 'Bristol, England' },
    });
    expect(onlyFields(extraction, ['people'])).toEqual({ kind: 'company-page', url: 'https://acme.example/', people: extraction.people });
  });

  it('scores only those fields: no extra website, products or people, no missed founded', () => {
    const scores: Scores = new Map();
    const res = scorePage(scores, onlyFields(expected, fields), onlyFields(extraction, fields));
    expect(res.kindRight).toBe(true);
    expect(res.missed).toEqual([]);
    expect(res.extra).toEqual(['company.summary = We make anvils.']);
    expect([...scores.keys()].sort()).toEqual(['company.headquarters', 'company.name', 'company.summary']);
    expect(scores.get('company.name')).toEqual({ expected: 1, extracted: 1, correct: 1 });
    expect(scores.get('company.headquarters')).toEqual({ expected: 1, extracted: 1, correct: 1 });
  });

  it('without the projection the same page counts the unlisted fields', () => {
    const scores: Scores = new Map();
    const res = scorePage(scores, expected, extraction);
    expect(res.missed.some((m) => m.startsWith('company.founded'))).toBe(true);
    expect(res.extra.some((m) => m.startsWith('company.website'))).toBe(true);
  });
});
