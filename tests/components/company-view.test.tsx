import { describe, expect, it, vi } from 'vitest';
import { CompanyDossierView } from '../../components/CompanyDossierView';
import type { Clip, Company } from '../../lib/schema/dossier';
import type { CompanyDossier } from '../../lib/ui/dossier-queries';
import { clipRecord, companyRecord, personRecord } from '../helpers/records';
import { mount } from '../helpers/render';

const clip = (id: string, title: string, url: string): Clip =>
  clipRecord(id, url, { title, kind: 'company-page', capturedAt: 1, updatedAt: 1 });

const company = companyRecord('c1', 'Fernhill Robotics', {
  domains: ['fernhill.example'],
  facts: {
    summary: [{ value: 'Fernhill builds inspection robots for wind farms.', sourceClipId: 'k1', at: 2 }],
    headquarters: [
      { value: 'Bristol, United Kingdom', sourceClipId: 'k1', at: 2 },
      { value: 'Bath, United Kingdom', sourceClipId: 'k2', at: 1 },
    ],
    founded: [{ value: 2016, sourceClipId: 'k2', at: 1 }],
    website: [{ value: 'https://www.fernhill.example/', sourceClipId: 'k1', at: 2 }],
    // A page wrote markup into a fact: it must show as text.
    industry: [{ value: '<img src=x onerror=alert(1)>Robotics', sourceClipId: 'k2', at: 1 }],
  },
  createdAt: 1,
  updatedAt: 2,
});

function dossier(): CompanyDossier {
  const clips = [
    clip('k1', 'About us - Fernhill Robotics', 'https://www.fernhill.example/about'),
    clip('k2', 'Fernhill | LinkedIn', 'https://www.linkedin.com/company/fernhill/'),
  ];
  return { company, clips, clipCount: 2, clipsById: new Map(clips.map((c) => [c.id, c])), people: [], known: [], roles: [] };
}

const handlers = () => ({
  onPin: vi.fn(),
  onOpenPerson: vi.fn(),
  onPlan: vi.fn(),
  onDelete: vi.fn(),
  onTags: vi.fn(),
  onExport: vi.fn(),
  onNotes: vi.fn(),
  onShowAllClips: vi.fn(),
  onRename: vi.fn(),
  onCombine: vi.fn(),
  onCancelRename: vi.fn(),
  onAddPerson: vi.fn(),
  onPlanWith: vi.fn(),
});

describe('the company view', () => {
  it('shows each fact under its catalogue label with the clip it came from', () => {
    const v = mount(<CompanyDossierView dossier={dossier()} {...handlers()} />);
    const rows = [...v.root.querySelectorAll('dl.facts > dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling?.firstElementChild?.textContent,
    ]);
    expect(rows).toEqual([
      ['What it does', 'Fernhill builds inspection robots for wind farms.'],
      ['Industry', '<img src=x onerror=alert(1)>Robotics'],
      ['Headquarters', 'Bristol, United Kingdom'],
      ['Founded', '2016'],
      ['Website', 'fernhill.example'],
    ]);
    expect(v.root.querySelector('dd[data-fact="founded"] .source')?.textContent).toContain('Fernhill | LinkedIn');
    expect(v.root.querySelector('img')).toBeNull();
    v.unmount();
  });

  it('shows a disagreeing source and lets the user pick it', () => {
    const h = handlers();
    const v = mount(<CompanyDossierView dossier={dossier()} {...h} />);
    const hq = v.root.querySelector('dd[data-fact="headquarters"]')!;
    expect(hq.textContent).toContain('1 other source disagrees');
    expect(hq.textContent).toContain('Bath, United Kingdom');
    v.click([...hq.querySelectorAll('button')].find((b) => b.textContent === 'Use this')!);
    expect(h.onPin).toHaveBeenCalledWith('headquarters', 'Bath, United Kingdom');
    v.unmount();
  });

  it('says nothing twice: one page as the source of every fact is named once, the About text that repeats the summary and links already shown are left out', () => {
    const one: Company = {
      ...company,
      facts: {
        summary: [{ value: 'Fernhill builds inspection robots for wind farms.', sourceClipId: 'k1', at: 2 }],
        description: [{ value: 'Fernhill builds inspection robots for wind farms', sourceClipId: 'k1', at: 2 }],
        website: [{ value: 'https://www.fernhill.example/', sourceClipId: 'k1', at: 2 }],
        linkedinUrl: [{ value: 'https://www.linkedin.com/company/fernhill/', sourceClipId: 'k1', at: 2 }],
        socials: [
          {
            value: ['https://twitter.com/fernhill', 'https://linkedin.com/company/fernhill', 'https://www.fernhill.example'],
            sourceClipId: 'k1',
            at: 2,
          },
        ],
      },
    };
    const v = mount(<CompanyDossierView dossier={{ ...dossier(), company: one }} {...handlers()} />);
    expect([...v.root.querySelectorAll('dl.facts > dt')].map((dt) => dt.textContent)).toEqual([
      'What it does',
      'Website',
      'LinkedIn',
      'Elsewhere',
    ]);
    expect(v.root.querySelector('dd[data-fact="socials"]')?.textContent).toBe('Twitter: fernhill');
    expect(v.root.querySelectorAll('dl.facts .source')).toHaveLength(0);
    expect(v.text()).toContain('Every fact below comes from About us - Fernhill Robotics');
    v.unmount();

    // An About text that says more than the summary stays; two sources are cited fact by fact.
    const two: Company = {
      ...one,
      facts: {
        ...one.facts,
        description: [{ value: 'Founded in 2016 in Bristol, Fernhill builds inspection robots.', sourceClipId: 'k2', at: 1 }],
      },
    };
    const w = mount(<CompanyDossierView dossier={{ ...dossier(), company: two }} {...handlers()} />);
    expect(w.root.querySelector('dd[data-fact="description"] .source')?.textContent).toContain('Fernhill | LinkedIn');
    expect(w.text()).not.toContain('Every fact below comes from');
    w.unmount();
  });
});

describe('renaming and combining a company', () => {
  it('renames: the form starts from the current name and raises the name typed', () => {
    const h = handlers();
    const v = mount(<CompanyDossierView dossier={dossier()} {...h} />);
    v.click(v.button('Rename'));
    const input = v.root.querySelector('form[aria-label="Rename company"] input') as HTMLInputElement;
    expect(input.value).toBe('Fernhill Robotics');
    v.type(input, 'Fernhill Robotics Ltd');
    v.click(v.button('Save name'));
    expect(h.onRename).toHaveBeenCalledWith('Fernhill Robotics Ltd');
    expect(v.root.querySelector('form[aria-label="Rename company"]')).toBeNull();
    v.unmount();
  });

  it('when the name is another company’s, says so and offers to combine into it', () => {
    const h = handlers();
    const v = mount(<CompanyDossierView dossier={dossier()} {...h} renameTaken={{ id: 'c9', name: 'Fernhill Group' }} />);
    const dialog = v.root.querySelector('[role="alertdialog"][aria-label="Combine companies"]');
    expect(dialog?.textContent).toContain('Fernhill Group is already in your dossier. Combine Fernhill Robotics into it?');
    v.click(v.button('Combine into Fernhill Group'));
    expect(h.onCombine).toHaveBeenCalledWith('c9');
    v.click(v.button('Cancel'));
    expect(h.onCancelRename).toHaveBeenCalled();
    v.unmount();
  });

  it('a company known only from a story has one card saying what to clip next, not three empty ones', () => {
    // Kroll (its own report) and Fraport (a German trade-paper story) through the built extension.
    const story = {
      ...clip('k1', 'Fraport verdient im Sommer so viel wie noch nie', 'https://www.aero.example/news-1'),
      kind: 'article' as const,
    };
    const bare: CompanyDossier = {
      ...dossier(),
      company: { ...company, name: 'Fraport', domains: [], facts: {} },
      clips: [story],
      clipCount: 1,
      clipsById: new Map([['k1', story]]),
    };
    const v = mount(<CompanyDossierView dossier={bare} {...handlers()} />);
    const headings = [...v.root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toContain('Still to find');
    expect(headings).not.toContain('At a glance');
    expect(headings).not.toContain('People');
    expect(headings.some((h) => h?.startsWith('Open roles'))).toBe(false);
    expect(v.text()).toContain('What Fraport does, its size and where it is: clip its About page or its LinkedIn page.');
    expect(v.text()).toContain('Fraport verdient im Sommer');
    v.unmount();
    // A fact fills "At a glance"; the card to find the rest keeps only what is still missing. A
    // website alone (a careers page, Vercel's) says nothing of what the company does: still to find.
    const one = mount(
      <CompanyDossierView dossier={{ ...bare, company: { ...bare.company, facts: { website: company.facts.website } } }} {...handlers()} />,
    );
    const again = [...one.root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(again).toEqual(['At a glance', 'Still to find', 'Notes', 'Clips']);
    expect([...one.root.querySelectorAll('#next-h + ul li')].map((li) => li.textContent)).toEqual([
      'What Fraport does, its size and where it is: clip its About page or its LinkedIn page.',
      'People: clip the profile of the person you will meet, or its team page.',
      'Open roles: clip its careers page or a job posting.',
    ]);
    const placed = mount(
      <CompanyDossierView
        dossier={{ ...bare, company: { ...bare.company, facts: { headquarters: company.facts.headquarters } } }}
        {...handlers()}
      />,
    );
    expect(placed.root.querySelector('#next-h + ul li')?.textContent).toBe(
      'What Fraport does and its size: clip its About page or its LinkedIn page.',
    );
    placed.unmount();
    const said = mount(
      <CompanyDossierView dossier={{ ...bare, company: { ...bare.company, facts: { summary: company.facts.summary } } }} {...handlers()} />,
    );
    expect(said.root.querySelector('#next-h + ul li')?.textContent).toBe(
      'People: clip the profile of the person you will meet, or its team page.',
    );
    said.unmount();
    expect(one.text()).not.toContain('No facts yet');
    expect(one.text()).not.toContain('No open roles yet');
    one.unmount();
  });

  it('after the user adds a person to a bare company, no empty card comes back: "Still to find" says what to clip for facts and roles', () => {
    // Brennwerk Solartechnik, known from one German story: adding its head of HR by hand showed
    // "No facts yet" and "No open roles yet" cards at 360 px.
    const story = { ...clip('k1', 'Brennwerk Solartechnik baut 240 Stellen ab', 'https://www.news.example/b'), kind: 'article' as const };
    const brennwerk = { ...company, name: 'Brennwerk Solartechnik AG', domains: [], facts: {} };
    const jonas = personRecord('p1', 'Jonas Adler', { currentTitle: 'Personalleiter', currentCompanyId: 'c1' });
    const d: CompanyDossier = {
      ...dossier(),
      company: brennwerk,
      clips: [story],
      clipCount: 1,
      clipsById: new Map([['k1', story]]),
      people: [jonas],
    };
    const v = mount(<CompanyDossierView dossier={d} {...handlers()} addedPerson={{ id: 'p1', name: 'Jonas Adler' }} />);
    expect([...v.root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['People', 'Still to find', 'Notes', 'Clips']);
    expect([...v.root.querySelectorAll('#next-h + ul li')].map((li) => li.textContent)).toEqual([
      'What Brennwerk Solartechnik AG does, its size and where it is: clip its About page or its LinkedIn page.',
      'Open roles: clip its careers page or a job posting.',
    ]);
    expect(v.text()).not.toMatch(/No (facts|people|open roles) yet/);
    // One "Add a person", in the People card beside the outcome.
    expect([...v.root.querySelectorAll('button')].filter((b) => b.textContent === 'Add a person')).toHaveLength(1);
    expect(v.root.querySelector('section[aria-labelledby="people-h"]')?.textContent).toContain('Plan a meeting with Jonas Adler');
    v.unmount();
  });

  it('a company with facts, people and roles has no "Still to find" card', () => {
    const role: CompanyDossier['roles'][number] = {
      title: 'Field engineer',
      sourceClipId: 'k1',
      source: 'careers',
      seenAt: 1,
      matchesTarget: false,
    };
    const d: CompanyDossier = { ...dossier(), people: [personRecord('p1', 'Ada Fern', { currentCompanyId: 'c1' })], roles: [role] };
    const v = mount(<CompanyDossierView dossier={d} {...handlers()} />);
    expect([...v.root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'At a glance',
      'People',
      'Open roles (1)',
      'Notes',
      'Clips',
    ]);
    v.unmount();
  });

  it('asks before deleting, in words naming the company, from a button short enough for one line', () => {
    const h = handlers();
    const long = { ...company, name: 'Landscaping Services in Middletown , NY 10940' };
    const v = mount(<CompanyDossierView dossier={{ ...dossier(), company: long }} {...h} />);
    v.click(v.button('Delete this company…'));
    const dialog = v.root.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('This removes Landscaping Services in Middletown , NY 10940, its 2 clips and its meetings');
    v.click([...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Delete this company')!);
    expect(h.onDelete).toHaveBeenCalled();
    v.unmount();
  });
});
