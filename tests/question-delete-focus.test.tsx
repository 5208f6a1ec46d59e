import { describe, expect, it, vi } from 'vitest';
import { MoreQuestions } from '../components/MoreQuestions';
import { QuestionList } from '../components/QuestionList';
import { deleteQuestionOf, restore } from '../lib/db/delete';
import type { SuggestedQuestion } from '../lib/prep/types';
import type { Question } from '../lib/schema/dossier';
import { freshDb } from './helpers/factories';
import { mount } from './helpers/render';

const question = (id: string, order: number): Question => ({
  id,
  interviewId: 'i1',
  text: `Question ${id}?`,
  category: 'role',
  priority: 0,
  mustAsk: false,
  origin: 'suggested',
  reason: 'Why not.',
  basis: [],
  asked: false,
  order,
});
const suggestion = (id: string): SuggestedQuestion =>
  ({
    id,
    text: `Spare ${id}?`,
    category: 'industry',
    reason: 'Spare.',
    basis: [],
    intent: id,
    priority: 1,
    mustAsk: false,
    minutes: 0,
  }) as SuggestedQuestion;

describe('the keyboard after a question leaves a list', () => {
  it('Delete: on the Delete of the question that took its place, not dropped to the page', () => {
    const all = [question('a', 1), question('b', 2), question('c', 3)];
    const onDelete = vi.fn();
    const props = { durationMinutes: 30, onChange: () => {}, onMove: () => {}, onAdd: () => {}, onDelete };
    const v = mount(<QuestionList questions={all} {...props} />);
    const del = v.root.querySelector<HTMLButtonElement>('[aria-label="Question 2"] .danger')!;
    del.focus();
    v.click(del);
    expect(onDelete).toHaveBeenCalledWith('b');
    // The dossier answers: 'b' is gone.
    v.rerender(<QuestionList questions={[all[0]!, all[2]!]} {...props} />);
    expect(document.activeElement?.textContent).toBe('Delete');
    expect(document.activeElement?.closest('[role=group]')?.getAttribute('aria-label')).toBe('Question 2');
    expect(document.activeElement?.closest('li')?.textContent).toContain('Question c?');
  });

  it('Add from “more if there is time”: on the Add of the next spare question', () => {
    const spare = [suggestion('x'), suggestion('y'), suggestion('z')];
    const onPull = vi.fn();
    const v = mount(<MoreQuestions reserve={spare} onPull={onPull} />);
    v.click(v.root.querySelectorAll('button')[1]!);
    expect(onPull).toHaveBeenCalledWith(spare[1]);
    v.rerender(<MoreQuestions reserve={[spare[0]!, spare[2]!]} onPull={onPull} />);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Add to my questions: Spare z?');
  });
});

describe('deleting a question', () => {
  it('can be undone: the question comes back with its place, reason and notes', async () => {
    const db = freshDb();
    const q = { ...question('b', 2), answerNotes: 'They said yes.' };
    await db.questions.bulkAdd([question('a', 1), q, question('c', 3)]);
    const snap = await deleteQuestionOf(db, 'b');
    expect(await db.questions.get('b')).toBeUndefined();
    await restore(db, snap);
    expect(await db.questions.get('b')).toEqual(q);
    expect((await db.questions.where('interviewId').equals('i1').sortBy('order')).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});
