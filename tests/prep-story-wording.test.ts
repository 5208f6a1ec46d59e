import { describe, expect, it } from 'vitest';
import { storyPointQuestion } from '../lib/prep/bank/story-points';
import { eventsInClip } from '../lib/prep/events';
import { nestedQuotes } from '../lib/prep/sheet';
import { careInStory, storyCareText } from '../lib/prep/story-care';
import { anchorsOf } from '../lib/prep/story-anchors';
import { pointsInStory } from '../lib/prep/story-points';
import { companyClause, partnerClause, partsNamed, rankClause, sayable } from '../lib/prep/story-saying';
import { clips, company } from './helpers/prep-records';

const NOW = Date.UTC(2026, 0, 20);
const clip = clips({ idPrefix: 'sw', publishedAt: '2025-12-10', siteName: 'Tech Daily' });
const acme = { ...company('Acme'), domains: ['acme.io'] };
const ownPost = (text: string) => clip('article', 'News from Acme', text, { url: 'https://acme.io/blog/news', siteName: 'Acme' });

describe('a story’s fact said shortly, in one’s own words', () => {
  it('never says back more than a breath of the story’s words: cut where a phrase starts, or nothing', () => {
    expect(sayable('Acme opened new offices in Leeds and in Bristol and in Cardiff for its support teams')).toBe(
      'Acme opened new offices in Leeds and in Bristol',
    );
    // No phrase boundary to cut at: nothing rather than a name cut in half.
    expect(sayable('Acme won the Northern Europe Regional Technology Excellence Quality Innovation Prize Award')).toBeUndefined();
    expect(sayable('Acme opened new offices in Leeds')).toBe('Acme opened new offices in Leeds');
    // A long subject is never left without its deed ("Acme Health’s Lindqvist Institutes." alone).
    expect(
      companyClause(
        'Acme Health’s Lindqvist Institutes for Medical Research has rolled out three clinical trials for its patients.',
        ['Acme Health'],
        false,
        'Acme',
      ),
    ).toBeUndefined();
  });

  it('says a first place in a named study by who made it, and nothing for a rank that is no first place', () => {
    const s = 'Acme Rent has claimed the top spot in the J.D. Power 2025 North America Rental Car Satisfaction Study.';
    expect(rankClause(s, anchorsOf(s, ['Acme Rent'], true).named, 'Acme')).toBe('Acme came top in J.D. Power’s 2025 study');
    const third = 'Acme Rent came third in the J.D. Power 2025 North America Rental Car Satisfaction Study.';
    expect(rankClause(third, anchorsOf(third, ['Acme Rent'], true).named, 'Acme')).toBeUndefined();
  });

  it('reads the company’s product or a part of it as the subject, and on its own post "the benchmark" as the company’s', () => {
    expect(companyClause('The Acme Android app now lets riders split a fare with Beta Pay.', ['Acme'], false, 'Acme')).toBe(
      'Acme Android app now lets riders split a fare',
    );
    expect(companyClause('The benchmark supports K6 and Grafana out of the box.', ['Acme'], true, 'Acme')).toBe(
      'Acme’s benchmark supports K6 and Grafana out of the box',
    );
    // Someone else's benchmark, in a reporter's story, is not the company's.
    expect(companyClause('The benchmark supports K6 and Grafana out of the box.', ['Acme'], false, 'Acme')).toBeUndefined();
    // Their "our" is the company, said from outside.
    expect(companyClause('Our new client provides enterprises with a Go SDK for autoscaling.', ['Acme'], true, 'Acme')).toBe(
      'Acme’s new client provides enterprises with a Go SDK',
    );
  });

  it('asks a point of its own post whose subject is a part of its work, with a figure written without a space', () => {
    const [p] = pointsInStory(ownPost('The replay engine executes real blocks at 697MGas/s on modest hardware from Ovh.'), acme, NOW);
    expect(p?.anchors).toContain('697MGas/s');
    expect(p?.clause).toBe('Acme’s replay engine executes real blocks at 697MGas/s');
  });

  it('names the partners of the company’s work, and a part named as the company’s is the company afterwards', () => {
    const text = [
      'Acme Health’s Lindqvist Institutes for Medical Research started three clinical trials this month for patients.',
      'The research is conducted jointly by Lindqvist in conjunction with Gilead Sciences, Regeneron Pharmaceuticals and Sanofi.',
    ].join('\n');
    expect(partsNamed(text, ['Acme Health', 'Acme'])).toEqual(['Lindqvist']);
    const s = 'The research is conducted jointly by Lindqvist in conjunction with Gilead Sciences, Regeneron Pharmaceuticals and Sanofi.';
    expect(partnerClause(s, ['Gilead Sciences', 'Regeneron Pharmaceuticals', 'Sanofi'], 'Acme')).toBe(
      'Acme is working with Gilead Sciences, Regeneron Pharmaceuticals and Sanofi',
    );
    const points = pointsInStory(clip('article', 'Acme Health starts trials', text), { ...company('Acme Health'), domains: [] }, NOW);
    const partner = points.find((p) => p.kind === 'partner');
    expect(partner).toBeDefined();
    expect(storyPointQuestion(partner!)).toBe(
      'I read that Acme Health is working with Gilead Sciences, Regeneron Pharmaceuticals and Sanofi. How is the work split between them and your team?',
    );
  });

  it('asks a sentence of figures for what drove them, and a quote’s follow-up points at nothing it lacks', () => {
    const [p] = pointsInStory(
      ownPost(
        'Since August, every job has run on our new platform, which handles 71 million jobs per day (over 3x from where we started).',
      ),
      acme,
      NOW,
    );
    expect(p?.kind).toBe('measure');
    expect(storyPointQuestion(p!)).toMatch(/” What drove that figure, and how is it measured inside\?$/);
    expect(storyPointQuestion(p!)).not.toMatch(/\bwent into it\b/);
  });

  it('asks a sales figure what drove it, not the thinking behind it (a sale is no decision: blind-11 Nokia)', () => {
    const text = 'Acme Health sold 7.4 million glucose monitors in the second quarter, the company said on Thursday.';
    const [p] = pointsInStory(clip('article', 'Acme Health posts its quarter', text), { ...company('Acme Health'), domains: [] }, NOW);
    expect(p?.kind).toBe('measure');
    expect(storyPointQuestion(p!)).toMatch(/What drove that figure, and how is it measured inside\?$/);
    expect(storyPointQuestion(p!)).not.toMatch(/thinking behind/);
  });
});

describe('the company’s own sentence said shorter', () => {
  it('keeps the first part of its sentence when that part carries the point, and quotes it whole otherwise', () => {
    const [p] = pointsInStory(
      ownPost('Every image includes an SBOM and VEX data, and our automated rebuild system responds quickly when new CVEs appear.'),
      acme,
      NOW,
    );
    expect(p?.clause).toBe('Every image includes an SBOM and VEX data');
    expect(p?.quote).toBeUndefined();
    expect(storyPointQuestion(p!)).toMatch(/^I read in Acme’s post that every image includes an SBOM and VEX data\. /);
    // A first part with no anchor of its own ("Since August …") keeps the whole sentence, quoted.
    const [q] = pointsInStory(
      ownPost(
        'Since August, all jobs have run on our new platform, which handles 71 million jobs per day (over 3x from where we started).',
      ),
      acme,
      NOW,
    );
    expect(q?.quote).toMatch(/^Since August/);
  });
});

describe('the tools of the company’s work', () => {
  it('says work done with a named tool on its own post as the company’s choice of it', () => {
    const [p] = pointsInStory(
      ownPost('Block replay and load generation are handled with K6, with results visualized in Grafana.'),
      acme,
      NOW,
    );
    expect(p).toMatchObject({ kind: 'tool', clause: 'Acme uses K6 for block replay and load generation' });
    // A reporter's sentence about someone's tools is not the company's choice.
    expect(
      pointsInStory(clip('article', 'Tools', 'Block replay and load generation are handled with K6 at many firms.'), acme, NOW),
    ).toEqual([]);
  });
});

describe('stories to handle with care', () => {
  it('reads a change the company took back after feedback as care, never as a decision to ask about', () => {
    const post = ownPost(
      [
        'We are continuing to reduce hosted runner prices by up to 39% on January 1, 2026.',
        'We have heard your feedback and missed the mark with this change.',
        'We’re postponing the announced billing change for self-hosted runners to take time to re-evaluate our approach.',
      ].join('\n'),
    );
    const care = careInStory(post, acme);
    expect(care).toMatchObject({ kind: 'retreat' });
    expect(care?.text).toMatch(/^We’re postponing the announced billing change/);
    expect(storyCareText(care!)).toMatch(/ask how the feedback is being used/);
    // A price cut with no step back is no care.
    expect(careInStory(ownPost('We are continuing to reduce hosted runner prices by up to 39% on January 1, 2026.'), acme)).toBeUndefined();
  });

  it('reads a story told through its trouble in another language as care, by its headline and language', () => {
    const hr = clip(
      'article',
      'Bankari Acme prijavljeni zbog malverzacija',
      'Policija je podnijela kaznene prijave protiv bivše uprave Acme banke.\nPolicija navodi da je Acme banka oštećena.',
      { extraction: { kind: 'article', url: 'https://news.example/hr', title: 'x', extractor: 'test', sources: {}, lang: 'hr' } },
    );
    const care = careInStory(hr, { ...company('Acme'), domains: [] });
    expect(care).toMatchObject({ kind: 'trouble', language: 'Croatian', text: 'Bankari Acme prijavljeni zbog malverzacija' });
    expect(pointsInStory(hr, { ...company('Acme'), domains: [] }, NOW)).toEqual([]);
  });

  it('reads no legal dispute from what a customer will be charged', () => {
    const post = ownPost('Acme will have a pricing calculator where you will know how much you will be charged by Acme for runners.');
    expect(eventsInClip(post, acme, NOW).filter((e) => e.kind === 'lawsuit')).toEqual([]);
    const charged = clip(
      'article',
      'Acme founder charged',
      'Acme founder Jo Bloggs was charged with fraud by prosecutors in Ohio on Monday.',
    );
    expect(eventsInClip(charged, acme, NOW).filter((e) => e.kind === 'lawsuit')).not.toEqual([]);
  });
});

describe('the follow-up note', () => {
  it('quotes a question that quotes, with single quotes inside', () => {
    expect(nestedQuotes('Your post says: “Since August, all jobs run on it.” What drove that?')).toBe(
      'Your post says: ‘Since August, all jobs run on it.’ What drove that?',
    );
  });
});
