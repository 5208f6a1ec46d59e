import { describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '../../components/PopupView';
import type { PageExtraction } from '../../lib/schema/page-extraction';
import { mount } from '../helpers/render';

// A LinkedIn profile's title is "Name - Headline | LinkedIn": as the heading it said the name and
// headline that the rows just below it say again (the lead's review of real clips).
const profile: PageExtraction = {
  kind: 'person-profile',
  url: 'https://www.linkedin.com/in/ada-penrose',
  title: 'Ada Penrose - Chair, Harbour Trust and Founder, Severn Energy | LinkedIn',
  extractor: 'linkedin-person',
  sources: {},
  person: { name: 'Ada Penrose', headline: 'Chair, Harbour Trust and Founder, Severn Energy', location: 'Bristol' },
};
const story: PageExtraction = {
  kind: 'article',
  url: 'https://www.harbourgazette.example/ada',
  title: 'Ada Penrose joins the board',
  extractor: 'generic',
  sources: {},
  article: { title: 'Ada Penrose joins the board' },
  person: { name: 'Ada Penrose' },
};

function view(extraction: PageExtraction) {
  const props: PopupViewProps = {
    tab: { title: `(3) ${extraction.title}`, url: extraction.url },
    preview: { extraction, extractMs: 5 },
    extraction,
    editing: false,
    companies: [],
    companyChoice: '',
    personChoice: '',
    onChoosePerson: vi.fn(),
    saving: false,
    iconUrl: '',
    onChooseCompany: vi.fn(),
    onEdit: vi.fn(),
    onToggleEditing: vi.fn(),
    onClip: vi.fn(),
    onOpenDossier: vi.fn(),
    onOpenPerson: vi.fn(),
    onOpenPrep: vi.fn(),
  };
  return mount(<PopupView {...props} />);
}

const rows = (root: Element) =>
  [...root.querySelectorAll('dl.facts dt')].map((dt) => `${dt.textContent}=${dt.nextElementSibling?.textContent}`);

describe('the popup’s heading on a person’s profile', () => {
  it('is the person’s name, said once: the headline is a row below it, not part of the heading', () => {
    const v = view(profile);
    expect(v.root.querySelector('h1')?.textContent).toBe('Ada Penrose');
    expect(rows(v.root)).toEqual(['Headline=Chair, Harbour Trust and Founder, Severn Energy', 'Location=Bristol']);
    v.unmount();
  });

  it('drops a headline that only says the title at the company, the "Works at" row below', () => {
    const v = view({
      ...profile,
      person: { name: 'Ada Penrose', headline: 'CEO at Severn Energy', currentTitle: 'CEO', currentCompany: 'Severn Energy' },
    });
    expect(rows(v.root)).toEqual(['Works at=CEO · Severn Energy']);
    v.unmount();
  });

  it('any other page keeps its title as heading, and a person it carries keeps the Name row', () => {
    const v = view(story);
    expect(v.root.querySelector('h1')?.textContent).toBe('Ada Penrose joins the board');
    expect(rows(v.root)[0]).toBe('Name=Ada Penrose');
    v.unmount();
  });
});
