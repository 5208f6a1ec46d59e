import type { PageExtraction } from '../schema/page-extraction';
import { readArticle } from './article/read-article';
import { ownStorySubject } from './article/own-story-subject';
import { withStoryFacts } from './article/story-facts';
import type { StoryClues } from './article/subject-clues';
import { companyDetails, pageLinesOf, summaryHintsOf } from './company-details';
import { withProseFacts } from './company-prose';
import { linkedinPosts } from './linkedin-posts';
import { readMetadata } from './metadata';
import { readable } from './readable';
import { applyReadable } from './readable-merge';
import { recruiterJob } from './recruiter-job';
import { withoutPronunciations } from './pronunciation';
import { personalProfileLinks } from './socials';
import { EXTRACTORS, extractPage } from './registry';
import { runExtractors, STORY_EXTRACTORS } from './run-extractors';

/**
 * The whole extraction in one step: what the browser gets from the clipper plus the second
 * script it injects — the article's reading and Readability for articles, the company details
 * for a company's own page. Used by the command line and the tests.
 */
export function extractPageFull(doc: Document, url: URL): PageExtraction {
  const reading = storyReading();
  // The background adds a company page's prose facts once the details script has returned: the same here.
  const x = extractPage(doc, url, EXTRACTORS, {
    readable: readability,
    storySubject: ownStorySubject,
    companyDetails: (d, u, x, context) => {
      const details = companyDetails(d, u, x, context);
      return withProseFacts(details, pageLinesOf(d), personalProfileLinks(d, u), summaryHintsOf(context));
    },
    article: reading.article,
    personPosts: linkedinPosts,
  });
  // The article script asks first whether a story is a recruiter's posting for one role: the same here.
  // (And the background reads the story's company and people from what that script returns.)
  return (
    (x.kind === 'article' && recruiterJob(doc, url, readMetadata(doc, url))) || withoutPronunciations(withStoryFacts(x, reading.clues()))
  );
}

/**
 * What the article script reads (entrypoints/readable.ts): the page again, with the article's
 * reading and Readability — unless it is a recruiter's posting for one role, which reads like a
 * story (a dated title, a byline) and which the clipper has no room to tell apart. With the clues
 * the background reads the story's company and people from (lib/extract/article/story-facts.ts).
 */
export function extractArticle(doc: Document, url: URL): { extraction: PageExtraction; clues?: StoryClues } {
  const job = recruiterJob(doc, url, readMetadata(doc, url));
  if (job) return { extraction: job };
  const reading = storyReading();
  const extraction = runExtractors(doc, url, STORY_EXTRACTORS, {
    readable: readability,
    article: reading.article,
    storySubject: ownStorySubject,
  });
  return { extraction, clues: reading.clues() };
}

/** The article's reading, keeping the clues it leaves for the background. */
function storyReading(): { article: typeof readArticle; clues: () => StoryClues | undefined } {
  let clues: StoryClues | undefined;
  return {
    article: (...args) => {
      const read = readArticle(...args);
      clues = read.clues;
      return read;
    },
    clues: () => clues,
  };
}

/** Readability on the page, its findings added to the article's extraction. */
export const readability = (doc: Document, x: PageExtraction): PageExtraction => applyReadable(x, readable(doc));
