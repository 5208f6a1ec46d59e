import { describe, expect, it } from 'vitest';
import { HookList } from '../components/HookList';
import { prepSheetMarkdown } from '../lib/prep/markdown';
import type { Hook } from '../lib/prep/types';
import { evidenceBeyond } from '../lib/ui/hook-evidence';
import { mount } from './helpers/render';
import { bareSheet } from './helpers/sheet';

const hook = (text: string, evidence?: string): Hook => ({
  kind: 'statement',
  text,
  evidence,
  source: 'their own page',
  recent: true,
  basis: [],
});

// One fixture for every view of a hook (side panel, Markdown export): the page's sentence that only
// repeats the hook (a company's own claim, The App Solutions, dossiers-blind-16), and one that says more.
const REPEATS = hook('By its own count: 100+ projects delivered', '100+ projects delivered');
const SAYS_MORE = hook('Gave the Louvre $16M', 'Bernhard Arnault’s LVMH Gives the Louvre a $16M Boost');

describe('the sentence under a hook', () => {
  it('is left out when the hook already says it (a company’s own claim, The App Solutions)', () => {
    expect(evidenceBeyond(REPEATS.text, REPEATS.evidence)).toBeUndefined();
    expect(
      evidenceBeyond('Its promise, in its own words: “If we are aligned, we move forward.”', 'If we are aligned, we move forward.'),
    ).toBeUndefined();
    expect(evidenceBeyond(SAYS_MORE.text, SAYS_MORE.evidence)).toBe(SAYS_MORE.evidence);
  });

  it('is shown whole in the side panel, never cut to two lines (kinzig.news: “… erklären im…”)', () => {
    const long =
      'Geschäftsführer Bernhard Mosbacher und seine Stellvertreterin Franziska Weber erklären im Interview, was genau hinter der Nachhaltigkeit steckt.';
    const v = mount(<HookList hooks={[hook('In the news: “Das steckt dahinter”', long), REPEATS]} />);
    const items = [...v.root.querySelectorAll('li')];
    const quote = [...items[0]!.querySelectorAll('span')].find((s) => s.textContent?.startsWith('“'))!;
    expect(quote.textContent).toBe(`“${long}”`);
    expect(quote.className).not.toMatch(/clamp/);
    expect(items[1]!.textContent).not.toContain('“100+');
    expect(items[1]!.textContent?.match(/100\+ projects delivered/g)).toHaveLength(1);
  });

  it('is left out of the Markdown export when the hook already says it, as the side panel does (dossiers-blind-16)', () => {
    const md = prepSheetMarkdown(bareSheet({ hooks: [REPEATS] }));
    expect(md.match(/100\+ projects delivered/g)).toHaveLength(1);
    expect(md).not.toContain('_“');
  });

  it('is kept in the Markdown export when it says more than the hook', () => {
    expect(prepSheetMarkdown(bareSheet({ hooks: [SAYS_MORE] }))).toContain('  - _“Bernhard Arnault’s LVMH Gives the Louvre a $16M Boost”_');
  });
});

describe('a sentence that opens on a quotation', () => {
  // The Verge's Surface Studio story (microsoft-surface): the sentence is a quote and its speaker.
  const QUOTE_FIRST = hook(
    'Launched Surface Studio',
    '“There is a tradition of us getting funding with pretty crappy prototypes,” admits Ralf Groene, head of industrial design.',
  );

  it('keeps its own quotation marks and gets none more, in the Markdown export and the side panel', () => {
    const md = prepSheetMarkdown(bareSheet({ hooks: [QUOTE_FIRST] }));
    expect(md).toContain('  - _“There is a tradition');
    expect(md).not.toContain('““');
    const v = mount(<HookList hooks={[QUOTE_FIRST]} />);
    expect(v.root.textContent).toContain('“There is a tradition');
    expect(v.root.textContent).not.toContain('““');
  });
});
