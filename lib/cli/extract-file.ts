import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractPageFull as extractPage } from '../extract/full';
import { savedPageUrl } from '../extract/saved-page';
import type { PageExtraction } from '../schema/page-extraction';

export interface FileExtraction {
  extraction: PageExtraction & { file: string };
  ms: number;
}

/**
 * The browser's extraction, run on a saved page in jsdom: the same registry, the same code.
 * Scripts in the page never run; resources are never fetched.
 */
export function extractFile(file: string, url?: string): FileExtraction {
  const html = readFileSync(file, 'utf8');
  const address = url ?? savedPageUrl(html) ?? 'https://unknown.invalid/';
  const dom = new JSDOM(html, { url: address, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  const start = performance.now();
  const extraction = extractPage(dom.window.document, new URL(address));
  const ms = performance.now() - start;
  dom.window.close();
  return { extraction: { ...extraction, file }, ms };
}
