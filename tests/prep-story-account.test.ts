import { describe, expect, it } from 'vitest';
import { storyPointQuestion } from '../lib/prep/bank/story-points';
import { initialsUsed } from '../lib/prep/story-frame';
import { pointsInStory } from '../lib/prep/story-points';
import { companyClause, sayable } from '../lib/prep/story-saying';
import { clips, company } from './helpers/prep-records';

const NOW = Date.UTC(2026, 0, 20);
const clip = clips({ idPrefix: 'sa', publishedAt: '2025-12-10', siteName: 'Daily Wire' });

describe('a story of trouble told with the company’s own account', () => {
  const probe = clip(
    'article',
    'Lakeside Resort faces pricing probe',
    [
      'Lakeside Resort is facing a pricing probe following complaints that British customers are frozen out of promotions.',
      'The regulator said it had received a number of complaints from customers in three countries.',
      'A spokesman for Lakeside Resort said that the price of a standard ticket was the same across the European Union market.',
      'He said that the firm runs different promotions at specific times of year based around seasonal events and school holidays.',
      'The national government has now been asked to investigate the complaints.',
    ].join(' '),
  );

  it('asks the account of its own practice, short, never the charge', () => {
    const points = pointsInStory(probe, company('Lakeside Resort'), NOW);
    expect(points).toHaveLength(1);
    expect(points[0]!.kind).toBe('account');
    expect(points[0]!.clause).toBe('Lakeside Resort’s spokesperson said it runs different promotions at specific times of year');
    const q = storyPointQuestion(points[0]!)!;
    expect(q).toMatch(/^I read that Lakeside Resort’s spokesperson said it runs different promotions/);
    expect(q).not.toMatch(/probe|complain|investigat/i);
  });

  it('gives nothing when the company only denies the charge', () => {
    const denial = clip(
      'article',
      'Lakeside Resort faces pricing probe',
      'Lakeside Resort is facing a pricing probe following complaints from customers. A spokesman for Lakeside Resort said the complaints were unfounded and it would cooperate.',
    );
    expect(pointsInStory(denial, company('Lakeside Resort'), NOW)).toEqual([]);
  });
});

describe('a story that calls the company by its initials and goes on about "the company"', () => {
  const profile = clip(
    'article',
    'How Wear the Wardrobe plans to own your closet',
    [
      'Wear the Wardrobe began in 2009 as a passion project of two founders.',
      'Further, WTW closed a $70 million Series D funding round in June, bringing its total capital raised to $126 million.',
      'At least two top executives left WTW this year, including its CTO Jane Roe and CFO John Doe.',
      'WTW managed to introduce two new business segments this year.',
      'The company continued opening brick-and-mortar stores, now located in New York, Chicago, Washington and Las Vegas.',
      'A portrait of the founders hangs in the office lobby of the new building downtown.',
    ].join(' '),
  );

  it('reads the initials only when the story writes them as a word, twice', () => {
    expect(initialsUsed(['Wear the Wardrobe'], profile.text!)).toBe('WTW');
    expect(initialsUsed(['Wear the Wardrobe'], 'WTW once, and a portrait.')).toBeUndefined();
    expect(initialsUsed(['Acme'], 'ACME ACME')).toBeUndefined();
  });

  it('asks the stores, never the funding round or the departures', () => {
    const points = pointsInStory(profile, company('Wear the Wardrobe'), NOW);
    expect(points.map((p) => p.clause)).toEqual(['WTW continued opening brick-and-mortar stores']);
    expect(JSON.stringify(points)).not.toMatch(/Series D|\$70 million|Jane Roe|left WTW|portrait/);
  });
});

describe('one figure, one point', () => {
  it('does not ask the same sales figure twice from two sentences', () => {
    const results = clip(
      'article',
      'Kestrel has its best quarter for phones',
      [
        'Kestrel sold 7.4 million Falcon smartphones in the second quarter, its best yet for sales of the devices.',
        'During the quarter, Kestrel sold 7.4 million smart devices, its term for high-end smartphones, all of them Falcon devices.',
      ].join(' '),
    );
    const points = pointsInStory(results, company('Kestrel'), NOW);
    expect(points).toHaveLength(1);
    expect(points[0]!.clause).toMatch(/^Kestrel sold 7\.4 million Falcon smartphones/);
  });
});

describe('a clause cut short enough to say, never cut into a share or a pair of names', () => {
  it('keeps "U.S. and Canadian" together and never leaves a share without what it is a share of', () => {
    expect(
      companyClause('Kestrel accounts for more than 47 percent of all U.S. and Canadian Web traffic.', ['Kestrel'], false, 'Kestrel'),
    ).toBeUndefined();
    expect(sayable('Kestrel opened stores in New York and Chicago in the spring after a long search for sites')).toBe(
      'Kestrel opened stores in New York and Chicago in the spring',
    );
  });
});
