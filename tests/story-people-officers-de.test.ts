import { describe, expect, it } from 'vitest';
import { storyPeople } from '../lib/extract/article/story-people';

// An organisation's officers a German story names by their bare title (invented names and text,
// in the shape of tune stories on clubs, associations and broadcasters).
describe('story people: German officers by their bare title', () => {
  it("reads a club's new president, its press officer and its team manager after the club is named", () => {
    expect(
      storyPeople(
        [
          'Bei der Generalversammlung wählte der Tennis Club Nordstadt Tom Bell zum neuen Präsidenten.',
          '„Ich freue mich auf die Aufgabe“, so der neue Präsident Tom Bell nach seiner Wahl.',
          'Pressesprecherin Jana Roe sagte, der Club plane zwei Turniere.',
          'Der Tennis Club Nordstadt spielt in der Oberliga. Teamchef Ole Vik hat die Mannschaft bekanntgegeben.',
        ],
        'Tennis Club Nordstadt',
        'Neuer Präsident beim Tennis Club',
      ),
    ).toEqual([
      { name: 'Tom Bell', title: 'Präsident' },
      { name: 'Jana Roe', title: 'Pressesprecherin' },
      { name: 'Ole Vik', title: 'Teamchef' },
    ]);
  });

  it("reads no firm's president, and no officer before the story's organisation is named", () => {
    // A firm has no "Präsident": the one a story about it names is a state's.
    expect(
      storyPeople(['Die Kestrel AG baut ein Werk, sagte Präsident Emil Brandt bei seinem Besuch.'], 'Kestrel AG', 'Kestrel baut'),
    ).toEqual([]);
    // Another body's press officer, before the story names its own.
    expect(
      storyPeople(
        ['Pressesprecher Karl Bemis von der Polizei sagte, die Straße sei gesperrt.', 'Der Tennis Club Nordstadt sagte das Turnier ab.'],
        'Tennis Club Nordstadt',
        'Turnier abgesagt',
      ),
    ).toEqual([]);
    // A president with a second title is still read only for the organisation last named.
    expect(
      storyPeople(['Präsident und CEO Emil Brandt von der Kestrel AG sagte nichts.'], 'Tennis Club Nordstadt', 'Turnier abgesagt'),
    ).toEqual([]);
  });
});
