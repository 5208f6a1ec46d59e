import { describe, expect, it } from 'vitest';
import { StoryCluesSchema } from '../lib/clip/clipper-result';
import { withStoryFacts } from '../lib/extract/article/story-facts';
import { storyListLines } from '../lib/extract/article/paragraphs';
import type { PageExtraction } from '../lib/schema/page-extraction';
import { docFrom } from './helpers/dom';

// A release on an association's own site that names its speakers as a list (invented text, in the
// shape of fresh31-diakonie's invitation to a press conference).
const URL_ = 'https://www.nordhilfe.example/presse/studie-alltag-2024';
const HTML = `<body><nav><ul><li><a href="/">Startseite der Nordhilfe</a></li></ul></nav>
  <main><article><h1>Vorstellung der Studie „Alltag 2024“</h1>
  <p>Die Nordhilfe Deutschland stellt am 6. Mai in Berlin die Studie „Alltag 2024“ vor.</p><p><strong>mit:</strong></p>
  <ul><li>Jana Weller, Präsidentin der Nordhilfe Deutschland</li>
  <li>Tom Brandt, Studienleiter beim Institut Sozialforschung Nord</li></ul>
  </article></main><footer><ul><li>Impressum und Datenschutz der Nordhilfe Deutschland</li></ul></footer></body>`;

const extraction: PageExtraction = {
  kind: 'article',
  url: URL_,
  title: 'Vorstellung der Studie „Alltag 2024“',
  extractor: 'test',
  sources: {},
  article: { title: 'Vorstellung der Studie „Alltag 2024“' },
};

describe("a release's list of speakers", () => {
  it("reads the story's list items, not the navigation's or the footer's", () => {
    const doc = docFrom(HTML, URL_);
    expect(storyListLines(doc.querySelector('article')!)).toEqual([
      'Jana Weller, Präsidentin der Nordhilfe Deutschland',
      'Tom Brandt, Studienleiter beim Institut Sozialforschung Nord',
    ]);
  });

  it("takes the subject's own people from the list, not a partner's, and the clues carry the list across", () => {
    const clues = {
      title: 'Vorstellung der Studie „Alltag 2024“',
      paragraphs: ['Die Nordhilfe Deutschland stellt am 6. Mai in Berlin die Studie „Alltag 2024“ vor.', 'mit:'],
      listed: storyListLines(docFrom(HTML, URL_).querySelector('article')!),
      known: 'Nordhilfe Deutschland',
      siteNames: ['Nordhilfe Deutschland'],
      own: true,
      announced: false,
    };
    const parsed = StoryCluesSchema.safeParse(clues);
    expect(parsed.success).toBe(true);
    expect(withStoryFacts(extraction, parsed.data!).people).toEqual([{ name: 'Jana Weller', title: 'Präsidentin der Nordhilfe Deutschland' }]);
    // Without the list, the paragraphs alone name nobody.
    expect(withStoryFacts(extraction, { ...clues, listed: undefined }).people).toBeUndefined();
  });
});
