import { describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '../../components/PopupView';
import type { PreviewResponse } from '../../lib/messaging/protocol';
import type { PageExtraction } from '../../lib/schema/page-extraction';
import { mount } from '../helpers/render';

const story: PageExtraction = {
  kind: 'article',
  url: 'https://www.harbourgazette.example/2025/03/18/five-things',
  title: 'Five things to know before markets open',
  extractor: 'generic',
  sources: {},
  article: { title: 'Five things to know before markets open', siteName: 'Harbour Gazette' },
};
const companies = [
  { id: 'c-fern', name: 'Fernhill Robotics' },
  { id: 'c-quill', name: 'Quillmark' },
];

function view(preview: PreviewResponse, companyChoice: string, extraction = preview.extraction) {
  const onChooseCompany = vi.fn();
  const props: PopupViewProps = {
    tab: { title: `(3) ${preview.extraction.title}`, url: story.url },
    preview,
    extraction,
    editing: false,
    companies,
    companyChoice,
    personChoice: '',
    onChoosePerson: vi.fn(),
    saving: false,
    iconUrl: '',
    onChooseCompany,
    onEdit: vi.fn(),
    onToggleEditing: vi.fn(),
    onClip: vi.fn(),
    onOpenDossier: vi.fn(),
    onOpenPrep: vi.fn(),
    onOpenPerson: vi.fn(),
  };
  return { v: mount(<PopupView {...props} />), onChooseCompany };
}

const options = (root: Element) =>
  [...root.querySelectorAll('select option')].map((o) => `${(o as HTMLOptionElement).value}=${o.textContent}`);

describe('the popup’s company picker', () => {
  it('on a story that names no company, offers the company the user is researching, selected, and says why', () => {
    const { v } = view({ extraction: story, extractMs: 5, suggested: { id: 'c-quill', name: 'Quillmark', reason: 'meeting' } }, 'c-quill');
    expect(options(v.root)).toEqual(['=No company', 'c-quill=Quillmark (next meeting)', 'c-fern=Fernhill Robotics']);
    expect((v.root.querySelector('select') as HTMLSelectElement).value).toBe('c-quill');
    expect(v.root.querySelector('[data-testid="company-hint"]')?.textContent).toBe(
      'This page does not say which company it is about. Quillmark is the company of your next meeting.',
    );
    v.unmount();
  });

  it('on a story about a company not in the dossier, keeps that company first and offers the researched one next', () => {
    const { v } = view(
      {
        extraction: { ...story, article: { ...story.article, aboutCompany: 'Tessaly Robotics' } },
        company: { name: 'Tessaly Robotics' },
        extractMs: 5,
        suggested: { id: 'c-fern', name: 'Fernhill Robotics', reason: 'recent' },
      },
      '',
    );
    expect(options(v.root)).toEqual(['=Tessaly Robotics (new)', 'c-fern=Fernhill Robotics (updated last)', 'c-quill=Quillmark']);
    expect((v.root.querySelector('select') as HTMLSelectElement).value).toBe('');
    expect(v.text()).toContain('Tessaly Robotics is not in your dossier yet. Fernhill Robotics is the company you updated last.');
    v.unmount();
  });

  it('on a story about a known company, offers no one else first and gives no hint', () => {
    const { v } = view(
      {
        extraction: { ...story, article: { ...story.article, aboutCompany: 'Fernhill Robotics' } },
        company: { id: 'c-fern', name: 'Fernhill Robotics' },
        extractMs: 5,
      },
      '',
    );
    expect(options(v.root)).toEqual(['=Fernhill Robotics', 'c-quill=Quillmark']);
    expect(v.root.querySelector('[data-testid="company-hint"]')).toBeNull();
    v.unmount();
  });

  it('once the user types which company a story is about, offers that company: the dossier’s of that name, else a new one', () => {
    const preview: PreviewResponse = { extraction: story, extractMs: 5, company: { id: 'c-fern', name: 'Fernhill Robotics' } };
    const typed = (name: string): PageExtraction => ({
      ...story,
      sources: { 'article.aboutCompany': 'user' },
      article: { ...story.article, aboutCompany: name },
    });
    const a = view(preview, '', typed('Tessaly Robotics')).v;
    expect(options(a.root)).toEqual(['=Tessaly Robotics (new)', 'c-fern=Fernhill Robotics', 'c-quill=Quillmark']);
    a.unmount();
    // Typed as the dossier knows it (legal form aside): that company, listed once.
    const b = view(preview, '', typed('Quillmark Ltd')).v;
    expect(options(b.root)).toEqual(['=Quillmark', 'c-fern=Fernhill Robotics']);
    b.unmount();
    // A company page the dossier knows by its site stays with that company whatever its name is corrected to.
    const page: PageExtraction = {
      kind: 'company-page',
      url: 'https://fernhill.example/',
      title: 'Fernhill',
      extractor: 'company-site',
      sources: { 'company.name': 'user' },
      company: { name: 'Fernhill Robotics Group' },
    };
    const c = view({ extraction: page, extractMs: 5, company: { id: 'c-fern', name: 'Fernhill Robotics' } }, '').v;
    expect(options(c.root)[0]).toBe('=Fernhill Robotics');
    c.unmount();
  });

  it('titles the page as Rapport will store it: the tab’s "(3) " notification count is gone', () => {
    const profile: PageExtraction = {
      kind: 'person-profile',
      url: 'https://www.linkedin.com/in/maren/',
      title: 'Maren Okafor-Lindqvist | LinkedIn',
      extractor: 'linkedin-person',
      sources: {},
    };
    const { v } = view({ extraction: profile, extractMs: 5 }, '');
    expect(v.root.querySelector('h1')?.textContent).toBe('Maren Okafor-Lindqvist | LinkedIn');
    v.unmount();
  });

  it('says what the clip will lack when a second reading failed, as a warning beside the page, and nothing when none did', () => {
    const lacking = "Rapport could not read this story's full text, so the clip keeps the text the page shows.";
    const { v } = view({ extraction: story, extractMs: 5, partial: lacking }, '');
    expect(v.root.querySelector('.partial-note')?.textContent).toBe(lacking);
    v.unmount();
    const { v: whole } = view({ extraction: story, extractMs: 5 }, '');
    expect(whole.root.querySelector('.partial-note')).toBeNull();
    whole.unmount();
  });
});
