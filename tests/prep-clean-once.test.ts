import { describe, expect, it } from 'vitest';
import { cleaningOnce, plain } from '../lib/prep/clean';

describe('plain() while one sheet is built: each text cleaned once', () => {
  const dirty = 'Caf&amp;eacute;\u200B  opens&nbsp;&nbsp;today\n\n';

  it('gives what it gives outside a build, the first time and the next', () => {
    const outside = plain(dirty);
    expect(outside).toBe('Café opens today');
    expect(cleaningOnce(() => [plain(dirty), plain(dirty), plain(`${dirty}`), plain(undefined), plain('')])).toEqual([
      outside,
      outside,
      outside,
      '',
      '',
    ]);
  });

  it('returns what the build returns, nested builds share one memory, and none outlives the build', () => {
    expect(cleaningOnce(() => cleaningOnce(() => plain(' a  b '))) + '!').toBe('a b!');
    expect(() =>
      cleaningOnce(() => {
        plain('x');
        throw new Error('reader failed');
      }),
    ).toThrow('reader failed');
    // After a build (even one that threw), plain cleans as ever.
    expect(plain('&lt;b&gt;')).toBe('<b>');
  });
});
