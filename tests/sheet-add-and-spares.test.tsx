import { describe, expect, it, vi } from 'vitest';
import { MoreQuestions, SPARE_SHOWN } from '../components/MoreQuestions';
import { QuestionList } from '../components/QuestionList';
import type { SuggestedQuestion } from '../lib/prep/types';
import { mount } from './helpers/render';

const spare = (i: number): SuggestedQuestion =>
  ({
    id: `s${i}`,
    text: `Spare ${i}?`,
    category: 'industry',
    reason: 'Spare.',
    basis: [],
    intent: `s${i}`,
    priority: 1,
    mustAsk: false,
    minutes: 0,
  }) as SuggestedQuestion;

describe('“more if there is time”', () => {
  it('shows the bank’s first few and the rest one click away, not twelve at once', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => spare(i));
    const v = mount(<MoreQuestions reserve={twelve} onPull={() => {}} />);
    expect(v.root.querySelectorAll('li')).toHaveLength(SPARE_SHOWN);
    expect(SPARE_SHOWN).toBeLessThan(6);
    const toggle = v.button(`Show ${12 - SPARE_SHOWN} more`);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    v.click(toggle);
    expect(v.root.querySelectorAll('li')).toHaveLength(12);
    expect(v.button('Show fewer').getAttribute('aria-expanded')).toBe('true');
  });

  it('has no toggle when the few are all there is', () => {
    const v = mount(<MoreQuestions reserve={[spare(1), spare(2)]} onPull={() => {}} />);
    expect(v.root.querySelectorAll('li')).toHaveLength(2);
    expect([...v.root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Add', 'Add']);
  });
});

describe('adding one’s own question', () => {
  it('labels the kind it chooses, and Add waits for a question', () => {
    const onAdd = vi.fn();
    const v = mount(
      <QuestionList questions={[]} durationMinutes={30} onChange={() => {}} onMove={() => {}} onDelete={() => {}} onAdd={onAdd} />,
    );
    const select = v.root.querySelector('select')!;
    expect(select.closest('label')?.textContent).toMatch(/^Kind of question/);
    const add = v.button('Add');
    expect(add.disabled).toBe(true);
    v.type(v.root.querySelector<HTMLInputElement>('.add-question input')!, 'How do you plan the season?');
    expect(add.disabled).toBe(false);
    v.choose(select, 'company');
    v.click(add);
    expect(onAdd).toHaveBeenCalledWith('How do you plan the season?', 'company');
    // The field is empty and Add disabled again: the keyboard is back in the field, not dropped to the page.
    expect(add.disabled).toBe(true);
    expect(document.activeElement).toBe(v.root.querySelector('.add-question input'));
  });
});
