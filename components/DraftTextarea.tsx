import type { TextareaHTMLAttributes } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Props = { value: string; onCommit(value: string): void } & Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'onChange' | 'onInput'
>;

/**
 * A textarea that keeps what the user typed until the stored value changes: when saving fails
 * (a full disk, a record deleted elsewhere) the notice says so and the text is still there to
 * save again. It commits on change (when the field loses focus), as the other fields do.
 */
export function DraftTextarea({ value, onCommit, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <textarea {...rest} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} onChange={(e) => onCommit(e.currentTarget.value)} />
  );
}
