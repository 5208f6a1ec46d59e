import { describe, expect, it } from 'vitest';
import { urlParts } from '../lib/text/hosts';
import { regExpOnce } from '../lib/text/regexp';
import { companyNames } from '../lib/prep/events';

// Helpers that remember what they parsed or compiled: asked again, they must answer as a fresh parse would.
describe('urlParts', () => {
  it('reads host and path as new URL does, the same on every call', () => {
    for (let round = 0; round < 2; round++) {
      expect(urlParts('https://WWW.Acme.example/pr/2024/launch?x=1#top')).toEqual({
        hostname: 'www.acme.example',
        pathname: '/pr/2024/launch',
      });
      expect(urlParts('http://blog.acme.example')).toEqual({ hostname: 'blog.acme.example', pathname: '/' });
      expect(urlParts('not a url')).toBeUndefined();
      expect(urlParts('')).toBeUndefined();
    }
  });

  it('hands back no object a caller could change for the next one', () => {
    const a = urlParts('https://acme.example/a')!;
    expect(Object.isFrozen(a)).toBe(true);
    expect(urlParts('https://acme.example/a')).toEqual({ hostname: 'acme.example', pathname: '/a' });
    expect(urlParts('https://acme.example/b')!.pathname).toBe('/b');
  });
});

describe('regExpOnce', () => {
  it('is the pattern its source and flags make, one object per source and flags', () => {
    const a = regExpOnce('acme', 'iu');
    expect(a.source).toBe('acme');
    expect(a.flags).toBe('iu');
    expect(regExpOnce('acme', 'iu')).toBe(a);
    expect(regExpOnce('acme', 'u')).not.toBe(a);
    expect(regExpOnce('acme', 'u').test('ACME')).toBe(false);
    expect(regExpOnce('acme', 'iu').test('ACME')).toBe(true);
  });

  it('refuses flags whose matching keeps state between calls', () => {
    expect(() => regExpOnce('acme', 'g')).toThrow();
    expect(() => regExpOnce('acme', 'iy')).toThrow();
  });
});

describe('companyNames, read once per name and aliases', () => {
  it('gives each caller its own list, and tells aliases apart', () => {
    const first = companyNames({ name: 'Tesla Motors, Inc.' });
    expect(first).toEqual(['Tesla Motors, Inc.', 'Tesla']);
    first.push('changed by a caller');
    expect(companyNames({ name: 'Tesla Motors, Inc.' })).toEqual(['Tesla Motors, Inc.', 'Tesla']);
    expect(companyNames({ name: 'Tesla Motors, Inc.', aliases: ['TM'] })).toEqual(['Tesla Motors, Inc.', 'Tesla', 'TM']);
    expect(companyNames({ name: 'Susan G. Komen' })).toEqual(['Susan G. Komen', 'Komen']);
    expect(companyNames(undefined)).toEqual([]);
  });
});
