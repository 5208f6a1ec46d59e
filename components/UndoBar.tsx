/** After a deletion: what went, and a way back. */
export function UndoBar({ text, onUndo, onDismiss }: { text: string; onUndo(): void; onDismiss(): void }) {
  return (
    <div class="notice info row undo" role="status">
      <span class="grow">{text}</span>
      <button type="button" class="btn small" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="btn small link" onClick={onDismiss} aria-label="Dismiss">
        ✕
      </button>
    </div>
  );
}
