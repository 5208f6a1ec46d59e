import { describe, expect, it } from 'vitest';
import { verbStem } from '../lib/prep/headline';

describe('a past form read back to its stem (looked up, not searched)', () => {
  it('finds regular, doubled and irregular forms, and nothing for a verb outside the lexicon', () => {
    const stems = [
      'Rolled',
      'stepped',
      'opened',
      'won',
      'Hit',
      'led',
      'left',
      'published',
      'scaled',
      'certified',
      'struck',
      'mined',
      'walked',
    ].map((w) => verbStem(w, 'past'));
    expect(stems).toEqual([
      'roll',
      'step',
      'open',
      'win',
      'hit',
      'lead',
      'leave',
      'publish',
      'scale',
      'certify',
      'strike',
      undefined,
      undefined,
    ]);
  });
});
