import { describe, expect, it } from 'vitest';
import { eventsInClip } from '../lib/prep/events';
import { clips, company } from './helpers/prep-records';

const MEETING = Date.UTC(2011, 9, 1);
const clip = clips({ idPrefix: 'lo-', publishedAt: '2011-09-20', siteName: 'The Weekly' });
const acme = company('Acme');

// Issue 11: no question on a mis-read fact. blind-12 apple-cook-tv-peer read a story's "…would replace
// today's cable systems … and launch a war with cable providers" as a launch ("Launched a war") and
// asked "Who decided what went into the war, and what was left out?".
describe('a war, a battle or a fight is launched by nobody as a product', () => {
  it('is no launch; a product with such a word in its name still is', () => {
    const war = clip(
      'article',
      'Acme’s next move',
      'Acme will take on the cable firms. Acme launched a war with cable providers last week.',
    );
    expect(eventsInClip(war, acme, MEETING).filter((e) => e.kind === 'launch')).toEqual([]);
    const fight = clip('article', 'Acme on the attack', 'Acme launched a price war on its rivals in Europe.');
    expect(eventsInClip(fight, acme, MEETING).filter((e) => e.kind === 'launch')).toEqual([]);
    const game = clip('article', 'Acme this week', 'Acme launched Gears of War 5 on Tuesday.');
    expect(
      eventsInClip(game, acme, MEETING)
        .filter((e) => e.kind === 'launch')
        .map((e) => e.what),
    ).toEqual(['Gears of War 5']);
  });
});
