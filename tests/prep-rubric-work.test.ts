import { describe, expect, it } from 'vitest';
import { judgeQuestion, sameMove } from '../lib/cli/prep-rubric';
import { askOf, copiedSpan } from '../lib/cli/prep-text';
import type { PrepInput } from '../lib/prep/types';
import { clips, company, person, self } from './helpers/prep-records';

// Issue 11, "How it is measured": a question is grounded only when a clipped fact does work in it.
// Last session a template that quoted a story's headline before "How did that land on your side?"
// raised grounded% on every set while a reader called the questions generic or wrong
// (tests/corpus/prep-ratings.json holds the reader's ratings the rubric is checked against).

const NOW = Date.UTC(2025, 10, 3);
const clip = clips({ idPrefix: 'w', publishedAt: '2025-07-14', siteName: 'The Daily' });
const grounded = (q: string, input: PrepInput, basis = input.clips.map((c) => `clip:${c.id}`)) => judgeQuestion(q, basis, input).grounded;

describe('a quoted title or long copied span before a follow-up that fits any fact is not grounded', () => {
  const tableau = clip(
    'article',
    'Tableau to Present at Upcoming Investor Conferences',
    'Tableau Software will present at the following investor conferences: the Nasdaq conference in London on June 12.',
  );
  const post = clip(
    'article',
    'HR Shared Services explained: Benefits, functions, and best practices',
    'HR shared services centralise payroll, onboarding and employee questions in one team. Benefits include lower cost and consistent service.',
  );
  const input: PrepInput = { company: company('Tableau'), clips: [tableau, post], self: self({ targetRole: 'Data analyst' }), now: NOW };

  it('a headline quoted whole, then “how did that land”, “what prompted it” or “what does that mean”', () => {
    for (const q of [
      'I read “Tableau to Present at Upcoming Investor Conferences”. How did that land on your side?',
      'I read your post “HR Shared Services explained: Benefits, functions, and best practices” (July 2025). What prompted it, and has anything changed since?',
      'You posted in July 2025: “HR shared services centralise payroll, onboarding and employee questions in one team” Looking back, what came of it, and would you do it the same way today?',
      'I read “HR Shared Services explained: Benefits, functions, and best practices”. What does that mean in practice, and where would a Data analyst fit in it?',
    ])
      expect(grounded(q, input), q).toBe(false);
    expect(
      judgeQuestion(
        'I read “Tableau to Present at Upcoming Investor Conferences”. How did that land on your side?',
        [`clip:${tableau.id}`],
        input,
      ).note,
    ).toMatch(/^quotes “Tableau to Present at Upcoming Investor Conferences” before a follow-up that fits any fact/);
  });

  it('the same headline retold without quotation marks is still copied', () => {
    expect(
      grounded(
        'I read that Tableau Software will present at the following investor conferences this month. How did that land on your side?',
        input,
      ),
    ).toBe(false);
  });

  it('a classic question after a fact set before it: no word of the fact in what is asked', () => {
    expect(
      grounded('I read that Tableau will present at the Nasdaq conference in London. What does a typical week look like for you?', input),
    ).toBe(false);
  });

  it('a question that uses the fact to ask about a decision, a trade-off or what changed is grounded, quoted or not', () => {
    expect(
      grounded('Who decided that Tableau would present at the Nasdaq conference in London, and what was it meant to win?', input),
    ).toBe(true);
    const doodlo = clip(
      'company-page',
      'Packaging design',
      'Typical projects take 1–3 weeks depending on complexity, revisions, and communication speed.',
    );
    const studio: PrepInput = { company: company('Doodlo'), clips: [doodlo], self: self({ targetRole: 'Packaging designer' }), now: NOW };
    expect(
      grounded(
        'Doodlo’s page says: “Typical projects take 1–3 weeks depending on complexity, revisions, and communication speed”. What fills those weeks for a packaging designer, and where does it usually slip?',
        studio,
      ),
    ).toBe(true);
    const merger = clip(
      'article',
      'Gannett and GateHouse complete their merger',
      'New Media Investment Group completed its merger with Gannett, joining GateHouse newspapers.',
    );
    expect(
      grounded('Since the merger with GateHouse, what has changed day to day for writers, and what is still being settled?', {
        company: company('Gannett'),
        clips: [merger],
        now: NOW,
      }),
    ).toBe(true);
  });

  it('a short phrase quoted is a claim, not a title: the follow-up may be plain', () => {
    const crn = clip(
      'article',
      'Tim Cook On Apple Being ‘Pulled Into The Enterprise’',
      'Apple was "pulled into the enterprise," CEO Tim Cook said Tuesday.',
      { siteName: 'CRN' },
    );
    const apple: PrepInput = { company: company('Apple'), clips: [crn], now: NOW };
    expect(
      grounded(
        'CEO Tim Cook told CRN in July 2025 that Apple was “pulled into the enterprise”. What does that look like from where you sit?',
        apple,
      ),
    ).toBe(true);
  });
});

describe('the classic opener with a title or a page’s topic pasted in is not grounded', () => {
  const team = clip(
    'company-page',
    'Leadership | Acme Advisors',
    'Dana Ruiz is the CEO of Acme Advisors. Acme Advisors offers HR consulting services and payroll services.',
  );
  const dana = person('Dana Ruiz', { currentTitle: 'CEO' });
  const input: PrepInput = { person: dana, company: company('Acme Advisors'), clips: [team], now: NOW };

  it('“how did you come to be the CEO”, “which part of … is yours, and how did you come to it”', () => {
    expect(
      grounded('How did you come to be the CEO of Acme Advisors, and what did the road there look like?', input, [
        `person:${dana.id}:title`,
      ]),
    ).toBe(false);
    expect(grounded('Which part of Acme Advisors’ HR consulting services is yours, and how did you come to it?', input)).toBe(false);
    expect(
      grounded(
        'The site lists HR consulting services and payroll services. Which of those is closest to your own work, and how did you come to it?',
        input,
      ),
    ).toBe(false);
  });

  it('a real move asks about a decision and stays grounded', () => {
    const felix = person('Felix Li', {
      experience: [
        { title: 'Scientist', company: 'Transgenomic', start: '2001' },
        { title: 'Researcher', company: 'Georgetown University', start: '1997', end: '2001' },
      ],
    });
    const p: PrepInput = { person: felix, clips: [], now: NOW };
    expect(grounded('What made you move from Georgetown University to Transgenomic in 2001?', p, [`person:${felix.id}:experience`])).toBe(
      true,
    );
  });
});

describe('what a question asks, apart from what it sets up', () => {
  it('the sentences ending in a question mark, quotations taken out', () => {
    expect(askOf('I read your post “Why we moved: a note”. What prompted it, and has anything changed since?')).toBe(
      'What prompted it, and has anything changed since?',
    );
    expect(askOf('Ralf Groene told The Verge in October 2016: “We built it for creators.” What has that meant for designers?')).toBe(
      'What has that meant for designers?',
    );
    expect(askOf('Who decided what went into Stadia and what was left out?')).toBe(
      'Who decided what went into Stadia and what was left out?',
    );
  });

  it('a quotation of six words or more, or nine words in a row of a source outside quotation marks', () => {
    expect(copiedSpan('I read “Tableau to Present at Upcoming Investor Conferences”.', [])).toBe(
      'Tableau to Present at Upcoming Investor Conferences',
    );
    expect(copiedSpan('Apple was “pulled into the enterprise”.', ['Apple was pulled into the enterprise'])).toBeUndefined();
    expect(
      copiedSpan('I read that the company will present at the following investor conferences soon.', [
        'It will present at the following investor conferences: London.',
      ]),
    ).toBeUndefined();
    expect(
      copiedSpan('I read that Tableau Software will present at the following investor conferences soon.', [
        'Tableau Software will present at the following investor conferences: London.',
      ]),
    ).toBe('tableau software will present at the following investor conferences');
  });
});

describe('near-duplicates by intent: two questions on one move', () => {
  it('why they moved and what carried over, on the same move, are one question', () => {
    expect(
      sameMove(
        'What made you leave Accenture to start DWYL in 2013?',
        'Like me, you came from consulting (Accenture). What from consulting helped you most at DWYL, and what did you have to unlearn?',
      ),
    ).toBe(true);
    expect(
      sameMove(
        'What pulled you from structural engineering into software engineering in 2014, and what carried over?',
        'After studying Civil Engineering you took Web Development at Collective Academy in 2014. Would you take the same route into software engineering again?',
      ),
    ).toBe(true);
  });

  it('two different moves, or a move and another question, are not', () => {
    expect(
      sameMove(
        'What made you move from Yahoo! to LinkedIn in 2008?',
        'What pulled you from sales into product in 2015, and what carried over?',
      ),
    ).toBe(false);
    expect(
      sameMove('What made you leave Accenture to start DWYL in 2013?', 'Who decided what went into the DWYL app, and what was left out?'),
    ).toBe(false);
  });
});
