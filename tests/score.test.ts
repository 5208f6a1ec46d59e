import { describe, expect, it } from 'vitest';
import { agrees, scorePage } from '../lib/cli/score';

// The corpus's figures rest on these comparisons: what a careful reader accepts, not byte equality.
describe('how an extracted value is compared with the expected one', () => {
  const one = 'Recruiting Software for Coaches and Athletic Departments.';
  const two = `${one} Scoutforce is cutting-edge, easy to use and affordable.`;

  it('a summary one sentence longer or shorter, opening with the same words, says the same', () => {
    expect(agrees('summary', one, two)).toBe(true);
    expect(agrees('summary', two, one)).toBe(true);
  });

  it('but a whole paragraph that opens with the summary is no summary', () => {
    const paragraph = `${one} ${'We build tools that coaches use every day to find, track and sign athletes across the country. '.repeat(4)}`;
    expect(agrees('summary', one, paragraph)).toBe(false);
  });

  it('a summary about something else does not agree, nor does a four-word opening', () => {
    expect(agrees('summary', one, 'Roofing services for homes in Colorado Springs.')).toBe(false);
    expect(agrees('summary', 'Recruiting software for coaches.', 'Recruiting software for coaches. And more.')).toBe(true);
    expect(agrees('summary', 'Software for coaches.', 'Software for coaches, gyms and schools everywhere.')).toBe(false);
  });

  it('a description keeps the stricter rule: most of the same words', () => {
    expect(agrees('description', one, two)).toBe(false);
    expect(agrees('description', two, `${two} `)).toBe(true);
  });

  it('places agree on the city when nothing contradicts; dates to the precision given', () => {
    expect(agrees('headquarters', 'San Francisco, CA', 'San Francisco, California, United States')).toBe(true);
    expect(agrees('headquarters', 'Houston, Texas', 'Series Routers')).toBe(false);
    expect(agrees('publishedAt', '2013-07-18', '2013-07-18T09:00:00Z')).toBe(true);
    expect(agrees('publishedAt', '2013-07-18', '2013-07-19')).toBe(false);
  });

  it('reads a title with or without the comma between role and practice as one title, and other titles as different', () => {
    expect(agrees('title', 'Director Technology Investment Banking', 'Director, Technology Investment Banking')).toBe(true);
    expect(agrees('title', 'Director, Technology Investment Banking', 'Director')).toBe(false);
    expect(agrees('name', 'Smith, Jones', 'Smith Jones')).toBe(false);
  });

  it('takes one street address with or without the comma before the town, and a country only one side names, as one address', () => {
    expect(agrees('address', '18 Stair Way Monroe, NY 10950', '18 Stair Way, Monroe, NY 10950')).toBe(true);
    expect(agrees('address', '16192 Coastal Highway Lewes, Delaware 19958, USA', '16192 Coastal Highway, Lewes, Delaware 19958')).toBe(
      true,
    );
    expect(agrees('address', 'Hauptstraße 5, 10115 Berlin, Deutschland', 'Hauptstraße 5, 10115 Berlin, Netherlands')).toBe(false);
    expect(
      agrees(
        'address',
        '1301 Shoreway Road, Suite 160, Belmont, CA 94002',
        'California – 1301 Shoreway Road, Suite 160, Belmont, CA 94002',
      ),
    ).toBe(false);
    expect(agrees('address', '18 Stair Way, Monroe, NY 10950', '18 Stair Way, Monroe, NY 10951')).toBe(false);
    // "DE" after a town is as often Delaware as Germany: never dropped as a country.
    expect(agrees('address', '1 Main St, Lewes, DE', '1 Main St, Lewes')).toBe(false);
  });

  it('takes a company name with or without its legal form as one name, and other names as different', () => {
    expect(agrees('companyName', 'Acme Robotics', 'Acme Robotics GmbH')).toBe(true);
    expect(agrees('aboutCompany', 'Globex Corporation', 'Globex')).toBe(true);
    expect(agrees('currentCompany', 'Initech Ltd.', 'INITECH')).toBe(true);
    expect(agrees('aboutCompany', 'Acme Robotics', 'Acme')).toBe(false);
    expect(agrees('companyName', 'Acme Robotics', 'Acme Robotics Research')).toBe(false);
    // One name written with or without the spaces between its words; other words still differ.
    expect(agrees('companyName', 'ChampionMotoUK', 'Champion Moto UK')).toBe(true);
    expect(agrees('companyName', 'Ward4', 'Ward 4 Ltd')).toBe(true);
    expect(agrees('companyName', 'Ward4', 'Ward 5')).toBe(false);
    // A person's name is not a company's: no legal form is dropped from it.
    expect(agrees('name', 'Jane Roe AG', 'Jane Roe')).toBe(false);
  });

  it('scores company.name as a company name and people[].name as a person name', () => {
    const scores = new Map();
    const res = scorePage(
      scores,
      { kind: 'company-site', company: { name: 'Acme Robotics' } },
      { kind: 'company-site', company: { name: 'Acme Robotics GmbH' } },
    );
    expect(res.wrong).toEqual([]);
    expect(scores.get('company.name')).toEqual({ expected: 1, extracted: 1, correct: 1 });
  });

  it('takes a person named with or without an honorific as one person, and other names as different', () => {
    const scores = new Map();
    const res = scorePage(
      scores,
      { kind: 'company-site', people: [{ name: 'Santosh Bothe', title: 'Principal Scientist' }, { name: 'Jörg Pufahl' }, { name: 'Dana Roe' }] },
      { kind: 'company-site', people: [{ name: 'Dr. Santosh Bothe', title: 'Principal Scientist' }, { name: 'Herr Jörg Pufahl' }, { name: 'Dana Rowe' }] },
    );
    expect(scores.get('people')).toEqual({ expected: 3, extracted: 3, correct: 2 });
    expect(res.missed.join()).toMatch(/^people\[Dana Roe\]/);
    expect(res.extra.join()).toMatch(/^people\[Dana Rowe\]/);
  });
});

describe('a publication named with or without its article', () => {
  it('takes "The San Diego Union-Tribune" for "San Diego Union-Tribune", and nothing looser', () => {
    expect(agrees('siteName', 'San Diego Union-Tribune', 'The San Diego Union-Tribune')).toBe(true);
    expect(agrees('siteName', 'The Guardian', 'Guardian')).toBe(true);
    // Another name is another paper, and "The" is no paper at all.
    expect(agrees('siteName', 'Toronto Star', 'The Star')).toBe(false);
    expect(agrees('siteName', 'The Star', 'The')).toBe(false);
    expect(agrees('siteName', 'Theverge', 'The Verge')).toBe(false);
  });
});
