import { describe, expect, it } from 'vitest';
import { samePerson } from '../lib/prep/appointment';
import { signals } from '../lib/prep/signals';
import { whyThisPerson } from '../lib/prep/why';
import { company, person, self } from './helpers/prep-records';

describe('the appointee is the person met only by a name that agrees', () => {
  it('takes the same name, a middle name, an initial or a surname alone; never another given name', () => {
    expect(samePerson('pawel jan majewski', 'pawel majewski')).toBe(true);
    expect(samePerson('j roe', 'jane roe')).toBe(true);
    expect(samePerson('roebuck', 'jane roebuck')).toBe(true);
    // Two people with one surname.
    expect(samePerson('john roebuck', 'jane roebuck')).toBe(false);
    // A short surname alone says too little.
    expect(samePerson('li', 'wei li')).toBe(false);
  });
});

describe('a title naming its employer in another language', () => {
  it('is the office alone in the English why line (blind-15: "works as CEO von creditshelf at creditshelf")', () => {
    const co = company('creditshelf');
    const s = signals({
      person: person('Tim Thabe', { currentCompanyId: co.id, currentTitle: 'CEO von creditshelf' }),
      company: co,
      clips: [],
      self: self({ name: 'Lena', targetRole: 'Managing director' }),
      now: Date.UTC(2024, 0, 1),
    } as never);
    expect(s.title).toBe('CEO');
    expect(whyThisPerson(s)).toMatch(/^Tim works as CEO at creditshelf\./);
    // A title whose tail is not the company stays whole.
    const t = signals({
      person: person('Tim Thabe', { currentCompanyId: co.id, currentTitle: 'Head of Sales, Europe' }),
      company: co,
      clips: [],
      self: self({ name: 'Lena' }),
      now: Date.UTC(2024, 0, 1),
    } as never);
    expect(t.title).toBe('Head of Sales, Europe');
  });
});
