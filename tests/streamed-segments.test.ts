import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../lib/schema/messages-en';
import { extractFile } from '../lib/cli/extract-file';

// A saved page of a site rendered by React's streaming: the post arrives as a hidden segment at
// the end of the body, and the script that would move it into its placeholder never runs on disk.
const para = (i: number) =>
  `<p>Part ${i}: a side sleeper needs a softer top layer than a back sleeper, so that the shoulder sinks in and the spine stays straight through the night.</p>`;
const post = `<main><h1>What is the best mattress for side sleepers?</h1><p>By Ana Ortiz · March 3, 2025</p>${Array.from({ length: 8 }, (_, i) => para(i)).join('')}</main>`;
const page = (slot: string) => `<!doctype html><html><head><title>What is the best mattress for side sleepers? | Loma Beds</title>
<meta property="og:type" content="article"></head><body><header><a href="/">Loma Beds</a></header>${slot}<footer>© Loma Beds</footer>
<div hidden id="S:2">${post}</div></body></html>`;

function kindOf(html: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'streamed-'));
  try {
    const file = join(dir, 'page.html');
    writeFileSync(file, html);
    return extractFile(file, 'https://www.lomabeds.example/blog/what-is-best-mattress-side-sleepers/').extraction.kind;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a saved page rendered by React streaming', () => {
  it('reads the hidden segment where its placeholder stands, as the browser shows it', () => {
    expect(kindOf(page('<template id="P:2"></template>'))).toBe('article');
    expect(kindOf(page('<template id="B:2"></template><p>Loading…</p>'))).toBe('article');
  });

  it('leaves a hidden block that no placeholder asks for hidden', () => {
    expect(kindOf(page('<template id="P:7"></template>'))).toBe('company-page');
  });
});
