import { describe, expect, it } from 'vitest';
import { storyFactQuestion } from '../lib/prep/bank/story-facts';
import { signals } from '../lib/prep/signals';
import { clauseOf } from '../lib/prep/story-clauses';
import { storyFacts } from '../lib/prep/story-facts';
import { company, self, storyClip } from './helpers/prep-records';

// A results story in the shape of blind-17 sph-results-peer's (text written here): a first loss, job
// cuts in passing, and one shift the newsroom made — digital sales up against print copies down.
const NOW = Date.UTC(2020, 10, 4);
const co = company('Harbour Press Holdings');
const story = storyClip(
  'c-results',
  'https://news.example/harbour-loss',
  'article',
  'Fair value loss pushes Harbour Press Holdings into the red',
  [
    'Harbour Press Holdings reported its first-ever net loss of $83 million for the year.',
    'Revenue for the media business shrank 22 per cent to $445 million.',
    'Circulation held steady due to the 52.5 per cent increase in daily average newspaper digital sales, which partially offset the 12.6 per cent drop in print copies.',
    'Harbour Press Holdings cut about 140 jobs in the media business this year.',
  ].join('\n'),
  { publishedAt: '2020-10-14', siteName: 'The Daily Ledger', companyId: co.id },
);

describe('a shift told beside the losses of a results story', () => {
  it('reads "the N per cent increase in X, which partially offset the M per cent drop in Y" as one change', () => {
    expect(
      clauseOf(
        'Circulation held steady due to the 52.5 per cent increase in daily average newspaper digital sales, which partially offset the 12.6 per cent drop in print copies',
        ['Harbour Press Holdings'],
      ),
    ).toEqual({
      kind: 'change',
      text: 'a 52.5% rise in daily average newspaper digital sales against a 12.6% drop in print copies',
      shift: true,
    });
  });

  it('keeps that shift from a story whose only event is job cuts, and asks what drove it; nothing else of that story', () => {
    const facts = storyFacts([story], co, NOW);
    expect(facts.map((f) => f.text)).toEqual([
      'a 52.5% rise in daily average newspaper digital sales against a 12.6% drop in print copies',
    ]);
    const s = signals({ company: co, clips: [story], self: self({ targetRole: 'Audience development editor' }), now: NOW } as never);
    expect(storyFactQuestion(facts[0]!, s)).toBe(
      'The Daily Ledger reported a 52.5% rise in daily average newspaper digital sales against a 12.6% drop in print copies. What has driven that shift, and what does it ask of your team now?',
    );
  });
});
