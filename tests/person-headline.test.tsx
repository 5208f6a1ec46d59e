import { describe, expect, it, vi } from 'vitest';
import { PersonView, type PersonViewProps } from '../components/PersonView';
import type { Person } from '../lib/schema/dossier';
import { headlineAddsToRole } from '../lib/ui/headline';
import { companyRecord, personRecord } from './helpers/records';
import { mount } from './helpers/render';

const company = companyRecord('c', 'Northwind');
const person = (headline: string): Person => personRecord('p1', 'Ada Brennan', { headline, currentTitle: 'CEO' });

function view(p: Person) {
  const fns = ['onStatus', 'onPlan', 'onOpenInterview', 'onOpenCompany', 'onOpenPerson', 'onDelete', 'onTags', 'onNotes', 'onCalendar'];
  const props = {
    person: p,
    company,
    interviews: [],
    referrals: [],
    commonGround: [],
    ...Object.fromEntries(fns.map((n) => [n, vi.fn()])),
  };
  return mount(<PersonView {...(props as unknown as PersonViewProps)} />);
}

describe('a person’s headline beside their role', () => {
  it('is left out when it only says "title at company", which the next line says', () => {
    const v = view(person('CEO at Northwind'));
    const header = v.root.querySelector('header')!;
    expect([...header.querySelectorAll('p')].map((e) => e.textContent)).toEqual(['CEO at Northwind']);
    v.unmount();
  });

  it('is kept when it says anything of its own', () => {
    const v = view(person('CEO at Northwind | Investor in climate start-ups'));
    expect(v.root.querySelector('header p')?.textContent).toBe('CEO at Northwind | Investor in climate start-ups');
    v.unmount();
  });

  it.each([
    ['CEO @ Northwind', false],
    ['Geschäftsführer bei Northwind', true],
    ['CEO, Northwind', false],
    ['Software Artist', true],
    ['', false],
  ])('%s → %s', (headline, adds) => {
    expect(headlineAddsToRole(headline, 'CEO', 'Northwind')).toBe(adds);
  });
});
