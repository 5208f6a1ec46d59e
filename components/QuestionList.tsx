import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '@/lib/prep/types';
import { minutesFor } from '@/lib/prep/budget';
import { textRows } from '@/lib/ui/format';
import { DraftTextarea } from './DraftTextarea';
import { useFocusAfterRemoval } from './useFocusAfterRemoval';
import { QUESTION_CATEGORIES, type Question, type QuestionCategory } from '@/lib/schema/dossier';

export interface QuestionEvents {
  onChange(id: string, patch: Partial<Pick<Question, 'text' | 'mustAsk' | 'asked' | 'answerNotes'>>): void;
  onMove(id: string, direction: -1 | 1): void;
  onDelete(id: string): void;
  onAdd(text: string, category: QuestionCategory): void;
}

/**
 * The questions in the order of the conversation, each with its share of the meeting's minutes:
 * tick when asked, note the answer, edit, reorder, delete, add your own.
 */
export function QuestionList({
  questions,
  durationMinutes,
  ...events
}: { questions: Question[]; durationMinutes: number } & QuestionEvents) {
  const ordered = [...questions].sort((a, b) => a.order - b.order);
  const minutes = minutesFor(ordered, durationMinutes);
  const box = useRef<HTMLDivElement>(null);
  // A deleted question takes its buttons with it and the keyboard fell to the page: it goes to the
  // Delete of the question that took its place (or the last one, or the field to add one).
  const refocus = useFocusAfterRemoval(ordered.length, (at) => {
    if (!box.current) return;
    const deletes = box.current.querySelectorAll<HTMLButtonElement>('.question__tools .danger');
    (deletes[Math.min(at, deletes.length - 1)] ?? box.current.querySelector<HTMLInputElement>('.add-question input'))?.focus();
  });
  const onDelete = (id: string) => {
    refocus.current = ordered.findIndex((q) => q.id === id);
    events.onDelete(id);
  };
  return (
    <div class="stack" ref={box}>
      {ordered.length > 0 ? (
        <ol class="plain questions">
          {ordered.map((q, i) => (
            <QuestionItem
              key={q.id}
              q={q}
              n={i + 1}
              minutes={minutes[i]!}
              first={i === 0}
              last={i === ordered.length - 1}
              {...events}
              onDelete={onDelete}
            />
          ))}
        </ol>
      ) : (
        <p class="muted small">No questions yet: add your own below or pull some from “More if there is time”.</p>
      )}
      <AddQuestion onAdd={events.onAdd} />
    </div>
  );
}

function QuestionItem({
  q,
  n,
  minutes,
  first,
  last,
  onChange,
  onMove,
  onDelete,
}: { q: Question; n: number; minutes: number; first: boolean; last: boolean } & Omit<QuestionEvents, 'onAdd'>) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(q.text);
  const field = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // The keyboard goes where the work is: into the question on Edit, back to Edit when it closes
  // (focus stayed on the Edit button below the field, and fell to the page on Save).
  useEffect(() => {
    if (editing) {
      const f = field.current;
      f?.focus();
      f?.setSelectionRange(f.value.length, f.value.length);
    } else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const open = () => {
    // From the stored text: a draft left from an earlier edit would bring back words since saved over.
    setDraft(q.text);
    setEditing(true);
  };
  const save = () => {
    if (draft.trim() && draft.trim() !== q.text) onChange(q.id, { text: draft.trim() });
    setEditing(false);
  };
  return (
    <li class={`question${q.asked ? ' question--asked' : ''}${q.mustAsk ? ' question--must' : ''}`} data-question-id={q.id}>
      <div class="row top">
        <input type="checkbox" checked={q.asked} onChange={() => onChange(q.id, { asked: !q.asked })} aria-label={`Asked: ${q.text}`} />
        <div class="stack tight grow">
          {editing ? (
            // A question runs to three or four lines: a one-line field showed its first thirty
            // characters at 360 px ('I came hoping to understand how', dossiers-blind-16).
            <form
              class="stack tight"
              onSubmit={(e) => {
                e.preventDefault();
                save();
              }}
            >
              <textarea
                ref={field}
                value={draft}
                rows={textRows(draft, 2, 10, 26)}
                maxLength={2000}
                aria-label={`Question ${n}`}
                onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
                onKeyDown={(e) => {
                  // One paragraph: Enter saves (as the one-line field did), Escape leaves it as it was.
                  // Not while an input method composes: that Enter picks the characters (Japanese, Chinese).
                  if (e.isComposing || e.keyCode === 229) return;
                  if (e.key === 'Enter' && !e.shiftKey) {
                    e.preventDefault();
                    save();
                  } else if (e.key === 'Escape') setEditing(false);
                }}
              />
              <div class="row">
                <button type="submit" class="btn small primary">
                  Save
                </button>
                <span class="small muted">Enter saves · Esc cancels</span>
              </div>
            </form>
          ) : (
            <p class="question__text">
              <span class="question__n">{n}.</span> {q.mustAsk && <span class="chip must">★ Must ask</span>} {q.text}
            </p>
          )}
          <p class="small muted">
            {minutes} min · {CATEGORY_LABELS[q.category]}
            {q.origin === 'own' ? ' · your own question' : ''}
          </p>
          {q.reason && <p class="small muted">Why: {q.reason}</p>}
          {q.asked && (
            <label class="field">
              What they said
              <DraftTextarea
                rows={2}
                maxLength={20000}
                value={q.answerNotes ?? ''}
                onCommit={(answerNotes) => onChange(q.id, { answerNotes })}
              />
            </label>
          )}
        </div>
      </div>
      {/* Named by the question's number: seven groups all called "Question tools" told a screen
          reader's user nothing of which question a Delete would remove. */}
      <div class="row question__tools" role="group" aria-label={`Question ${n}`}>
        {/* Says what a click does: a marked question's button read '★ Must ask', the words of its chip,
            and did not tell that it takes the mark off. */}
        <button type="button" class="btn link small" onClick={() => onChange(q.id, { mustAsk: !q.mustAsk })}>
          {q.mustAsk ? 'Unmark must ask' : '☆ Mark must ask'}
        </button>
        <button
          type="button"
          ref={editButton}
          class="btn link small"
          aria-expanded={editing}
          onClick={() => (editing ? setEditing(false) : open())}
        >
          {editing ? 'Cancel' : 'Edit'}
        </button>
        <button type="button" class="btn link small" disabled={first} onClick={() => onMove(q.id, -1)} aria-label="Move up">
          ↑
        </button>
        <button type="button" class="btn link small" disabled={last} onClick={() => onMove(q.id, 1)} aria-label="Move down">
          ↓
        </button>
        <button type="button" class="btn link small danger" onClick={() => onDelete(q.id)}>
          Delete
        </button>
      </div>
    </li>
  );
}

function AddQuestion({ onAdd }: { onAdd(text: string, category: QuestionCategory): void }) {
  const [text, setText] = useState('');
  const [category, setCategory] = useState<QuestionCategory>('role');
  const input = useRef<HTMLInputElement>(null);
  return (
    <form
      class="stack tight add-question"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        onAdd(text.trim(), category);
        setText('');
        // Add is disabled once the field is empty again: the keyboard goes back to the field, for the next one.
        input.current?.focus();
      }}
    >
      <label class="field">
        Add your own question
        <input ref={input} type="text" value={text} maxLength={2000} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      </label>
      {/* The kind is said: a bare list reading "The role, day to day" under the field told nothing
          of what it chose (it sets the question's minutes and where it prints). */}
      <div class="row bottom">
        <label class="field grow">
          Kind of question
          <select value={category} onChange={(e) => setCategory((e.target as HTMLSelectElement).value as QuestionCategory)}>
            {QUESTION_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        {/* Nothing happened on Add with an empty field: the button says it waits for a question. */}
        <button type="submit" class="btn" disabled={!text.trim()}>
          Add
        </button>
      </div>
    </form>
  );
}
