import type { PageExtraction } from '../schema/page-extraction';
import type { DetailsContext } from './types';

/**
 * What the clipper read of a company's own page, handed to the company-details script that the
 * background injects right after it. Both run in the extension's isolated world of the same tab,
 * which keeps its globals between the two injections (the page's own scripts cannot see them):
 * the details script takes the clipper's reading from there instead of reading the page's
 * metadata again, so it carries only the details code, not the clipper's extractors.
 */
export interface FirstReading {
  /** The address the clipper was given: the details script must be reading the same page. */
  href: string;
  /** The address the page was read at (the one it claims, for a page opened from disk). */
  url: URL;
  extraction: PageExtraction;
  context: DetailsContext;
}

const KEY = '__rapportFirstReading';
type Slot = Record<typeof KEY, FirstReading | undefined>;

export function leaveFirstReading(reading: FirstReading): void {
  (globalThis as unknown as Slot)[KEY] = reading;
}

/** The clipper's reading of this page, once: taking it removes it. */
export function takeFirstReading(href: string): FirstReading | undefined {
  const slot = globalThis as unknown as Slot;
  const reading = slot[KEY];
  slot[KEY] = undefined;
  return reading && reading.href === href ? reading : undefined;
}
