import type { PageExtraction } from '../schema/page-extraction';
import type { PostOwner } from './linkedin-posts';
import type { DetailsContext } from './types';

/**
 * What the clipper read of a page, handed to a second script that the background injects right
 * after it (the company-details script on a company's own page, the posts script on a LinkedIn
 * profile). Both run in the extension's isolated world of the same tab, which keeps its globals
 * between the two injections (the page's own scripts cannot see them): the second script takes
 * the clipper's reading from there instead of reading the page again, so it carries only its own
 * code, not the clipper's extractors.
 */
interface Handed {
  /** The address the clipper was given: the second script must be reading the same page. */
  href: string;
  /** The address the page was read at (the one it claims, for a page opened from disk). */
  url: URL;
}

function handoff<T extends Handed>(key: string) {
  type Slot = Record<string, T | undefined>;
  return {
    leave(reading: T): void {
      (globalThis as unknown as Slot)[key] = reading;
    },
    /** The clipper's reading of this page, once: taking it removes it. */
    take(href: string): T | undefined {
      const slot = globalThis as unknown as Slot;
      const reading = slot[key];
      slot[key] = undefined;
      return reading && reading.href === href ? reading : undefined;
    },
  };
}

/** A company's own page: the clipper's extraction and what it read of the site. */
export interface FirstReading extends Handed {
  extraction: PageExtraction;
  context: DetailsContext;
}
const first = handoff<FirstReading>('__rapportFirstReading');
export const leaveFirstReading = first.leave;
export const takeFirstReading = first.take;

/** A LinkedIn profile: whose posts the posts script must read. */
export interface PostsReading extends Handed {
  owner: PostOwner;
}
const posts = handoff<PostsReading>('__rapportPostsReading');
export const leavePostsReading = posts.leave;
export const takePostsReading = posts.take;
