import { useState } from 'preact/hooks';
import type { Person } from '@/lib/schema/dossier';
import { ExternalLink } from './ExternalLink';

/** The people of a company: name (opens the person), role and profile link. */
const FIRST = 20;

export function PeopleList({ people, onOpen }: { people: Person[]; onOpen(id: string): void }) {
  const [all, setAll] = useState(false);
  if (!people.length) return <p class="muted">No people yet. Clip the profile of the person you will meet, or the company's team page.</p>;
  const shown = all ? people : people.slice(0, FIRST);
  return (
    <>
      <ul class="plain list" aria-label="People">
        {shown.map((p) => (
          <li key={p.id} class="person" data-person-id={p.id}>
            <div class="row">
              <button type="button" class="btn link person__name" onClick={() => onOpen(p.id)}>
                {p.name}
              </button>
              {p.connection && <span class="chip neutral">Connection</span>}
              <span class="spacer" />
              {p.profileUrl && (
                <ExternalLink href={p.profileUrl} class="small">
                  Profile
                </ExternalLink>
              )}
            </div>
            {(p.currentTitle || p.headline) && <p class="small muted clamp-2">{p.currentTitle ?? p.headline}</p>}
          </li>
        ))}
      </ul>
      {shown.length < people.length && (
        <button type="button" class="btn small align-start" onClick={() => setAll(true)}>
          Show all {people.length} people
        </button>
      )}
    </>
  );
}
