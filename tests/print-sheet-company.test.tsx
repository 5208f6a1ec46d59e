import { describe, expect, it } from 'vitest';
import { PrintSheet } from '../components/PrintSheet';
import type { Interview } from '../lib/schema/dossier';
import { bareSheet } from './helpers/sheet';
import { mount } from './helpers/render';

const interview = {
  id: 'i1',
  when: Date.UTC(2023, 10, 20, 20),
  timeZone: 'America/Chicago',
  durationMinutes: 60,
  status: 'planned',
  createdAt: 0,
  updatedAt: 0,
} as unknown as Interview;

describe('the print view’s company column', () => {
  it('lists the stories clipped about a company known only from the news, not its name over nothing', () => {
    const sheet = bareSheet({
      etiquette: { mode: 'in-person', items: [] },
      company: {
        name: '18th Street Distillery',
        facts: [],
        news: [
          {
            clipId: 'c1',
            title: '18th Street Distillery brings weird, wonderful new spirits to the midwest',
            url: 'https://chicagoreader.com/x',
            date: '2023-11-01',
            siteName: 'Chicago Reader',
          },
        ],
      },
    });
    const v = mount(<PrintSheet sheet={sheet} interview={interview} questions={[]} onPrint={() => {}} />);
    const column = [...v.root.querySelectorAll('.cols section')].find(
      (s) => s.querySelector('h2')?.textContent === '18th Street Distillery',
    )!;
    expect(column.textContent).toContain('Clipped news');
    expect(column.querySelector('li')?.textContent).toBe(
      '18th Street Distillery brings weird, wonderful new spirits to the midwest (Nov 1, 2023, Chicago Reader)',
    );
  });
});
