import type { Interview } from '@/lib/schema/dossier';
import { formatMeeting } from '@/lib/ui/time';

export interface MeetingRow {
  interview: Interview;
  who: string;
}

const STATUS: Record<Interview['status'], string> = {
  planned: 'Planned',
  done: 'Done — thank-you due',
  thanked: 'Thanked',
  cancelled: 'Cancelled',
};

/** Every informational interview, upcoming first, with its status. */
export function MeetingList({ rows, onOpen }: { rows: MeetingRow[]; onOpen(id: string): void }) {
  if (!rows.length) return <p class="muted">No meetings yet. Open a person or a company and choose “Plan an informational interview”.</p>;
  return (
    <ul class="plain list" aria-label="Meetings">
      {rows.map(({ interview: i, who }) => (
        <li key={i.id} class="row meeting">
          <span class="stack tight grow">
            <strong>{who}</strong>
            <span class="small muted">
              {formatMeeting(i.when, i.timeZone)} · {i.durationMinutes} min
            </span>
            {/* align-start: in the column a chip stretched into a bar as wide as the row. */}
            <span class={`chip align-start ${i.status === 'done' ? 'warn' : i.status === 'planned' ? '' : 'neutral'}`}>
              {STATUS[i.status]}
            </span>
          </span>
          <button type="button" class="btn small" onClick={() => onOpen(i.id)}>
            Prep sheet
          </button>
        </li>
      ))}
    </ul>
  );
}
