import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { QuestionList } from '../components/QuestionList';
import type { Question } from '../lib/schema/dossier';
import { mount } from './helpers/render';

const LONG =
  'I came hoping to understand how a regional destination organisation is run day to day, and what someone from hotel operations brings to it. What should I know about that, from where you sit?';
const question = (id: string, text: string, order: number): Question => ({
  id,
  interviewId: 'i1',
  text,
  category: 'role',
  priority: 0,
  mustAsk: false,
  origin: 'suggested',
  basis: [],
  asked: false,
  order,
});

function list() {
  const onChange = vi.fn();
  const v = mount(
    <QuestionList
      questions={[question('a', 'How did you find your way into the work you do now?', 1), question('b', LONG, 2)]}
      durationMinutes={60}
      onChange={onChange}
      onMove={() => {}}
      onDelete={() => {}}
      onAdd={() => {}}
    />,
  );
  const tools = v.root.querySelector('[role=group][aria-label="Question 2"]')!;
  const edit = [...tools.querySelectorAll('button')].find((b) => b.textContent === 'Edit')!;
  return { v, onChange, tools, edit };
}

const key = (el: Element, k: string) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

describe('editing a question on the sheet', () => {
  it('opens the whole question in a field that has the keyboard, and says how to leave it', () => {
    const { v, edit } = list();
    v.click(edit);
    const field = v.root.querySelector<HTMLTextAreaElement>('textarea[aria-label="Question 2"]')!;
    // A one-line input showed 'I came hoping to understand how' at 360 px.
    expect(field.tagName).toBe('TEXTAREA');
    expect(field.value).toBe(LONG);
    // Every line of it: about 26 characters a line fit the card at 360 px (the first line scrolled away at 32).
    expect(field.rows).toBeGreaterThanOrEqual(Math.ceil(LONG.length / 26));
    expect(document.activeElement).toBe(field);
    expect(edit.textContent).toBe('Cancel');
    expect(edit.getAttribute('aria-expanded')).toBe('true');
  });

  it('saves on Enter and gives the keyboard back to Edit; Escape leaves the question as it was', () => {
    const { v, onChange, edit } = list();
    v.click(edit);
    let field = v.root.querySelector<HTMLTextAreaElement>('textarea')!;
    v.type(field, 'What should someone from hotel operations learn first?');
    key(field, 'Enter');
    expect(onChange).toHaveBeenCalledWith('b', { text: 'What should someone from hotel operations learn first?' });
    expect(v.root.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(edit);
    expect(edit.textContent).toBe('Edit');

    onChange.mockClear();
    v.click(edit);
    field = v.root.querySelector<HTMLTextAreaElement>('textarea')!;
    // The stored text again, not the draft of the last edit.
    expect(field.value).toBe(LONG);
    v.type(field, 'Something else');
    key(field, 'Escape');
    expect(onChange).not.toHaveBeenCalled();
    expect(v.root.querySelector('textarea')).toBeNull();
  });

  it('does not save on the Enter that ends an input method composition', () => {
    const { v, onChange, edit } = list();
    v.click(edit);
    const field = v.root.querySelector<HTMLTextAreaElement>('textarea')!;
    v.type(field, 'どのように');
    act(() => void field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true })));
    expect(onChange).not.toHaveBeenCalled();
    expect(v.root.querySelector('textarea')).not.toBeNull();
  });
});
