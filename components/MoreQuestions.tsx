import type { SuggestedQuestion } from '@/lib/prep/types';
import { CATEGORY_LABELS } from '@/lib/prep/types';

/** "More if there is time": the rest of the bank that fits, each one click from the list. */
export function MoreQuestions({ reserve, onPull }: { reserve: SuggestedQuestion[]; onPull(q: SuggestedQuestion): void }) {
  return (
    <ul class="plain list more-questions">
      {reserve.map((q) => (
        <li key={q.id} class="row top">
          <div class="stack tight grow">
            <span>{q.text}</span>
            <span class="small muted">
              {CATEGORY_LABELS[q.category]} · {q.reason}
            </span>
          </div>
          <button type="button" class="btn small" onClick={() => onPull(q)} aria-label={`Add to my questions: ${q.text}`}>
            Add
          </button>
        </li>
      ))}
    </ul>
  );
}
