import { describe, expect, it } from 'vitest';
import { storyPointQuestion } from '../lib/prep/bank/story-points';
import { arrivalClause } from '../lib/prep/story-appoint';
import { pointsInStory } from '../lib/prep/story-points';
import { clips, company } from './helpers/prep-records';

const NOW = Date.UTC(2026, 0, 20);
const clip = clips({ idPrefix: 'mv', publishedAt: '2025-12-10', siteName: 'Daily Wire' });

describe('a results quarter told beside fines in the body', () => {
  const results = clip(
    'article',
    'Chief says banks are under pressure as he announces $3.2 billion profit',
    [
      'Harbor Bank earned $3.2 billion in the third quarter of 2025, the company announced on Tuesday, capping a record year for the lender.',
      'The chief executive said the bank now deals with five regulators where it once dealt with one.',
      'Over two years, Harbor Bank has paid $2 billion in settlements and fines related to trading losses.',
      'Critics say the lobbying of banks against the rules was relentless, and fines followed the lawsuits.',
    ].join(' '),
  );

  it('keeps the figure as a point asked for what drove it, never the fines', () => {
    const points = pointsInStory(results, company('Harbor Bank'), NOW);
    const measure = points.find((p) => p.kind === 'measure');
    expect(measure?.clause).toBe('Harbor Bank earned $3.2 billion');
    expect(points.map((p) => p.evidence).join(' ')).not.toMatch(/fines|settlements|lawsuits/);
    // A profit is asked as a result: "how is it measured inside" made no sense of it (blind-13 jpmorgan).
    expect(storyPointQuestion(measure!)).toBe(
      'I read that Harbor Bank earned $3.2 billion. What was behind that result, and did it change anything for teams like yours?',
    );
    expect(storyPointQuestion({ ...measure!, recent: false, date: '2023-10-14' })).toBe(
      'In October 2023, a story said Harbor Bank earned $3.2 billion. Looking back, what was behind that result, and what has changed since?',
    );
  });

  it('still gives no point when the headline itself is the trouble', () => {
    const sued = clip('article', 'Harbor Bank sued over trading losses', results.text!);
    expect(pointsInStory(sued, company('Harbor Bank'), NOW).filter((p) => p.kind !== 'account')).toEqual([]);
  });
});

describe('a people move that names the newcomer first', () => {
  it('reads who came in, and as what, for the company named as the role’s owner', () => {
    expect(
      arrivalClause("Ana Ruiz has agreed a deal to replace Tom Hale as Riverside United's manager until the end of the season.", [
        'Riverside United',
      ]),
    ).toBe('Ana Ruiz came in as Riverside United’s new manager');
    expect(arrivalClause('Jane Roe was named chief executive of Acme Foods, the board said.', ['Acme Foods'])).toBe(
      'Jane Roe came in as the new chief executive of Acme Foods',
    );
  });

  it('reads nothing when the role is another company’s or nobody arrives', () => {
    expect(
      arrivalClause("Ana Ruiz has agreed a deal to replace Tom Hale as Lakeside City's manager.", ['Riverside United']),
    ).toBeUndefined();
    expect(arrivalClause('Riverside United won five matches this season under its manager.', ['Riverside United'])).toBeUndefined();
  });

  it('asks what changed under the new leader, not why the old one left', () => {
    const move = clip(
      'article',
      'Ana Ruiz agrees deal to replace Tom Hale as Riverside manager',
      [
        "Ana Ruiz has agreed a deal to replace Tom Hale as Riverside United's manager until the end of the 2027/28 season.",
        'Hale was sacked last night after four years in charge.',
        'Her first match in charge will be away on Saturday.',
      ].join(' '),
    );
    const points = pointsInStory(move, company('Riverside United'), NOW);
    expect(points).toHaveLength(1);
    expect(points[0]!.kind).toBe('appoint');
    const q = storyPointQuestion(points[0]!)!;
    expect(q).toBe(
      'I read that Ana Ruiz came in as Riverside United’s new manager. What has changed in how the team works since then, and what is still settling?',
    );
    expect(q).not.toMatch(/sacked|Hale/);
  });
});
