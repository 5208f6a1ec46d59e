import { browser } from 'wxt/browser';
import { NoticeArea } from '@/components/NoticeArea';
import { SelfProfileForm } from '@/components/SelfProfileForm';
import { ShortcutList } from '@/components/ShortcutList';
import { db } from '@/lib/db/database';
import { saveSelfProfile } from '@/lib/db/edits';
import { useActions } from '@/lib/ui/actions';
import { selfProfile } from '@/lib/ui/dossier-queries';
import { LinkedInImport } from '@/components/LinkedInImport';
import { useLinkedInImport } from '@/lib/ui/use-linkedin-import';
import { useLiveQuery } from '@/lib/ui/use-live-query';
import { useShortcuts } from '@/lib/ui/shortcuts';

/** Shown once, on install: what Rapport does, the user's profile, the shortcuts, the promise. */
export function App() {
  const { notice, run, dismiss } = useActions();
  const self = useLiveQuery(() => selfProfile(db()), []);
  const keys = useShortcuts(run);
  const linkedIn = useLinkedInImport(db(), run);
  return (
    <main class="options stack welcome">
      <header class="row options__top">
        <span class="brand">
          <img src={browser.runtime.getURL('/icon/32.png')} alt="" /> Rapport
        </span>
        <NoticeArea notice={notice} onDismiss={dismiss} />
      </header>
      <section class="card stack" aria-labelledby="welcome-h">
        <h1 id="welcome-h">Welcome to Rapport</h1>
        <p>
          Rapport helps you prepare informational interviews: the 20–30 minutes someone inside a company gives you to talk about their work.
        </p>
        <ol class="steps big">
          <li>
            <strong>Clip what you read.</strong> On a company's site, its LinkedIn page, the profile of the person you will meet or a news
            story, click the Rapport button and press Clip.
          </li>
          <li>
            <strong>Open the dossier.</strong> The side panel gathers each company's facts (with where they came from), its people and your
            clips.
          </li>
          <li>
            <strong>Plan the meeting.</strong> Rapport drafts your introduction and questions worth asking — never the ones a web page
            already answers — and reminds you to say thank you.
          </li>
        </ol>
      </section>
      <section class="card">
        {self.value !== undefined && (
          <SelfProfileForm
            profile={self.value ?? undefined}
            onSave={(p) => run(() => saveSelfProfile(db(), p), { success: 'Your profile is saved.' })}
          />
        )}
      </section>
      <LinkedInImport {...linkedIn} />
      <section class="card stack" aria-labelledby="keys-h">
        <h2 id="keys-h">Shortcuts</h2>
        <ShortcutList shortcuts={keys.shortcuts} onOpenSettings={keys.openSettings} settingsHint={keys.hint} />
      </section>
      <section class="card stack" aria-labelledby="promise-h">
        <h2 id="promise-h">Your research stays yours</h2>
        <p>
          Everything Rapport keeps stays in this browser. It has no server and sends nothing anywhere. You can export it, or delete all of
          it, from the settings.
        </p>
        <button type="button" class="btn align-start" onClick={() => run(() => browser.runtime.openOptionsPage())}>
          Open the settings
        </button>
      </section>
    </main>
  );
}
