import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractPageFull as extractPage } from '../extract/full';
import { savedPageUrl } from '../extract/saved-page';
import type { PageExtraction } from '../schema/page-extraction';
import { placeStreamedSegments } from './streamed-segments';

export interface FileExtraction {
  extraction: PageExtraction & { file: string };
  ms: number;
}

/**
 * A saved page's bytes as text, in the charset the page declares (a byte-order mark, else
 * `<meta charset>` or `http-equiv` in its first kilobytes), as a browser would read it: many real
 * pages are windows-1252 or ISO-8859-1, and reading them as UTF-8 garbles every accent.
 */
export function decodePage(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  try {
    const decoder = new TextDecoder(label ?? 'utf-8');
    const text = decoder.decode(bytes);
    return decoder.encoding === 'windows-1252' ? text.replace(/[\x80-\x9f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] || c) : text;
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * Bytes 0x80–0x9F in windows-1252 (which browsers use for every "iso-8859-1" page), as a browser
 * shows them: Node without full ICU leaves them as C1 controls, so an en dash between a title's
 * parts ("Advisor \x96 The Birbari Group") vanishes and the parts run together.
 */
const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/**
 * The browser's extraction, run on a saved page in jsdom: the same registry, the same code.
 * Scripts in the page never run; resources are never fetched.
 */
export function extractFile(file: string, url?: string): FileExtraction {
  const html = decodePage(readFileSync(file));
  const address = url ?? savedPageUrl(html) ?? 'https://unknown.invalid/';
  const dom = new JSDOM(html, { url: address, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  placeStreamedSegments(dom.window.document);
  const start = performance.now();
  const extraction = extractPage(dom.window.document, new URL(address));
  const ms = performance.now() - start;
  dom.window.close();
  return { extraction: { ...extraction, file }, ms };
}
