import { describe, expect, it } from 'vitest';
import { newId } from '../lib/db/ids';

describe('newId', () => {
  it('gives 16 base-36 characters', () => {
    for (let i = 0; i < 100; i++) expect(newId()).toMatch(/^[0-9a-z]{16}$/);
  });

  it('draws every character equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 40_000; i++) for (const ch of newId()) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(36);
    const n = [...counts.values()];
    // 640,000 characters: about 17,800 each, σ ≈ 133. `byte % 36` gave 0–3 about 14% more.
    expect(Math.max(...n) / Math.min(...n)).toBeLessThan(1.08);
  });
});
