import type { Person } from '@/lib/schema/dossier';

/** People someone referred the user to: each a link to their page in the dossier, with their role. */
export function ReferralList({ people, onOpen }: { people: Person[]; onOpen(id: string): void }) {
  return (
    <ul class="plain list">
      {people.map((r) => (
        <li key={r.id}>
          <button type="button" class="btn link" onClick={() => onOpen(r.id)}>
            {r.name}
          </button>
          {r.currentTitle && <span class="small muted"> · {r.currentTitle}</span>}
        </li>
      ))}
    </ul>
  );
}
