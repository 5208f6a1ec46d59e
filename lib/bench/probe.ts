import { Readability } from '@mozilla/readability';
import { extractPageFull as extractPage } from '../extract/full';

export interface ProbeResult {
  bytes: number;
  floorMs: number[];
  readabilityMs: number[];
  extractMs: number[];
}

/**
 * Measured in the page, same run, same document: the floor (read the HTML, parse every JSON-LD
 * block, read the meta tags), Readability alone on a clone, and Rapport's extraction.
 */
export function probe(doc: Document, href: string, runs = 7): ProbeResult {
  const floorMs: number[] = [];
  const readabilityMs: number[] = [];
  const extractMs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    bytes = doc.documentElement.outerHTML.length;
    for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
      try {
        JSON.parse(s.textContent ?? '');
      } catch {
        // the floor reads; it does not repair
      }
    }
    for (const m of Array.from(doc.querySelectorAll('meta'))) void m.getAttribute('content');
    floorMs.push(performance.now() - t);
    t = performance.now();
    new Readability(doc.cloneNode(true) as Document).parse();
    readabilityMs.push(performance.now() - t);
    t = performance.now();
    extractPage(doc, new URL(href));
    extractMs.push(performance.now() - t);
  }
  return { bytes, floorMs, readabilityMs, extractMs };
}
