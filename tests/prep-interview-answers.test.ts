import { describe, expect, it } from 'vitest';
import { suggestQuestions } from '../lib/prep/engine';
import { prefixedAnswers } from '../lib/prep/interview-answers';
import { signals } from '../lib/prep/signals';
import { company, person, self, storyClip } from './helpers/prep-records';

// A German printed interview in the shape of blind-16 spessart-weber-changer's (text written here):
// the headline names the organisation, not her; each answer opens on the speaker's surname.
const NOW = Date.UTC(2024, 0, 16);
const co = company('Rhönland Tourismus GmbH');
const TEXT = [
  'Geschäftsführer Paul Kern und seine Stellvertreterin Anna Vogel erklären im Interview, was dahintersteckt.',
  'Wie definiert Ihr Nachhaltigkeit? Vogel: „Für uns ist das auch eine großer Herausforderung. Deshalb haben wir uns für die Zertifizierung zum nachhaltigen Reiseziel entschieden.“',
  'Kern: „Wir mussten zum Beispiel schätzen, wie viel Papier wir verbrauchen.“',
  'Was ist am schwierigsten? Vogel: „Alles, was große Umbaumaßnahmen in der Region betrifft, ist für uns schwierig umzusetzen, etwa die Barrierefreiheit.“',
].join('\n');
const story = storyClip('c-int', 'https://news.example/rhoen', 'article', 'Nachhaltigkeit bei der Rhönland Tourismus GmbH', TEXT, {
  publishedAt: '2023-11-01',
  siteName: 'Rhön-Nachrichten',
  companyId: co.id,
  extraction: {
    kind: 'article',
    url: 'https://news.example/rhoen',
    title: 'x',
    lang: 'de',
    extractor: 'test',
    sources: {},
    article: { title: 'Nachhaltigkeit bei der Rhönland Tourismus GmbH' },
  },
});

describe('a printed interview whose answers open on the surname', () => {
  it('reads the person met’s answers, not the other speaker’s, and only when two answers make it an interview', () => {
    expect(prefixedAnswers(TEXT, 'Anna Vogel')).toHaveLength(2);
    expect(prefixedAnswers(TEXT, 'Paul Kern')).toEqual([]);
  });

  it('asks the choice she tells, quoted in her words, for what it changed', () => {
    const s = signals({
      person: person('Anna Vogel', {
        currentCompanyId: co.id,
        currentTitle: 'Stellvertretende Geschäftsführerin',
        sourceClipIds: ['c-int'],
      }),
      company: co,
      clips: [story],
      self: self({ targetRole: 'Destination manager', field: 'Hotel revenue management' }),
      now: NOW,
    } as never);
    const q = suggestQuestions(s, 60).questions.find((x) => /Zertifizierung/.test(x.text));
    expect(q?.text).toBe(
      'You told Rhön-Nachrichten in November 2023: “Deshalb haben wir uns für die Zertifizierung zum nachhaltigen Reiseziel entschieden.” What has that choice changed in the work, and what would you weigh differently today?',
    );
  });
});
