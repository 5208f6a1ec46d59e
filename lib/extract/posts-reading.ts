import type { PostOwner } from './linkedin-posts';

/**
 * Whose posts the LinkedIn posts script must read, handed to it by the clipper. Both run in the
 * extension's isolated world of the same tab, which keeps its globals between the two injections
 * (the page's own scripts cannot see them), as lib/extract/first-reading.ts does for company pages.
 */
export interface PostsReading {
  /** The address the clipper was given: the posts script must be reading the same page. */
  href: string;
  /** The address the page was read at (the one it claims, for a page opened from disk). */
  url: URL;
  owner: PostOwner;
}

const KEY = '__rapportPostsReading';
type Slot = Record<typeof KEY, PostsReading | undefined>;

export function leavePostsReading(reading: PostsReading): void {
  (globalThis as unknown as Slot)[KEY] = reading;
}

/** The clipper's note for this page, once: taking it removes it. */
export function takePostsReading(href: string): PostsReading | undefined {
  const slot = globalThis as unknown as Slot;
  const reading = slot[KEY];
  slot[KEY] = undefined;
  return reading && reading.href === href ? reading : undefined;
}
