import { useState } from 'preact/hooks';

/** A delete that asks first, in place: what will go, then a second explicit click. */
export function ConfirmDelete({ label, warning, onConfirm }: { label: string; warning: string; onConfirm(): void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="btn small danger align-start" onClick={() => setAsking(true)}>
        {label}…
      </button>
    );
  }
  return (
    <div class="notice err stack" role="alertdialog" aria-label={label}>
      <p>{warning}</p>
      <div class="row">
        <button type="button" class="btn small danger" onClick={onConfirm}>
          {label}
        </button>
        <button type="button" class="btn small" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
