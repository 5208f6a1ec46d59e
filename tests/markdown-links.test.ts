import { bareSheet } from './helpers/sheet';
import { describe, expect, it } from 'vitest';
import { companyMarkdown } from '../lib/export/company-markdown';
import { mdLink, prepSheetMarkdown } from '../lib/prep/markdown';
import type { Clip } from '../lib/schema/dossier';
import { clipRecord, companyRecord, personRecord } from './helpers/records';

const GERMAN = 'https://de.wikipedia.org/wiki/M%C3%BCnchen';
const PAREN = 'https://en.wikipedia.org/wiki/Mercury_(planet)';
const TRAILING = 'https://example.com/a)%20https://evil.example/';
const LONE = 'https://example.com/\uD800x';

const clip = (id: string, url: string, title = 'Source'): Clip => clipRecord(id, url, { title });

/**
 * The link destinations of a Markdown text as CommonMark reads them: `](<…>)` takes everything
 * up to the first unescaped `>`, `](…)` up to the first unbalanced `)`.
 */
function destinations(markdown: string): string[] {
  const out: string[] = [];
  for (const m of markdown.matchAll(/\]\((<([^<>\n]*)>|[^)\s]*)\)/g)) out.push(m[2] ?? m[1]!);
  return out;
}

describe('finding 4: Markdown links keep the URL as stored, in a form Markdown cannot break out of', () => {
  it.each([GERMAN, PAREN, TRAILING])('%s', (url) => {
    const company = companyRecord('c', 'Acme');
    const person = personRecord('p', 'Jane', { profileUrl: url });
    const md = companyMarkdown(company, [person], [clip('k', url)]);
    expect(md).not.toContain('%25');
    // Both links (the clip and the profile) lead to the stored address, whole.
    expect(destinations(md)).toEqual([url, url]);
    // No bare address is left in the text for an autolink to take.
    expect(md.replace(/\]\(<[^>]*>\)/g, '')).not.toMatch(/https?:\/\//);
  });

  it('a lone surrogate in a stored URL gives a link, not an exception', () => {
    expect(() => mdLink('x', LONE)).not.toThrow();
    expect(mdLink('x', LONE)).toBe('[x](<https://example.com/%EF%BF%BDx>)');
  });

  it('the prep sheet uses the same links', () => {
    const sheet = bareSheet({ company: { name: 'Acme', facts: [], news: [{ clipId: 'k', title: 'München story', url: GERMAN }] } });
    expect(destinations(prepSheetMarkdown(sheet))).toEqual([GERMAN]);
  });

  it('an address with < > or a line break cannot end the destination early', () => {
    expect(destinations(mdLink('t', 'https://e.example/a>b<c\nd'))).toEqual(['https://e.example/a%3Eb%3Cc%0Ad']);
  });
});
