import { describe, expect, it } from 'vitest';
import { storySubject } from '../lib/extract/article/subject';
import { writtenFullName } from '../lib/extract/article/subject-written';

// A story may be about an organisation that is no firm: a public body its headline opens on, a
// union or a club whose people the story names by their roles. Invented stories after the misses
// of fresh-28 (issue 10).

const subject = (title: string, paragraphs: string[], excerpt?: string, lang?: string) => {
  const found = storySubject({ title, excerpt, paragraphs, exclude: [], lang });
  return found && (writtenFullName(found, paragraphs, title) ?? found);
};

describe('organisations that are no firm as a story’s subject', () => {
  it('takes the public body the headline opens on and the lead takes up, written out as the lead spells it', () => {
    expect(
      subject('IMF trims its forecast for next year as trade slows', [
        'The International Monetary Fund is cutting its forecast for world growth next year, citing slower trade.',
        'The IMF expects growth of 2.5%, down from 2.8%. The IMF also warned of higher prices.',
        'Most economies will slow, said IMF economist Jane Roe.',
      ]),
    ).toBe('International Monetary Fund');
  });

  it('reads "The FCC will …" as the lead taking up the headline’s public body', () => {
    expect(
      subject(
        'FCC chairman Jane Roe’s exit ends the rules on open networks',
        [
          'U.S. Federal Communications Commission chairman Jane Roe said this morning that she will leave the agency in March.',
          'Her exit likely ends the rules the FCC adopted in 2019. Roe is the second FCC member to leave this year.',
        ],
        'The FCC will now have a new majority.',
      ),
    ).toBe('Federal Communications Commission');
  });

  it('leaves a public body’s dealings with firms the headline names to the firms', () => {
    expect(
      subject('NASA picks three firms for its moon landers', [
        'NASA said on Monday it has picked three firms to build moon landers.',
        'NASA will pay them $50 million. NASA plans the first landing in two years.',
      ]),
    ).toBeUndefined();
  });

  it('counts "<Org> chief negotiator <Name>" as the organisation’s use, and keeps a second name after a hyphen', () => {
    expect(
      subject('Actors strike ends as union reaches deal with studios', [
        'The actors union reached a deal with the studios on Wednesday to end its strike.',
        'QRS-TUVA chief negotiator Jane Roe said the deal was worth more than $1 billion.',
        'QRS-TUVA members will vote on the deal next week. The QRS part of the union was founded in 1933.',
      ]),
    ).toBe('QRS-TUVA');
  });

  it('counts "Cheftrainer des <Verein>" as the club’s use', () => {
    expect(
      subject(
        'Neuer Cheftrainer für Wellinghofen: Jan Roe übernimmt im Sommer',
        [
          'Jan Roe wird ab der Saison neuer Cheftrainer des TSV Wellinghofen. Das hat der Klub am Sonntag bekannt gegeben.',
          'Der TSV Wellinghofen spielt in der zweiten Liga. Beim TSV Wellinghofen war Roe schon Spieler.',
        ],
        undefined,
        'de',
      ),
    ).toBe('TSV Wellinghofen');
  });

  it('writes out no firm’s acronym: a firm trades under it', () => {
    expect(writtenFullName('UPS', ['United Parcel Service said on Monday it will cut 200 jobs.'], 'UPS to cut jobs')).toBeUndefined();
    expect(writtenFullName('FCC', ['U.S. Federal Communications Commission chairman Jane Roe left.'], 'FCC chairman leaves')).toBe(
      'Federal Communications Commission',
    );
  });
});
