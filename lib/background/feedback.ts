import { browser } from 'wxt/browser';
import { unlessTabGone } from './tab-gone';

/**
 * After a clip from the context menu or the keyboard there is no popup to speak in: the toolbar
 * badge says it (✓ or !) and its tooltip says what happened, for a few seconds.
 */
export async function showOutcome(tabId: number, ok: boolean, message: string): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeBackgroundColor({ tabId, color: ok ? '#1f7a4d' : '#b42318' }).catch(unlessTabGone);
  await action.setBadgeText({ tabId, text: ok ? '✓' : '!' }).catch(unlessTabGone);
  await action.setTitle({ tabId, title: `Rapport: ${message}` }).catch(unlessTabGone);
  setTimeout(() => {
    void action.setBadgeText({ tabId, text: '' }).catch(unlessTabGone);
    void action.setTitle({ tabId, title: 'Rapport: clip this page' }).catch(unlessTabGone);
  }, 6_000);
}
