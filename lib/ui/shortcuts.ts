import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Shortcut } from '@/components/ShortcutList';
import type { Run } from './actions';

const isFirefox = () => typeof (browser as unknown as { sidebarAction?: unknown }).sidebarAction !== 'undefined';

/** The extension's commands with their current keys, and how to change them in this browser. */
export function useShortcuts(run: Run): { shortcuts: Shortcut[]; openSettings?: () => void; hint: string } {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(
    () =>
      run(() => browser.commands.getAll(), {
        then: (all) =>
          setShortcuts(
            all
              .filter((c) => c.name && !c.name.startsWith('_'))
              .map((c) => ({ name: c.name!, description: c.description ?? c.name!, shortcut: c.shortcut ?? '' })),
          ),
      }),
    [run],
  );
  if (isFirefox()) {
    return {
      shortcuts,
      hint: 'To change them in Firefox: open the Add-ons page (about:addons), the gear menu, then “Manage Extension Shortcuts”.',
    };
  }
  return {
    shortcuts,
    hint: 'To change them: chrome://extensions/shortcuts.',
    openSettings: () => run(() => browser.tabs.create({ url: 'chrome://extensions/shortcuts' })),
  };
}
