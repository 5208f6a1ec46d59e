import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../lib/cli/prep-rubric';
import { pastedRun } from '../lib/cli/prep-text';
import { suggestQuestions } from '../lib/prep/engine';
import { signals } from '../lib/prep/signals';
import { clauseOf, isEnglish, MAX_CLAUSE_WORDS } from '../lib/prep/story-clauses';
import { factsInStory } from '../lib/prep/story-facts';
import { clips, company, self } from './helpers/prep-records';

const NOW = Date.UTC(2019, 11, 3);
const clip = clips({ idPrefix: 'c', publishedAt: '2019-11-19', siteName: 'The Daily' });

describe('a story fact named in a short clause, or not at all', () => {
  it('names the fact from its parts: the deal, the market entered, the number that moved, the figure', () => {
    expect(clauseOf('Acme has acquired Widgets Inc and Gizmo Labs in a push into robotics', ['Acme'])).toEqual({
      kind: 'deal',
      text: 'the acquisitions of Widgets Inc and Gizmo Labs',
    });
    expect(clauseOf('Acme is expanding into Brazil and Mexico after a strong year at home', ['Acme'])).toEqual({
      kind: 'expansion',
      text: 'the expansion into Brazil and Mexico',
    });
    expect(clauseOf('The retailer earned $2.8 billion, as revenue rose 3.5 percent to $27.2 billion', ['Home Depot'])).toEqual({
      kind: 'change',
      text: 'revenue rose 3.5 percent to $27.2 billion',
    });
    expect(
      clauseOf('In fiscal 2024, Paris Baguette boasted sales of $462 million in the U.S., a 30% increase', ['Paris Baguette']),
    ).toEqual({
      kind: 'figure',
      text: 'Paris Baguette boasted sales of $462 million in the U.S.',
    });
    // The opening "a …" of a sentence describes its subject: no fact alone, no "I read that a collector with …".
    expect(
      clauseOf('A significant art collector with an estimated net worth of $186.3 billion, the Acme CEO in 2014 opened a museum.', [
        'Acme',
      ]),
    ).toBeUndefined();
  });

  it('names a campaign the company ran and what it offered, cut before whom and where; a bare "new scheme" is none', () => {
    expect(
      clauseOf(
        'In an uncharacteristic move, Acme followed up with a sustained marketing campaign, advertising discount schemes and monthly instalment options for customers in India, where its phones are seen as too expensive.',
        ['Acme'],
      ),
    ).toEqual({ kind: 'campaign', text: 'the sustained marketing campaign with discount schemes and monthly instalment options' });
    expect(clauseOf('Acme launched a loyalty programme for its most frequent riders last spring.', ['Acme'])).toEqual({
      kind: 'campaign',
      text: 'the loyalty programme',
    });
    expect(clauseOf('Acme launched a scheme last spring, the company said.', ['Acme'])).toBeUndefined();
    // Another company's campaign is not the company's.
    expect(clauseOf('Rival Corp launched a discount campaign with cashback offers across the country.', ['Acme'])).toBeUndefined();
  });

  it('says nothing when the parts do not fall into place: a long clause, a pronoun, a label, no thing compared', () => {
    for (const s of [
      // The figure's clause is a sentence retold (20 words).
      'In return, the Treasury Department paid Apple at least $600 million and possibly much more over the past five years in the form of interest',
      // "its" leans on the sentence before.
      'Its own domestic space industry is currently worth $8.7 billion, a report says',
      'we recommended a $5.1 million grant to Evidence Action Beta to create a program',
      'Read more: Alibaba poised to launch record-breaking $13.4bn Hong Kong listing',
      'Buying a house is famously impossible in the Netherlands these days',
      // A number that moved, but its clause opens on a preposition.
      'Demand for the Model Y rose in the spring, with sales up 12% to 4,000 in June',
      // A purchase of something with a capital is no deal ("Treasury bonds").
      'Its purchases of Treasury bonds let Apple delay taxes on overseas cash for years',
      'Purchases of Treasury bonds let the company delay taxes on its overseas cash',
      // Two markets, but nothing told apart on both sides.
      'Makers launch phones for the European market, but many of them end up in North America and beyond',
    ])
      expect(clauseOf(s, ['Acme', 'Apple', 'Alibaba', 'Etlaq']), s).toBeUndefined();
  });

  it('never lets a clause run past its limit', () => {
    const long = 'Acme acquired Alpha Beta Gamma Delta, Epsilon Zeta Eta Theta, Iota Kappa Lambda Mu and Nu Xi Omicron Pi this week';
    const c = clauseOf(long, ['Acme']);
    expect(c === undefined || c.text.split(/\s+/).length <= MAX_CLAUSE_WORDS).toBe(true);
  });
});

describe('a story in German or French: never pasted into an English question', () => {
  it('tells English from German and French by their small words', () => {
    expect(isEnglish('Apple is now in every Fortune 500 company')).toBe(true);
    expect(isEnglish('Die Deutsche Bank hat den Vertrag mit dem Aufsichtsratschef für eine zweite Amtszeit verlängert')).toBe(false);
    expect(isEnglish('Le constructeur a vu ses ventes mondiales augmenter de 1,9 % au premier semestre')).toBe(false);
  });

  it('reads a result that moved in English words, with the company named in the sentence', () => {
    expect(clauseOf('Die Deutsche Bank steigerte im dritten Quartal den Umsatz um 12,5 Prozent', ['Deutsche Bank'])).toEqual({
      kind: 'change',
      text: 'Deutsche Bank’s revenue rose 12.5%',
    });
    expect(clauseOf('Renault a vu son chiffre d’affaires progresser de 6,7 % sur le semestre', ['Renault'])).toEqual({
      kind: 'change',
      text: 'Renault’s revenue rose 6.7%',
    });
    // A figure of another company, or one whose direction is unclear, is no fact of this one.
    expect(clauseOf('Der Umsatz von Volkswagen stieg um 4 Prozent', ['Deutsche Bank'])).toBeUndefined();
    expect(clauseOf('Der Umsatz der Deutschen Bank stieg um 4 Prozent, der Gewinn ging zurück', ['Deutsche Bank'])).toBeUndefined();
  });

  it('a German story with dollar figures yields no German words in a question', () => {
    const story = clip(
      'article',
      'Evergrande in Zahlen: Chinas Immobilienriese',
      [
        'Evergrande war für 3,8 Millionen Arbeitsplätze verantwortlich, was genug ist, um ganz Los Angeles zu beschäftigen.',
        'Evergrande hat in Shenzhen Wohnungen für $300 million an Hunderte von Käufern verkauft, so die Zeitung.',
      ].join('\n'),
    );
    expect(factsInStory(story, company('Evergrande'))).toEqual([]);
    const qs = suggestQuestions(
      signals({ company: company('Evergrande'), clips: [story], self: self({ targetRole: 'Financial analyst' }), now: NOW }),
      30,
    );
    for (const q of [...qs.questions, ...qs.reserve]) expect(q.text).not.toMatch(/\b(?:für|verkauft|Arbeitsplätze|Millionen)\b/);
  });
});

describe('the rubric: a story sentence pasted whole is no grounded question', () => {
  const story = clip(
    'article',
    'Emirates orders 30 Boeing 787 jets',
    'The deal sets up for a reduction to a prior commitment of 777x jets from the U.S. plane-maker, down by 30 to 126, which Emirates is opting for.',
  );
  const input = { company: company('Boeing'), clips: [story], now: NOW };
  it('finds twelve words in a row of the source outside quotation marks', () => {
    const pasted =
      'I read that the deal sets up for a reduction to a prior commitment of 777x jets from the U.S. plane-maker. How does a change like that reach the engineers?';
    expect(pastedRun(pasted, [story.text!])).toBe('the deal sets up for a reduction to a prior commitment of');
    expect(judgeQuestion(pasted, [`clip:${story.id}`], input)).toMatchObject({
      grounded: false,
      note: expect.stringMatching(/^pastes its source/),
    });
  });
  it('lets a fact named in a clause, or words quoted as said, through', () => {
    const named =
      'I read that the commitment of 777x jets is down by 30 to 126. How does a change like that reach the engineers and their plans?';
    expect(pastedRun(named, [story.text!])).toBeUndefined();
    expect(judgeQuestion(named, [`clip:${story.id}`], input).grounded).toBe(true);
    const quoted =
      'CNBC wrote that “the deal sets up for a reduction to a prior commitment of 777x jets from the U.S. plane-maker”. What changed?';
    expect(pastedRun(quoted, [story.text!])).toBeUndefined();
  });
});
