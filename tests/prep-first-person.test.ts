import { describe, expect, it } from 'vitest';
import { exploringInFirstPerson } from '../lib/prep/first-person';
import { introDraft } from '../lib/prep/intro';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import { company, person, self } from './helpers/prep-records';

// A profile written as a bio ("He is exploring a second career with his hands") was said as
// "I'm exploring a second career with his hands": the person is converted whole, or not at all.
describe('what the user is exploring, said in the first person', () => {
  it('converts a line written in the third person: subject, pronouns and the verb after the subject', () => {
    expect(exploringInFirstPerson('He is exploring a second career with his hands')).toBe('a second career with my hands');
    expect(exploringInFirstPerson('a second career with his hands')).toBe('a second career with my hands');
    expect(exploringInFirstPerson('They are exploring roles where they can use their design skills')).toBe(
      'roles where I can use my design skills',
    );
    expect(exploringInFirstPerson('She is exploring a trade her friends say suits her')).toBe('a trade my friends say suits me');
    expect(exploringInFirstPerson('He wants to work with his hands')).toBe('I want to work with my hands');
    expect(exploringInFirstPerson('Tom hopes to find a trade he enjoys', 'Tom Becker')).toBe('I hope to find a trade I enjoy');
    expect(exploringInFirstPerson('Tom Becker is exploring carpentry', 'Tom Becker')).toBe('carpentry');
  });

  it('keeps a line in the first person, and other people’s pronouns, as written', () => {
    expect(exploringInFirstPerson("I'm exploring moving from teaching into web development")).toBe(
      'moving from teaching into web development',
    );
    expect(exploringInFirstPerson('moving from teaching into web development')).toBe('moving from teaching into web development');
    expect(exploringInFirstPerson('joining my father in his business')).toBe('joining my father in his business');
    // "Their" of other people is theirs: only a "they" the line names as the user is converted.
    expect(exploringInFirstPerson('helping families plan their finances')).toBe('helping families plan their finances');
  });

  it('does not put a line in the user’s mouth when the person cannot be told without guessing', () => {
    // "help her grow" or "help her community": "her" may be either word.
    expect(exploringInFirstPerson('She is exploring how to help her grow')).toBeUndefined();
    // A "he" and a "she": someone else is in the line.
    expect(exploringInFirstPerson('He is exploring joining her bakery')).toBeUndefined();
  });

  it('says it so in the introduction and the questions', () => {
    const co = company('Holzwerk Bauer');
    const input = (exploring: string) =>
      ({
        person: person('Karl Bauer', { currentCompanyId: co.id, currentTitle: 'Master carpenter' }),
        company: co,
        clips: [],
        self: self({ name: 'Tom', field: 'Accounting', targetRole: 'Carpenter', exploring }),
        now: Date.UTC(2024, 0, 16),
      }) as never;
    const intro = introDraft(signals(input('He is exploring a second career with his hands')));
    expect(intro).toContain("Right now I'm exploring a second career with my hands");
    expect(intro).not.toMatch(/\bhis\b|\bHe is\b/);
    expect(introDraft(signals(input('He wants to work with his hands')))).toContain('Right now I want to work with my hands');
    // Not sayable as theirs: the introduction names the role instead.
    const unsure = introDraft(signals(input('She is exploring how to help her grow')));
    expect(unsure).not.toMatch(/\bher\b|exploring/);
    expect(unsure).toContain('carpenter role');
    const all = suggestQuestions(signals(input('He wants to work with his hands')), 60);
    const texts = [...all.questions, ...all.reserve].map((q) => q.text).join('\n');
    expect(texts).not.toMatch(/\bhis hands\b|I'm exploring I\b/);
  });
});
