import { describe, expect, it } from 'vitest';
import { partnerClause, withOthers } from '../lib/prep/story-saying';

describe('a partnership told in a story', () => {
  it('is not "together with" joining two things (garnix: the attested tuple and the VM measurements)', () => {
    const s =
      'We can then attest the tuple (input derivation, Merkle-tree hash of dependencies, output hash) together with the VM boot measurements.';
    expect(withOthers(s)).toBe(false);
    expect(partnerClause(s, ['Merkle-tree', 'VM'], 'Garnix')).toBeUndefined();
  });

  it('is "together with" a name, and the firmer cues whatever follows them', () => {
    expect(partnerClause('Together with Sanofi and Regeneron, Acme will test the drug.', ['Sanofi', 'Regeneron'], 'Acme')).toBe(
      'Acme is working with Sanofi and Regeneron',
    );
    const northwell =
      'The research is being conducted jointly by Feinstein in conjunction with three biopharmaceutical companies: Gilead Sciences, Regeneron Pharmaceuticals and Sanofi.';
    expect(partnerClause(northwell, ['Gilead Sciences', 'Regeneron Pharmaceuticals', 'Sanofi'], 'Northwell')).toBe(
      'Northwell is working with Gilead Sciences, Regeneron Pharmaceuticals and Sanofi',
    );
  });
});
