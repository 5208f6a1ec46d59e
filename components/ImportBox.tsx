import { useState } from 'preact/hooks';
import type { ImportCounts } from '@/lib/schema/export';

export interface ImportBoxProps {
  /** Reads and checks the file; resolves to what it holds or why it cannot be imported. */
  onFile(file: File): Promise<{ ok: true; counts: ImportCounts; exportedAt: string } | { ok: false; error: string }>;
  onImport(mode: 'merge' | 'replace'): Promise<string>;
}

/** Restore a backup: a preview of what the file holds, then merge or replace — all or nothing. */
export function ImportBox({ onFile, onImport }: ImportBoxProps) {
  const [preview, setPreview] = useState<{ counts: ImportCounts; exportedAt: string }>();
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const run = async (mode: 'merge' | 'replace') => {
    setBusy(true);
    try {
      setMessage({ ok: true, text: await onImport(mode) });
      setPreview(undefined);
    } catch (err) {
      setMessage({ ok: false, text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
      setConfirmReplace(false);
    }
  };
  return (
    <div class="stack">
      <label class="field">
        Import a dossier file (JSON)
        <input
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            setMessage(undefined);
            setPreview(undefined);
            if (!file) return;
            const r = await onFile(file);
            if (r.ok) setPreview(r);
            else setMessage({ ok: false, text: r.error });
          }}
        />
      </label>
      {preview && (
        <div class="card stack" aria-label="What the file holds">
          <p>
            This file (exported {preview.exportedAt.slice(0, 10)}) holds {preview.counts.companies} companies, {preview.counts.people}{' '}
            people, {preview.counts.clips} clips, {preview.counts.interviews} meetings and {preview.counts.questions} questions
            {preview.counts.self ? ', and your profile' : ''}.
          </p>
          <div class="row wrap">
            <button type="button" class="btn primary" disabled={busy} onClick={() => run('merge')}>
              Merge into my dossier
            </button>
            {!confirmReplace ? (
              <button type="button" class="btn" disabled={busy} onClick={() => setConfirmReplace(true)}>
                Replace my dossier…
              </button>
            ) : (
              <button type="button" class="btn danger" disabled={busy} onClick={() => run('replace')}>
                Yes, replace everything I have
              </button>
            )}
          </div>
        </div>
      )}
      {message && (
        <p class={`notice ${message.ok ? 'ok' : 'err'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
