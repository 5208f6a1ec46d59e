import { bareSheet } from './helpers/sheet';
import { describe, expect, it } from 'vitest';
import { companyMarkdown } from '../lib/export/company-markdown';
import { md } from '../lib/export/markdown-text';
import { prepSheetMarkdown } from '../lib/prep/markdown';
import { companyRecord } from './helpers/records';

const MEET = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_very_long_id_Zm9v@thread.v2/0?context=%7b%22Tid%22%7d';

/** The autolinks of a Markdown text, as CommonMark reads them: `<scheme:…>` with no space or angle bracket. */
const autolinks = (markdown: string) => [...markdown.matchAll(/<(https?:[^\s<>]*)>/g)].map((m) => m[1]);

describe('addresses in exported text survive as written (a copied link carries no backslash)', () => {
  it('the meeting link in "Where" is an autolink, not escaped text', () => {
    const sheet = bareSheet({ meeting: { when: Date.UTC(2026, 11, 1, 9), timeZone: 'UTC', durationMinutes: 30, where: `Teams: ${MEET}` } });
    const out = prepSheetMarkdown(sheet);
    const line = out.split('\n').find((l) => l.includes('**Where:**'))!;
    expect(line).toBe(`- **Where:** Teams: <${MEET}>`);
    expect(line).not.toContain('\\');
  });

  it('a website fact in the company Markdown keeps its underscores', () => {
    const url = 'https://www.my_company.example/about_us';
    const company = companyRecord('c', 'My_Company', { facts: { website: [{ value: url, sourceClipId: 'k', at: 0 }] } });
    const out = companyMarkdown(company, [], []);
    expect(autolinks(out)).toEqual([url]);
    // The name is still text: its underscore escaped so it cannot start emphasis.
    expect(out).toContain('# My\\_Company');
  });

  it('prose around an address is still escaped, and its trailing punctuation stays outside', () => {
    expect(md('See *this*: https://e.example/a_b. Then https://en.wikipedia.org/wiki/Mercury_(planet), ok')).toBe(
      'See \\*this\\*: <https://e.example/a_b>. Then <https://en.wikipedia.org/wiki/Mercury_(planet)>, ok',
    );
    expect(md('(at https://e.example/x)')).toBe('(at <https://e.example/x>)');
    expect(md('a_b <c> no address')).toBe('a\\_b \\<c\\> no address');
  });
});
