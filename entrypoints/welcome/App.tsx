import { browser } from 'wxt/browser';
import { SelfProfileForm, type SelfProfileInput } from '@/components/SelfProfileForm';
import { ShortcutList } from '@/components/ShortcutList';
import { db } from '@/lib/db/database';
import { LinkedInImport } from '@/components/LinkedInImport';
import { importLinkedInPicked } from '@/lib/ui/linkedin-import';
import { useLiveQuery } from '@/lib/ui/use-live-query';
import { useShortcuts } from '@/lib/ui/shortcuts';

/** Shown once, on install: what Rapport does, the user's profile, the shortcuts, the promise. */
export function App() {
  const self = useLiveQuery(async () => (await db().self.get('me')) ?? null, []);
  const keys = useShortcuts();
  // Fields the form does not edit (the headline from LinkedIn) are kept.
  const save = (p: SelfProfileInput) => void db().self.put({ ...self.value, id: 'me', ...p, updatedAt: Date.now() });
  return (
    <main class="options stack welcome">
      <header class="row">
        <span class="brand">
          <img src={browser.runtime.getURL('/icon/32.png')} alt="" /> Rapport
        </span>
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
      <section class="card">{self.value !== undefined && <SelfProfileForm profile={self.value ?? undefined} onSave={save} />}</section>
      <LinkedInImport onFiles={(files) => importLinkedInPicked(db(), files)} />
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
        <button type="button" class="btn align-start" onClick={() => void browser.runtime.openOptionsPage()}>
          Open the settings
        </button>
      </section>
    </main>
  );
}
