/**
 * Why a tab cannot be clipped, in words for the person looking at it; undefined when it can be
 * tried. Browsers refuse scripts on their own pages and stores, so asking would only fail later.
 */
export function unclippableReason(url: string | undefined, status?: string): string | undefined {
  // With activeTab granted by the click, only the browser's own pages hide their address.
  if (!url)
    return 'This looks like a page of the browser itself, which no extension may read. Rapport clips web pages: open a company site, a profile or an article.';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'This tab has no web address Rapport can read.';
  }
  const host = u.hostname.toLowerCase();
  if (
    /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|devtools|view-source|chrome-search|chrome-untrusted|resource|data|blob|javascript):$/.test(
      u.protocol,
    )
  ) {
    return 'This is a page of the browser itself. Rapport clips web pages: open a company site, a profile or an article.';
  }
  if (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && u.pathname.startsWith('/webstore')) ||
    host === 'addons.mozilla.org' ||
    host === 'microsoftedge.microsoft.com'
  ) {
    return 'The browser protects its extension store: no extension may read it, so it cannot be clipped.';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') {
    return `Rapport clips web pages; a ${u.protocol.replace(':', '')} address cannot be clipped.`;
  }
  if (/\.pdf$/i.test(u.pathname)) return PDF_MESSAGE;
  if (status === 'loading') return 'This page is still loading. Try again when it has finished.';
  return undefined;
}

export const PDF_MESSAGE = 'This is a PDF. Rapport clips web pages, not PDF files: note what you need from it in the side panel.';
export const FILE_ACCESS_MESSAGE =
  'Rapport may not read files on your computer. To clip saved pages, turn on "Allow access to file URLs" for Rapport in the browser\'s extension settings.';
