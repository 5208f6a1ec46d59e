import type { PageExtraction } from '../schema/page-extraction';
import { readArticle } from './article/read-article';
import { companyDetails, proseTextOf } from './company-details';
import { withProseFacts } from './company-prose';
import { linkedinPosts } from './linkedin-posts';
import { readable } from './readable';
import { personalProfileLinks } from './socials';
import { EXTRACTORS, extractPage } from './registry';
import { runExtractors, STORY_EXTRACTORS } from './run-extractors';

/**
 * The whole extraction in one step: what the browser gets from the clipper plus the second
 * script it injects — the article's reading and Readability for articles, the company details
 * for a company's own page. Used by the command line and the tests.
 */
export function extractPageFull(doc: Document, url: URL): PageExtraction {
  // The background adds a company page's prose facts once the details script has returned: the same here.
  return extractPage(doc, url, EXTRACTORS, {
    readable,
    companyDetails: (d, u, x, context) => {
      const details = companyDetails(d, u, x, context);
      return withProseFacts(details, proseTextOf(d, details) ?? details.text, personalProfileLinks(d, u));
    },
    article: readArticle,
    personPosts: linkedinPosts,
  });
}

/** What the article script reads (entrypoints/readable.ts): the page again, with the article's reading and Readability. */
export function extractArticle(doc: Document, url: URL): PageExtraction {
  return runExtractors(doc, url, STORY_EXTRACTORS, { readable, article: readArticle });
}
