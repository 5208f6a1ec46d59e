import type { Gap, KnownFact } from '@/lib/prep/types';

/** What not to ask (the dossier answers it) and what to look up before the meeting, with where. */
export function ResearchFirst({ known, gaps }: { known: KnownFact[]; gaps: Gap[] }) {
  return (
    <div class="stack tight">
      {known.length > 0 && (
        <p class="small">
          <strong>Already known, don't ask:</strong> {known.map((k) => `${k.label.toLowerCase()} (${k.value})`).join('; ')}.
        </p>
      )}
      {gaps.length > 0 && (
        <ul class="plain list research">
          {gaps.map((g) => (
            <li key={g.what} class="stack tight">
              <span>{g.what}</span>
              <span class="small muted">Where: {g.where}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
