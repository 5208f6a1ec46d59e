import { describe, expect, it } from 'vitest';
import { HookList } from '../components/HookList';
import type { Hook } from '../lib/prep/types';
import { evidenceBeyond } from '../lib/ui/hook-evidence';
import { mount } from './helpers/render';

const hook = (text: string, evidence?: string): Hook => ({
  kind: 'statement',
  text,
  evidence,
  source: 'their own page',
  recent: true,
  basis: [],
});

describe('the sentence under a hook', () => {
  it('is left out when the hook already says it (a company’s own claim, The App Solutions)', () => {
    expect(evidenceBeyond('By its own count: 100+ projects delivered', '100+ projects delivered')).toBeUndefined();
    expect(
      evidenceBeyond('Its promise, in its own words: “If we are aligned, we move forward.”', 'If we are aligned, we move forward.'),
    ).toBeUndefined();
    expect(evidenceBeyond('Gave the Louvre $16M', 'Bernhard Arnault’s LVMH Gives the Louvre a $16M Boost')).toBe(
      'Bernhard Arnault’s LVMH Gives the Louvre a $16M Boost',
    );
  });

  it('is shown whole, never cut to two lines (kinzig.news: “… erklären im…”)', () => {
    const long =
      'Geschäftsführer Bernhard Mosbacher und seine Stellvertreterin Franziska Weber erklären im Interview, was genau hinter der Nachhaltigkeit steckt.';
    const v = mount(
      <HookList
        hooks={[
          hook('In the news: “Das steckt dahinter”', long),
          hook('By its own count: 100+ projects delivered', '100+ projects delivered'),
        ]}
      />,
    );
    const items = [...v.root.querySelectorAll('li')];
    const quote = [...items[0]!.querySelectorAll('span')].find((s) => s.textContent?.startsWith('“'))!;
    expect(quote.textContent).toBe(`“${long}”`);
    expect(quote.className).not.toMatch(/clamp/);
    expect(items[1]!.textContent).not.toContain('“100+');
    expect(items[1]!.textContent?.match(/100\+ projects delivered/g)).toHaveLength(1);
  });
});
