import { describe, expect, it } from 'vitest';
import { matchesRole, openRoles } from '../lib/prep/open-roles';
import type { Clip } from '../lib/schema/dossier';
import { clipRecord } from './helpers/records';

const clip = (id: string, over: Omit<Partial<Clip>, 'extraction'> & { extraction: Partial<Clip['extraction']> }, updatedAt = 1): Clip =>
  clipRecord(id, `https://wrenfold.io/${id}`, {
    title: id,
    kind: 'company-page',
    capturedAt: updatedAt,
    updatedAt,
    companyId: 'w',
    ...over,
  });

const careers = clip(
  'careers',
  {
    extraction: {
      jobs: [
        { title: 'Senior Backend Engineer (Go)', team: 'Engineering', location: 'Lisbon, Portugal' },
        { title: 'Product Manager, Growth', team: 'Product', location: 'Remote (Europe)' },
        { title: 'Office Manager', location: 'Lisbon, Portugal' },
      ],
    },
  },
  5,
);
const posting = clip(
  'pm-growth',
  {
    kind: 'job-posting',
    extraction: {
      kind: 'job-posting',
      job: { title: 'Product Manager, Growth', location: 'Remote (Europe)', remote: true, postedAt: '2025-11-03' },
    },
  },
  9,
);

describe('open roles and the hook they give the prep sheet', () => {
  it('matches the target role, not its seniority or a neighbouring role', () => {
    expect(matchesRole('Senior Product Manager, Growth', 'Product manager')).toBe(true);
    expect(matchesRole('PM, Payments', 'Product Manager')).toBe(true);
    expect(matchesRole('Data Engineer II', 'data engineer')).toBe(true);
    expect(matchesRole('Senior Backend Developer', 'Backend engineer')).toBe(true);
    expect(matchesRole('Office Manager', 'Product manager')).toBe(false);
    expect(matchesRole('Product Designer', 'Product manager')).toBe(false);
    expect(matchesRole('Data Analyst', undefined)).toBe(false);
  });

  it('reads a target with its field ("Process engineer in carbon removal") as the role, the field being where (blind-17 climeworks)', () => {
    expect(matchesRole('Senior Process Engineer', 'Process engineer in carbon removal')).toBe(true);
    expect(matchesRole('Lead Process Engineer', 'Process engineer for a capture plant')).toBe(true);
    expect(matchesRole('Senior Carbon Market Expert', 'Process engineer in carbon removal')).toBe(false);
    // A title with "in training" is a title of its own.
    expect(matchesRole('Engineer', 'Engineer in training')).toBe(false);
  });

  it('lists postings and careers-page roles once each, the match first, the posting winning over its line', () => {
    const roles = openRoles({ company: { id: 'w' }, clips: [careers, posting] }, { targetRole: 'Product manager' });
    expect(roles.map((r) => [r.title, r.source, r.matchesTarget])).toEqual([
      ['Product Manager, Growth', 'posting', true],
      ['Senior Backend Engineer (Go)', 'careers', false],
      ['Office Manager', 'careers', false],
    ]);
    expect(roles[0]).toMatchObject({
      postedAt: '2025-11-03',
      remote: true,
      team: 'Product',
      sourceClipId: 'pm-growth',
      url: 'https://wrenfold.io/pm-growth',
    });
    // A clip of another company is not this company's role.
    expect(openRoles({ company: { id: 'x' }, clips: [careers] }, undefined)).toEqual([]);
  });
});
