import { describe, expect, it } from 'vitest';
import { describesCompany } from '../lib/extract/about-text';

// Meta lines of small firms' pages (fresh-20…24 tune: a tutoring firm, a cleaners' referral
// agency, a law firm's service page, a yoga teacher's reviews page), written here with invented names.
describe('a meta line that is a slogan, a title or a note on the page', () => {
  it('in headline case with no full stop is no description', () => {
    expect(describesCompany('Preparing Your Children For School and the Years Beyond')).toBe(false);
    expect(describesCompany('Bay Area Maid Service & House Cleaners Referral Agency Network')).toBe(false);
  });

  it('says what the page holds, not what the firm does', () => {
    expect(describesCompany('This page is about the company formation service in Ohio that our law firm provides.')).toBe(false);
    expect(describesCompany('What people have said about our pilates classes, workshops, retreats and Mia as a teacher')).toBe(false);
  });

  it('keeps sentences, also in German, whose nouns are capitalised', () => {
    expect(describesCompany('Haushaltshilfe und Alltagshilfe in Kassel und der Region Kassel – abrechenbar über die Pflegekasse.')).toBe(
      true,
    );
    expect(
      describesCompany('Bright Tutors offers custom admissions plans for grades 6–12, guiding students through essays and interviews'),
    ).toBe(true);
    expect(describesCompany('Alltagshilfe und Haushaltshilfe für Senioren in Kassel und Umgebung')).toBe(true);
  });
});

describe('a sentence that names a firm with a capitalised "The"', () => {
  it('is still a description', () => {
    expect(describesCompany('Acme Robotics builds warehouse robots for retailers such as The Home Depot')).toBe(true);
  });
});

describe('a line in headline case that opens with the company name', () => {
  it('speaks of the company', () => {
    const line = 'Bluefin Staffing Recruits And Headhunts The Best Data Talent To Accelerate Your Growth';
    expect(describesCompany(line)).toBe(false);
    expect(describesCompany(line, { name: 'Bluefin Staffing', host: 'www.bluefinstaffing.example' })).toBe(true);
  });
});
