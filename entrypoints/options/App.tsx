import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BadgeSetting } from '@/components/BadgeSetting';
import { DangerZone } from '@/components/DangerZone';
import { ImportBox } from '@/components/ImportBox';
import { LinkedInImport } from '@/components/LinkedInImport';
import { NoticeArea } from '@/components/NoticeArea';
import { SelfProfileForm } from '@/components/SelfProfileForm';
import { ShortcutList } from '@/components/ShortcutList';
import { db } from '@/lib/db/database';
import { saveSelfProfile } from '@/lib/db/edits';
import { readSettings, type Settings, writeSettings } from '@/lib/settings';
import { ActionsContext, useActions } from '@/lib/ui/actions';
import { type Backup, deleteAllData, exportContacts, exportWholeDossier, importBackup, readBackup } from '@/lib/ui/data-actions';
import { selfProfile } from '@/lib/ui/dossier-queries';
import { useLinkedInImport } from '@/lib/ui/use-linkedin-import';
import { useShortcuts } from '@/lib/ui/shortcuts';
import { useLiveQuery } from '@/lib/ui/use-live-query';

export function App() {
  const { notice, run, dismiss } = useActions();
  // null once read and absent; undefined while loading.
  const self = useLiveQuery(() => selfProfile(db()), []);
  const [settings, setSettings] = useState<Settings>();
  const keys = useShortcuts(run);
  const [allTabs, setAllTabs] = useState(false);
  const [pending, setPending] = useState<Backup>();
  const [importing, setImporting] = useState(false);
  const linkedIn = useLinkedInImport(db(), run);
  useEffect(() => run(() => browser.permissions.contains({ permissions: ['tabs'] }), { then: setAllTabs }), [run]);
  useEffect(() => run(readSettings, { then: setSettings }), [run]);

  return (
    <ActionsContext.Provider value={run}>
      <main class="options stack">
        <header class="row options__top">
          <span class="brand">
            <img src={browser.runtime.getURL('/icon/32.png')} alt="" /> Rapport
          </span>
          <NoticeArea notice={notice} onDismiss={dismiss} />
        </header>
        <section class="card">
          {self.value !== undefined && (
            <SelfProfileForm
              profile={self.value ?? undefined}
              onSave={(p) => run(() => saveSelfProfile(db(), p), { success: 'Your profile is saved.' })}
            />
          )}
        </section>
        <BadgeSetting
          allTabs={allTabs}
          onChange={(on) =>
            // Asked inside the click: the browser shows its prompt only on a gesture.
            run(
              async () =>
                on
                  ? browser.permissions.request({ permissions: ['tabs'] })
                  : !(await browser.permissions.remove({ permissions: ['tabs'] })),
              {
                then: setAllTabs,
                success: (has) =>
                  has ? 'The badge now marks every page already in your dossier.' : 'The badge marks only pages you opened Rapport on.',
              },
            )
          }
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
              onChange={(e) => {
                const weeks = Math.min(26, Math.max(1, Number((e.target as HTMLInputElement).value) || 3));
                // The background watches the settings and moves the reminders.
                run(() => writeSettings({ checkInWeeks: weeks }), {
                  then: setSettings,
                  success: `Check-ins now come after ${weeks} weeks.`,
                });
              }}
            />
          </label>
        </section>
        <section class="card stack" aria-labelledby="data-h">
          <h2 id="data-h">Your data</h2>
          <p class="small muted">Your dossier lives in this browser only (IndexedDB). Export it to keep a backup.</p>
          <div class="row wrap">
            <button type="button" class="btn" onClick={() => run(() => exportWholeDossier(db()), { success: (text) => text })}>
              Export the whole dossier (JSON)
            </button>
            <button type="button" class="btn" onClick={() => run(() => exportContacts(db()), { success: (text) => text })}>
              Export contacts (CSV)
            </button>
          </div>
        </section>
        <LinkedInImport {...linkedIn} />
        <section class="card stack" aria-labelledby="import-h">
          <h2 id="import-h">Restore a backup</h2>
          <ImportBox
            preview={pending?.preview}
            busy={importing}
            onFile={(file) => {
              setPending(undefined);
              if (file) run(() => readBackup(file), { then: setPending });
            }}
            onImport={(mode) => {
              setImporting(true);
              run(() => importBackup(db(), pending, mode), {
                success: (text) => text,
                then: () => setPending(undefined),
                always: () => setImporting(false),
              });
            }}
          />
        </section>
        <section class="card stack" aria-labelledby="danger-h">
          <h2 id="danger-h">Delete</h2>
          <DangerZone onDeleteAll={(done) => run(() => deleteAllData(db()), { success: 'Your dossier is empty.', then: done })} />
        </section>
      </main>
    </ActionsContext.Provider>
  );
}
