import { useState } from 'preact/hooks';

export interface LinkedInImportProps {
  /** Reads and imports the files; resolves to the sentence to show (success or why not). */
  onFiles(files: File[]): Promise<{ ok: boolean; text: string }>;
}

/** Import the LinkedIn data export: how to get it, what Rapport reads, the file picker, the outcome. */
export function LinkedInImport({ onFiles }: LinkedInImportProps) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  return (
    <section class="card stack linkedin-import" aria-labelledby="li-h">
      <h2 id="li-h">Import your LinkedIn connections</h2>
      <p class="small">
        Rapport can tell you whom you already know at a company, and what you share with them. It reads the data export LinkedIn gives every
        member:
      </p>
      <ol class="steps small">
        <li>
          On LinkedIn, open <strong>Me › Settings &amp; Privacy › Data privacy › Get a copy of your data</strong>.
        </li>
        <li>
          Choose <strong>Want something in particular?</strong>, tick <strong>Connections</strong> and <strong>Profile</strong> (your
          positions and education come with it), then <strong>Request archive</strong>.
        </li>
        <li>LinkedIn emails you a link, usually within minutes for connections and within a day for the rest. Download the .zip.</li>
        <li>Choose the .zip below — or just Connections.csv, Profile.csv, Positions.csv or Education.csv from it.</li>
      </ol>
      <p class="small muted">
        Rapport opens only those four files: your connections' names, profile addresses, company, position, the date you connected and their
        email when they share it; your own name, headline, location, employers and schools. Messages and everything else in the archive stay
        unopened. It all stays in this browser. Importing a newer export later updates your connections; it never duplicates them.
      </p>
      <label class="field">
        LinkedIn export (.zip or .csv)
        <input
          type="file"
          multiple
          accept=".zip,.csv,application/zip,text/csv"
          disabled={busy}
          onChange={async (e) => {
            const input = e.target as HTMLInputElement;
            const files = [...(input.files ?? [])];
            if (!files.length) return;
            setBusy(true);
            setMessage(undefined);
            try {
              setMessage(await onFiles(files));
            } catch (err) {
              setMessage({
                ok: false,
                text: `The import failed: ${err instanceof Error ? err.message : String(err)}. Nothing was imported.`,
              });
            } finally {
              setBusy(false);
              input.value = '';
            }
          }}
        />
      </label>
      {busy && <p class="small muted">Reading the export…</p>}
      {message && (
        <p class={`notice ${message.ok ? 'ok' : 'err'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
