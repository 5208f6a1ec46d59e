import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A hash of a folder's TypeScript sources (a build from elsewhere gets a new one each time: never an old engine's). */
const sourceHash = (dir: string) => {
  const hash = createHash('sha256');
  try {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort())
      if (/\.tsx?$/.test(file)) hash.update(`${file}\0${readFileSync(join(dir, file), 'utf8')}\0`);
  } catch {
    hash.update(String(Date.now()));
  }
  return hash.digest('hex').slice(0, 16);
};

// lib/ beside this file, whichever folder the build runs from (a relative path read the caller's cwd).
const LIB = fileURLToPath(new URL('./lib', import.meta.url));

// The production manifest asks for nothing beyond what the user's gesture grants (activeTab).
// The e2e build alone may reach pages served on 127.0.0.1, for tests that clip many pages in a row.
export default defineConfig({
  // The prep sheets the side panel keeps are built again by a new engine (lib/ui/sheet-cache.ts):
  // a hash of lib/'s sources, the same for the same code.
  vite: () => ({ plugins: [preact()], define: { __RAPPORT_ENGINE__: JSON.stringify(sourceHash(LIB)) } }),
  hooks: {
    // WXT drops optional_permissions when it writes an MV2 manifest: put them back for Firefox.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox')
        (manifest as { optional_permissions?: string[] }).optional_permissions = ['tabs', 'http://*/*', 'https://*/*'];
    },
    // The benchmark's page and probe exist in the e2e build only: production ships no bench code.
    'entrypoints:found': (wxt, infos) => {
      if (wxt.config.mode === 'e2e') return;
      for (let i = infos.length - 1; i >= 0; i--) if (infos[i]!.name.startsWith('bench')) infos.splice(i, 1);
    },
  },
  manifest: ({ browser, mode }) => ({
    name: 'Rapport — informational interview prep',
    short_name: 'Rapport',
    description:
      'Clip company pages, profiles and news into a private research dossier, and get a prep sheet for your informational interviews.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'alarms', 'notifications'],
    // Asked for only when the user wants them: a linked page's site ("Clip the linked page"),
    // and tab addresses (the badge on every page already in the dossier, a switch in settings).
    ...(browser === 'firefox'
      ? { optional_permissions: ['tabs', 'http://*/*', 'https://*/*'] }
      : { optional_permissions: ['tabs'], optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // Firefox's test driver cannot open moz-extension:// pages directly: the e2e build lets a
    // served page navigate to them. The production build exposes nothing to pages.
    ...(mode === 'e2e' && browser === 'firefox' ? { web_accessible_resources: ['sidepanel.html', 'options.html', 'bench.html'] } : {}),
    action: { default_title: 'Rapport: clip this page' },
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Clip this page to Rapport',
      },
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Open the Rapport dossier',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Rapport collects nothing: the dossier never leaves the browser.
            gecko: { id: 'rapport@rapport.invalid', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
