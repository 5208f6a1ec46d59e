import { describe, expect, it } from 'vitest';
import { prune, stripUndefined } from '../lib/objects';

describe('prune', () => {
  it('drops fields that say nothing from an extraction', () => {
    expect(prune({ a: 1, b: undefined, c: null, d: '', e: [], f: [0], g: false, h: 0 })).toEqual({ a: 1, f: [0], g: false, h: 0 });
  });

  it('keeps a record’s empty lists and values, dropping only undefined, for the database', () => {
    const kept = stripUndefined({ a: undefined, b: [], c: '', d: null });
    expect(kept).toEqual({ b: [], c: '', d: null });
    expect('a' in kept).toBe(false);
  });
});
