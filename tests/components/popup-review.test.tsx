import { describe, expect, it, vi } from 'vitest';
import { ExtractionSummary } from '../../components/ExtractionSummary';
import { ReviewForm } from '../../components/ReviewForm';
import type { PageExtraction } from '../../lib/schema/page-extraction';
import { mount } from '../helpers/render';

const page: PageExtraction = {
  kind: 'company-page',
  url: 'https://www.fernhill.example/about',
  title: 'About us - Fernhill Robotics',
  extractor: 'company-site',
  sources: { 'company.name': 'json-ld' },
  company: {
    name: 'Fernhill Robotics',
    summary: 'Fernhill builds inspection robots for wind farms.',
    description: 'Fernhill builds inspection robots for wind farms. Long story follows.',
    headquarters: 'Bristol, United Kingdom',
    founded: 2016,
    size: '51-200 employees',
    sizeMin: 51,
    sizeMax: 200,
    website: 'https://www.fernhill.example/',
  },
};

describe('what the popup says it read', () => {
  it('lists the glance facts under their catalogue labels, and no link facts', () => {
    const v = mount(<ExtractionSummary extraction={page} />);
    const rows = [...v.root.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(rows).toEqual([
      'Company: Fernhill Robotics',
      'What it does: Fernhill builds inspection robots for wind farms.',
      'Size: 51-200 employees',
      'Headquarters: Bristol, United Kingdom',
      'Founded: 2016',
    ]);
    v.unmount();
  });

  it('says so when a page has no structured facts', () => {
    const v = mount(<ExtractionSummary extraction={{ ...page, company: undefined }} />);
    expect(v.text()).toContain('No structured facts found');
    v.unmount();
  });
});

describe('correcting before saving', () => {
  it('offers the editable facts and marks a corrected one as the user’s', () => {
    const onChange = vi.fn();
    const v = mount(<ReviewForm extraction={page} onChange={onChange} />);
    const labels = [...v.root.querySelectorAll('label')].map((l) => l.firstChild?.textContent?.trim());
    expect(labels).toEqual(['Kind of page', 'Company name', 'What it does', 'About', 'Industry', 'Size', 'Headquarters', 'Founded (year)']);
    const hq = [...v.root.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Headquarters'))!.querySelector('input')!;
    expect(hq.value).toBe('Bristol, United Kingdom');
    v.type(hq, 'Bath, United Kingdom');
    const next = onChange.mock.calls.at(-1)![0] as PageExtraction;
    expect(next.company?.headquarters).toBe('Bath, United Kingdom');
    expect(next.sources['company.headquarters']).toBe('user');
    expect(next.company?.name).toBe('Fernhill Robotics');
    v.unmount();
  });

  it('re-reads the size as numbers when the user corrects it', () => {
    const onChange = vi.fn();
    const v = mount(<ReviewForm extraction={page} onChange={onChange} />);
    const size = [...v.root.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Size'))!.querySelector('input')!;
    v.type(size, '201-500 employees');
    expect((onChange.mock.calls.at(-1)![0] as PageExtraction).company).toMatchObject({
      size: '201-500 employees',
      sizeMin: 201,
      sizeMax: 500,
    });
    v.unmount();
  });
});

describe('what the popup says it read from a job posting', () => {
  it('names the role, the employer (not the board), where, the type and the date', () => {
    const job: PageExtraction = {
      kind: 'job-posting',
      url: 'https://boards.example/jobs/123',
      title: 'Data Analyst at Fernhill Robotics',
      extractor: 'job-posting',
      sources: {},
      job: {
        title: 'Data Analyst',
        company: 'Fernhill Robotics',
        location: 'Bristol, United Kingdom',
        remote: true,
        employmentType: 'Full-time',
        postedAt: '2026-11-02',
      },
    };
    const v = mount(<ExtractionSummary extraction={job} />);
    const rows = [...v.root.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(rows[0]).toBe('Role: Data Analyst');
    expect(rows[1]).toBe('Employer: Fernhill Robotics');
    expect(rows[2]).toBe('Where: Bristol, United Kingdom · remote possible');
    expect(rows[3]).toBe('Type: Full-time');
    expect(rows[4]).toMatch(/^Posted: .*2026/);
    v.unmount();
  });
});
