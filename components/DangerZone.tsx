import { useState } from 'preact/hooks';

/** "Delete all my data", behind a second, explicit click. The outcome shows in the page's notice area. */
export function DangerZone({ onDeleteAll }: { onDeleteAll(done: () => void): void }) {
  const [armed, setArmed] = useState(false);
  return (
    <div class="stack">
      {!armed ? (
        <button type="button" class="btn danger align-start" onClick={() => setArmed(true)}>
          Delete all my data…
        </button>
      ) : (
        <div class="notice err stack" role="alert">
          <p>
            This deletes every company, person, clip, meeting and note, and your profile, from this browser. It cannot be undone. Export a
            backup first if you may need it.
          </p>
          <div class="row">
            <button type="button" class="btn danger" onClick={() => onDeleteAll(() => setArmed(false))}>
              Delete everything
            </button>
            <button type="button" class="btn" onClick={() => setArmed(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
