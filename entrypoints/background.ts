import { browser } from 'wxt/browser';
import '@/lib/schema/messages-en';
import { browserTabs } from '@/lib/background/browser-tabs';
import { clipNow } from '@/lib/background/clip-now';
import { createHandlers } from '@/lib/background/handlers';
import { onReminder, watchReminders } from '@/lib/background/reminders';
import { showOutcome } from '@/lib/background/feedback';
import { listenForBench } from '@/lib/bench/port';
import { updateBadge } from '@/lib/background/badge';
import { clipLink, saveSelection } from '@/lib/background/menus';
import { openDossier } from '@/lib/browser/side-panel';
import { readSettings, watchSettings } from '@/lib/settings';
import { db } from '@/lib/db/database';
import { dispatch } from '@/lib/messaging/server';

const MENU_CLIP = 'rapport-clip-page';
const MENU_PANEL = 'rapport-open-dossier';
const MENU_LINK = 'rapport-clip-link';
const MENU_NOTE = 'rapport-save-selection';
/** Wakes the sleeping worker now and then, so the reminders' watch catches up (see below). */
const WAKE_ALARM = 'rapport-wake';

export default defineBackground(() => {
  const handlers = createHandlers(db(), browserTabs, { onSaved: async (tabId) => badge(tabId) });
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void dispatch(handlers, message, sender, self).then(sendResponse);
    return true;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    void onReminder(db(), alarm.name, (id, title, message) =>
      browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message }),
    );
  });
  // Reminders follow the meetings because the background watches them, wherever they change. The
  // worker sleeps when idle and a page's write does not wake it: it catches up when it starts
  // (any event, or the periodic wake alarm), as the watch's first answer rebuilds every alarm.
  const reminders = watchReminders(db(), browser.alarms, readSettings, (err) => console.error('Rapport: reminders not scheduled', err));
  watchSettings(reminders.resync);
  browser.alarms.create(WAKE_ALARM, { periodInMinutes: 30 });
  if (import.meta.env.MODE === 'e2e') listenForBench(db(), browserTabs);

  browser.runtime.onInstalled.addListener((details) => {
    // First run: what Rapport does, and the user's own profile (common ground, introduction).
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    browser.contextMenus.removeAll(() => {
      browser.contextMenus.create({ id: MENU_CLIP, title: 'Clip this page to Rapport', contexts: ['page'] });
      browser.contextMenus.create({ id: MENU_PANEL, title: 'Open the Rapport dossier', contexts: ['page', 'action'] });
      browser.contextMenus.create({ id: MENU_LINK, title: 'Clip the linked page to Rapport', contexts: ['link'] });
      browser.contextMenus.create({ id: MENU_NOTE, title: 'Save selection as a note in Rapport', contexts: ['selection'] });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_CLIP && tab?.id !== undefined) void clipNow(db(), browserTabs, tab.id);
    if (info.menuItemId === MENU_PANEL) openPanel(tab?.windowId, tab?.id);
    // Asked inside the click: the browser prompts for the linked site only on a gesture.
    const mayRead = (origin: string) => browser.permissions.request({ origins: [origin] }).catch(() => false);
    if (info.menuItemId === MENU_LINK && info.linkUrl && tab?.id !== undefined)
      void clipLink(db(), browserTabs, browser.tabs, info.linkUrl, tab.id, mayRead);
    if (info.menuItemId === MENU_NOTE && info.selectionText && tab?.id !== undefined)
      void saveSelection(db(), browserTabs, tab.id, tab.url, info.selectionText);
  });

  const openPanel = (windowId: number | undefined, tabId: number | undefined) =>
    openDossier(windowId).catch((err: unknown) =>
      tabId === undefined
        ? console.error('Rapport: the dossier did not open', err)
        : showOutcome(tabId, false, 'The dossier could not open here. Click the Rapport button, then “Open dossier”.'),
    );

  // The badge marks pages already in the dossier, for tabs whose address Rapport may read.
  const badge = (tabId: number) =>
    void browser.tabs.get(tabId).then(
      (t) => (t.url ? updateBadge(db(), action, tabId, t.url) : undefined),
      () => {},
    );
  browser.tabs.onActivated.addListener(({ tabId }) => badge(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => change.status === 'complete' && badge(tabId));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'clip-page' && tab?.id !== undefined) void clipNow(db(), browserTabs, tab.id);
    if (command === 'open-side-panel') openPanel(tab?.windowId, tab?.id);
  });
});
