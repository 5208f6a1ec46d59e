import { describe, expect, it } from 'vitest';
import { eventsInClip } from '../lib/prep/events';
import { eventPhrase, eventQuestion } from '../lib/prep/bank/events-text';
import { signals } from '../lib/prep/signals';
import type { Clip } from '../lib/schema/dossier';
import { storyClip } from './helpers/prep-records';

const MEETING = Date.UTC(2019, 11, 12, 14);
const acme = { name: 'Acme Media', domains: ['acme.example'] };

function story(title: string, text: string): Clip {
  const url = `https://news.example/${encodeURIComponent(title).slice(0, 40)}`;
  return storyClip(`c-${title.length}-${text.length}`, url, 'article', title, text, { publishedAt: '2019-11-19' });
}
const kinds = (c: Clip) => eventsInClip(c, acme, MEETING).map((e) => `${e.kind}:${e.what}`);

describe('a merger is an event of its own (gannett-merger: the column on Gannett/GateHouse gave no hook)', () => {
  it('reads "X is merging with Y", "the merger of X and Y" and "the X/Y merger", with the other side as what it merged with', () => {
    expect(kinds(story('Local news', 'Acme Media is merging with Northwind Press to create the largest chain.'))).toEqual([
      'merger:Northwind Press',
    ]);
    expect(
      kinds(
        story(
          'Local news',
          'The merger of the big newspaper chains Northwind Press and Acme Media, which became final Tuesday, was approved.',
        ),
      ),
    ).toEqual(['merger:Northwind Press']);
    expect(kinds(story('Column: The Acme Media/Northwind merger sends a dismal signal', 'Nothing else here to read at all.'))).toEqual([
      'merger:Northwind',
    ]);
  });

  it('a firm "combined with" its own qualities merged with nobody (blind-17 allseasons-pest-changer)', () => {
    const own = storyClip(
      'c-own',
      'https://acme.example/romulus',
      'company-page',
      'Pest Control in Romulus | Acme Media',
      'Acme Media knows the local pests. Combined with our fast service, satisfaction guarantee and custom plans, Acme Media offers protection second to none.',
    );
    expect(kinds(own)).toEqual([]);
    expect(kinds(story('Local news', 'Acme Media has combined with Northwind Press to form one group.'))).toEqual([
      'merger:Northwind Press',
    ]);
  });

  it('a merger proposed, or one between two other companies, is none of the company’s', () => {
    expect(kinds(story('Local news', 'The proposed merger of Acme Media and Northwind Press drew criticism from readers.'))).toEqual([]);
    expect(kinds(story('Local news', 'Acme Media watched the merger of Northwind Press and Globex Papers closely.'))).toEqual([]);
  });

  it('is asked as what changed day to day, and named as the merger with the other side', () => {
    const c = story(
      'Acme Media is merging with Northwind Press',
      'Acme Media is merging with Northwind Press to create the largest chain.',
    );
    const [e] = eventsInClip(c, acme, MEETING);
    expect(eventPhrase(e!)).toBe('the merger with Northwind Press');
    const s = signals({
      company: { id: 'co', name: 'Acme Media', domains: [], facts: {}, createdAt: 0, updatedAt: 0 } as never,
      clips: [c],
      people: [],
    } as never);
    expect(eventQuestion(e!, s)).toMatch(
      /^Since the merger with Northwind Press, what has changed day to day for .+, and what is still being settled\?$/,
    );
  });
});

describe('trouble and launches belong to whoever the sentence says', () => {
  it('a bankruptcy told in a relative clause about another firm is not the company’s setback (the Fortress sentence)', () => {
    const text =
      'At Northwind, for example, the Acme Media deal will enrich Fortress Investment Group, a private equity firm that created Northwind and remained as a major player in the company through an initial public offering and a bankruptcy, and currently runs it.';
    expect(kinds(story('Local news', text))).toEqual([]);
    // The company's own trouble still counts.
    expect(kinds(story('Local news', 'Acme Media, which grew fast, filed for bankruptcy last week.')).map((k) => k.split(':')[0])).toEqual([
      'setback',
    ]);
  });

  it('job cuts said as "shrinkage in the workforce" after a merger are handled with care', () => {
    const text =
      'The merged Acme Media and Northwind may not diverge from the trend; Reed has said that he expects to wring as much as $300 million in synergies from the combination, but that may be hard to do without more shrinkage in the workforce.';
    const events = eventsInClip(story('Acme Media and the cost of a merger', text), acme, MEETING);
    expect(events.map((e) => [e.kind, e.sensitive])).toEqual([['layoffs', true]]);
  });

  it('"the recently introduced Samsung Galaxy S4" is another company’s product, not a launch (google-io)', () => {
    const text =
      "At today's Acme Media conference, the tech giant announced a number of cool new features along with a special version of the recently introduced Samsung Galaxy S4.";
    expect(kinds(story('Conference news', text))).toEqual([]);
  });

  it('a launch named after its size takes "the" ("the 16-inch MacBook Pro", blind-14 apple), a plain name does not', () => {
    const [e] = eventsInClip(story('Launch', 'Acme Media launched its 16-inch Reader Pro on Tuesday.'), acme, MEETING);
    expect(eventPhrase(e!)).toBe('the 16-inch Reader Pro');
    const [f] = eventsInClip(story('Launch', 'Acme Media launched Reader Pro 2 on Tuesday.'), acme, MEETING);
    expect(eventPhrase(f!)).toBe('Reader Pro 2');
  });

  it('a described launch takes the name given after a colon', () => {
    expect(
      kinds(story('Conference news', 'Acme Media also introduced a new subscription music service: Acme Play Music All Access.')),
    ).toEqual(['launch:Acme Play Music All Access']);
  });
});
