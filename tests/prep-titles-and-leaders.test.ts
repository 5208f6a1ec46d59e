import { describe, expect, it } from 'vitest';
import { namedProduct } from '../lib/prep/bank/company';
import { isDepartmentName } from '../lib/prep/roles';
import { buildPrepSheet } from '../lib/prep/sheet';
import type { PrepInput } from '../lib/prep/types';
import { company, fact, person, self } from './helpers/prep-records';

const NOW = Date.UTC(2026, 2, 10);

describe('a chief executive and the user’s target', () => {
  const input = (targetRole: string, size?: string): PrepInput => {
    const co = company('Northwind', size ? { size: fact(size) } : {});
    return {
      person: person('Dana Reyes', { currentTitle: 'Chairman and CEO', currentCompanyId: co.id }),
      company: co,
      clips: [],
      self: self({ targetRole, field: 'Computer science', schools: ['State University'] }),
      now: NOW,
    };
  };

  it('does not say a CEO of a large company hires for a student’s or an engineer’s role', () => {
    expect(buildPrepSheet(input('Software engineering intern', '10,001+ employees')).why).not.toMatch(/hires for roles/);
    expect(buildPrepSheet(input('Software engineer', '10,001+ employees')).why).toMatch(/sees the whole of Northwind/);
  });

  it('still says it of a small company, or of a senior target', () => {
    expect(buildPrepSheet(input('Software engineer', '11-50 employees')).why).toMatch(/hires for roles like the one you want/);
    expect(buildPrepSheet(input('Director of engineering', '10,001+ employees')).why).toMatch(/hires for roles like the one you want/);
  });
});

describe('the why line says the title and the employer once', () => {
  it('a title that names the employer is not followed by "at" the employer (blind-17 drewfox)', () => {
    const co = company('18th Street Distillery');
    const why = buildPrepSheet({
      person: person('Drew Fox', { currentTitle: 'Owner, 18th Street Brewery and 18th Street Distillery', currentCompanyId: co.id }),
      company: co,
      clips: [],
      now: NOW,
    }).why;
    expect(why).toMatch(/^Drew works as Owner, 18th Street Brewery and 18th Street Distillery\./);
    expect(why).not.toMatch(/Distillery at 18th Street Distillery/);
  });

  it('a chief whose title the first sentence gave is not titled again in the second (blind-16 spessart)', () => {
    const co = company('Northwind', { size: fact('10,001+ employees') });
    const why = buildPrepSheet({
      person: person('Dana Reyes', { currentTitle: 'Chairman and CEO', currentCompanyId: co.id }),
      company: co,
      clips: [],
      self: self({ targetRole: 'Software engineer' }),
      now: NOW,
    }).why;
    expect(why).toMatch(/^Dana works as Chairman and CEO at Northwind\. Dana sees the whole of Northwind/);
    expect(why).not.toMatch(/as Chairman and CEO,/);
  });
});

describe('a department on a team card is no title', () => {
  it('tells areas from titles', () => {
    expect(isDepartmentName('Markt & Strategie')).toBe(true);
    expect(isDepartmentName('Systeme & Engineering')).toBe(true);
    expect(isDepartmentName('Founder & CEO')).toBe(false);
    expect(isDepartmentName('Partner & Berater')).toBe(false);
    expect(isDepartmentName('Product Manager')).toBe(false);
  });

  it('says the person works in their area, not as it', () => {
    const co = company('Amplify');
    const sheet = buildPrepSheet({
      person: person('Timo Berg', { currentTitle: 'Markt & Strategie', currentCompanyId: co.id }),
      company: co,
      clips: [],
      self: self({ targetRole: 'Product manager' }),
      now: NOW,
    });
    expect(sheet.why).toMatch(/Timo works in Markt & Strategie at Amplify/);
    expect(sheet.why).not.toMatch(/works as Markt/);
  });
});

describe('a product worth asking about has a name', () => {
  it('tells named products from categories', () => {
    expect(namedProduct('Software development')).toBe(false);
    expect(namedProduct('Web design')).toBe(false);
    expect(namedProduct('Consulting')).toBe(false);
    expect(namedProduct('Support & Beratung')).toBe(false);
    expect(namedProduct('Figma')).toBe(true);
    expect(namedProduct('Northwind Cloud')).toBe(true);
    expect(namedProduct('Tern 2')).toBe(true);
  });
});
