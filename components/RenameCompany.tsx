import { useState } from 'preact/hooks';

export interface RenameCompanyProps {
  name: string;
  /** Another company of the dossier already has the name asked for: offer to combine the two. */
  taken?: { id: string; name: string };
  onRename(name: string): void;
  onCombine(intoId: string): void;
  /** The user gave up on the rename (or on combining). */
  onCancel(): void;
}

/**
 * Renames a company Rapport misnamed from a page; naming it as another company of the dossier
 * offers to combine the two (the same firm clipped under two names).
 */
export function RenameCompany({ name, taken, onRename, onCombine, onCancel }: RenameCompanyProps) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  const close = () => {
    setEditing(false);
    onCancel();
  };
  if (taken) {
    return (
      <div class="notice warn stack" role="alertdialog" aria-label="Combine companies">
        <p>
          <strong>{taken.name}</strong> is already in your dossier. Combine {name} into it? Its clips, people, meetings, facts and notes
          move to {taken.name}, and {name} goes.
        </p>
        <div class="row">
          <button type="button" class="btn small primary" onClick={() => onCombine(taken.id)}>
            Combine into {taken.name}
          </button>
          <button type="button" class="btn small" onClick={close}>
            Cancel
          </button>
        </div>
      </div>
    );
  }
  if (!editing) {
    return (
      <button
        type="button"
        class="btn small"
        onClick={() => {
          setValue(name);
          setEditing(true);
        }}
      >
        Rename
      </button>
    );
  }
  return (
    <form
      class="stack tight"
      aria-label="Rename company"
      onSubmit={(e) => {
        e.preventDefault();
        setEditing(false);
        onRename(value);
      }}
    >
      <label class="field">
        New name
        <input type="text" value={value} maxLength={300} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
      </label>
      <p class="muted small">Use the name of another company in your dossier to combine the two.</p>
      <div class="row">
        <button type="submit" class="btn small primary">
          Save name
        </button>
        <button type="button" class="btn small" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
