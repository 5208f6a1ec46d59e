import { describe, expect, it } from 'vitest';
import { PrepSheetView, type PrepSheetViewProps } from '../components/PrepSheetView';
import type { Interview } from '../lib/schema/dossier';
import { bareSheet } from './helpers/sheet';
import { mount } from './helpers/render';

const WHEN = Date.UTC(2024, 0, 16, 9);
const interview = (status: Interview['status']) =>
  ({ id: 'i1', when: WHEN, timeZone: 'Europe/Berlin', durationMinutes: 60, status, createdAt: 0, updatedAt: 0 }) as Interview;

function sheetAt(now: number, status: Interview['status'] = 'planned') {
  const noop = () => {};
  const props = new Proxy(
    {
      interview: interview(status),
      sheet: bareSheet({ etiquette: { mode: 'in-person', items: [] }, meeting: { who: 'Franziska Weber', company: 'Spessart Tourismus' } }),
      questions: [],
      referrals: [],
      thankYou: '',
      now,
    } as Record<string, unknown>,
    { get: (t, k) => (k in t ? t[k as string] : noop) },
  ) as unknown as PrepSheetViewProps;
  return mount(<PrepSheetView {...props} />);
}

describe('the prep sheet’s status line', () => {
  it('says a planned meeting whose time has passed is over, and what to do', () => {
    const v = sheetAt(WHEN + 61 * 60_000);
    expect(v.root.querySelector('header p')?.textContent).toBe(
      'Informational interview · over, not marked done: “Meeting done” opens the thank-you',
    );
  });

  it('says planned before it and during it, and done after it is marked', () => {
    expect(sheetAt(WHEN - 3_600_000).root.querySelector('header p')?.textContent).toBe('Informational interview · planned');
    expect(sheetAt(WHEN + 30 * 60_000).root.querySelector('header p')?.textContent).toBe('Informational interview · planned');
    expect(sheetAt(WHEN + 86_400_000, 'done').root.querySelector('header p')?.textContent).toBe('Informational interview · done');
  });
});
