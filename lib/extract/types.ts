import type { PostOwner } from './linkedin-posts';
import type { Metadata } from './metadata';
import type { PageRole } from './page-role';
import type { PageExtraction, PostEntry } from '../schema/page-extraction';
import type { readArticle } from './article/read-article';
import type { ownStorySubject } from './article/own-story-subject';

/** One site, one file, one shape: a cheap URL test and a pure extraction of (document, URL). */
export interface Extractor {
  id: string;
  /** Cheap: looks at the URL only. An extractor never runs on a page it does not match. */
  matches(url: URL): boolean;
  /**
   * For a page opened away from its site (a saved file, a mirror) whose canonical address this
   * extractor matches: does the page's own structure confirm it is that site's page? Cheap
   * (a selector or two). Without it, the extractor runs only on its site's own addresses.
   */
  claims?(doc: Document): boolean;
  /** Reads `doc` without changing it; returns null to let the next extractor try. */
  extract(doc: Document, url: URL, opts?: ExtractOptions): PageExtraction | null;
}

export interface ExtractOptions {
  /**
   * Readability's findings added to an article's extraction (lib/extract/readable-merge.ts). The
   * injected clipper leaves it out to stay small, the merge included; the background injects it
   * afterwards for articles only. The command line passes it in (lib/extract/full.ts): both
   * paths give the same result.
   */
  readable?: (doc: Document, x: PageExtraction) => PageExtraction;
  /**
   * A company page's details (people, products, address, the About text), read from its markup.
   * Like Readability, the injected clipper leaves it out to stay small; the background injects it
   * afterwards for company pages only (lib/extract/company-details.ts, entrypoints/company-details.ts).
   */
  companyDetails?: (doc: Document, url: URL, x: PageExtraction, context: DetailsContext) => PageExtraction;
  /**
   * An article's own reading (headline, date, authors, publication, the company it is about,
   * a release's issuer and quoted people: lib/extract/article/read-article.ts). The injected
   * clipper leaves it out to stay small (an article's first reading holds its metadata only); the script the
   * background injects for articles only reads the page again with it and with Readability
   * (entrypoints/readable.ts). Every other path passes it in (lib/extract/full.ts).
   */
  article?: typeof readArticle;
  /**
   * Whose story a company's own blog post or press release tells (./article/own-story-subject.ts),
   * asked where `article` read it: passed with `article`, as the clipper carries neither.
   */
  storySubject?: typeof ownStorySubject;
  /**
   * The person's own posts on a LinkedIn profile (lib/extract/linkedin-posts.ts). The injected
   * clipper leaves them out to stay small; the background injects a script for LinkedIn profiles
   * only that reads them (entrypoints/linkedin-posts.ts). Every other path passes it in (lib/extract/full.ts).
   */
  personPosts?: (doc: Document, url: URL, owner: PostOwner) => PostEntry[] | undefined;
}

/** What the company-site extractor already read that the details reuse: the page's metadata and its part of the site. */
export interface DetailsContext {
  md: Metadata;
  role: PageRole;
}
