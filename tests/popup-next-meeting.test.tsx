import { describe, expect, it } from 'vitest';
import { PopupView, type PopupViewProps } from '../components/PopupView';
import type { ContextResponse } from '../lib/messaging/protocol';
import { mount } from './helpers/render';

const HOUR = 3_600_000;
const next = (when: number, who?: string): NonNullable<ContextResponse['next']> => ({
  interviewId: 'i1',
  when,
  timeZone: 'UTC',
  where: 'Phone call',
  durationMinutes: 30,
  who,
  mustAsk: ['Who else should I talk to, and may I mention your name?'],
});

function popup(context: ContextResponse) {
  const props = {
    tab: { title: 'App Solutions', url: 'https://theappsolutions.com/' },
    context,
    editing: false,
    companies: [],
    companyChoice: '',
    personChoice: '',
    saving: false,
    iconUrl: '',
  } as unknown as PopupViewProps;
  return mount(<PopupView {...props} />);
}

describe('the popup’s meeting card', () => {
  it('names a meeting with a company by the company, and says how it is held', () => {
    const v = popup({ companyId: 'c', companyName: 'The App Solutions', next: next(Date.now() + 48 * HOUR) });
    const card = v.root.querySelector('.next-meeting')!;
    expect(card.querySelector('h2')?.textContent).toBe('Next meeting');
    expect(card.querySelector('p')?.textContent).toMatch(/^The App Solutions · .* · 30 min · Phone call$/);
    expect(card.querySelectorAll('.must-asks li')).toHaveLength(1);
  });

  it('does not offer a meeting long over as the next one: it says so, with its year', () => {
    const when = Date.UTC(new Date().getUTCFullYear() - 1, 0, 20, 14);
    const v = popup({ personId: 'p', personName: 'Drew Fox', next: next(when, 'Drew Fox') });
    const card = v.root.querySelector('.next-meeting')!;
    expect(card.querySelector('h2')?.textContent).toBe('Meeting not marked done');
    expect(card.textContent).toContain(String(new Date().getUTCFullYear() - 1));
    expect(card.textContent).toContain('mark it done on the prep sheet');
    expect(card.querySelector('.must-asks')).toBeNull();
  });
});
