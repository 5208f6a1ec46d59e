import { describe, expect, it } from 'vitest';
import { indexWords, isIndexWord, tokens } from '../lib/search/words';

describe('a word as the search index keeps it (an import keeps the words it carries only when they are)', () => {
  it('takes plain lower-case words and numbers of 2 to 40 characters', () => {
    expect(['zurich', 'b2b', '2026', 'ab', 'x'.repeat(40)].map(isIndexWord)).toEqual([true, true, true, true, true]);
  });

  it('refuses capitals, accents, punctuation, spaces, ligatures and lengths out of range', () => {
    expect(['Zurich', 'zürich', 'co-op', 'two words', 'ﬁne', 'a', '', 'x'.repeat(41)].map(isIndexWord)).toEqual(Array(8).fill(false));
  });

  it('takes words of other scripts that tokens() makes', () => {
    expect(['東京', 'москва', 'αθήνα'.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')].map(isIndexWord)).toEqual([true, true, true]);
  });

  it('holds for every word tokens() and indexWords() make', () => {
    const text = 'Zürich-based Acme Robotics (ACME) raised €12m in 2026; Ørsted, 東京 and Łódź café ﬁnance naïve.';
    for (const w of [...tokens(text), ...indexWords({ title: text, names: ['Ørsted A/S'], text })]) expect(isIndexWord(w), w).toBe(true);
  });
});
