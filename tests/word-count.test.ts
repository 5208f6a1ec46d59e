import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../lib/text/word-count';

const bySplit = (t: string) => t.split(/\s+/).filter(Boolean).length;

describe('wordCount', () => {
  it('counts runs of non-space characters', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('   ')).toBe(0);
    expect(wordCount('Acme raised $20 million.')).toBe(4);
    expect(wordCount('  two\u00a0words\n')).toBe(2);
    expect(wordCount('東京 本社')).toBe(2);
  });

  it('counts as split(/\\s+/) does, with every character \\s knows and some it does not', () => {
    // Every white space of /\s/ and neighbours that are not (U+180E, U+200B, a surrogate pair).
    const chars = [...'ab .\t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u180e\u0085', '😀'];
    for (let c = 0; c < 0x10000; c++)
      expect(/\s/.test(String.fromCharCode(c)), c.toString(16)).toBe(wordCount(String.fromCharCode(c)) === 0);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (xs) => {
        const t = xs.join('');
        expect(wordCount(t)).toBe(bySplit(t));
      }),
      { numRuns: 2000 },
    );
  });
});
