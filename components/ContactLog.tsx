import { useState } from 'preact/hooks';
import { LOG_KINDS, type LogEntry, type LogKind } from '@/lib/schema/dossier';
import { formatDate } from '@/lib/ui/format';

export const LOG_LABELS: Record<LogKind, string> = {
  messaged: 'Messaged',
  replied: 'They replied',
  scheduled: 'Meeting scheduled',
  met: 'Met',
  thanked: 'Thanked',
  referred: 'Referred someone',
  note: 'Note',
};
const DRAFT_LABELS = { 'connection-note': 'connection note', ask: 'the ask', nudge: 'the nudge' } as const;

export interface ContactLogProps {
  log: LogEntry[];
  /** Today, as the date input's value (YYYY-MM-DD). */
  today: string;
  onAdd(entry: { kind: LogKind; date: string; text: string }): void;
  onRemove(id: string): void;
}

/** The dated history with this person, newest first, and a line to add to it. */
export function ContactLog({ log, today, onAdd, onRemove }: ContactLogProps) {
  const [kind, setKind] = useState<LogKind>('replied');
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  return (
    <section class="card stack contact-log" aria-labelledby="log-h">
      <h2 id="log-h">Contact log</h2>
      {log.length === 0 ? (
        <p class="small muted">Nothing yet. "Mark as sent" adds your messages here; add replies and notes by hand.</p>
      ) : (
        <ol class="plain list" aria-label="Contact log entries">
          {[...log].reverse().map((e) => (
            <li key={e.id} class="row log-entry">
              <span class="stack tight grow">
                <span>
                  <strong>{formatDate(e.at)}</strong> · {LOG_LABELS[e.kind]}
                  {e.draft ? ` (${DRAFT_LABELS[e.draft]})` : ''}
                </span>
                {e.text && <span class="small muted clamp-2">{e.text}</span>}
              </span>
              <button
                type="button"
                class="btn small link"
                aria-label={`Remove the entry of ${formatDate(e.at)}`}
                onClick={() => onRemove(e.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <form
        class="stack tight log-form"
        onSubmit={(e) => {
          e.preventDefault();
          onAdd({ kind, date, text });
          setText('');
        }}
      >
        <div class="row wrap">
          <label class="field inline">
            What happened
            <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as LogKind)}>
              {LOG_KINDS.map((k) => (
                <option key={k} value={k}>
                  {LOG_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <label class="field inline">
            On
            <input type="date" value={date} max={today} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
          </label>
        </div>
        <label class="field">
          Note (optional)
          <input type="text" maxLength={2000} value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="btn small align-start">
          Add to the log
        </button>
      </form>
    </section>
  );
}
