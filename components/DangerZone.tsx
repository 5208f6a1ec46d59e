import { useState } from 'preact/hooks';

/** "Delete all my data", behind a second, explicit click. */
export function DangerZone({ onDeleteAll }: { onDeleteAll(): Promise<void> }) {
  const [armed, setArmed] = useState(false);
  const [done, setDone] = useState(false);
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
            <button
              type="button"
              class="btn danger"
              onClick={async () => {
                await onDeleteAll();
                setArmed(false);
                setDone(true);
              }}
            >
              Delete everything
            </button>
            <button type="button" class="btn" onClick={() => setArmed(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {done && (
        <p class="notice ok" role="status">
          Your dossier is empty.
        </p>
      )}
    </div>
  );
}
