export function CompanyPicker({
  companies,
  selectedId,
  onSelect,
}: {
  /** Every company by name; undefined while the list is read (the picker holds its place, empty). */
  companies: Array<{ id: string; name: string }> | undefined;
  selectedId?: string;
  onSelect(id: string): void;
}) {
  return (
    <label class="field picker">
      <span class="sr-only">Company</span>
      <select value={selectedId ?? ''} onChange={(e) => onSelect((e.target as HTMLSelectElement).value)} aria-label="Switch company">
        {!selectedId && <option value="">Choose a company…</option>}
        {companies?.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
