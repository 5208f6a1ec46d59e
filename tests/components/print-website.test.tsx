import { bareSheet } from '../helpers/sheet';
import { describe, expect, it, vi } from 'vitest';
import { PrintSheet } from '../../components/PrintSheet';
import type { Interview } from '../../lib/schema/dossier';
import { mount } from '../helpers/render';

const MEET = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_very_long_id@thread.v2/0';
const interview: Interview = {
  id: 'i1',
  when: Date.UTC(2026, 11, 1, 10),
  timeZone: 'UTC',
  where: MEET,
  durationMinutes: 30,
  status: 'planned',
  createdAt: 0,
  updatedAt: 0,
} as Interview;

// A careers page clipped alone gives the company one fact, its website: the printed sheet showed
// the company's heading over nothing (the lead's review of job-vercel-careers).
const sheet = bareSheet({
  company: { name: 'Quillmark', facts: [{ key: 'website', label: 'Website', value: 'https://www.quillmark.example/' }], news: [] },
  intro: 'Hello.',
});

describe('the printed sheet', () => {
  it('prints a website-only company with its address, as a reader types it', () => {
    const v = mount(<PrintSheet sheet={sheet} interview={interview} questions={[]} onPrint={vi.fn()} />);
    const card = [...v.root.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === 'Quillmark')!;
    expect([...card.querySelectorAll('dt, dd')].map((e) => e.textContent)).toEqual(['Website', 'quillmark.example']);
    v.unmount();
  });

  it('prints the meeting link whole, with no escape in it', () => {
    const v = mount(<PrintSheet sheet={sheet} interview={interview} questions={[]} onPrint={vi.fn()} />);
    expect(v.root.querySelector('header p')?.textContent).toContain(MEET);
    v.unmount();
  });
});
