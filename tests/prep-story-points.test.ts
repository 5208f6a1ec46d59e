import { describe, expect, it } from 'vitest';
import { storyPointQuestion } from '../lib/prep/bank/story-points';
import { eventsInClip } from '../lib/prep/events';
import { anchorsOf, languageName } from '../lib/prep/story-anchors';
import { pointsInStory, storyPoints } from '../lib/prep/story-points';
import { companyClause } from '../lib/prep/story-saying';
import { clips, company } from './helpers/prep-records';

const NOW = Date.UTC(2026, 0, 20);
const clip = clips({ idPrefix: 'sp', publishedAt: '2025-12-10', siteName: 'Tech Daily' });

describe('the anchors of a sentence: what survives translation', () => {
  it('reads a product with its version, figures with their units and names, but not the company', () => {
    const a = anchorsOf('Acme Flow 4.1 processes 697 MGas/s, 2–10x faster than Grafana and Beta Works on 2 TB disks.', ['Acme'], true);
    expect(a.products).toEqual(['Acme Flow 4.1']);
    expect(a.figures).toEqual(expect.arrayContaining(['697 MGas/s', '2–10x', '2 TB']));
    expect(a.named).toEqual(['Grafana', 'Beta Works']);
  });

  it('keeps only names written as names in a language that capitalises its nouns, and an English platform after a version', () => {
    const a = anchorsOf('Mit Kestrel 3.2 für Android können Nutzer Filterlisten wie EasyList Germany verwenden.', ['Kestrel'], false);
    expect(a.products).toEqual(['Kestrel 3.2 for Android']);
    expect(a.named).toEqual(['EasyList Germany']);
    expect(a.figures).toEqual([]);
    // "Version 3.2" counts versions; it names no product.
    expect(anchorsOf('Der Browser verbessert in der Version 3.2 den Schutz.', ['Kestrel'], false).products).toEqual([]);
  });

  it('names a page language in English', () => {
    expect(languageName('de')).toBe('German');
    expect(languageName('hr-HR')).toBe('Croatian');
    expect(languageName('en-GB')).toBeUndefined();
  });
});

describe('the company’s deed as a short clause', () => {
  it('cuts at the turn of the sentence and says "we" as the company on its own page', () => {
    expect(
      companyClause(
        'At Acme, we developed a new benchmark framework for Grafana that removes the randomness of live testing.',
        ['Acme'],
        true,
        'Acme',
      ),
    ).toBe('Acme developed a new benchmark framework for Grafana');
    // Said in the simple past, and short enough to say aloud: the story's words in a row are never pasted back.
    expect(companyClause('Acme Rent has claimed the top spot in the study, as reported by others.', ['Acme Rent'], false, 'Acme')).toBe(
      'Acme Rent claimed the top spot in the study',
    );
    expect(
      companyClause('Acme Rent has claimed the top spot in the J.D. Power study, as reported by others.', ['Acme Rent'], false, 'Acme'),
    ).toBe('Acme Rent claimed the top spot');
    // Who said something is no deed.
    expect(companyClause('Acme said the market is slowing down for everyone.', ['Acme'], false, 'Acme')).toBeUndefined();
  });
});

describe('points of a story body', () => {
  const acme = { ...company('Acme Rent'), domains: [] };

  it('ranks the specific, company-centred sentences above the general ones, two at most, on different anchors', () => {
    const story = clip(
      'article',
      'Car rental study names a winner',
      [
        'Travel is back and many people rent cars this year for their holidays and their business trips.',
        'Acme Rent has claimed the top spot in the J.D. Power 2025 Rental Study, with 734 out of a possible 1,000 points.',
        'Acme Rent added 40 branches in Ohio and Texas with Beta Leasing as its partner for fleets.',
        'Subscribe to our newsletter for more travel stories.',
        'Acme Rent launched Gamma Cars 2.0 last week for everyone.',
      ].join('\n'),
    );
    const points = pointsInStory(story, acme, NOW);
    expect(points).toHaveLength(2);
    const rank = points.find((p) => p.kind === 'rank');
    // Too long to say as the story has it: the rank in one's own words.
    expect(rank?.clause).toBe('Acme Rent came top in J.D. Power’s 2025 study');
    expect(rank?.recent).toBe(true);
    expect(points.find((p) => p.kind === 'ship')?.clause).toBe('Acme Rent added 40 branches in Ohio and Texas');
    expect(points.some((p) => /Travel is back/.test(p.evidence))).toBe(false);
    // Below the site's furniture nothing is the story.
    expect(points.some((p) => /Gamma Cars/.test(p.evidence))).toBe(false);
  });

  it('gives nothing from a story whose news is trouble, nor from a sentence about the documentation', () => {
    const trouble = clip(
      'article',
      'Acme Rent charged over bonuses',
      'Acme Rent paid 11.5 million in bonuses to 4 directors in 2014 and 2015.',
    );
    expect(pointsInStory(trouble, acme, NOW)).toEqual([]);
    const docs = clip('article', 'Acme Rent 2.1 is out', 'More details on Acme Rent 2.1 are in the official release notes from Beta Docs.');
    expect(pointsInStory(docs, acme, NOW)).toEqual([]);
  });

  it('says nothing back from a preview: what launches tomorrow had not happened when the story ran', () => {
    const preview = clip(
      'article',
      'Acme Rent Play: first look',
      'Acme Rent Play 2.0 launches tomorrow in 14 countries with 22 games.\nAcme Rent Play launches tomorrow and early reviews are somewhat mixed.',
    );
    expect(pointsInStory(preview, acme, NOW)).toEqual([]);
  });

  it('names a story not in English by its product, its names and its language, asked as background when old', () => {
    const kestrel = { ...company('Kestrel Technologies'), domains: [] };
    const german = clip(
      'article',
      'Kestrel 3.2 für Android: Browser erhält besseren Schutz',
      'Der Browser Kestrel setzt jetzt auf länderspezifische Filterlisten wie die EasyList Germany für Deutschland.',
      {
        publishedAt: '2020-08-12',
        extraction: { kind: 'article', url: 'https://news.example/de', title: 'x', extractor: 'test', sources: {}, lang: 'de' },
      },
    );
    const [p] = storyPoints([german], kestrel, NOW);
    expect(p).toMatchObject({ language: 'German', product: 'Kestrel 3.2 for Android', recent: false });
    expect(storyPointQuestion(p!)).toBe(
      'A German story from August 2020 covered Kestrel 3.2 for Android, naming EasyList Germany. Looking back, what came of that release, and how did the team decide what went into it?',
    );
  });

  it('asks a recent point of the company’s own post as the company’s words, its name said once', () => {
    const own = clip(
      'article',
      'Benchmarks for everyone',
      'Even on merged blocks, Acme continues to lead throughput by between 2x and 10x. While others improved, the gap grew.',
      { url: 'https://acme.io/blog/benchmarks', siteName: 'Acme' },
    );
    const [p] = storyPoints([own], { ...company('Acme'), domains: ['acme.io'] }, NOW);
    expect(storyPointQuestion(p!)).toBe(
      'Acme writes that it continues to lead throughput by between 2x and 10x. What do people inside credit for that?',
    );
  });
});

describe('the company’s own words and what is told already', () => {
  it('quotes a first-person sentence of its own post, asked as a decision when it cuts a price', () => {
    const own = clip('article', 'Pricing update', 'We are continuing to reduce hosted runner prices by up to 39% on January 1, 2026.', {
      url: 'https://acme.io/blog/pricing',
      siteName: 'Acme',
    });
    const [p] = storyPoints([own], { ...company('Acme'), domains: ['acme.io'] }, NOW);
    expect(p).toMatchObject({ kind: 'decide', own: true });
    expect(storyPointQuestion(p!)).toBe(
      'Acme’s post says: “We are continuing to reduce hosted runner prices by up to 39% on January 1, 2026.” What did that choice cost, and what weighed most in making it?',
    );
  });

  it('never quotes a reporter’s sentence, nor asks a bare list of names', () => {
    const story = clip(
      'article',
      'A tour of Acme',
      'The untold story of Acme wends its way from Cork, Ireland, to New York and then Reno, Nevada.',
    );
    expect(storyPoints([story], { ...company('Acme'), domains: [] }, NOW)).toEqual([]);
  });

  it('reads no story point from an encyclopedia entry', () => {
    const wiki = clip('article', 'Acme - Wikipedia', 'Acme released Acme Desk 2.0 on November 20, 1985, with Beta Works as a partner.', {
      url: 'https://en.wikipedia.org/wiki/Acme',
    });
    expect(storyPoints([wiki], { ...company('Acme'), domains: [] }, NOW)).toEqual([]);
  });
});

describe('a launch is the thing launched', () => {
  it('reads no launch from a sentence about the release notes', () => {
    const notes = clip(
      'article',
      'Kestrel 3.2 for Android',
      'More information on Kestrel 3.2 is in the developers’ official Release Notes for everyone.',
    );
    expect(eventsInClip(notes, { name: 'Kestrel', domains: [] }, NOW)).toEqual([]);
    const docs = clip('article', 'Kestrel 3.2 for Android', 'Kestrel released the full release notes for version 3.2 on its site today.');
    expect(eventsInClip(docs, { name: 'Kestrel', domains: [] }, NOW).filter((e) => e.kind === 'launch')).toEqual([]);
  });
});
