import { describe, expect, it } from 'vitest';
import { referrals, samePerson } from '../lib/prep/referrals';
import { person } from './helpers/prep-records';

describe('the person met is never a referral to themselves', () => {
  it('takes two records of one name ("Salah Mahdi" on the card, "Salah Mahdi Saleh" in the imprint) for one person', () => {
    expect(samePerson('Salah Mahdi Saleh', 'Salah Mahdi')).toBe(true);
    expect(samePerson('Salah Mahdi', 'Salah Mahdi Saleh')).toBe(true);
    // A first name alone, or another person sharing it, is not the same person.
    expect(samePerson('Salah', 'Salah Mahdi')).toBe(false);
    expect(samePerson('Salah Karim', 'Salah Mahdi')).toBe(false);
    const met = person('Salah Mahdi', { id: 'p1', currentTitle: 'Gründer & Ihr Ansprechpartner' });
    const imprint = person('Salah Mahdi Saleh', { id: 'p2', currentTitle: 'Gründer & Inhaber' });
    const colleague = person('Lena Vogt', { id: 'p3', currentTitle: 'Projektleiterin' });
    const names = referrals([imprint, colleague], met, undefined, [], { name: 'MS Fußbodenheizung' }).map((r) => r.name);
    expect(names).toContain('Lena Vogt');
    expect(names).not.toContain('Salah Mahdi Saleh');
  });
});

describe('a head of the company names the one who runs it beside them', () => {
  it('offers a second managing director to someone meeting the founder, never to someone meeting a salesperson, never the chief executive', () => {
    const co = { name: 'SONORING DORMED' };
    const second = person('Andreas Draheim', { id: 'p2', currentTitle: 'Geschäftsführer' });
    const founder = person('Thomas Stücker-Everding', { id: 'p1', currentTitle: 'Gründer & Geschäftsführer' });
    expect(referrals([second], founder, 'sales', [], co).map((r) => r.name)).toEqual(['Andreas Draheim']);
    const seller = person('Lena Vogt', { id: 'p3', currentTitle: 'Systemberaterin Ultraschall' });
    expect(referrals([second], seller, 'sales', [], co).map((r) => r.name)).toEqual([]);
    // Never up: a newer head is not asked about the founder and chief executive.
    const cso = person('Ivan Braiker', { id: 'p4', currentTitle: 'Chief Strategy Officer' });
    const ceo = person('Avinoam Rubinstain', { id: 'p5', currentTitle: 'CEO and founder' });
    expect(referrals([ceo], cso, undefined, [], { name: 'my6sense' }).map((r) => r.name)).toEqual([]);
  });
});
