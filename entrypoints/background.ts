import { browser } from 'wxt/browser';
import '@/lib/schema/messages-en';
import { browserTabs } from '@/lib/background/browser-tabs';
import { clipNow } from '@/lib/background/clip-now';
import { createHandlers } from '@/lib/background/handlers';
import { onReminder, syncReminders } from '@/lib/background/reminders';
import { updateBadge } from '@/lib/background/badge';
import { clipLink, saveSelection } from '@/lib/background/menus';
import { openDossier } from '@/lib/browser/side-panel';
import { readSettings } from '@/lib/settings';
import { db } from '@/lib/db/database';
import { dispatch } from '@/lib/messaging/server';

const MENU_CLIP = 'rapport-clip-page';
const MENU_PANEL = 'rapport-open-dossier';
const MENU_LINK = 'rapport-clip-link';
const MENU_NOTE = 'rapport-save-selection';

export default defineBackground(() => {
  const sync = async () => syncReminders(db(), browser.alarms, await readSettings());
  const handlers = createHandlers(db(), browserTabs, { syncReminders: sync, onSaved: async (tabId) => badge(tabId) });
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
  browser.runtime.onStartup.addListener(() => void sync());

  browser.runtime.onInstalled.addListener((details) => {
    void sync();
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
    if (info.menuItemId === MENU_PANEL) void openDossier(tab?.windowId).catch(() => {});
    // Asked inside the click: the browser prompts for the linked site only on a gesture.
    const mayRead = (origin: string) => browser.permissions.request({ origins: [origin] }).catch(() => false);
    if (info.menuItemId === MENU_LINK && info.linkUrl && tab?.id !== undefined)
      void clipLink(db(), browserTabs, browser.tabs, info.linkUrl, tab.id, mayRead);
    if (info.menuItemId === MENU_NOTE && info.selectionText && tab?.id !== undefined)
      void saveSelection(db(), browserTabs, tab.id, tab.url, info.selectionText);
  });

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
    if (command === 'open-side-panel') void openDossier(tab?.windowId).catch(() => {});
  });
});
