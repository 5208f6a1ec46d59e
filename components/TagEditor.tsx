import { useState } from 'preact/hooks';

/** Tags as chips: add with Enter, remove with ×. */
export function TagEditor({ tags, onChange, label }: { tags: string[]; onChange(tags: string[]): void; label: string }) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const t = draft.trim().replace(/\s+/g, ' ').slice(0, 40);
    if (t && !tags.some((x) => x.toLowerCase() === t.toLowerCase())) onChange([...tags, t]);
    setDraft('');
  };
  return (
    <div class="row wrap tags" role="group" aria-label={label}>
      {tags.map((t) => (
        <span key={t} class="chip neutral tag">
          {t}
          <button type="button" class="tag__remove" aria-label={`Remove tag ${t}`} onClick={() => onChange(tags.filter((x) => x !== t))}>
            ×
          </button>
        </span>
      ))}
      <input
        type="text"
        class="tag__input"
        value={draft}
        maxLength={40}
        placeholder="Add a tag"
        aria-label={`Add a tag to ${label.toLowerCase()}`}
        onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
        onBlur={add}
      />
    </div>
  );
}
