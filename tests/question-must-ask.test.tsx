import { describe, expect, it, vi } from 'vitest';
import { QuestionList } from '../components/QuestionList';
import type { Question } from '../lib/schema/dossier';
import { mount } from './helpers/render';

const q = (id: string, mustAsk: boolean, order: number): Question => ({
  id,
  interviewId: 'i1',
  text: `Question ${id}?`,
  category: 'role',
  priority: 0,
  mustAsk,
  origin: 'suggested',
  basis: [],
  asked: false,
  order,
});

describe('the must-ask control', () => {
  it('says what a click does: mark, or take the mark off (not the chip’s words again)', () => {
    const onChange = vi.fn();
    const v = mount(
      <QuestionList
        questions={[q('a', true, 1), q('b', false, 2)]}
        durationMinutes={30}
        onChange={onChange}
        onMove={() => {}}
        onDelete={() => {}}
        onAdd={() => {}}
      />,
    );
    const tools = (n: number) => [...v.root.querySelectorAll(`[aria-label="Question ${n}"] button`)].map((b) => b.textContent);
    expect(tools(1)[0]).toBe('Unmark must ask');
    expect(tools(2)[0]).toBe('☆ Mark must ask');
    // The chip still says the state.
    expect(v.root.querySelector('li .chip.must')?.textContent).toBe('★ Must ask');
    v.click(v.button('Unmark must ask'));
    expect(onChange).toHaveBeenCalledWith('a', { mustAsk: false });
  });
});
