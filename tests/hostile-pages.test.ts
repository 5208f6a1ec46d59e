import { describe, expect, it } from 'vitest';
import { extractPageFull as extractPage } from '../lib/extract/full';
import { LIMITS } from '../lib/schema/common';
import { PageExtraction } from '../lib/schema/page-extraction';
import { docFrom } from './helpers/dom';
import { hostilePages } from './helpers/hostile';

// The 20 MB page and the 10,000-deep DOM are clipped in the real browser (tests/e2e/trust.e2e.test.ts);
// jsdom takes tens of seconds just to parse them, so here the DOM is 1,500 deep.
const pages = Object.entries(hostilePages)
  .filter(([name]) => name !== 'twenty-mb')
  .map(([name, build]) => [name, name === 'deep-dom' ? () => build(1_500) : () => build()] as const);

describe('hostile and broken pages', () => {
  for (const [name, build] of pages) {
    it(`${name}: finishes, fits its schema, stores capped clean strings`, () => {
      const url = `https://${name}.example/`;
      const x = extractPage(docFrom(build(), url), new URL(url));
      const parsed = PageExtraction.safeParse(x);
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 2))).toBe(true);
      const json = JSON.stringify(x);
      expect(json).not.toMatch(/javascript:|data:text/i);
      expect(x.title.length).toBeLessThanOrEqual(LIMITS.line);
      expect(x.text?.length ?? 0).toBeLessThanOrEqual(LIMITS.text);
    });
  }

  it('keeps the good JSON-LD block after broken, huge and deep ones', () => {
    const x = extractPage(docFrom(hostilePages['bad-json-ld']!(), 'https://sturdy.example/'), new URL('https://sturdy.example/'));
    expect(x.company?.name).toBe('Sturdy Parser GmbH');
    expect(x.company?.founded).toBe(2012);
    expect(x.company?.headquarters).toBe('Hamburg');
  });

  it('caps a 1 MB name to a readable length', () => {
    const x = extractPage(docFrom(hostilePages['huge-strings']!(), 'https://huge.example/'), new URL('https://huge.example/'));
    expect(x.company!.name!.length).toBeLessThanOrEqual(LIMITS.short);
    expect(x.description!.length).toBeLessThanOrEqual(5_000);
  });
});
