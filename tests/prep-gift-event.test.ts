import { describe, expect, it } from 'vitest';
import { eventsInClip } from '../lib/prep/events';
import { eventPhrase, eventQuestion } from '../lib/prep/bank/events-text';
import { buildPrepSheet } from '../lib/prep/sheet';
import { signals } from '../lib/prep/signals';
import { company, self, storyClip } from './helpers/prep-records';

// Headlines written for this test in the shape of blind-15 lvmh-louvre-changer's Observer story
// ("<Company> Gives the <Museum> a $16M Boost to Acquire a <Painting>"): patronage is news a coach raises.
const MEETING = Date.UTC(2023, 11, 5);
const acme = company('Maison Arlon');
const story = (title: string, text = 'The museum welcomed the help.') =>
  storyClip(`c-${title.length}`, 'https://news.example/gift', 'article', title, text, {
    companyId: acme.id,
    publishedAt: '2023-11-08',
    siteName: 'The Observer',
  });

describe('a gift of money to a named body is an event', () => {
  it('reads the recipient and the amount, and asks how such a gift is chosen', () => {
    const c = story('Maison Arlon Gives the Rijksmuseum a $12M Boost to Acquire a Vermeer');
    const [e] = eventsInClip(c, acme, MEETING);
    expect(e).toMatchObject({ kind: 'partnership', what: 'Rijksmuseum', gift: '$12M', recent: true });
    expect(eventPhrase(e!)).toBe('the $12M gift to the Rijksmuseum');
    const s = signals({ company: acme, clips: [c], self: self({ targetRole: 'Patronage manager' }), now: MEETING } as never);
    expect(eventQuestion(e!, s)).toBe(
      'Maison Arlon gave the Rijksmuseum $12M (The Observer, November 2023). How is a gift like that chosen and shaped, and who has a say in it?',
    );
    const sheet = buildPrepSheet({ company: acme, clips: [c], self: self({ targetRole: 'Patronage manager' }), now: MEETING } as never);
    expect(sheet.hooks.map((h) => h.text)).toContain('Gave the Rijksmuseum $12M');
  });

  it('reads "donated <amount> to <body>", and nothing without an amount or a named body', () => {
    const [e] = eventsInClip(story('Maison Arlon donated €2 million to Hôpital Sainte-Claire'), acme, MEETING);
    expect(e).toMatchObject({ kind: 'partnership', what: 'Hôpital Sainte-Claire', gift: '€2 million' });
    expect(eventsInClip(story('Maison Arlon gives customers a reason to return'), acme, MEETING)).toEqual([]);
    expect(eventsInClip(story('A rival gives the Rijksmuseum a $12M boost'), acme, MEETING)).toEqual([]);
  });
});
