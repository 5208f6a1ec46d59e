import { describe, expect, it } from 'vitest';
import { storySubject } from '../lib/extract/article/subject';
import { mergeCases, undeclined } from '../lib/extract/article/subject-declined';
import type { Candidate } from '../lib/extract/article/subject-merge';
import { spelledOutIn } from '../lib/extract/article/subject-full-name';

// Short stories written here in the shape of the Polish and Croatian trade news of fresh-12 and
// fresh-14: the company named only in declined forms ("Grupy X", "Uprave X-a", "Xov").

describe('company names in languages that decline them', () => {
  it('Polish: a spokesman of "Grupy Brevik" is news about Brevik', () => {
    const title = 'Jan Wiśniewski rzecznikiem prasowym Grupy Brevik';
    const lead = 'Jan Wiśniewski został nowym rzecznikiem prasowym i menedżerem komunikacji zewnętrznej Grupy Brevik.';
    const paragraphs = [
      lead,
      'Wiśniewski odpowiada w niej za relacje z mediami, działania wizerunkowe i komunikację zewnętrzną.',
      'Wcześniej Wiśniewski przez pięć lat pracował w agencji public relations w Poznaniu.',
    ];
    expect(storySubject({ title, excerpt: lead, paragraphs, exclude: [], lang: 'pl' })).toBe('Brevik');
    // Read as English, "Grupy Brevik" is one unknown name used as nothing in particular.
    expect(storySubject({ title, excerpt: lead, paragraphs, exclude: [], lang: 'en' })).toBeUndefined();
  });

  it('takes off a descriptor and a case ending, and says the name is used as a company', () => {
    const run = (name: string, before = '') => ({ name, index: 10, before, after: '' });
    expect(undeclined(run('Prezes Grupy Eurocash'))).toMatchObject({ run: { name: 'Eurocash', index: 23 }, company: true });
    expect(undeclined(run('Uprave HEP-a'))).toMatchObject({ run: { name: 'HEP' }, company: true });
    expect(undeclined(run('Podravka', 'je tvrtka '))).toMatchObject({ run: { name: 'Podravka' }, company: true });
    // A person's name has no descriptor: left as it is, no company cue.
    expect(undeclined(run('Maciej Krzysztoszek'))).toEqual({ run: run('Maciej Krzysztoszek'), company: false });
  });

  it('folds "Microsoftov" and "Windowsima" into the names they decline, cues and all', () => {
    const cand = (name: string, mentions: number, company = 0): Candidate => ({
      name,
      forms: new Map(),
      mentions,
      alone: mentions,
      company,
      person: 0,
      common: 0,
      speaks: 0,
      place: 0,
      inLead: false,
    });
    const candidates = new Map(
      [cand('Microsoft', 7), cand('Microsoftov', 3, 1), cand('Windows', 5), cand('Windowsima', 4), cand('Zagreb', 2)].map(
        (c) => [c.name.toLowerCase(), c] as const,
      ),
    );
    mergeCases(candidates);
    expect(candidates.get('microsoft')).toMatchObject({ mentions: 10, company: 1 });
    expect(candidates.get('microsoftov')?.merged).toBe(true);
    expect(candidates.get('windows')?.mentions).toBe(9);
    expect(candidates.get('zagreb')?.merged).toBeUndefined();
  });
});

describe('an acronym the headline spells out', () => {
  it('is named by the headline’s words, small words included', () => {
    expect(spelledOutIn('How Rent the Runway Plans to Own Your Closet', 'RTR')).toBe('Rent the Runway');
    expect(spelledOutIn('Bank of Tallin Raises Rates', 'BOT')).toBe('Bank of Tallin');
    // Initials that start or end on a small word are no name; nor is a headline that spells nothing.
    expect(spelledOutIn('Plans to Own the Runway', 'TOR')).toBeUndefined();
    expect(spelledOutIn('How the Startup Plans to Grow', 'RTR')).toBeUndefined();
  });

  it('shows the spelled-out name for a company the story calls by its acronym', () => {
    const title = 'How Quill the Forge Plans to Own Your Desk';
    const paragraphs = [
      'QTF, the startup that rents desks by the hour, has raised $20 million. QTF said it will open ten sites.',
      'QTF was founded in 2019 by two former bankers, and QTF now has 200 employees in three cities.',
      'The company expects QTF revenue to double this year, QTF said in a statement.',
    ];
    expect(storySubject({ title, paragraphs, exclude: [], lang: 'en' })).toBe('Quill the Forge');
  });
});
