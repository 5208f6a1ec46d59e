import { useState } from 'preact/hooks';
import { epochToZoned, zonedToEpoch } from '@/lib/ui/time';

export interface PlanValues {
  when: number;
  timeZone: string;
  where?: string;
  durationMinutes: number;
  goal?: string;
}

export interface PlanFormProps {
  who: string;
  timeZone: string;
  zones: string[];
  /** A sensible default start: tomorrow at 10:00 in the user's zone. */
  defaultWhen: number;
  onSubmit(values: PlanValues): void;
  onCancel(): void;
}

/** "Plan an informational interview": when (date, time, zone), where, how long, the goal. */
export function PlanForm({ who, timeZone, zones, defaultWhen, onSubmit, onCancel }: PlanFormProps) {
  const start = epochToZoned(defaultWhen, timeZone);
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [zone, setZone] = useState(timeZone);
  const [where, setWhere] = useState('');
  const [duration, setDuration] = useState(30);
  const [goal, setGoal] = useState('');
  const [error, setError] = useState<string>();
  const submit = (e: Event) => {
    e.preventDefault();
    const when = zonedToEpoch(date, time, zone);
    if (when === undefined) return setError('Choose a date and a time.');
    if (!(duration >= 5 && duration <= 480)) return setError('The length must be between 5 and 480 minutes.');
    onSubmit({
      when,
      timeZone: zone,
      where: where.trim() || undefined,
      durationMinutes: Math.round(duration),
      goal: goal.trim() || undefined,
    });
  };
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  return (
    <form class="card stack" onSubmit={submit} aria-labelledby="plan-h">
      <h1 id="plan-h">Plan an informational interview</h1>
      <p class="muted small">With {who}. Ask for 20–30 minutes: it is a favour, keep to the time.</p>
      <div class="row two">
        <label class="field">
          Date
          <input type="date" value={date} onInput={(e) => setDate(value(e))} required />
        </label>
        <label class="field">
          Time
          <input type="time" value={time} onInput={(e) => setTime(value(e))} required />
        </label>
      </div>
      <label class="field">
        Time zone
        <select value={zone} onChange={(e) => setZone(value(e))}>
          {/* The user's own zone is always offered: Chromium's list has no "UTC", so a browser
              set to UTC showed an empty box while the meeting was saved in UTC. */}
          {(zones.includes(timeZone) ? zones : [timeZone, ...zones]).map((z) => (
            <option key={z} value={z}>
              {z.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        Where (a place or a video link)
        <input
          type="text"
          value={where}
          maxLength={500}
          placeholder="Café Nero, Deansgate — or https://meet…"
          onInput={(e) => setWhere(value(e))}
        />
      </label>
      <label class="field">
        Length (minutes)
        <input type="number" min={5} max={480} step={5} value={duration} onInput={(e) => setDuration(Number(value(e)))} />
      </label>
      <label class="field">
        My goal for this conversation
        <textarea
          rows={3}
          maxLength={2000}
          value={goal}
          placeholder="Understand how people move from teaching into UX research"
          onInput={(e) => setGoal(value(e))}
        />
      </label>
      {error && (
        <p class="notice err" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="btn primary">
          Plan it and build the prep sheet
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
