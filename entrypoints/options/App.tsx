import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BadgeSetting } from '@/components/BadgeSetting';
import { DangerZone } from '@/components/DangerZone';
import { ShortcutList } from '@/components/ShortcutList';
import { contactsCsv } from '@/lib/export/csv';
import { useShortcuts } from '@/lib/ui/shortcuts';
import { ImportBox } from '@/components/ImportBox';
import { SelfProfileForm, type SelfProfileInput } from '@/components/SelfProfileForm';
import { deleteEverything } from '@/lib/db/delete';
import { importDossier, parseDossierFile } from '@/lib/db/import';
import type { DossierExport } from '@/lib/schema/export';
import { db } from '@/lib/db/database';
import { LinkedInImport } from '@/components/LinkedInImport';
import { importLinkedInPicked } from '@/lib/ui/linkedin-import';
import { exportDossier } from '@/lib/db/export';
import { send } from '@/lib/messaging/client';
import { readSettings, type Settings, writeSettings } from '@/lib/settings';
import { downloadText } from '@/lib/ui/download';
import { useLiveQuery } from '@/lib/ui/use-live-query';

export function App() {
  // null once read and absent; undefined while loading.
  const self = useLiveQuery(async () => (await db().self.get('me')) ?? null, []);
  const [settings, setSettings] = useState<Settings>();
  const keys = useShortcuts();
  const [allTabs, setAllTabs] = useState(false);
  useEffect(() => void browser.permissions.contains({ permissions: ['tabs'] }).then(setAllTabs), []);
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState<DossierExport>();
  useEffect(() => void readSettings().then(setSettings), []);

  // Fields the form does not edit (the headline from LinkedIn) are kept.
  const saveSelf = (p: SelfProfileInput) => void db().self.put({ ...self.value, id: 'me', ...p, updatedAt: Date.now() });
  const exportAll = async () => {
    try {
      const data = await exportDossier(db());
      downloadText(`rapport-dossier-${data.exportedAt.slice(0, 10)}.json`, JSON.stringify(data, null, 1), 'application/json');
      setMessage(`Exported ${data.companies.length} companies, ${data.people.length} people and ${data.clips.length} clips.`);
    } catch (err) {
      setMessage(`The export failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const exportContacts = async () => {
    const [people, companies, interviews] = await Promise.all([db().people.toArray(), db().companies.toArray(), db().interviews.toArray()]);
    downloadText(
      `rapport-contacts-${new Date().toISOString().slice(0, 10)}.csv`,
      contactsCsv(people, new Map(companies.map((c) => [c.id, c])), interviews),
      'text/csv',
    );
    setMessage(`Exported ${people.length} contacts.`);
  };
  return (
    <main class="options stack">
      <header class="row">
        <span class="brand">
          <img src={browser.runtime.getURL('/icon/32.png')} alt="" /> Rapport
        </span>
      </header>
      <section class="card">{self.value !== undefined && <SelfProfileForm profile={self.value ?? undefined} onSave={saveSelf} />}</section>
      <BadgeSetting
        allTabs={allTabs}
        onChange={async (on) => {
          // Asked inside the click: the browser shows its prompt only on a gesture.
          const ok = on
            ? await browser.permissions.request({ permissions: ['tabs'] })
            : await browser.permissions.remove({ permissions: ['tabs'] });
          setAllTabs(on ? ok : !ok);
        }}
      />
      <section class="card stack" aria-labelledby="keys-h">
        <h2 id="keys-h">Keyboard shortcuts</h2>
        <ShortcutList shortcuts={keys.shortcuts} onOpenSettings={keys.openSettings} settingsHint={keys.hint} />
      </section>
      <section class="card stack" aria-labelledby="rem-h">
        <h2 id="rem-h">Reminders</h2>
        <p class="small muted">
          A thank-you reminder comes when a meeting ends (send it within 24 hours). A check-in reminder follows a few weeks later.
        </p>
        <label class="field">
          Check in after (weeks)
          <input
            type="number"
            min={1}
            max={26}
            value={settings?.checkInWeeks ?? 3}
            onChange={async (e) => {
              const weeks = Math.min(26, Math.max(1, Number((e.target as HTMLInputElement).value) || 3));
              setSettings(await writeSettings({ checkInWeeks: weeks }));
              await send('syncReminders', {}).catch(() => {});
            }}
          />
        </label>
      </section>
      <section class="card stack" aria-labelledby="data-h">
        <h2 id="data-h">Your data</h2>
        <p class="small muted">Your dossier lives in this browser only (IndexedDB). Export it to keep a backup.</p>
        <div class="row wrap">
          <button type="button" class="btn" onClick={exportAll}>
            Export the whole dossier (JSON)
          </button>
          <button type="button" class="btn" onClick={exportContacts}>
            Export contacts (CSV)
          </button>
        </div>
        {message && (
          <p class="notice info" role="status">
            {message}
          </p>
        )}
      </section>
      <LinkedInImport onFiles={(files) => importLinkedInPicked(db(), files)} />
      <section class="card stack" aria-labelledby="import-h">
        <h2 id="import-h">Restore a backup</h2>
        <ImportBox
          onFile={async (file) => {
            const r = parseDossierFile(await file.text());
            if (!r.ok) return r;
            setPending(r.data);
            return { ok: true, counts: r.counts, exportedAt: r.data.exportedAt };
          }}
          onImport={async (mode) => {
            if (!pending) throw new Error('Choose a file first.');
            const r = await importDossier(db(), pending, mode);
            setPending(undefined);
            await send('syncReminders', {}).catch(() => {});
            return mode === 'replace'
              ? `Your dossier was replaced: ${r.added} records.`
              : `Merged: ${r.added} added, ${r.updated} updated, ${r.skipped} already there.`;
          }}
        />
      </section>
      <section class="card stack" aria-labelledby="danger-h">
        <h2 id="danger-h">Delete</h2>
        <DangerZone
          onDeleteAll={async () => {
            await deleteEverything(db());
            await browser.storage.local.clear();
            await browser.storage.session.clear();
            await send('syncReminders', {}).catch(() => {});
          }}
        />
      </section>
    </main>
  );
}
