import type { Company, Interview, Person, Question } from '../schema/dossier';
import { tokens } from '../search/words';

/** Search words of a company: its name, domains and tags, then words of its notes. */
export function companyWords(c: Pick<Company, 'name' | 'domains' | 'tags' | 'notes'>): string[] {
  return [...new Set(tokens([c.name, ...(c.domains ?? []), ...(c.tags ?? []), (c.notes ?? '').slice(0, 2_000)].join(' ')))].slice(0, 64);
}

/**
 * Search words of a person: name, role, headline, tags, the employers and schools of their
 * career (a search for a past employer finds them), then words of their notes.
 */
export function personWords(
  p: Pick<Person, 'name' | 'currentTitle' | 'headline' | 'tags' | 'notes'> & Partial<Pick<Person, 'experience' | 'education'>>,
): string[] {
  const career = [...(p.experience ?? []).map((e) => e.company), ...(p.education ?? []).map((e) => e.school)];
  const parts = [p.name, p.currentTitle, p.headline, ...(p.tags ?? []), ...career, (p.notes ?? '').slice(0, 2_000)];
  return [...new Set(tokens(parts.filter(Boolean).join(' ')))].slice(0, 64);
}

/** Notes are searched word for word: every distinct word, up to this many, not only the first 64. */
export const NOTE_WORDS = 500;

const noteWords = (texts: Array<string | undefined>) => [...new Set(tokens(texts.filter(Boolean).join('\n')))].slice(0, NOTE_WORDS);

/** Search words of a meeting's own text: its goal, notes and outcome. */
export const interviewWords = (i: Pick<Interview, 'goal' | 'notes' | 'outcome'>): string[] => noteWords([i.goal, i.notes, i.outcome]);

/** Search words of what the user noted against a question. */
export const questionWords = (q: Pick<Question, 'answerNotes'>): string[] => noteWords([q.answerNotes]);
