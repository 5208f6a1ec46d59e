import { browser } from 'wxt/browser';
import type { TabAccess } from './tab-clipper';

/** The clipper's file in the built extension (entrypoints/clipper.ts, an unlisted script). */
export const CLIPPER_FILE = '/clipper.js';
export const READABLE_FILE = '/readable.js';
export const DETAILS_FILE = '/company-details.js';
export const POSTS_FILE = '/linkedin-posts.js';

export const browserTabs: TabAccess = {
  async getTab(tabId) {
    const tab = await browser.tabs.get(tabId);
    return { url: tab.url, title: tab.title, status: tab.status };
  },
  async runClipper(tabId) {
    // The isolated world (the default) keeps LinkedIn's Trusted Types policy and the page's own
    // scripts away from the clipper; the top frame only, as the user clipped the page they see.
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [CLIPPER_FILE] });
    return first?.result;
  },
  async runReadable(tabId) {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [READABLE_FILE] });
    return first?.result;
  },
  async runDetails(tabId) {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [DETAILS_FILE] });
    return first?.result;
  },
  async runPosts(tabId) {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [POSTS_FILE] });
    return first?.result;
  },
};
