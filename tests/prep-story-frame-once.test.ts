import { describe, expect, it } from 'vitest';
import { storyCare } from '../lib/prep/story-care';
import { bodySentences, storyFrame, troubled } from '../lib/prep/story-frame';
import { pointsInStory, storyPoints } from '../lib/prep/story-points';
import { clips, company } from './helpers/prep-records';

const NOW = Date.UTC(2026, 0, 20);
const clip = clips({ idPrefix: 'sf', publishedAt: '2025-12-10', siteName: 'Tech Daily' });
const acme = { ...company('Acme Rent'), domains: [] };

describe('a story is framed once per clip and company (the points and the care both read it)', () => {
  const story = clip(
    'article',
    'Acme Rent opens in Ohio',
    [
      'Acme Rent added 40 branches in Ohio and Texas with Beta Leasing as its partner for fleets.',
      'Acme Rent launched Gamma Cars 2.0 last week for everyone.',
    ].join('\n'),
  );

  it('gives the same frame and sentences again, and another frame for another company', () => {
    const frame = storyFrame(story, acme);
    expect(frame?.headline).toBe('Acme Rent opens in Ohio');
    expect(storyFrame(story, acme)).toBe(frame);
    // A copy of the company with the same names and domains is the same company.
    expect(storyFrame(story, { ...acme })).toBe(frame);
    expect(bodySentences(frame!)).toBe(bodySentences(frame!));
    expect(bodySentences(frame!)).toHaveLength(2);
    expect(troubled(frame!)).toBe(false);
    // Another company reads the story under its own names.
    expect(storyFrame(story, { ...company('Globex'), domains: [] })?.names).toEqual(['Globex']);
    // The company's own site makes it the company's post ("we" is the company).
    const post = clip('article', 'Acme Rent opens in Ohio', story.text!, { url: 'https://rentals.example/news/1', siteName: 'Acme Rent' });
    expect(storyFrame(post, acme)?.own).toBe(false);
    expect(storyFrame(post, { ...acme, domains: ['rentals.example'] })?.own).toBe(true);
  });

  it('remembers trouble per frame: the care and the points agree', () => {
    const trouble = clip(
      'article',
      'Acme Rent charged over bonuses',
      'Acme Rent paid 11.5 million in bonuses to 4 directors in 2014 and 2015.',
    );
    expect(troubled(storyFrame(trouble, acme)!)).toBe(true);
    expect(pointsInStory(trouble, acme, NOW)).toEqual([]);
    expect(troubled(storyFrame(trouble, acme)!)).toBe(true);
    expect(storyCare([trouble], acme)).toEqual([]);
  });

  it('stops weighing older stories once three points are found, keeping the newest three', () => {
    const dated = (publishedAt: string, product: string) =>
      clip('article', `Acme Rent ships ${product}`, `Acme Rent launched ${product} last week for drivers in Ohio and Texas.`, {
        publishedAt,
      });
    const stories = [
      dated('2025-09-01', 'Delta Cars 1.0'),
      dated('2025-12-01', 'Gamma Cars 2.0'),
      dated('2025-11-01', 'Zeta Vans 3.0'),
      dated('2025-10-01', 'Eta Trucks 4.0'),
    ];
    const all = [...stories]
      .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
      .flatMap((c) => pointsInStory(c, acme, NOW));
    expect(all.length).toBeGreaterThanOrEqual(3);
    const points = storyPoints(stories, acme, NOW);
    expect(points).toEqual(all.slice(0, 3));
    expect(points.map((p) => p.product)).toEqual(['Gamma Cars 2.0', 'Zeta Vans 3.0', 'Eta Trucks 4.0']);
  });
});
