import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valueHash } from '../lib/ui/value-hash';

// The kept prep sheet's fingerprint (lib/ui/sheet-cache.ts): equal inputs give one hash, and any
// difference a reader of the input could see gives another.
describe('valueHash', () => {
  it('gives equal values one hash, whatever object they are', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(valueHash(structuredClone(v))).toBe(valueHash(v));
      }),
    );
  });

  it('tells apart every two values JSON writes differently', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        if (JSON.stringify(a) !== JSON.stringify(b)) expect(valueHash(a)).not.toBe(valueHash(b));
      }),
    );
  });

  it('tells apart what JSON writes alike: a key holding undefined and a missing key, undefined and null', () => {
    const seen = [
      {},
      { a: undefined },
      { a: null },
      [undefined],
      [null],
      [],
      { a: 'x', b: 'y' },
      { b: 'y', a: 'x' },
      { a: 'xb', '': 'y' },
      ['ab', 'c'],
      ['a', 'bc'],
      ['abc'],
      [1, '1'],
      ['1', 1],
      [NaN],
      [true],
      ['true'],
      { d: new Date(0) },
      { d: new Date(1) },
    ].map(valueHash);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('reads a date as JSON does', () => {
    expect(valueHash({ at: new Date(0) })).not.toBe(valueHash({ at: {} }));
    expect(valueHash({ at: new Date(86_400_000) })).toBe(valueHash({ at: new Date(86_400_000) }));
  });
});
