import { describe, expect, it } from 'vitest';
import { roleInSentence } from '../lib/text/role-words';

describe('the user’s role words inside a sentence', () => {
  it('lower-cases plain capitals and keeps acronyms and inner capitals', () => {
    expect(roleInSentence('Data Engineer')).toBe('data engineer');
    expect(roleInSentence('Marketing manager')).toBe('marketing manager');
    expect(roleInSentence('OT security architect')).toBe('OT security architect');
    expect(roleInSentence('UX Designer')).toBe('UX designer');
    expect(roleInSentence('DevOps engineer')).toBe('DevOps engineer');
  });
});
