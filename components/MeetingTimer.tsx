import { useEffect, useState } from 'preact/hooks';

/** A timer against the agreed length: keeping to the time asked for is part of the favour. */
export function MeetingTimer({
  startedAt,
  durationMinutes,
  onStart,
  onStop,
}: {
  startedAt?: number;
  durationMinutes: number;
  onStart(): void;
  onStop(): void;
}) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!startedAt) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [startedAt]);
  if (!startedAt) {
    return (
      <button type="button" class="btn" onClick={onStart}>
        Start the {durationMinutes}-minute timer
      </button>
    );
  }
  const elapsed = Math.max(0, Math.floor((now - startedAt) / 1000));
  const left = durationMinutes * 60 - elapsed;
  const mmss = (s: number) => `${Math.floor(Math.abs(s) / 60)}:${String(Math.abs(s) % 60).padStart(2, '0')}`;
  const state = left < 0 ? 'over' : left <= 5 * 60 ? 'soon' : 'ok';
  return (
    <div class={`timer timer--${state} row`} role="timer" aria-live="off">
      <strong class="timer__clock">{mmss(elapsed)}</strong>
      <span class="small">
        {state === 'over'
          ? `${mmss(-left)} over the ${durationMinutes} minutes — offer to stop`
          : state === 'soon'
            ? `${mmss(left)} left: time to ask who else to talk to`
            : `of ${durationMinutes} min`}
      </span>
      <span class="spacer" />
      <button type="button" class="btn small" onClick={onStop}>
        Stop
      </button>
    </div>
  );
}
