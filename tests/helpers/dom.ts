import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

/** A document as the clipper sees it, from a string of HTML at a URL. Scripts never run. */
export function docFrom(html: string, url = 'https://example.com/'): Document {
  return new JSDOM(html, { url, contentType: 'text/html' }).window.document;
}

export function readFixture(path: string): string {
  return readFileSync(path, 'utf8');
}
