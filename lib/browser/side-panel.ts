import { browser } from 'wxt/browser';

type SidePanelApi = { open(options: { windowId?: number; tabId?: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

/**
 * Opens the dossier beside the page: Chrome's side panel, or Firefox's sidebar. Both must be
 * called while handling the user's gesture (a click, a menu item, a shortcut).
 */
export function openDossier(windowId: number | undefined): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  if (api.sidePanel) return api.sidePanel.open({ windowId });
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}
