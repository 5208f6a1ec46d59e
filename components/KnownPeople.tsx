import type { KnownPerson } from '@/lib/warm/known-person';
import { formatIsoDate } from '@/lib/ui/format';

export interface KnownPeopleProps {
  companyName: string;
  people: KnownPerson[];
  /** How many there are in all (the list may hold the first few). */
  total: number;
  /** "other" when the page is one of them: "You know 2 other people at …". */
  other?: boolean;
  onOpen?(id: string): void;
}

/** "You know 3 people at Motion": the user's LinkedIn connections there, with common ground. */
export function KnownPeople({ companyName, people, total, other, onOpen }: KnownPeopleProps) {
  if (!total) return null;
  return (
    <section class="card stack known" aria-labelledby="known-h">
      <h2 id="known-h">
        You know {total} {other ? 'other ' : ''}
        {total === 1 ? 'person' : 'people'} at {companyName}
      </h2>
      <ul class="plain list">
        {people.map((p) => (
          <li key={p.id} class="known__person" data-person-id={p.id}>
            {onOpen ? (
              <button type="button" class="btn link" onClick={() => onOpen(p.id)}>
                {p.name}
              </button>
            ) : (
              <strong>{p.name}</strong>
            )}
            <div class="small muted">
              {[p.position, p.since && `connected since ${formatIsoDate(p.since)}`].filter(Boolean).join(' · ')}
            </div>
            {(p.strength === 'likely' || p.commonGround.length > 0) && (
              <div class="row wrap tight">
                {p.strength === 'likely' && p.company && (
                  <span class="chip warn wraps" title="Matched on part of the name: check it is the same company">
                    Listed as {p.company}
                  </span>
                )}
                {p.commonGround.map((g) => (
                  <span key={g} class="chip neutral wraps">
                    Common ground · {g}
                  </span>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
      {people.length < total && <p class="small muted">And {total - people.length} more.</p>}
    </section>
  );
}
