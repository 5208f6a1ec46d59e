import { describe, expect, it } from 'vitest';
import { withStoryFacts } from '../lib/extract/article/story-facts';
import { writtenFullName } from '../lib/extract/article/subject-written';
import type { StoryClues } from '../lib/extract/article/subject-clues';
import type { PageExtraction } from '../lib/schema/page-extraction';

// Invented stories that name their subject by a short or an inflected form and write the full
// name too (issue 10 §2.2): an acronym they define, a German name after an article, a name short
// of the word that makes it an institution's.

describe('the full name a story writes for its subject', () => {
  it('spells out an acronym the story defines in brackets, commas and small words included', () => {
    const paragraphs = [
      'Under the plan, Transport, Roads and Harbours Norland (TRHN) will hand back six floors of its tower.',
      'TRHN said the move would save money. TRHN staff will share desks from May.',
    ];
    expect(writtenFullName('TRHN', paragraphs, 'TRHN gives up office space')).toBe('Transport, Roads and Harbours Norland');
  });

  it('keeps an acronym the story never spells out, and one whose bracketed words do not fit it', () => {
    expect(writtenFullName('TRHN', ['TRHN said the move would save money.'], 'TRHN gives up office space')).toBeUndefined();
    expect(writtenFullName('TRHN', ['The move, said Mara Holt (TRHN), saves money.'], 'TRHN moves')).toBeUndefined();
  });

  it('takes the German nominative the page writes for a name inflected after an article', () => {
    const paragraphs = ['Vor dem Gipfel ruft das Weiße Blaue Kreuz zu mehr Hilfe auf.', 'Das Weiße Blaue Kreuz hilft seit 1950.'];
    expect(writtenFullName('Weiße Blaue Kreuz', paragraphs, 'Hilfe vor dem Gipfel', ['Weißes Blaues Kreuz'])).toBe('Weißes Blaues Kreuz');
    const masculine = ['Der Grüne Wanderverein lädt ein.', 'Mitglied im Grüner Wanderverein wird, wer wandert.'];
    expect(writtenFullName('Grüne Wanderverein', masculine, 'Wandertag')).toBe('Grüner Wanderverein');
  });

  it('reads no dative as a nominative, nor endings that disagree', () => {
    expect(writtenFullName('Nordische Bahn', ['Die Nordische Bahn fährt. Wir fahren mit Nordischer Bahn.'], 'Bahn')).toBeUndefined();
    expect(writtenFullName('Weiße Blaue Kreuz', ['Das Weiße Blaue Kreuz, Weißes Blauer Kreuz.'], 'Kreuz')).toBeUndefined();
    // A noun's genitive is no adjective's strong ending.
    const genitive = ['Das Zentralkomitee der freien Bauern tagt.', 'Die Sitzung des Zentralkomitees der freien Bauern endet.'];
    expect(writtenFullName('Zentralkomitee der freien Bauern', genitive, 'Tagung')).toBeUndefined();
  });

  it('takes the longer institution name written twice around the subject, past small words but no article', () => {
    const paragraphs = [
      'Le Centre Hospitalier de la Vallée Verte lance un appel aux dons.',
      'Pour aider le Centre Hospitalier de la Vallée Verte, rendez-vous sur son site.',
    ];
    expect(writtenFullName('Vallée Verte', paragraphs, 'Solidarité. Appel aux dons')).toBe('Centre Hospitalier de la Vallée Verte');
    const foundation = [
      'By Ada Reyes, Quillmark Foundation',
      'Quillmark wikis now show maps.',
      'Ada Reyes works at the Quillmark Foundation.',
    ];
    expect(writtenFullName('Quillmark', foundation, 'Maps in your language')).toBe('Quillmark Foundation');
  });

  it('lengthens no name by a company word, a name written once, or a sentence’s word', () => {
    // "Emirates Airline": a company word adds nothing a reader calls the name.
    expect(writtenFullName('Skyjet', ['Skyjet Airline flies daily.', 'The Skyjet Airline fleet grows.'], 'Skyjet grows')).toBeUndefined();
    expect(writtenFullName('Quillmark', ['Ada Reyes works at the Quillmark Foundation.', 'Quillmark grows.'], 'Maps')).toBeUndefined();
    expect(
      writtenFullName('Rotary Club', ['Today Rotary Club elected Ana Lee.', 'Today Rotary Club met again.'], 'Rotary Club elects'),
    ).toBeUndefined();
  });
});

describe('wired in after the subject is chosen', () => {
  const extraction = (aboutCompany?: string): PageExtraction =>
    ({
      kind: 'article',
      url: 'https://news.example/x',
      article: { title: 'x', ...(aboutCompany ? { aboutCompany } : {}) },
      sources: {},
    }) as PageExtraction;

  it('spells out the acronym the ranking settled on, as the story defines it', () => {
    const clues: StoryClues = {
      title: 'TRHN gave up office space in January. Now it cannot fit its staff',
      paragraphs: [
        'Shortly before delaying its return to the office, TRHN had to give up 12 floors in downtown Norby.',
        'In support of the plan, Transport, Roads and Harbours Norland (TRHN) chose to release ten floors at its tower.',
        'TRHN confirmed it completed the release by the end of January.',
        'TRHN spokesperson Lena Marsh said the cost came to about $58,000.',
      ],
      rank: { exclude: ['Norby Citizen'] },
      siteNames: ['Norby Citizen'],
      own: false,
      announced: false,
    };
    expect(withStoryFacts(extraction(), clues).article?.aboutCompany).toBe('Transport, Roads and Harbours Norland');
  });

  // A foundation's own post, its site's short name known: the post writes the full name twice.
  const quillmark: StoryClues = {
    title: 'Maps in your language',
    paragraphs: ['By Ada Reyes, Quillmark Foundation', 'Ada Reyes is a product manager at the Quillmark Foundation.'],
    known: 'Quillmark',
    siteNames: [],
    own: true,
    announced: false,
  };

  it('writes the site’s own short name in full when its post writes the institution’s name', () => {
    const x = extraction('Quillmark');
    x.sources = { 'article.aboutCompany': 'prose' };
    expect(withStoryFacts(x, quillmark).article?.aboutCompany).toBe('Quillmark Foundation');
  });

  it('leaves a name an editor gave in JSON-LD as it is', () => {
    const x = extraction('Quillmark');
    x.sources = { 'article.aboutCompany': 'json-ld' };
    expect(withStoryFacts(x, quillmark).article?.aboutCompany).toBe('Quillmark');
  });
});
