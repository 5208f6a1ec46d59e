import { describe, expect, it } from 'vitest';
import { practiceAreas, practiceKinds } from '../lib/prep/practice-areas';
import { buildPrepSheet } from '../lib/prep/sheet';
import { company, fact, person, self } from './helpers/prep-records';

// Lists written for this test in the shape of law firms' menus (blind-14 shtark, blind-10 kmb).
const NOW = Date.UTC(2025, 2, 1);
const FIRM = [
  'Trusts',
  'Will',
  'Medicaid Planning',
  'Car Accident Attorneys',
  'Construction Accident',
  'Premises liability',
  'Product Liability',
  'Emotional Abuse',
  'Sexual Abuse',
  'Home Physical Abuse',
];
const WHISTLE = [
  'SEC Whistleblowers',
  'IRS Whistleblower',
  'Nuclear Whistleblower',
  'False Claims Act Retaliation',
  'Age Discrimination',
  'Race Discrimination',
  'Government Employees',
  'Employees of Congressional Agencies',
  'Employment Contracts',
  'Wrongful Discharge',
];

describe('a law firm’s practice areas are the matters it takes on, not products', () => {
  it('tells practice areas from products, and names the kinds of matters a long list leans to', () => {
    expect(practiceAreas(FIRM.join(', '))).toBe(true);
    expect(practiceAreas('Figma, FigJam, Dev Mode, Slides')).toBe(false);
    expect(practiceKinds(FIRM.join(', '))).toEqual(['abuse', 'accident', 'liability']);
    expect(practiceKinds(WHISTLE.join(', '))).toEqual(['whistleblower', 'discrimination']);
    // A short list names no emphasis.
    expect(practiceKinds('Trusts, Wills, Probate')).toBeUndefined();
  });

  it('asks the founder which kinds of matters fill the week, never to "change one thing about Trusts"', () => {
    const sheet = buildPrepSheet({
      person: person('Irina Stern', { currentTitle: 'Founder' }),
      company: company('Stern LAW', { products: fact(FIRM) }),
      clips: [],
      self: self({ targetRole: 'Paralegal', field: 'Social work' }),
      now: NOW,
    });
    const texts = [...sheet.questions, ...sheet.reserve].map((q) => q.text);
    expect(texts.some((t) => /change one thing about/.test(t))).toBe(false);
    expect(texts).toContain(
      'Most of the practice areas Stern LAW lists are abuse, accident and liability cases. Which of them takes most of your week, and how does the work on them differ?',
    );
  });

  it('whom a firm serves ("Government Employees") is no line of work the user is drawn to', () => {
    const sheet = buildPrepSheet({
      person: person('Matt Lane', { currentTitle: 'Law Clerk' }),
      company: company('Katz & Partners', { products: fact(WHISTLE) }),
      clips: [],
      self: self({ targetRole: 'Plaintiff-side employment lawyer', field: 'Law' }),
      now: NOW,
    });
    const texts = [...sheet.questions, ...sheet.reserve].map((q) => q.text);
    expect(texts.some((t) => /drawn to Government Employees|Employees of Congressional/.test(t))).toBe(false);
  });
});
