import { describe, expect, it } from 'vitest';
import { textRows } from '../lib/ui/format';

// The introduction of the Spessart sheet (dossiers-blind-16), as the side panel showed it in five rows.
const INTRO =
  "Hi Franziska, thank you for making time for this. I'm Lena Hartmann; my background is in Hospitality and I work at Hotel am Main Frankfurt. Right now I'm exploring regional destination management organisations, with an eye on Destination manager roles. I'd love to learn how Spessart Tourismus looks from the inside.";

describe('a draft’s box in the side panel', () => {
  it('has the rows to show the whole text at 360 px (about 36 characters a line), within bounds', () => {
    expect(textRows(INTRO, 5, 14)).toBe(Math.ceil(INTRO.length / 36) + 1);
    expect(textRows(INTRO, 5, 14)).toBeGreaterThan(5);
    expect(textRows('Short.', 5, 14)).toBe(5);
    expect(textRows(INTRO.repeat(4), 5, 14)).toBe(14);
    // A line break starts a line of its own.
    expect(textRows('Dear Drew,\n\nThank you.\n\nLuis', 2, 20)).toBe(6);
  });
});
