import { describe, expect, it } from 'vitest';
import { prepSheetMarkdown } from '../lib/prep/markdown';
import type { Hook } from '../lib/prep/types';
import { bareSheet } from './helpers/sheet';

const hook = (text: string, evidence?: string): Hook => ({
  kind: 'statement',
  text,
  evidence,
  source: 'their own page',
  recent: true,
  basis: [],
});

describe('the Markdown export under a hook, as the side panel shows it', () => {
  it('leaves out the page’s sentence when the hook already says it (The App Solutions, dossiers-blind-16)', () => {
    const sheet = bareSheet({ hooks: [hook('By its own count: 100+ projects delivered', '100+ projects delivered')] });
    const md = prepSheetMarkdown(sheet);
    expect(md.match(/100\+ projects delivered/g)).toHaveLength(1);
    expect(md).not.toContain('_“');
  });

  it('keeps the sentence when it says more than the hook', () => {
    const sheet = bareSheet({ hooks: [hook('Gave the Louvre $16M', 'Bernhard Arnault’s LVMH Gives the Louvre a $16M Boost')] });
    expect(prepSheetMarkdown(sheet)).toContain('  - _“Bernhard Arnault’s LVMH Gives the Louvre a $16M Boost”_');
  });
});
