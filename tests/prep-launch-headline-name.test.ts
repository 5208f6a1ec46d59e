import { describe, expect, it } from 'vitest';
import { eventsInClip } from '../lib/prep/events';
import { namedInTitle } from '../lib/prep/event-objects';
import { company, storyClip } from './helpers/prep-records';

// Our own story, in the shape of blind-20 ceylon-gavinking-peer's blog post: the body describes the
// launch ("the secret project he had worked on for a year"), only the headline names it.
const MEETING = Date.UTC(2024, 4, 10);
const acme = company('Northwind Labs');
const story = (title: string) =>
  storyClip(
    'c-launch',
    'https://blog.example/2024/04/post',
    'article',
    title,
    `Dana Reyes of Northwind Labs recently unveiled the secret project that she had worked on for a year, a new query language for ledgers.`,
    {
      companyId: acme.id,
      publishedAt: '2024-04-11',
      siteName: 'A Dev Blog',
    },
  );

describe('a launch the story describes and its headline names', () => {
  it('is called by the name the headline gives it', () => {
    const [e] = eventsInClip(story('Dana Reyes unveils Northwind Labs’ SQL successor: The Ledger Project'), acme, MEETING);
    expect(e).toMatchObject({ kind: 'launch', what: 'the Ledger Project' });
  });

  it('keeps the description when the headline names nothing with its noun, or only in title case after no "the"', () => {
    expect(namedInTitle('the secret project', 'Northwind Launches New Secret Project', ['Northwind Labs'])).toBeUndefined();
    expect(namedInTitle('the secret project', 'Why the New Project matters', ['Northwind Labs'])).toBeUndefined();
    expect(namedInTitle('the secret project', 'Inside the Northwind Project', ['Northwind Labs'])).toBeUndefined();
    expect(namedInTitle('the new app', 'Meet the Tally App', [])).toBe('the Tally App');
  });
});
