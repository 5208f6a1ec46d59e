import { useState } from 'preact/hooks';
import type { ImportCounts } from '@/lib/schema/export';

export interface ImportPreview {
  counts: ImportCounts;
  exportedAt: string;
}

export interface ImportBoxProps {
  /** What the chosen file holds, once it was read and checked. */
  preview?: ImportPreview;
  /** An import is running. */
  busy: boolean;
  /** A file was chosen (undefined: the choice was cleared). */
  onFile(file: File | undefined): void;
  onImport(mode: 'merge' | 'replace'): void;
}

/** Restore a backup: a preview of what the file holds, then merge or replace — all or nothing. The outcome shows in the page's notice area. */
export function ImportBox({ preview, busy, onFile, onImport }: ImportBoxProps) {
  const [confirmReplace, setConfirmReplace] = useState(false);
  const start = (mode: 'merge' | 'replace') => {
    setConfirmReplace(false);
    onImport(mode);
  };
  return (
    <div class="stack">
      <label class="field">
        Import a dossier file (JSON)
        <input type="file" accept="application/json,.json" onChange={(e) => onFile((e.target as HTMLInputElement).files?.[0])} />
      </label>
      {preview && (
        <div class="card stack" aria-label="What the file holds">
          <p>
            This file (exported {preview.exportedAt.slice(0, 10)}) holds {preview.counts.companies} companies, {preview.counts.people}{' '}
            people, {preview.counts.clips} clips, {preview.counts.interviews} meetings and {preview.counts.questions} questions
            {preview.counts.self ? ', and your profile' : ''}.
          </p>
          <div class="row wrap">
            <button type="button" class="btn primary" disabled={busy} onClick={() => start('merge')}>
              Merge into my dossier
            </button>
            {!confirmReplace ? (
              <button type="button" class="btn" disabled={busy} onClick={() => setConfirmReplace(true)}>
                Replace my dossier…
              </button>
            ) : (
              <button type="button" class="btn danger" disabled={busy} onClick={() => start('replace')}>
                Yes, replace everything I have
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
