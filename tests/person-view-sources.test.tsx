import { describe, expect, it, vi } from 'vitest';
import { PersonView, type PersonViewProps } from '../components/PersonView';
import type { Person } from '../lib/schema/dossier';
import { personRecord } from './helpers/records';
import { mount } from './helpers/render';

const person = (extra: Partial<Person> = {}): Person =>
  personRecord('p1', 'Ada Brennan', { currentTitle: 'vice chair and president', sourceClipIds: ['k1'], ...extra });

function view(p: Person, sources: PersonViewProps['sources']) {
  const fns = ['onStatus', 'onPlan', 'onOpenInterview', 'onOpenCompany', 'onOpenPerson', 'onDelete', 'onTags', 'onNotes', 'onCalendar'];
  const props = {
    person: p,
    interviews: [],
    referrals: [],
    commonGround: [],
    sources,
    ...Object.fromEntries(fns.map((n) => [n, vi.fn()])),
  };
  return mount(<PersonView {...(props as unknown as PersonViewProps)} />);
}

describe('a person known only from a page that names them', () => {
  it('says where they were found (an encyclopedia’s key people), linked, with the site named', () => {
    const v = view(person(), [
      { id: 'k1', url: 'https://en.encyclopedia.example/wiki/Northwind', title: 'Northwind', siteName: 'Encyclopedia Example' },
    ]);
    const line = [...v.root.querySelectorAll('p')].find((e) => e.textContent?.startsWith('Found on'));
    expect(line?.textContent).toBe('Found on Northwind (Encyclopedia Example)');
    expect(line?.querySelector('a')?.getAttribute('href')).toBe('https://en.encyclopedia.example/wiki/Northwind');
    v.unmount();
  });

  it('says nothing more for someone with a profile: the profile link is the source', () => {
    const v = view(person({ profileUrl: 'https://www.linkedin.com/in/ada-brennan/' }), [
      { id: 'k1', url: 'https://www.linkedin.com/in/ada-brennan/', title: 'Ada Brennan | LinkedIn', siteName: 'LinkedIn' },
    ]);
    expect(v.text()).not.toContain('Found on');
    v.unmount();
  });
});
