import { useEffect, useRef } from 'preact/hooks';
import type { SuggestedQuestion } from '@/lib/prep/types';
import { CATEGORY_LABELS } from '@/lib/prep/types';

/** "More if there is time": the rest of the bank that fits, each one click from the list. */
export function MoreQuestions({ reserve, onPull }: { reserve: SuggestedQuestion[]; onPull(q: SuggestedQuestion): void }) {
  // A pulled question leaves this list with its button, and the keyboard fell to the page: it goes
  // to the Add of the question that took its place, to pull the next.
  const list = useRef<HTMLUListElement>(null);
  const refocus = useRef<number | undefined>(undefined);
  const count = useRef(reserve.length);
  useEffect(() => {
    const at = refocus.current;
    const fewer = reserve.length < count.current;
    count.current = reserve.length;
    refocus.current = undefined;
    if (at === undefined || !fewer) return;
    const adds = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    adds[Math.min(at, adds.length - 1)]?.focus();
  }, [reserve.length]);
  return (
    <ul class="plain list more-questions" ref={list}>
      {reserve.map((q) => (
        <li key={q.id} class="row top">
          <div class="stack tight grow">
            <span>{q.text}</span>
            <span class="small muted">
              {CATEGORY_LABELS[q.category]} · {q.reason}
            </span>
          </div>
          <button
            type="button"
            class="btn small"
            onClick={() => {
              refocus.current = reserve.indexOf(q);
              onPull(q);
            }}
            aria-label={`Add to my questions: ${q.text}`}
          >
            Add
          </button>
        </li>
      ))}
    </ul>
  );
}
