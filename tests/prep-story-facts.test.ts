import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../lib/cli/prep-rubric';
import { lowerFirst } from '../lib/prep/bank/story-facts';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import { factsInStory, storyFacts } from '../lib/prep/story-facts';
import type { PrepInput } from '../lib/prep/types';
import { clips, company, self } from './helpers/prep-records';

const NOW = Date.UTC(2019, 11, 3);
const clip = clips({ idPrefix: 's', publishedAt: '2019-11-19', siteName: 'The Daily' });

describe('story facts: what a coach underlines in a story about the company', () => {
  it('reads a deal, naming the person "he" stands for, and asks it from the side of the work the user wants', () => {
    const disney = company('Disney');
    const story = clip(
      'article',
      'Disney executive on the launch of Disney+',
      [
        'Mayer was named chairman of the direct-to-consumer division in March 2018 after years in strategy.',
        'He led key acquisitions, including Marvel Entertainment, Lucasfilm and BamTech, the firm behind Disney’s streaming efforts.',
      ].join('\n'),
    );
    const [f] = factsInStory(story, disney);
    expect(f).toMatchObject({ kind: 'deal', text: 'the acquisitions of Marvel Entertainment, Lucasfilm and BamTech' });
    expect(f?.evidence).toMatch(/^He led key acquisitions/);
    const input: PrepInput = { company: disney, clips: [story], self: self({ targetRole: 'Site reliability engineer' }), now: NOW };
    const q = suggestQuestions(signals(input), 30).questions.find((x) => /BamTech/.test(x.text));
    // The deal named in a clause, not the story's 25-word sentence; the source and date go in the reason.
    expect(q?.text).toBe(
      'I read about the acquisitions of Marvel Entertainment, Lucasfilm and BamTech. How much of the engineering today still rests on what they brought in?',
    );
    expect(q?.reason).toMatch(/^The Daily \(November 2019\) names a deal/);
    expect(judgeQuestion(q!.text, q!.basis, input).grounded).toBe(true);
  });

  it('reads a difference between two markets and a figure about the business, with the speaker taken off the end', () => {
    const story = clip(
      'article',
      'Audi e-tron Sportback revealed',
      [
        'Europe will get the option of virtual side mirrors, which replace the glass mirrors with tiny cameras.',
        'Euro testing was also done with the virtual side mirrors, whereas the US car will come with standard side mirrors.',
      ].join('\n'),
    );
    expect(factsInStory(story, company('Audi')).map((f) => [f.kind, f.text])).toEqual([
      ['markets', 'virtual side mirrors in Europe and standard ones in the US'],
    ]);
    const cook = clip(
      'article',
      'Tim Cook on Apple in the enterprise',
      'Apple is now in every Fortune 500 company, and eight out of ten companies are writing custom iOS apps, Cook told Benioff.',
    );
    expect(factsInStory(cook, company('Apple'))).toEqual([
      expect.objectContaining({
        kind: 'figure',
        speaker: 'Cook',
        text: 'Apple is now in every Fortune 500 company',
      }),
    ]);
    const q = suggestQuestions(
      signals({ company: company('Apple'), clips: [cook], self: self({ targetRole: 'Enterprise account executive' }), now: NOW }),
      30,
    ).questions.find((x) => /Fortune 500/.test(x.text));
    expect(q?.text).toBe(
      'Cook said Apple is now in every Fortune 500 company. Which of those customers does your side work with, and what do they ask for first?',
    );
  });

  it('reads a number that moved as a changed plan, asked for how it reaches the user’s side of the work', () => {
    const boeing = company('Boeing');
    const story = clip(
      'article',
      'Emirates orders 30 Boeing 787 jets',
      'The deal sets up for a reduction to a prior commitment of 777x jets from the U.S. plane-maker, down by 30 to 126, which Emirates is opting for.',
    );
    const [f] = factsInStory(story, boeing);
    expect(f?.kind).toBe('change');
    const input: PrepInput = { company: boeing, clips: [story], self: self({ targetRole: 'Aerospace engineer' }), now: NOW };
    const q = suggestQuestions(signals(input), 30).questions.find((x) => /777x/.test(x.text));
    expect(q?.text).toBe(
      'I read that the commitment of 777x jets is down by 30 to 126. How does a change like that reach the engineers and their plans?',
    );
  });

  it('reads no fact from a guess, a refusal, a setback, a quote, a sentence leaning on the one before, or a spec sheet', () => {
    const story = clip(
      'article',
      'Strava launches a family plan',
      [
        'Strava wouldn’t confirm how many of its 125 million members are active users, or what the gender split is.',
        'Strava is expected to reach 200 million users and eight out of ten runners by next year.',
        'Strava struggled with an outage after 10 million users signed up, costing $3 million.',
        '“We are in every Fortune 500 company now,” the chief executive said on stage in Boston.',
        'It is now in every Fortune 500 company, and eight out of ten companies use it at work.',
        'The new watch app gives up to 277 miles of range and 150 kW of charging in under thirty minutes.',
      ].join('\n'),
    );
    expect(factsInStory(story, company('Strava'))).toEqual([]);
  });

  it('leaves a story whose only news is a setback, old stories and stories about someone else', () => {
    const cuts = clip(
      'article',
      'WeWork layoffs begin today',
      'WeWork began laying off 2,400 employees on Monday.\nSoftBank agreed to inject $6.5 billion in debt and equity into WeWork and to fund a buyout.',
    );
    expect(storyFacts([cuts], company('WeWork'), NOW)).toEqual([]);
    const line = 'Acme is now in every Fortune 500 company, and eight out of ten companies are writing custom apps on it.';
    expect(storyFacts([clip('article', 'Acme in the enterprise', line, { publishedAt: '2018-01-01' })], company('Acme'), NOW)).toEqual([]);
    expect(storyFacts([clip('article', 'Widgets in the enterprise', line)], company('Acme'), NOW)).toEqual([]);
    expect(storyFacts([clip('article', 'Acme in the enterprise', line)], company('Acme'), NOW)).toHaveLength(1);
  });

  it('lowers a common first word inside a sentence, never a name', () => {
    expect(lowerFirst('The order is valued at $8.8 billion')).toBe('the order is valued at $8.8 billion');
    expect(lowerFirst('Apple is now in every Fortune 500 company')).toBe('Apple is now in every Fortune 500 company');
    expect(lowerFirst('Europe will get the option')).toBe('Europe will get the option');
  });
});
