import { browser } from 'wxt/browser';
import '@/lib/schema/messages-en';
import { browserTabs } from '@/lib/background/browser-tabs';
import { clipNow } from '@/lib/background/clip-now';
import { createHandlers } from '@/lib/background/handlers';
import { onReminder, syncReminders } from '@/lib/background/reminders';
import { openDossier } from '@/lib/browser/side-panel';
import { readSettings } from '@/lib/settings';
import { db } from '@/lib/db/database';
import { dispatch } from '@/lib/messaging/server';

const MENU_CLIP = 'rapport-clip-page';
const MENU_PANEL = 'rapport-open-dossier';

export default defineBackground(() => {
  const sync = async () => syncReminders(db(), browser.alarms, await readSettings());
  const handlers = createHandlers(db(), browserTabs, { syncReminders: sync });
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };

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
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_CLIP && tab?.id !== undefined) void clipNow(db(), browserTabs, tab.id);
    if (info.menuItemId === MENU_PANEL) void openDossier(tab?.windowId).catch(() => {});
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'clip-page' && tab?.id !== undefined) void clipNow(db(), browserTabs, tab.id);
    if (command === 'open-side-panel') void openDossier(tab?.windowId).catch(() => {});
  });
});
