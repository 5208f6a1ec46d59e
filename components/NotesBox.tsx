import { DraftTextarea } from './DraftTextarea';

/** The user's own notes (and selections saved from pages), edited in place. */
export function NotesBox({ notes, onChange, label }: { notes?: string; onChange(notes: string): void; label: string }) {
  return (
    <section class="card stack" aria-label={label}>
      <h2>Notes</h2>
      <DraftTextarea
        rows={notes ? Math.min(12, notes.split('\n').length + 2) : 3}
        maxLength={20_000}
        value={notes ?? ''}
        aria-label={label}
        placeholder="What you want to remember. Selections saved from pages land here too."
        onCommit={onChange}
      />
    </section>
  );
}
