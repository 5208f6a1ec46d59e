import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The URL of the active tab in this window, kept current as tabs change. Without host
 * permissions the browser tells it only for tabs the user opened Rapport on (activeTab); for
 * the others it is undefined and the panel keeps showing what it showed.
 */
export function useActiveTabUrl(): string | undefined {
  const [url, setUrl] = useState<string>();
  useLayoutEffect(() => {
    let alive = true;
    const refresh = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
      if (alive) setUrl(tab?.url);
    };
    const onUpdated = (_id: number, change: { url?: string; status?: string }, tab: { active?: boolean }) => {
      if (tab.active && (change.url || change.status === 'complete')) void refresh();
    };
    const onActivated = () => void refresh();
    void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.windows?.onFocusChanged.addListener(onActivated);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.windows?.onFocusChanged.removeListener(onActivated);
    };
  }, []);
  return url;
}
