import { describe, expect, it } from 'vitest';
import { suggestQuestions } from '../lib/prep/engine';
import { introDraft } from '../lib/prep/intro';
import { labelledAnswers, prefixedAnswers } from '../lib/prep/interview-answers';
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

// An English Q&A on a company blog, each answer a line opening on the speaker's given name and a
// colon, no quotation marks (the shape of blind-23 axios-marissa-student's page; text written here).
const QA = [
  'Dana Ortiz, a data engineer in Denver, and Sam Reyes, who leads the platform team, walked us through the move.',
  'Sam: I got into software through modding games as a teenager.',
  'Dana: I studied statistics before joining Quillnews in 2021, after two years at a consultancy.',
  'Dana: We chose Postgres over a document store because our analysts already wrote SQL every day.',
  'Sam: The biggest challenge was the nightly batch window.',
].join('\n');
const qaCo = company('Quillnews');
const qaStory = storyClip('c-qa', 'https://blog.example/quillnews-platform', 'article', 'Inside the Quillnews platform move', QA, {
  publishedAt: '2024-03-05',
  siteName: 'The Stack Blog',
  companyId: qaCo.id,
  extraction: {
    kind: 'article',
    url: 'https://blog.example/quillnews-platform',
    title: 'x',
    lang: 'en',
    extractor: 'test',
    sources: {},
    article: { title: 'Inside the Quillnews platform move' },
  },
});

describe('a Q&A whose answers open on the given name and a colon', () => {
  it("reads the person met's lines, only when the story names them in full and gives two answers", () => {
    expect(labelledAnswers(QA, 'Dana Ortiz')).toEqual([
      'I studied statistics before joining Quillnews in 2021, after two years at a consultancy.',
      'We chose Postgres over a document store because our analysts already wrote SQL every day.',
    ]);
    expect(labelledAnswers(QA, 'Sam Reyes')).toHaveLength(2);
    expect(labelledAnswers(QA, 'Dana Hill')).toEqual([]);
    expect(labelledAnswers(QA.split('\n').slice(0, 3).join('\n'), 'Dana Ortiz')).toEqual([]);
  });

  it('asks the choice she tells, in her words, for what it changed', () => {
    const s = signals({
      person: person('Dana Ortiz', { currentCompanyId: qaCo.id, currentTitle: 'Data engineer', sourceClipIds: ['c-qa'] }),
      company: qaCo,
      clips: [qaStory],
      self: self({ targetRole: 'Data engineering intern', field: 'Computer science' }),
      now: Date.UTC(2024, 3, 10),
    } as never);
    const q = suggestQuestions(s, 30).questions.find((x) => /Postgres/.test(x.text));
    expect(q?.text).toMatch(
      /“We chose Postgres over a document store because our analysts already wrote SQL every day\.” What has that choice changed in the work/,
    );
  });
});

describe('a school the person met names in their own answers', () => {
  it("is common ground with the user's own school: asked once, and said once in the introduction", () => {
    const s = signals({
      person: person('Dana Ortiz', { currentCompanyId: qaCo.id, currentTitle: 'Data engineer', sourceClipIds: ['c-qa'] }),
      company: qaCo,
      clips: [
        {
          ...qaStory,
          text: QA.replace('I studied statistics before', 'I studied statistics at Ridgeway University before'),
        },
      ],
      self: self({ name: 'Lee Park', schools: ['Ridgeway University'], field: 'Computer science', targetRole: 'Data engineering intern' }),
      now: Date.UTC(2024, 3, 10),
    } as never);
    expect(s.commonGround.map((c) => [c.value.kind, c.value.value, c.basis[0]])).toEqual([['school', 'Ridgeway University', 'clip:c-qa']]);
    expect(suggestQuestions(s, 30).questions.map((q) => q.text)).toContain(
      'We both studied at Ridgeway University. How did your time there shape where you went next?',
    );
    const intro = introDraft(s);
    expect(intro).toContain('I noticed we both studied at Ridgeway University');
    expect(intro.match(/Ridgeway/g)).toHaveLength(1);
  });
});
