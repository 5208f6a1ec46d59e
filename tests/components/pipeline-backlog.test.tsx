import { describe, expect, it, vi } from 'vitest';
import { PipelineView } from '../../components/PipelineView';
import type { Interview, Person } from '../../lib/schema/dossier';
import { pipeline } from '../../lib/ui/pipeline';
import { personRecord } from '../helpers/records';
import { mount } from '../helpers/render';

const NOW = Date.UTC(2026, 10, 30, 12);
const person = (id: string, name: string, currentTitle: string, status: Person['status']): Person =>
  personRecord(id, name, { currentTitle, status, statusAt: NOW, currentCompanyId: 'c' });

// A clipped staff page puts every person it lists in "To contact" (co-disasterkleen-staff: 16 at once).
const staff = Array.from({ length: 12 }, (_, i) =>
  person(`s${i}`, `Alex Staff${String(i).padStart(2, '0')}`, 'Project Coordinator', 'to-contact'),
);
const people = [
  ...staff,
  person('pres', 'Theresa Zane', 'President', 'to-contact'),
  person('dir', 'Dana Yates', 'Director of Human Resources', 'to-contact'),
  person('met', 'Jeff Wolf', 'CEO', 'scheduled'),
];
const interviews = [{ id: 'i', personId: 'met', when: NOW + 86_400_000, durationMinutes: 30, status: 'planned' } as Interview];

describe('the pipeline with a clipped staff page in it', () => {
  it('lists a backlog’s leaders first (no dates to order them by), by rank', () => {
    const cols = pipeline(people, new Map([['c', 'Acme']]), interviews, 6, NOW);
    expect(cols['to-contact'].slice(0, 3).map((c) => c.person.id)).toEqual(['pres', 'dir', 's0']);
  });

  it('puts someone whose own profile was clipped before the people a page merely names', () => {
    const maren = {
      ...person('own', 'Maren Okafor', 'Head of Data Platform', 'to-contact'),
      profileUrl: 'https://www.linkedin.com/in/maren/',
    };
    const cols = pipeline([...people, maren], new Map([['c', 'Acme']]), interviews, 6, NOW);
    expect(cols['to-contact'].slice(0, 3).map((c) => c.person.id)).toEqual(['own', 'pres', 'dir']);
  });

  it('shows five of "To contact" and a way to the rest, so the meeting to prepare is not a screen away', () => {
    const cols = pipeline(people, new Map([['c', 'Acme']]), interviews, 6, NOW);
    const v = mount(<PipelineView columns={cols} onOpen={vi.fn()} onStatus={vi.fn()} />);
    const col = (id: string) => v.root.querySelector(`section[aria-labelledby="col-${id}"]`)!;
    expect(col('to-contact').querySelectorAll('li')).toHaveLength(5);
    const more = col('to-contact').querySelector('button.btn.small')!;
    expect(more.textContent).toBe('Show all 14 in To contact');
    expect(col('scheduled').textContent).toContain('Jeff Wolf');
    v.click(more);
    expect(col('to-contact').querySelectorAll('li')).toHaveLength(14);
    v.unmount();
  });

  it('names the stages nobody is at in one line instead of a card each saying "Nobody here."', () => {
    const cols = pipeline(people, new Map([['c', 'Acme']]), interviews, 6, NOW);
    const v = mount(<PipelineView columns={cols} onOpen={vi.fn()} onStatus={vi.fn()} />);
    expect([...v.root.querySelectorAll('.pipeline-col h2')].map((h) => h.textContent)).toEqual(['To contact (14)', 'Scheduled (1)']);
    expect(v.root.querySelector('.pipeline-empty')?.textContent).toBe('Nobody yet in Contacted, Met or Thanked.');
    expect(v.text()).not.toContain('Nobody here.');
    v.unmount();
    // Nobody at all: one sentence saying how people get there, no empty column.
    const none = mount(<PipelineView columns={pipeline([], new Map(), [], 6, NOW)} onOpen={vi.fn()} onStatus={vi.fn()} />);
    expect(none.root.querySelectorAll('.pipeline-col')).toHaveLength(0);
    expect(none.text()).toContain('Nobody yet. Clip the profile of someone you want to meet, or plan a meeting');
    none.unmount();
  });
});
