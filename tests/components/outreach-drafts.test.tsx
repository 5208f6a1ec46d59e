import { describe, expect, it, vi } from 'vitest';
import { OutreachDrafts } from '../../components/OutreachDrafts';
import type { Draft } from '../../lib/outreach/drafts';
import { mount } from '../helpers/render';

const drafts: { note: Draft; ask: Draft; nudge: Draft } = {
  note: { kind: 'connection-note', text: 'Hi Maren, I came across your work.', basis: ['Head of Data Platform'] },
  ask: { kind: 'ask', subject: '20 minutes on your work?', text: 'Hi Maren,\n\nWould you have 20–30 minutes?', basis: [] },
  nudge: { kind: 'nudge', text: 'Hi Maren, a gentle nudge.', basis: [] },
};

function view(extra: { settled?: boolean; connected?: boolean; waitingDays?: number } = {}) {
  const onCopy = vi.fn();
  const m = mount(<OutreachDrafts firstName="Maren" drafts={drafts} connected={false} onCopy={onCopy} onSent={vi.fn()} {...extra} />);
  return { ...m, onCopy };
}

describe('ask for the meeting', () => {
  it('offers the note and the ask to someone not yet met, open', () => {
    const v = view();
    expect(v.root.querySelector('details')).toBeNull();
    expect(v.root.querySelector<HTMLTextAreaElement>('#draft-connection-note')?.value).toBe(drafts.note.text);
    v.click(v.button('Copy message'));
    expect(v.onCopy).toHaveBeenCalledWith(`Subject: 20 minutes on your work?\n\n${drafts.ask.text}`, 'message');
  });

  it('folds the drafts away once a meeting is planned, and still copies them', () => {
    const v = view({ settled: true, connected: true });
    const details = v.root.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('You already have a meeting with Maren. Show the drafts');
    // The "send a message" hint is for someone still to ask.
    expect(v.text()).not.toContain('You are already connected');
    expect(details.querySelector('#draft-ask')).not.toBeNull();
    v.click(v.button('Copy message'));
    expect(v.onCopy).toHaveBeenCalledTimes(1);
  });
});
