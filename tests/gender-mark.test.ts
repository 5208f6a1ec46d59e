import { describe, expect, it } from 'vitest';
import { GENDER_MARK } from '../lib/text/gender-mark';
import { postingTitle } from '../lib/prep/referrals';
import { soughtRole } from '../lib/extract/vacancy-page';

// One pattern for the mark after a role, shared by the careers readers and the prep sheet.
describe('the gender mark after a role', () => {
  it('reads the German, French and Dutch marks, spaced or not', () => {
    for (const t of [
      'Monteur (m/w/d)',
      'Monteurin (w/m/d)',
      'Technicien (h/f)',
      'Monteur (m/v/x)',
      'Lead (all genders)',
      'Koch (m / w / d)',
    ])
      expect(GENDER_MARK.test(t), t).toBe(true);
  });

  it('is not any bracket: "(US)", "(mwd)", "(80%)"', () => {
    for (const t of ['Sales (US)', 'Koch (mwd)', 'Controller (80%)']) expect(GENDER_MARK.test(t), t).toBe(false);
  });

  it('is the same mark for a vacancy heading and for a posting the prep sheet never asks for as a person', () => {
    expect(soughtRole('Monteur (m / w / d)')).toEqual({ title: 'Monteur', marked: true });
    expect(postingTitle('Elektroniker (m / w / d)')).toBe(true);
    expect(postingTitle('Cost Controller (100%)')).toBe(true);
  });
});
