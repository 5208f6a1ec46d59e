import { useRef, useState } from 'preact/hooks';
import { useFocusAfterRemoval } from './useFocusAfterRemoval';
import type { SuggestedQuestion } from '@/lib/prep/types';
import { CATEGORY_LABELS } from '@/lib/prep/types';

/**
 * The bank ranks its spare questions: the first few show, the rest one click away. Twelve at once
 * (every sheet of dossiers-blind-15…17) ran to a screen and a half at 360 px and pushed "Handle
 * with care" and "Research first" out of reach below them.
 */
export const SPARE_SHOWN = 4;

/** "More if there is time": the rest of the bank that fits, each one click from the list. */
export function MoreQuestions({ reserve, onPull }: { reserve: SuggestedQuestion[]; onPull(q: SuggestedQuestion): void }) {
  // A pulled question leaves this list with its button, and the keyboard fell to the page: it goes
  // to the Add of the question that took its place, to pull the next.
  const list = useRef<HTMLUListElement>(null);
  const [all, setAll] = useState(false);
  const shown = all ? reserve : reserve.slice(0, SPARE_SHOWN);
  const hidden = reserve.length - shown.length;
  const refocus = useFocusAfterRemoval(reserve.length, (at) => {
    const adds = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    adds[Math.min(at, adds.length - 1)]?.focus();
  });
  return (
    <>
      <ul class="plain list more-questions" ref={list}>
        {shown.map((q) => (
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
                refocus.current = shown.indexOf(q);
                onPull(q);
              }}
              aria-label={`Add to my questions: ${q.text}`}
            >
              Add
            </button>
          </li>
        ))}
      </ul>
      {reserve.length > SPARE_SHOWN && (
        <button type="button" class="btn link small align-start" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show ${hidden} more`}
        </button>
      )}
    </>
  );
}
