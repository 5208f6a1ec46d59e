import { describe, expect, it } from 'vitest';
import { storyCareQuestion } from '../lib/prep/bank/story-points';
import { newsHooks } from '../lib/prep/news-hooks';
import type { Signals } from '../lib/prep/signals';
import { careInStory, storyCare, storyCareText } from '../lib/prep/story-care';
import { pointsInStory } from '../lib/prep/story-points';
import { troubleIn, troubleWords } from '../lib/prep/story-trouble';
import { clips, company } from './helpers/prep-records';

const NOW = Date.UTC(2026, 0, 20);
const clip = clips({ idPrefix: 'tr', publishedAt: '2025-12-10', siteName: 'Le Quotidien' });
const acme = { ...company('Acme Radio'), domains: [] };
const inLang = (lang: string, title: string, text: string) =>
  clip('article', title, text, {
    extraction: { kind: 'article', url: 'https://news.example/x', title, extractor: 'test', sources: {}, lang },
  });

// Written for the test on the structure of a French labour story (blind-10's Le Monde page): a
// strike in the headline, a mediator, and a plan whose cut is given in full-time equivalents.
const strike = inLang(
  'fr',
  'Grève à Acme Radio : vers une sortie du conflit ?',
  [
    "L'assemblée générale des personnels d'Acme Radio doit voter sur la poursuite du mouvement de grève.",
    'Le médiateur a remis son texte à la direction et aux syndicats dimanche soir.',
    "Les syndicats s'opposent au plan stratégique, qui prévoit une « réduction nette d'effectifs, de 1 200 à 1 330 équivalents temps plein ».",
  ].join('\n'),
);

describe('trouble told in the story’s own language', () => {
  it('names a French strike, its mediation and its cut in English, with the figure that survives translation', () => {
    const t = troubleIn(strike.title, strike.text!.split('\n'));
    expect(t?.topics).toEqual(['strike', 'mediation', 'job-cuts']);
    expect(t?.cut).toBe('1,200 to 1,330 jobs');
    expect(t?.evidence).toMatch(/^Les syndicats s'opposent/);
    expect(troubleWords(t!, 'Acme Radio')).toBe('the strike at Acme Radio, the mediation and a plan to cut 1,200 to 1,330 jobs');
  });

  it('reads German and Spanish cuts, and no trouble from a mediator alone or one passing mention', () => {
    expect(troubleIn('Acme baut 300 Stellen ab', ['Der Stellenabbau trifft 300 Stellen in Köln.'])?.cut).toBe('300 jobs');
    expect(troubleIn('Acme anuncia despidos', ['La empresa prevé despidos de 250 trabajadores.'])?.topics).toEqual(['job-cuts']);
    expect(troubleIn('Acme nomme un médiateur', ['Le médiateur rencontre les partenaires.'])).toBeUndefined();
    expect(
      troubleIn('Acme lance une offre', ['Une grève en 2010 avait retardé le projet.', 'La nouvelle offre arrive en mai.']),
    ).toBeUndefined();
  });

  it('puts the story under care, never into story points, and asks it only with care', () => {
    const care = careInStory(strike, acme);
    expect(care).toMatchObject({ kind: 'trouble', language: 'French', trouble: { cut: '1,200 to 1,330 jobs' } });
    expect(storyCareText(care!)).toMatch(/the strike, the mediation and a plan to cut 1,200 to 1,330 jobs; don't open with it/);
    expect(pointsInStory(strike, acme, NOW)).toEqual([]);
    const q = storyCareQuestion(care!, 'Acme Radio');
    expect(q).toMatch(/^A French story in Le Quotidien \(December 2025\) covered the strike at Acme Radio/);
    expect(q).toMatch(/Only as far as you are comfortable saying/);
  });

  it('never asks about a court case, even told with care', () => {
    const suit = inLang(
      'de',
      'Klage gegen Acme Radio',
      'Die Klage gegen Acme Radio wird im Mai verhandelt.\nAcme Radio weist die Klage zurück.',
    );
    const care = careInStory(suit, acme);
    expect(care).toMatchObject({ kind: 'trouble', trouble: { topics: ['court'] } });
    expect(storyCareQuestion(care!, 'Acme Radio')).toBeUndefined();
  });
});

describe('critical reviews of a product', () => {
  const review = (title: string) => clip('article', title, 'Acme Radio launched its streaming app this week to mixed feelings.');

  it('keeps one critical headline, the one with a figure, and asks what they heard since', () => {
    const all = storyCare(
      [review('The Early Reviews Of Acme Radio’s App Are Here — And They’re Not Great'), review('Acme Radio App Falls Short of 4K Audio')],
      acme,
    );
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ kind: 'criticism', text: 'Acme Radio App Falls Short of 4K Audio' });
    expect(storyCareText(all[0]!)).toMatch(/never whether the critics are right/);
    expect(storyCareQuestion(all[0]!)).toMatch(
      /^Reviews were critical \(“Acme Radio App Falls Short of 4K Audio”, Le Quotidien, December 2025\)/,
    );
    // A launch told plainly is no criticism.
    expect(careInStory(review('Acme Radio launches its streaming app'), acme)).toBeUndefined();
  });
});

describe('care as hooks', () => {
  it('names the trouble and the critical reviews among the hooks, marked for care, recent by the meeting', () => {
    const care = storyCare([strike, clip('article', 'Acme Radio App Falls Short of 4K Audio', 'Acme Radio launched its app.')], acme);
    const hooks = newsHooks({ news: [], storyCare: care, companyName: 'Acme Radio', meetingAt: NOW } as unknown as Signals);
    expect(hooks.map((h) => h.text)).toEqual([
      'Handle with care: the strike at Acme Radio, the mediation and a plan to cut 1,200 to 1,330 jobs, in a French story',
      'Handle with care: critical reviews, “Acme Radio App Falls Short of 4K Audio”',
    ]);
    expect(hooks[0]).toMatchObject({ recent: true, evidence: expect.stringMatching(/^Les syndicats/) });
  });
});
