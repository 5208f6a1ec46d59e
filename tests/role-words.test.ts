import { describe, expect, it } from 'vitest';
import { roleInSentence, userWordsInSentence } from '../lib/text/role-words';

describe('the user’s role words inside a sentence', () => {
  it('lower-cases plain capitals and keeps acronyms and inner capitals', () => {
    expect(roleInSentence('Data Engineer')).toBe('data engineer');
    expect(roleInSentence('Marketing manager')).toBe('marketing manager');
    expect(roleInSentence('OT security architect')).toBe('OT security architect');
    expect(roleInSentence('UX Designer')).toBe('UX designer');
    expect(roleInSentence('DevOps engineer')).toBe('DevOps engineer');
  });
});

describe('the user’s own words inside a sentence (issue 11 §9)', () => {
  it('lowers the form’s first capital of sentence-case words of work, and nothing else', () => {
    expect(userWordsInSentence('Product designer')).toBe('product designer');
    expect(userWordsInSentence('Enterprise account manager')).toBe('enterprise account manager');
    // The user's own casing: acronyms, capitals of their own, words that may be names.
    expect(userWordsInSentence('UX designer')).toBe('UX designer');
    expect(userWordsInSentence('Data Engineer')).toBe('Data Engineer');
    expect(userWordsInSentence('Google engineer')).toBe('Google engineer');
    expect(userWordsInSentence('German literature')).toBe('German literature');
    expect(userWordsInSentence('product designer')).toBe('product designer');
  });
});
