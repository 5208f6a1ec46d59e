import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The production manifest asks for nothing beyond what the user's gesture grants (activeTab).
// The e2e build alone may reach pages served on 127.0.0.1, for tests that clip many pages in a row.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  hooks: {
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
      ? { browser_specific_settings: { gecko: { id: 'rapport@rapport.invalid', strict_min_version: '115.0' } } }
      : {}),
  }),
});
