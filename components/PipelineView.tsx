import { useState } from 'preact/hooks';
import { PERSON_STATUSES, type PersonStatus } from '@/lib/schema/dossier';
import { listing } from '@/lib/prep/clean';
import { formatDate } from '@/lib/ui/format';
import type { PipelineCard } from '@/lib/ui/pipeline';
import { STATUS_LABELS } from '@/lib/ui/format';

export interface PipelineViewProps {
  columns: Record<PersonStatus, PipelineCard[]>;
  onOpen(personId: string): void;
  onStatus(personId: string, status: PersonStatus): void;
}

/** How many people a column lists before "Show all": the most urgent come first. */
const COLUMN_FIRST = 25;
/**
 * "To contact" is a backlog without dates, and every person of a clipped team page starts there:
 * 22 of them pushed the meeting due tomorrow (Scheduled) a screen and a half down.
 */
const BACKLOG_FIRST = 5;
const firstOf = (status: PersonStatus) => (status === 'to-contact' ? BACKLOG_FIRST : COLUMN_FIRST);

/** People by status, each with the next thing to do and when. */
export function PipelineView({ columns, onOpen, onStatus }: PipelineViewProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<PersonStatus>>(new Set());
  // Before a first meeting, four of five columns said "Nobody here." in a card each: two
  // screens of nothing at 360 px. A stage nobody is at is named in one line instead.
  const held = PERSON_STATUSES.filter((s) => columns[s].length);
  const empty = PERSON_STATUSES.filter((s) => !columns[s].length);
  return (
    <section class="stack" aria-labelledby="pipeline-h">
      <h1 id="pipeline-h">Pipeline</h1>
      {!held.length && (
        <p class="muted">
          Nobody yet. Clip the profile of someone you want to meet, or plan a meeting: each person shows here with the next step.
        </p>
      )}
      {held.map((status) => (
        <section key={status} class="card stack pipeline-col" aria-labelledby={`col-${status}`}>
          <h2 id={`col-${status}`}>
            {STATUS_LABELS[status]} <span class="muted">({columns[status].length})</span>
          </h2>
          <ul class="plain list">
            {(expanded.has(status) ? columns[status] : columns[status].slice(0, firstOf(status))).map((c) => (
              <li key={c.person.id} class="pipeline-card">
                <div class="row">
                  <button type="button" class="btn link" onClick={() => onOpen(c.person.id)}>
                    {c.person.name}
                  </button>
                  <span class="spacer" />
                  <select
                    aria-label={`Status of ${c.person.name}`}
                    value={status}
                    onChange={(e) => onStatus(c.person.id, (e.target as HTMLSelectElement).value as PersonStatus)}
                  >
                    {PERSON_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {STATUS_LABELS[s]}
                      </option>
                    ))}
                  </select>
                </div>
                <p class="small muted">{[c.person.currentTitle, c.companyName].filter(Boolean).join(' · ')}</p>
                <p class={`small ${c.overdue ? 'overdue' : ''}`}>
                  Next: {c.next}
                  {c.due !== undefined && (
                    <>
                      {' '}
                      — {c.overdue ? 'overdue since' : 'by'} {formatDate(c.due)}
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
          {!expanded.has(status) && columns[status].length > firstOf(status) && (
            <button type="button" class="btn small align-start" onClick={() => setExpanded(new Set([...expanded, status]))}>
              Show all {columns[status].length} in {STATUS_LABELS[status]}
            </button>
          )}
        </section>
      ))}
      {held.length > 0 && empty.length > 0 && (
        <p class="small muted pipeline-empty">
          Nobody yet in{' '}
          {listing(
            empty.map((s) => STATUS_LABELS[s]),
            'or',
          )}
          .
        </p>
      )}
    </section>
  );
}
