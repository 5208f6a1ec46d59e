import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../lib/cli/prep-rubric';
import { postFollowUp } from '../lib/prep/bank/said';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import type { PrepInput } from '../lib/prep/types';
import { clips, company, person, self } from './helpers/prep-records';

const NOW = Date.UTC(2015, 5, 1);
const clip = clips({ idPrefix: 'pf-', publishedAt: '2015-05-04', siteName: 'Acme Blog' });

// Issue 11: a post of theirs whose title counts its points is asked about those points, not with a
// follow-up that fits any post (blind googlesb-sterling-changer: "I read your post “Five ways to grow
// your business this Small Business Week” (May 2015). What prompted it, and has anything changed since?").
describe('their own post is asked about what its title says it gives', () => {
  it('a counted list: which point held up; mistakes or myths: which they still meet; trends: which came true', () => {
    expect(postFollowUp('Five ways to grow your business this Small Business Week')).toBe(
      'Which of those five ways has held up best since, and which would you now put differently?',
    );
    expect(postFollowUp('7 common mistakes first-time founders make')).toBe(
      'Which of those 7 mistakes do you still meet most often, and why do they last?',
    );
    expect(postFollowUp('Three trends for retail in 2016')).toBe('Which of those three trends has played out since, and which has not?');
    // Anything else keeps the plain follow-up.
    expect(postFollowUp('Why we moved our stack to Rust')).toBe('What prompted it, and has anything changed since?');
    expect(postFollowUp('Five years at Acme')).toBe('What prompted it, and has anything changed since?');
  });

  it('on the sheet, the post’s list is the question, and the rubric finds its fact at work', () => {
    const title = 'Five ways to grow your business this Small Business Week';
    const post = clip('article', title, 'Small businesses can grow online in five ways. First, claim your listing.', {
      extraction: {
        kind: 'article',
        url: 'https://blog.example/five-ways',
        title,
        extractor: 'test',
        sources: {},
        article: { title, authors: ['Dana Ruiz'] },
      },
    });
    const input: PrepInput = {
      person: person('Dana Ruiz', { currentTitle: 'Product Marketing Manager' }),
      company: company('Acme'),
      clips: [post],
      self: self({ field: 'Retail marketing', targetRole: 'Product marketing manager' }),
      now: NOW,
    };
    const q = suggestQuestions(signals(input), 30).questions.find((x) => x.text.includes(title));
    expect(q?.text).toBe(
      `I read your post “${title}” (May 2015). Which of those five ways has held up best since, and which would you now put differently?`,
    );
    expect(judgeQuestion(q!.text, q!.basis, input).grounded).toBe(true);
  });
});
