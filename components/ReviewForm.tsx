import type { PageExtraction, PageKind } from '@/lib/schema/page-extraction';
import { PAGE_KINDS } from '@/lib/schema/page-extraction';
import { KIND_LABELS } from '@/lib/ui/format';
import { type EditableField, editableFields, withEdit } from '@/lib/ui/review';

export interface ReviewFormProps {
  extraction: PageExtraction;
  onChange(next: PageExtraction): void;
}

/** Lets the user correct what Rapport read before it is saved; each corrected field is marked as theirs. */
export function ReviewForm({ extraction, onChange }: ReviewFormProps) {
  const fields = editableFields(extraction.kind);
  return (
    <form class="stack review" aria-label="Correct before saving" onSubmit={(e) => e.preventDefault()}>
      <label class="field">
        Kind of page
        <select
          value={extraction.kind}
          onChange={(e) => onChange({ ...extraction, kind: (e.target as HTMLSelectElement).value as PageKind })}
        >
          {PAGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      {fields.map((f) => (
        <Field key={f.path} field={f} extraction={extraction} onChange={onChange} />
      ))}
    </form>
  );
}

function Field({
  field,
  extraction,
  onChange,
}: {
  field: EditableField;
  extraction: PageExtraction;
  onChange(next: PageExtraction): void;
}) {
  const value = field.get(extraction) ?? '';
  const update = (e: Event) => onChange(withEdit(extraction, field, (e.target as HTMLInputElement).value));
  return (
    <label class="field">
      {field.label}
      {field.multiline ? (
        <textarea rows={3} value={value} onInput={update} maxLength={field.max} />
      ) : field.numeric ? (
        <input type="number" value={value} onInput={update} />
      ) : field.date ? (
        <input type="date" value={value} onInput={update} />
      ) : (
        <input type="text" value={value} onInput={update} maxLength={field.max} />
      )}
    </label>
  );
}
