import { describe, expect, it } from 'vitest';
import { shownFact } from '../lib/facts';
import { COMPANY_FACTS } from '../lib/schema/company-facts';
import type { Company } from '../lib/schema/dossier';
import { CompanyExtraction } from '../lib/schema/page-extraction';
import { companyRecord } from './helpers/records';
import { firstSentences, sentences } from '../lib/text/sentences';

describe('the company fact catalogue', () => {
  // Facts flow from the extraction into the dossier by key: a catalogue entry the extraction
  // cannot carry would never be filled, and an extracted fact missing here would never be shown.
  const extractionKeys = Object.keys(CompanyExtraction.shape);
  const notFacts = ['name', 'domain', 'sizeMin', 'sizeMax'];

  it('lists exactly the facts an extraction carries', () => {
    expect(COMPANY_FACTS.map((f) => f.key).sort()).toEqual(extractionKeys.filter((k) => !notFacts.includes(k)).sort());
  });

  it('has one label per fact, none repeated', () => {
    const labels = COMPANY_FACTS.map((f) => f.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('recognises the basic questions the dossier makes unnecessary', () => {
    const answers = (text: string) => COMPANY_FACTS.filter((f) => 'answers' in f && f.answers.test(text)).map((f) => f.key);
    expect(answers('What does Veltaro do, in your own words?')).toEqual(['summary']);
    expect(answers('How many people work at Veltaro?')).toEqual(['size']);
    expect(answers('Where is Veltaro based?')).toEqual(['headquarters']);
    expect(answers('When was Veltaro founded?')).toEqual(['founded']);
    expect(answers('What surprised you most in your first year?')).toEqual([]);
  });
});

describe('what it does', () => {
  const company = (facts: Company['facts']): Company => companyRecord('c', 'Acme', { facts });
  const entry = (value: string) => [{ value, sourceClipId: 'k1', at: 1 }];

  it('is the summary a page gave', () => {
    expect(shownFact(company({ summary: entry('Acme makes robots.'), description: entry('Long text. More.') }), 'summary')?.value).toBe(
      'Acme makes robots.',
    );
  });

  it('falls back to the first two sentences of the description, with its source', () => {
    const f = shownFact(
      company({ description: entry('Acme Inc. builds farm robots in the U.S. since 2012. It has 40 staff. It is growing fast.') }),
      'summary',
    );
    expect(f).toMatchObject({ value: 'Acme Inc. builds farm robots in the U.S. since 2012. It has 40 staff.', sourceClipId: 'k1' });
  });

  it('is absent when nothing says it', () => {
    expect(shownFact(company({ industry: entry('Robotics') }), 'summary')).toBeUndefined();
  });
});

describe('sentences', () => {
  it('does not split at abbreviations or initials', () => {
    expect(sentences('Acme Inc. makes robots for U.S. farms. Founded by J. Smith, it has 40 staff. "Great," said Dr. Jones.')).toEqual([
      'Acme Inc. makes robots for U.S. farms.',
      'Founded by J. Smith, it has 40 staff.',
      '"Great," said Dr. Jones.',
    ]);
  });

  it('caps a text with no sentence end at a word', () => {
    expect(firstSentences('word '.repeat(200), 2, 50)).toBe(`${'word '.repeat(10).trim()}…`);
  });
});
